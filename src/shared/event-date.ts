import { isLocalDate, type LocalDate } from "./local-date";

/** A date that is not a calendar date, or one of a past event that lies in the future. */
export type DateFailure<F extends string = string> =
  | { code: "INVALID_DATE"; field: F; problem: "NOT_A_DATE" }
  | { code: "INVALID_DATE"; field: F; problem: "IN_FUTURE"; value: LocalDate; today: LocalDate };

export const notADate = <F extends string>(field: F): DateFailure<F> => ({
  code: "INVALID_DATE",
  field,
  problem: "NOT_A_DATE",
});

/** The failure of a date the caller gives for something that happened: a real day, no later than today. */
export function pastDateFailure<F extends string>(value: string, field: F, today: LocalDate): DateFailure<F> | null {
  if (!isLocalDate(value)) return notADate(field);
  if (value > today) return { code: "INVALID_DATE", field, problem: "IN_FUTURE", value, today };
  return null;
}

/** The message of a DateFailure; the field's own name ("registeredOn") stands in it. */
export function dateFailureMessage(f: DateFailure): string {
  const what = f.field.split(".").at(-1);
  return f.problem === "NOT_A_DATE"
    ? `${what} must be a calendar date as YYYY-MM-DD.`
    : `${what} ${f.value} is in the future: give the day it happened (today is ${f.today}).`;
}
