/**
 * Late-payment interest (forsinkelsesrente, forsinkelsesrenteloven § 3). Pure.
 * The rate is set every half-year (1 January, 1 July) and a new rate applies to claims already running, so the
 * interest is computed per period, each with its own rate: simple interest, actual days / 365. The rates are rows
 * of the LATE_INTEREST_RATE legal table (basis points), passed in.
 */
import { halfYearStart, rowInForce, type LegalRow } from "../legal-tables/legal-table.rules";
import { addDays, addMonths, daysBetween, type LocalDate } from "../../shared/local-date";

/** A LATE_INTEREST_RATE row: value is the yearly rate in basis points (1250 = 12.5 % p.a.). */
export type InterestRateRow = LegalRow;

/** Days in the interest year (actual/365, also in leap years). */
export const DAYS_PER_YEAR = 365;

export interface InterestPeriod {
  /** First day with interest, inclusive. */
  from: LocalDate;
  /** Last day with interest, inclusive. */
  to: LocalDate;
  days: number;
  rateBasisPoints: number;
  /** False when the row is unconfirmed, or no row was set for this half-year and the previous rate was carried forward. */
  rateConfirmed: boolean;
  /** The row the rate comes from. */
  validFrom: LocalDate;
  sourceTitle: string;
  sourceUrl: string;
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

export interface NoRateInForce {
  ok: false;
  code: "NO_RATE_IN_FORCE";
  /** The first day the table has a rate for; null when it is empty. */
  firstValidFrom: LocalDate | null;
  message: string;
}

const DENOMINATOR = 10_000n * BigInt(DAYS_PER_YEAR);

/** n / DENOMINATOR rounded half-up, for n >= 0. */
function roundHalfUp(numerator: bigint): number {
  return Number((2n * numerator + DENOMINATOR) / (2n * DENOMINATOR));
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
 * Nothing when `toDate` is not after `dueDate`; NO_RATE_IN_FORCE when interest would start before the table does.
 */
export function lateInterest(
  principal: number,
  dueDate: LocalDate,
  toDate: LocalDate,
  table: readonly InterestRateRow[],
): { ok: true; value: InterestResult } | NoRateInForce {
  if (!Number.isSafeInteger(principal) || principal < 0)
    throw new Error(`Principal must be whole øre >= 0, got ${principal}`);
  const first = addDays(dueDate, 1);
  if (toDate < first) return { ok: true, value: { principal, dueDate, toDate, days: 0, periods: [], total: 0 } };
  if (!rowInForce(table, first)) {
    const start = table.reduce<LocalDate | null>(
      (min, r) => (min === null || r.validFrom < min ? r.validFrom : min),
      null,
    );
    return {
      ok: false,
      code: "NO_RATE_IN_FORCE",
      firstValidFrom: start,
      message: start
        ? `Interest would run from ${first}, but tvist knows late-payment interest rates from ${start} only: compute the interest before ${start} by hand and claim it as a fee, or ask from a due date on or after ${addDays(start, -1)}.`
        : "tvist knows no late-payment interest rate: a global admin adds them with legalTableRowAdd (table LATE_INTEREST_RATE).",
    };
  }
  const starts = [first, ...breakpoints(first, toDate, table)];
  const periods: InterestPeriod[] = [];
  let exact = 0n;
  starts.forEach((from, i) => {
    const next = starts[i + 1];
    const to = next ? addDays(next, -1) : toDate;
    const row = rowInForce(table, from)!;
    const days = daysBetween(from, to) + 1;
    const numerator = BigInt(principal) * BigInt(row.value) * BigInt(days);
    exact += numerator;
    const rateConfirmed = row.confirmed && row.validFrom >= halfYearStart(from);
    periods.push({
      from,
      to,
      days,
      rateBasisPoints: row.value,
      rateConfirmed,
      validFrom: row.validFrom,
      sourceTitle: row.sourceTitle,
      sourceUrl: row.sourceUrl,
      amount: roundHalfUp(numerator),
    });
  });
  return {
    ok: true,
    value: { principal, dueDate, toDate, days: daysBetween(dueDate, toDate), periods, total: roundHalfUp(exact) },
  };
}
