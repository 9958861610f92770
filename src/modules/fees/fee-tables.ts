/**
 * Fees that are multiples of R or fixed amounts, read from the legal tables (rows are arguments; see
 * legal-table.rules.ts). Amounts in øre.
 */
import {
  basisOf,
  firstValidFrom,
  LegalTable,
  rowInForce,
  type LegalBasis,
  type LegalTables,
} from "../legal-tables/legal-table.rules";
import type { LocalDate } from "../../shared/local-date";

export interface FeeRow {
  /** Rettsgebyret R. */
  courtFeeR: number;
  /** Fee for an inkassovarsel (inkassoloven § 9, inkassoforskriften § 1-2). */
  collectionNoticeFee: number;
  /** Fee for a betalingsoppfordring the creditor sends itself (inkassoloven § 10, inkassoforskriften § 1-2). */
  paymentDemandFee: number;
  /** Forliksklage fee as a multiple of R (rettsgebyrloven § 7). */
  conciliationFeeFactor: number;
  /** Utleggsbegjæring fee as a multiple of R (rettsgebyrloven § 14). */
  enforcementFeeFactor: number;
  /** Cap on legal costs in a forliksråd case, as a multiple of R (tvisteloven § 6-13). */
  legalCostCapFactor: number;
  /** The rows these numbers come from. */
  basis: LegalBasis[];
}

export interface MissingRow {
  ok: false;
  table: LegalTable;
  /** The first day the table has a row for; null when it is empty. */
  firstValidFrom: LocalDate | null;
  message: string;
}

export function missingRow(table: LegalTable, tables: LegalTables, date: LocalDate): MissingRow {
  const first = firstValidFrom(tables[table]);
  return {
    ok: false,
    table,
    firstValidFrom: first,
    message: first
      ? `${table} has rows from ${first} only, not for ${date}: use a date from ${first}.`
      : `${table} has no rows: a global admin adds one with legalTableRowAdd.`,
  };
}

/** The row of one table in force on `date`, with its basis; a MissingRow before the table starts. */
export function legalValueOn(
  table: LegalTable,
  date: LocalDate,
  tables: LegalTables,
): { ok: true; value: number; basis: LegalBasis } | MissingRow {
  const row = rowInForce(tables[table], date);
  return row ? { ok: true, value: row.value, basis: basisOf(table, row) } : missingRow(table, tables, date);
}

const FEE_TABLES = [
  LegalTable.COURT_FEE,
  LegalTable.COLLECTION_NOTICE_FEE,
  LegalTable.PAYMENT_DEMAND_FEE,
  LegalTable.CONCILIATION_FEE_FACTOR,
  LegalTable.ENFORCEMENT_FEE_FACTOR,
  LegalTable.LEGAL_COST_CAP_FACTOR,
] as const;

/** Every fee in force on `date`. */
export function feesOn(date: LocalDate, tables: LegalTables): { ok: true; value: FeeRow } | MissingRow {
  const values = new Map<LegalTable, number>();
  const basis: LegalBasis[] = [];
  for (const table of FEE_TABLES) {
    const found = legalValueOn(table, date, tables);
    if (!found.ok) return found;
    values.set(table, found.value);
    basis.push(found.basis);
  }
  const v = (t: LegalTable) => values.get(t)!;
  return {
    ok: true,
    value: {
      courtFeeR: v(LegalTable.COURT_FEE),
      collectionNoticeFee: v(LegalTable.COLLECTION_NOTICE_FEE),
      paymentDemandFee: v(LegalTable.PAYMENT_DEMAND_FEE),
      conciliationFeeFactor: v(LegalTable.CONCILIATION_FEE_FACTOR) / 100,
      enforcementFeeFactor: v(LegalTable.ENFORCEMENT_FEE_FACTOR) / 100,
      legalCostCapFactor: v(LegalTable.LEGAL_COST_CAP_FACTOR) / 100,
      basis,
    },
  };
}

/** A multiple of R in øre, rounded down to whole kroner (rettsgebyrloven § 6 a). Integer arithmetic: factors are hundredths. */
export function multipleOfR(factor: number, row: Pick<FeeRow, "courtFeeR">): number {
  return Math.floor((row.courtFeeR * Math.round(factor * 100)) / 10_000) * 100;
}
