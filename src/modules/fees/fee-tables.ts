import { rowOn, type DatedRow } from "../../shared/dated-table";

/**
 * Legal amounts that change by date (configurable: the public sources disagree or are revised yearly).
 * Amounts in øre.
 */
export interface FeeRow extends DatedRow {
  /** Rettsgebyret R. */
  courtFeeR: number;
  /** Fee for an inkassovarsel (inkassoloven § 9). */
  collectionNoticeFee: number;
  /** Fee for a betalingsoppfordring (inkassoloven § 10). */
  paymentDemandFee: number;
  /** Forliksklage fee as a multiple of R (1.1–1.54 R in the sources). */
  conciliationFeeFactor: number;
  /** Utleggsbegjæring fee as a multiple of R. */
  enforcementFeeFactor: number;
  /** Cap on legal costs in a forliksråd case, as a multiple of R. */
  legalCostCapFactor: number;
}

export const FEE_TABLE: readonly FeeRow[] = [
  {
    validFrom: "2024-01-01",
    courtFeeR: 127_700,
    collectionNoticeFee: 3_500,
    paymentDemandFee: 7_000,
    conciliationFeeFactor: 1.1,
    enforcementFeeFactor: 1.21,
    legalCostCapFactor: 4,
  },
];

export function feesOn(date: string, table: readonly FeeRow[] = FEE_TABLE): FeeRow {
  return rowOn(table, date);
}

/** A multiple of R in øre, rounded down to whole kroner. */
export function multipleOfR(factor: number, row: FeeRow): number {
  return Math.floor((row.courtFeeR * factor) / 100) * 100;
}
