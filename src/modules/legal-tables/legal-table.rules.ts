/**
 * Legal tables: numbers set by law or regulation that change on given dates (rates, R, fee factors, fees,
 * thresholds). Pure: rows are arguments, `today` too. Rows are only ever appended, so every past computation
 * stays explainable from the rows it used.
 */
import { addMonths, isLocalDate, type LocalDate } from "../../shared/local-date";
import type { LegalTableFailure } from "./legal-table.errors";

export enum LegalTable {
  /** Forsinkelsesrente (forsinkelsesrenteloven § 3), basis points a year. */
  LATE_INTEREST_RATE = "LATE_INTEREST_RATE",
  /** Rettsgebyret R (rettsgebyrloven § 1), øre. */
  COURT_FEE = "COURT_FEE",
  /** Forliksklage fee as hundredths of R (rettsgebyrloven § 7). */
  CONCILIATION_FEE_FACTOR = "CONCILIATION_FEE_FACTOR",
  /** Utleggsbegjæring fee as hundredths of R (rettsgebyrloven § 14). */
  ENFORCEMENT_FEE_FACTOR = "ENFORCEMENT_FEE_FACTOR",
  /** Cap on legal help in a forliksråd case as hundredths of R (tvisteloven § 6-13 (1) d). */
  LEGAL_COST_CAP_FACTOR = "LEGAL_COST_CAP_FACTOR",
  /** Inkassovarsel fee (inkassoforskriften § 1-2 second paragraph), øre. */
  COLLECTION_NOTICE_FEE = "COLLECTION_NOTICE_FEE",
  /** Betalingsoppfordring the creditor sends itself (inkassoforskriften § 1-2 third paragraph), øre. */
  PAYMENT_DEMAND_FEE = "PAYMENT_DEMAND_FEE",
  /** Standardkompensasjon for B2B claims (forsinkelsesrenteloven § 3 a), øre. */
  STANDARD_COMPENSATION = "STANDARD_COMPENSATION",
  /** A claim of at least this may skip the forliksråd when both parties have lawyers (tvisteloven § 6-2 (2) a), øre. */
  LAWYER_BYPASS_THRESHOLD = "LAWYER_BYPASS_THRESHOLD",
  /** Cap on legal help when collection costs are claimed too, as hundredths of R (tvisteloven § 6-13 (1) d). */
  LEGAL_COST_CAP_WITH_COLLECTION_FACTOR = "LEGAL_COST_CAP_WITH_COLLECTION_FACTOR",
  /** Cap on the creditor's own cost of preparing an utleggsbegjæring, as hundredths of R. */
  PETITION_COST_CAP_FACTOR = "PETITION_COST_CAP_FACTOR",
}

export enum LegalTableUnit {
  BASIS_POINTS = "BASIS_POINTS",
  ORE = "ORE",
  HUNDREDTHS_OF_R = "HUNDREDTHS_OF_R",
}

export interface LegalTableSpec {
  unit: LegalTableUnit;
  /** Inclusive bounds a value must be within (a typo guard, not law). */
  min: number;
  max: number;
  /** Rows take effect on 1 January or 1 July only. */
  halfYearly: boolean;
  description: string;
}

export const LEGAL_TABLES: Readonly<Record<LegalTable, LegalTableSpec>> = {
  LATE_INTEREST_RATE: {
    unit: LegalTableUnit.BASIS_POINTS,
    min: 0,
    max: 5_000,
    halfYearly: true,
    description: "Forsinkelsesrente, set every half-year (forsinkelsesrenteloven § 3).",
  },
  COURT_FEE: {
    unit: LegalTableUnit.ORE,
    min: 50_000,
    max: 1_000_000,
    halfYearly: false,
    description: "Rettsgebyret R (rettsgebyrloven § 1).",
  },
  CONCILIATION_FEE_FACTOR: {
    unit: LegalTableUnit.HUNDREDTHS_OF_R,
    min: 1,
    max: 1_000,
    halfYearly: false,
    description: "Forliksklage fee as a multiple of R (rettsgebyrloven § 7).",
  },
  ENFORCEMENT_FEE_FACTOR: {
    unit: LegalTableUnit.HUNDREDTHS_OF_R,
    min: 1,
    max: 1_000,
    halfYearly: false,
    description: "Utleggsbegjæring fee as a multiple of R (rettsgebyrloven § 14).",
  },
  LEGAL_COST_CAP_FACTOR: {
    unit: LegalTableUnit.HUNDREDTHS_OF_R,
    min: 1,
    max: 2_000,
    halfYearly: false,
    description: "Cap on legal help in a forliksråd case as a multiple of R (tvisteloven § 6-13 (1) d).",
  },
  COLLECTION_NOTICE_FEE: {
    unit: LegalTableUnit.ORE,
    min: 0,
    max: 100_000,
    halfYearly: false,
    description: "Inkassovarsel fee (inkassoforskriften § 1-2).",
  },
  PAYMENT_DEMAND_FEE: {
    unit: LegalTableUnit.ORE,
    min: 0,
    max: 100_000,
    halfYearly: false,
    description: "Betalingsoppfordring fee when the creditor sends it itself (inkassoforskriften § 1-2).",
  },
  STANDARD_COMPENSATION: {
    unit: LegalTableUnit.ORE,
    min: 0,
    max: 500_000,
    halfYearly: true,
    description: "Standardkompensasjon on B2B claims (forsinkelsesrenteloven § 3 a).",
  },
  LAWYER_BYPASS_THRESHOLD: {
    unit: LegalTableUnit.ORE,
    min: 100_000,
    max: 100_000_000,
    halfYearly: false,
    description:
      "Claims from this amount may skip the forliksråd when both parties have lawyers (tvisteloven § 6-2 (2) a).",
  },
  LEGAL_COST_CAP_WITH_COLLECTION_FACTOR: {
    unit: LegalTableUnit.HUNDREDTHS_OF_R,
    min: 1,
    max: 2_000,
    halfYearly: false,
    description:
      "Cap on legal help in a forliksråd case when costs of out-of-court collection are claimed too, as a multiple of R (tvisteloven § 6-13 (1) d).",
  },
  PETITION_COST_CAP_FACTOR: {
    unit: LegalTableUnit.HUNDREDTHS_OF_R,
    min: 1,
    max: 1_000,
    halfYearly: false,
    description: "Cap on the creditor's own cost of preparing an utleggsbegjæring, as a multiple of R (politiet.no).",
  },
};

export const LEGAL_TABLE_NAMES = Object.keys(LEGAL_TABLES) as LegalTable[];

/** One row: applies from validFrom until the next row of its table. */
export interface LegalRow {
  validFrom: LocalDate;
  /** In the table's unit (see LEGAL_TABLES). */
  value: number;
  sourceTitle: string;
  sourceUrl: string;
  /** False when the published sources disagree or could not be checked. */
  confirmed: boolean;
}

/** Every table's rows (any order). */
export type LegalTables = Readonly<Record<LegalTable, readonly LegalRow[]>>;

/** A row a computation used: shown with the amount so it can be explained. */
export interface LegalBasis extends LegalRow {
  table: LegalTable;
}

/** The row in force on `date`: the one with the latest validFrom on or before it; null before the table starts. */
export function rowInForce(rows: readonly LegalRow[], date: LocalDate): LegalRow | null {
  let found: LegalRow | null = null;
  for (const row of rows) if (row.validFrom <= date && (!found || row.validFrom > found.validFrom)) found = row;
  return found;
}

export function firstValidFrom(rows: readonly LegalRow[]): LocalDate | null {
  return rows.reduce<LocalDate | null>((min, r) => (min === null || r.validFrom < min ? r.validFrom : min), null);
}

export function basisOf(table: LegalTable, row: LegalRow): LegalBasis {
  return {
    table,
    validFrom: row.validFrom,
    value: row.value,
    sourceTitle: row.sourceTitle,
    sourceUrl: row.sourceUrl,
    confirmed: row.confirmed,
  };
}

/** 1 January or 1 July of the half-year `date` is in. */
export function halfYearStart(date: LocalDate): LocalDate {
  return `${date.slice(0, 4)}-${date.slice(5, 7) < "07" ? "01" : "07"}-01`;
}

/** "2026-H2" for any day from 1 July to 31 December 2026. */
export function halfYearKey(date: LocalDate): string {
  return `${date.slice(0, 4)}-H${date.slice(5, 7) < "07" ? 1 : 2}`;
}

export function nextHalfYearStart(date: LocalDate): LocalDate {
  return addMonths(halfYearStart(date), 6);
}

export interface InterestStaleness {
  /** E.g. "2026-H2". */
  halfYear: string;
  halfYearStart: LocalDate;
  /** The row carried forward into the half-year, if any. */
  carried: LegalRow | null;
  message: string;
}

/**
 * The late-interest rate is stale when no confirmed row takes effect in the half-year of `date`: the rate is set
 * anew every half-year (forsinkelsesrenteloven § 3), so the previous half-year's rate is only a guess.
 */
export function interestStaleness(rows: readonly LegalRow[], date: LocalDate): InterestStaleness | null {
  const start = halfYearStart(date);
  const carried = rowInForce(rows, date);
  if (carried && carried.confirmed && carried.validFrom >= start) return null;
  const halfYear = halfYearKey(date);
  const what = carried
    ? `${carried.value / 100} % from ${carried.validFrom} is carried forward`
    : "there is no rate at all";
  return {
    halfYear,
    halfYearStart: start,
    carried,
    message: `No confirmed late-payment interest rate (forsinkelsesrente) for ${halfYear}: ${what}. A global admin adds the published rate with legalTableRowAdd (table LATE_INTEREST_RATE, validFrom ${start}).`,
  };
}

export interface LegalRowCandidate {
  table: LegalTable;
  validFrom: string;
  value: number;
  sourceTitle: string;
  sourceUrl: string;
  confirmed: boolean;
}

function isHttpsUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "https:" || url.protocol === "http:";
  } catch {
    return false;
  }
}

/**
 * Why a new row may not be appended to `existing` (the rows of its table); empty when it may. Rows are never edited
 * or inserted between others: a correction is a new row from a later date, so past computations keep their basis.
 */
export function checkNewRow(candidate: LegalRowCandidate, existing: readonly LegalRow[]): LegalTableFailure[] {
  const errors: LegalTableFailure[] = [];
  const table = candidate.table;
  const spec = LEGAL_TABLES[table];
  const field = "validFrom";
  if (!isLocalDate(candidate.validFrom)) {
    errors.push({ code: "INVALID_DATE", field });
  } else {
    if (spec.halfYearly && !/-(01|07)-01$/.test(candidate.validFrom)) {
      const [before, after] = [halfYearStart(candidate.validFrom), nextHalfYearStart(candidate.validFrom)];
      errors.push({ code: "NOT_HALF_YEAR_START", field, table, before, after });
    }
    const newest = existing.reduce<LocalDate | null>(
      (max, r) => (max === null || r.validFrom > max ? r.validFrom : max),
      null,
    );
    if (existing.some((r) => r.validFrom === candidate.validFrom))
      errors.push({ code: "DUPLICATE_VALID_FROM", field, table, validFrom: candidate.validFrom });
    else if (newest !== null && candidate.validFrom < newest)
      errors.push({ code: "OUT_OF_ORDER", field, table, newest });
  }
  if (!Number.isSafeInteger(candidate.value) || candidate.value < spec.min || candidate.value > spec.max)
    errors.push({ code: "INVALID_VALUE", field: "value", table, unit: spec.unit, min: spec.min, max: spec.max });
  const title = candidate.sourceTitle.trim();
  if (title.length < 3 || title.length > 500) errors.push({ code: "INVALID_SOURCE", field: "sourceTitle" });
  if (!isHttpsUrl(candidate.sourceUrl.trim()) || candidate.sourceUrl.length > 2000)
    errors.push({ code: "INVALID_SOURCE", field: "sourceUrl" });
  return errors;
}

/** Tables keyed by name from a flat list of rows. */
export function groupRows(rows: readonly (LegalRow & { table: LegalTable })[]): LegalTables {
  const out = Object.fromEntries(LEGAL_TABLE_NAMES.map((t) => [t, [] as LegalRow[]])) as Record<LegalTable, LegalRow[]>;
  for (const r of rows)
    out[r.table].push({
      validFrom: r.validFrom,
      value: r.value,
      sourceTitle: r.sourceTitle,
      sourceUrl: r.sourceUrl,
      confirmed: r.confirmed,
    });
  for (const t of LEGAL_TABLE_NAMES)
    out[t].sort((a, b) => (a.validFrom < b.validFrom ? -1 : a.validFrom > b.validFrom ? 1 : 0));
  return out;
}
