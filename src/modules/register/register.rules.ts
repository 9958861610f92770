/** Rules of the municipality and forliksråd registers. Pure functions: no ORM, no GraphQL. */
import { isLocalDate, type LocalDate } from "../../shared/local-date";
import type { MunicipalityFailure } from "./register.errors";

/**
 * A kommune's own board: "<official name> forliksråd", the name as Statistics Norway lists it, parallel Sami or Kven
 * forms included ("Aarborte - Hattfjelldal forliksråd", never only the first form).
 */
export function boardNameFor(municipalityName: string): string {
  return `${municipalityName.trim()} forliksråd`;
}

/** A dated register row: valid from validFrom through validTo (inclusive; null = still in force). */
export interface Validity {
  validFrom: LocalDate;
  validTo: LocalDate | null;
}

export function isValidOn(v: Validity, date: LocalDate): boolean {
  return v.validFrom <= date && (v.validTo === null || v.validTo >= date);
}

export function periodsOverlap(a: Validity, b: Validity): boolean {
  return a.validFrom <= (b.validTo ?? "9999-12-31") && b.validFrom <= (a.validTo ?? "9999-12-31");
}

type Only<C extends MunicipalityFailure["code"]> = Extract<MunicipalityFailure, { code: C }>;

/** Kommunenummer: 4 digits, the first two the county (fylke). */
export function codeFailures(
  code: string,
  countyCode: string,
  path: string[],
): Only<"INVALID_CODE" | "INVALID_COUNTY">[] {
  if (!/^\d{4}$/.test(code)) return [{ code: "INVALID_CODE", field: [...path, "code"], kommunenummer: code }];
  if (!/^\d{2}$/.test(countyCode))
    return [{ code: "INVALID_COUNTY", field: [...path, "countyCode"], countyCode, kommunenummer: null }];
  if (code.slice(0, 2) !== countyCode)
    return [{ code: "INVALID_COUNTY", field: [...path, "countyCode"], countyCode, kommunenummer: code }];
  return [];
}

/** Checks the dates of a period; each date is a YYYY-MM-DD string from the input. */
export function periodFailures(
  validFrom: string,
  validTo: string | null,
  path: string[],
): Only<"INVALID_DATE" | "INVALID_PERIOD">[] {
  const errors: Only<"INVALID_DATE" | "INVALID_PERIOD">[] = [];
  if (!isLocalDate(validFrom)) errors.push({ code: "INVALID_DATE", field: [...path, "validFrom"], value: validFrom });
  if (validTo !== null && !isLocalDate(validTo))
    errors.push({ code: "INVALID_DATE", field: [...path, "validTo"], value: validTo });
  if (errors.length === 0 && validTo !== null && validTo < validFrom)
    errors.push({ code: "INVALID_PERIOD", field: [...path, "validTo"], validFrom, validTo });
  return errors;
}

/** The period must not overlap another row of the same code. */
export function overlapFailures(
  code: string,
  period: Validity,
  others: readonly Validity[],
  path: string[],
): Only<"OVERLAPPING_VALIDITY">[] {
  const clash = others.find((o) => periodsOverlap(period, o));
  return clash ? [{ code: "OVERLAPPING_VALIDITY", field: path, kommunenummer: code, clash }] : [];
}
