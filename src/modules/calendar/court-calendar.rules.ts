/**
 * The Norwegian court calendar: public holidays, working days, court holidays (rettsferie) and procedural deadlines.
 * Pure: every answer depends only on the dates passed in (and the tables, which callers may replace).
 *
 * Law applied (domstolloven):
 * - § 148 (2): a deadline set in weeks, months or years ends on the day with the same number as the day it runs
 *   from; when the last month has no such day, on that month's last day (src/shared/local-date addMonths).
 * - § 149 (1): a deadline ending on a Saturday, a Sunday/holiday ("helgedag") or a day the law treats like one
 *   moves to the next working day. Those days are the `public` holidays of `date-holidays` (helligdagsloven plus
 *   1 and 17 May); julaften and nyttårsaften are not among them.
 * - § 140 (1): rettsferie runs from the last Saturday before Palm Sunday to Easter Monday, 1 July–15 August and
 *   24 December–3 January (all inclusive).
 * - § 140 (2): deadlines for steps needed to avoid a judgment in absence (fraværsavgjørelse) do not run in a court
 *   holiday: the part left when one begins runs on from its end, and a deadline that would begin to run inside one
 *   runs from its end. The one-month deadline to bring a forliksråd judgment before tingretten is treated as one,
 *   as Høyesterett held for the one-month appeal deadline (missing it is fravær, tvisteloven § 16-7 (1) d;
 *   Høyesteretts ankeutvalg HR-2008-1669-U, Rt. 2008 s. 1263,
 *   https://www.domstol.no/enkelt-domstol/hoyesterett/avgjorelser/2008/hoyesterett-sivil/Sporsmal-om-ein-anke-var-for-sent-fremsett-sarleg-om-ankefristen-loper-i-rettsferien/),
 *   so the service suspends it by default (COURT_HOLIDAYS_SUSPEND_REVIEW_DEADLINE); callers choose with
 *   `suspendInCourtHolidays`, whose own default is not to suspend.
 * - A deadline that begins inside a court holiday begins to run on the first day after it: that day is the day
 *   § 148 counts from, so a month deadline served 2021-03-29 (Easter holiday 27 March–5 April 2021) runs from
 *   2021-04-06 and ends 2021-05-06. Text: https://lovdata.no/dokument/NL/lov/1915-08-13-5/KAPITTEL_10
 */
import Holidays from "date-holidays";
import { rowOn, type DatedRow } from "../../shared/dated-table";
import { addDays, addMonths, daysBetween, toUtc, type LocalDate } from "../../shared/local-date";

export interface PublicHoliday {
  date: LocalDate;
  /** Norwegian name, e.g. "Andre påskedag". */
  name: string;
}

let holidayLibrary: Holidays | undefined;
const holidaysByYear = new Map<number, readonly PublicHoliday[]>();

/** Norwegian public holidays (helligdager and offentlige høytidsdager) of a year, in date order. */
export function publicHolidays(year: number): readonly PublicHoliday[] {
  const cached = holidaysByYear.get(year);
  if (cached) return cached;
  holidayLibrary ??= new Holidays("NO");
  const list = holidayLibrary
    .getHolidays(year, "no")
    .filter((h) => h.type === "public")
    // `date` is the local calendar date ("2025-04-21 00:00:00"); the instants would shift with the time zone.
    .map((h) => ({ date: h.date.slice(0, 10), name: h.name }))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  holidaysByYear.set(year, list);
  return list;
}

function yearOf(date: LocalDate): number {
  return Number(date.slice(0, 4));
}

export function publicHolidayOn(date: LocalDate): PublicHoliday | undefined {
  return publicHolidays(yearOf(date)).find((h) => h.date === date);
}

export function isPublicHoliday(date: LocalDate): boolean {
  return publicHolidayOn(date) !== undefined;
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: LocalDate): number {
  return toUtc(date).getUTCDay();
}

/** Not a Saturday, not a Sunday and not a public holiday. */
export function isWorkingDay(date: LocalDate): boolean {
  const day = weekday(date);
  return day !== 0 && day !== 6 && !isPublicHoliday(date);
}

/** The date itself when it is a working day, else the next working day (domstolloven § 149 (1)). */
export function rollToWorkingDay(date: LocalDate): LocalDate {
  let d = date;
  while (!isWorkingDay(d)) d = addDays(d, 1);
  return d;
}

// ---- Court holidays (rettsferie) ----

export type CourtHolidayPeriodRule =
  /** Fixed month-day bounds; `to` earlier than `from` means the period ends in the next year. */
  | { name: string; kind: "FIXED"; from: string; to: string }
  /** Bounds in days relative to Easter Sunday (første påskedag). */
  | { name: string; kind: "EASTER"; fromOffset: number; toOffset: number };

export interface CourtHolidayRow extends DatedRow {
  periods: readonly CourtHolidayPeriodRule[];
}

/** Domstolloven § 140 (configurable). The row in force on 1 January of a year gives the periods that start that year. */
export const COURT_HOLIDAY_TABLE: readonly CourtHolidayRow[] = [
  {
    validFrom: "2008-01-01",
    periods: [
      // From the last Saturday before Palm Sunday (Easter − 8) to Easter Monday (Easter + 1).
      { name: "Påske", kind: "EASTER", fromOffset: -8, toOffset: 1 },
      { name: "Sommer", kind: "FIXED", from: "07-01", to: "08-15" },
      { name: "Jul", kind: "FIXED", from: "12-24", to: "01-03" },
    ],
  },
];

export interface CourtHolidayPeriod {
  name: string;
  /** First day, inclusive. */
  from: LocalDate;
  /** Last day, inclusive. */
  to: LocalDate;
}

/** Easter Sunday of a Gregorian year (anonymous Gregorian algorithm). */
export function easterSunday(year: number): LocalDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

function periodsStartingIn(year: number, table: readonly CourtHolidayRow[]): CourtHolidayPeriod[] {
  const first = [...table].map((r) => r.validFrom).sort()[0];
  if (first === undefined || `${year}-12-31` < first) return [];
  const row = rowOn(table, `${year}-01-01` < first ? first : `${year}-01-01`);
  return row.periods.map((p) => {
    if (p.kind === "EASTER") {
      const easter = easterSunday(year);
      return { name: p.name, from: addDays(easter, p.fromOffset), to: addDays(easter, p.toOffset) };
    }
    const toYear = p.to < p.from ? year + 1 : year;
    return { name: p.name, from: `${year}-${p.from}`, to: `${toYear}-${p.to}` };
  });
}

/** Court holidays that touch the given year (the Christmas one that started the year before included), by start. */
export function courtHolidays(
  year: number,
  table: readonly CourtHolidayRow[] = COURT_HOLIDAY_TABLE,
): CourtHolidayPeriod[] {
  return [...periodsStartingIn(year - 1, table), ...periodsStartingIn(year, table)]
    .filter((p) => yearOf(p.to) >= year && yearOf(p.from) <= year)
    .sort((a, b) => (a.from < b.from ? -1 : 1));
}

export function courtHolidayOn(
  date: LocalDate,
  table: readonly CourtHolidayRow[] = COURT_HOLIDAY_TABLE,
): CourtHolidayPeriod | undefined {
  return courtHolidays(yearOf(date), table).find((p) => p.from <= date && date <= p.to);
}

/** The first court holiday that begins within (after, until], if any. */
function courtHolidayStartingWithin(
  after: LocalDate,
  until: LocalDate,
  table: readonly CourtHolidayRow[],
): CourtHolidayPeriod | undefined {
  for (let year = yearOf(after); year <= yearOf(until); year++) {
    const hit = courtHolidays(year, table).find((p) => p.from > after && p.from <= until);
    if (hit) return hit;
  }
  return undefined;
}

// ---- Deadlines ----

export interface DeadlineLength {
  months?: number;
  days?: number;
}

export interface CourtDeadlineOptions {
  /** Stop the deadline during court holidays (domstolloven § 140 (2)). Default false. */
  suspendInCourtHolidays?: boolean;
  /** Default COURT_HOLIDAY_TABLE. */
  courtHolidayTable?: readonly CourtHolidayRow[];
}

function nominalEnd(start: LocalDate, length: DeadlineLength): LocalDate {
  return addDays(addMonths(start, length.months ?? 0), length.days ?? 0);
}

/**
 * Last day of a deadline that runs from `start` (the event day, not counted: § 148), after § 140 (2) suspension when
 * asked for, rolled to a working day (§ 149).
 */
export function courtDeadline(start: LocalDate, length: DeadlineLength, options: CourtDeadlineOptions = {}): LocalDate {
  if (!options.suspendInCourtHolidays) return rollToWorkingDay(nominalEnd(start, length));
  const table = options.courtHolidayTable ?? COURT_HOLIDAY_TABLE;
  // A deadline that would begin during a court holiday begins on the first day after it (§ 140 (2), § 148).
  const startHoliday = courtHolidayOn(start, table);
  let runsFrom = startHoliday ? addDays(startHoliday.to, 1) : start;
  let end = nominalEnd(runsFrom, length);
  // The part left when a court holiday begins runs on from its end.
  for (
    let holiday = courtHolidayStartingWithin(runsFrom, end, table);
    holiday;
    holiday = courtHolidayStartingWithin(runsFrom, end, table)
  ) {
    const left = daysBetween(addDays(holiday.from, -1), end);
    runsFrom = holiday.to;
    end = addDays(holiday.to, left);
  }
  return rollToWorkingDay(end);
}

/** Last day to bring a forliksråd judgment before tingretten: one month from service, on the court calendar. */
export function reviewDeadline(serviceDate: LocalDate, options: CourtDeadlineOptions = {}): LocalDate {
  return courtDeadline(serviceDate, { months: 1 }, options);
}

/** The day the judgment becomes final (rettskraftig): the day after the review deadline has run out. */
export function finalDate(serviceDate: LocalDate, options: CourtDeadlineOptions = {}): LocalDate {
  return addDays(reviewDeadline(serviceDate, options), 1);
}
