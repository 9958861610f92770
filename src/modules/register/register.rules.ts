/** Rules of the municipality and forliksråd registers. Pure functions: no ORM, no GraphQL. */
import { isLocalDate, type LocalDate } from "../../shared/local-date";
import { failure, type Failure } from "../../shared/result";

export const MunicipalityErrorCode = {
  INVALID_CODE: "INVALID_CODE",
  MISSING_NAME: "MISSING_NAME",
  NAME_TOO_LONG: "NAME_TOO_LONG",
  INVALID_COUNTY: "INVALID_COUNTY",
  UNKNOWN_COUNTY: "UNKNOWN_COUNTY",
  INVALID_DATE: "INVALID_DATE",
  INVALID_PERIOD: "INVALID_PERIOD",
  OVERLAPPING_VALIDITY: "OVERLAPPING_VALIDITY",
  UNKNOWN_MUNICIPALITY: "UNKNOWN_MUNICIPALITY",
  UNKNOWN_BOARD: "UNKNOWN_BOARD",
  INVALID_NEIGHBOUR: "INVALID_NEIGHBOUR",
} as const;
export type MunicipalityErrorCode = keyof typeof MunicipalityErrorCode;

export const ConciliationBoardErrorCode = {
  MISSING_NAME: "MISSING_NAME",
  NAME_TOO_LONG: "NAME_TOO_LONG",
  INVALID_ADDRESS: "INVALID_ADDRESS",
  INVALID_POSTAL_CODE: "INVALID_POSTAL_CODE",
  UNKNOWN_MUNICIPALITY: "UNKNOWN_MUNICIPALITY",
  UNKNOWN_BOARD: "UNKNOWN_BOARD",
  MUNICIPALITY_WITHOUT_BOARD: "MUNICIPALITY_WITHOUT_BOARD",
  TOO_FEW_MUNICIPALITIES: "TOO_FEW_MUNICIPALITIES",
} as const;
export type ConciliationBoardErrorCode = keyof typeof ConciliationBoardErrorCode;

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

/** Kommunenummer: 4 digits, the first two the county (fylke). */
export function checkCode(code: string, countyCode: string, path: string[]): Failure<MunicipalityErrorCode>[] {
  if (!/^\d{4}$/.test(code))
    return [failure("INVALID_CODE", [...path, "code"], `"${code}" is not a kommunenummer: give 4 digits, e.g. 0301.`)];
  if (!/^\d{2}$/.test(countyCode))
    return [
      failure(
        "INVALID_COUNTY",
        [...path, "countyCode"],
        `"${countyCode}" is not a fylkesnummer: give 2 digits, e.g. 03.`,
      ),
    ];
  if (code.slice(0, 2) !== countyCode) {
    return [
      failure(
        "INVALID_COUNTY",
        [...path, "countyCode"],
        `Kommunenummer ${code} belongs to fylke ${code.slice(0, 2)}, not ${countyCode}: the first two digits of the code are the county.`,
      ),
    ];
  }
  return [];
}

/** Checks the dates of a period; each date is a YYYY-MM-DD string from the input. */
export function checkPeriod(
  validFrom: string,
  validTo: string | null,
  path: string[],
): Failure<MunicipalityErrorCode>[] {
  const errors: Failure<MunicipalityErrorCode>[] = [];
  if (!isLocalDate(validFrom))
    errors.push(
      failure("INVALID_DATE", [...path, "validFrom"], `"${validFrom}" is not a calendar date: use YYYY-MM-DD.`),
    );
  if (validTo !== null && !isLocalDate(validTo))
    errors.push(failure("INVALID_DATE", [...path, "validTo"], `"${validTo}" is not a calendar date: use YYYY-MM-DD.`));
  if (errors.length === 0 && validTo !== null && validTo < validFrom) {
    errors.push(
      failure(
        "INVALID_PERIOD",
        [...path, "validTo"],
        `validTo ${validTo} is before validFrom ${validFrom}: the last valid day cannot come before the first.`,
      ),
    );
  }
  return errors;
}

/** The period must not overlap another row of the same code. */
export function checkNoOverlap(
  code: string,
  period: Validity,
  others: readonly Validity[],
  path: string[],
): Failure<MunicipalityErrorCode>[] {
  const clash = others.find((o) => periodsOverlap(period, o));
  if (!clash) return [];
  return [
    failure(
      "OVERLAPPING_VALIDITY",
      path,
      `Kommunenummer ${code} is already valid from ${clash.validFrom}${clash.validTo ? ` to ${clash.validTo}` : " (still in force)"}: set validTo on that row first, or start the new period after it.`,
    ),
  ];
}
