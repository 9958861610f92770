/**
 * Late-payment interest (forsinkelsesrente, forsinkelsesrenteloven § 3). Pure.
 * The rate is set every half-year (1 January, 1 July) and a new rate applies to claims already running, so the
 * interest is computed per period, each with its own rate: simple interest, actual days / 365.
 */
import { rowOn, type DatedRow } from "../../shared/dated-table";
import { addDays, addMonths, daysBetween, type LocalDate } from "../../shared/local-date";

export interface InterestRateRow extends DatedRow {
  /** Yearly rate in basis points: 1250 = 12.5 % p.a. */
  rateBasisPoints: number;
}

/**
 * Rates set by Finansdepartementet (configurable: append a row each half-year). Every row was checked against a
 * published source; a half-year without a row keeps the previous rate and is reported as unconfirmed.
 */
export const LATE_INTEREST_TABLE: readonly InterestRateRow[] = [
  { validFrom: "2022-07-01", rateBasisPoints: 925 },
  { validFrom: "2023-01-01", rateBasisPoints: 1075 },
  { validFrom: "2023-07-01", rateBasisPoints: 1175 },
  { validFrom: "2024-01-01", rateBasisPoints: 1250 },
  { validFrom: "2024-07-01", rateBasisPoints: 1250 },
  { validFrom: "2025-01-01", rateBasisPoints: 1250 },
];

/** Days in the interest year (actual/365, also in leap years). */
export const DAYS_PER_YEAR = 365;

export interface InterestPeriod {
  /** First day with interest, inclusive. */
  from: LocalDate;
  /** Last day with interest, inclusive. */
  to: LocalDate;
  days: number;
  rateBasisPoints: number;
  /** False when no table row was set for this half-year and the previous rate was carried forward. */
  rateConfirmed: boolean;
  /** Øre, rounded half-up on its own (the total is rounded once from the exact sum). */
  amount: number;
}

export interface InterestResult {
  /** Øre the interest runs on. */
  principal: number;
  dueDate: LocalDate;
  /** Last day with interest, inclusive. */
  toDate: LocalDate;
  days: number;
  periods: InterestPeriod[];
  /** Øre: the exact sum of all periods, rounded half-up to whole øre. */
  total: number;
}

const DENOMINATOR = 10_000n * BigInt(DAYS_PER_YEAR);

/** n / DENOMINATOR rounded half-up, for n >= 0. */
function roundHalfUp(numerator: bigint): number {
  return Number((2n * numerator + DENOMINATOR) / (2n * DENOMINATOR));
}

function halfYearStart(date: LocalDate): LocalDate {
  return `${date.slice(0, 4)}-${date.slice(5, 7) < "07" ? "01" : "07"}-01`;
}

/** Days after `from` up to `to` where a new rate may start: every 1 January / 1 July and every table date. */
function breakpoints(from: LocalDate, to: LocalDate, table: readonly InterestRateRow[]): LocalDate[] {
  const points = new Set<LocalDate>();
  for (const row of table) if (row.validFrom > from && row.validFrom <= to) points.add(row.validFrom);
  for (let half = addMonths(halfYearStart(from), 6); half <= to; half = addMonths(half, 6)) points.add(half);
  return [...points].sort();
}

/**
 * Interest on `principal` (øre) from the day after `dueDate` to `toDate` inclusive (e.g. the filing date).
 * Nothing when `toDate` is not after `dueDate`.
 */
export function lateInterest(principal: number, dueDate: LocalDate, toDate: LocalDate, table: readonly InterestRateRow[] = LATE_INTEREST_TABLE): InterestResult {
  if (!Number.isSafeInteger(principal) || principal < 0) throw new Error(`Principal must be whole øre >= 0, got ${principal}`);
  const first = addDays(dueDate, 1);
  if (toDate < first) return { principal, dueDate, toDate, days: 0, periods: [], total: 0 };
  const starts = [first, ...breakpoints(first, toDate, table)];
  const periods: InterestPeriod[] = [];
  let exact = 0n;
  starts.forEach((from, i) => {
    const next = starts[i + 1];
    const to = next ? addDays(next, -1) : toDate;
    const row = rowOn(table, from);
    const days = daysBetween(from, to) + 1;
    const numerator = BigInt(principal) * BigInt(row.rateBasisPoints) * BigInt(days);
    exact += numerator;
    const rateConfirmed = row.validFrom >= halfYearStart(from);
    periods.push({ from, to, days, rateBasisPoints: row.rateBasisPoints, rateConfirmed, amount: roundHalfUp(numerator) });
  });
  return { principal, dueDate, toDate, days: daysBetween(dueDate, toDate), periods, total: roundHalfUp(exact) };
}
