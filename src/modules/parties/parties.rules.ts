/** Checks on creditors and debtors. Pure functions: no ORM, no GraphQL; `today` is an argument. */
import { isLocalDate, type LocalDate } from "../../shared/local-date";
import { failure, type Failure } from "../../shared/result";
import { MAX_TEXT } from "./address.rules";
import { isKommunenummerShape, isValidOrgNumber } from "./identifiers.rules";

export const CreditorErrorCode = {
  MISSING_NAME: "MISSING_NAME",
  NAME_TOO_LONG: "NAME_TOO_LONG",
  INVALID_ORG_NUMBER: "INVALID_ORG_NUMBER",
  DUPLICATE_ORG_NUMBER: "DUPLICATE_ORG_NUMBER",
  INVALID_ADDRESS: "INVALID_ADDRESS",
  INVALID_POSTAL_CODE: "INVALID_POSTAL_CODE",
  UNKNOWN_KOMMUNE: "UNKNOWN_KOMMUNE",
  UNKNOWN_POSTAL_CODE: "UNKNOWN_POSTAL_CODE",
  MISSING_KOMMUNE: "MISSING_KOMMUNE",
  UNKNOWN_CREDITOR: "UNKNOWN_CREDITOR",
} as const;
export type CreditorErrorCode = keyof typeof CreditorErrorCode;

export const DebtorErrorCode = {
  MISSING_NAME: "MISSING_NAME",
  NAME_TOO_LONG: "NAME_TOO_LONG",
  INVALID_ORG_NUMBER: "INVALID_ORG_NUMBER",
  UNEXPECTED_ORG_NUMBER: "UNEXPECTED_ORG_NUMBER",
  INVALID_BIRTH_DATE: "INVALID_BIRTH_DATE",
  UNEXPECTED_BIRTH_DATE: "UNEXPECTED_BIRTH_DATE",
  INVALID_ADDRESS: "INVALID_ADDRESS",
  INVALID_POSTAL_CODE: "INVALID_POSTAL_CODE",
  UNKNOWN_KOMMUNE: "UNKNOWN_KOMMUNE",
  UNKNOWN_POSTAL_CODE: "UNKNOWN_POSTAL_CODE",
  MISSING_KOMMUNE: "MISSING_KOMMUNE",
  UNKNOWN_CREDITOR: "UNKNOWN_CREDITOR",
  UNKNOWN_DEBTOR: "UNKNOWN_DEBTOR",
} as const;
export type DebtorErrorCode = keyof typeof DebtorErrorCode;

/** Org.nr as typed by people: "123 456 785" -> "123456785". */
export function normaliseOrgNumber(value: string): string {
  return value.replace(/\s+/g, "");
}

export function checkName(name: string, path: string[]): Failure<"MISSING_NAME" | "NAME_TOO_LONG">[] {
  if (name.length === 0) return [failure("MISSING_NAME", path, "Give the name: it must not be empty.")];
  if (name.length > MAX_TEXT)
    return [
      failure("NAME_TOO_LONG", path, `Shorten the name to at most ${MAX_TEXT} characters (it has ${name.length}).`),
    ];
  return [];
}

export function checkOrgNumber(orgNumber: string, path: string[]): Failure<"INVALID_ORG_NUMBER">[] {
  if (isValidOrgNumber(orgNumber)) return [];
  return [
    failure(
      "INVALID_ORG_NUMBER",
      path,
      `"${orgNumber}" is not a valid organisasjonsnummer: give 9 digits whose last digit is the MOD11 check digit, e.g. 123456785.`,
    ),
  ];
}

export function checkKommunenummerShape(code: string, path: string[]): Failure<"UNKNOWN_KOMMUNE">[] {
  if (isKommunenummerShape(code)) return [];
  return [
    failure(
      "UNKNOWN_KOMMUNE",
      path,
      `"${code}" is not a kommunenummer: give the 4 digits, with a leading zero, e.g. 0301 for Oslo.`,
    ),
  ];
}

export type DebtorKindName = "PERSON" | "ORGANISATION";

export interface DebtorIdentity {
  kind: DebtorKindName;
  orgNumber: string | null;
  birthDate: string | null;
}

/** A person has a birth date (a real date, not after today) and no org.nr; an organisation a valid org.nr and no birth date. */
export function checkDebtorIdentity(d: DebtorIdentity, today: LocalDate, path: string[]): Failure<DebtorErrorCode>[] {
  const errors: Failure<DebtorErrorCode>[] = [];
  const orgPath = [...path, "orgNumber"];
  const birthPath = [...path, "birthDate"];
  if (d.kind === "PERSON") {
    if (d.orgNumber !== null) {
      errors.push(
        failure(
          "UNEXPECTED_ORG_NUMBER",
          orgPath,
          "A person has no organisasjonsnummer: leave orgNumber out, or use kind ORGANISATION for a business.",
        ),
      );
    }
    if (d.birthDate === null) {
      errors.push(
        failure("INVALID_BIRTH_DATE", birthPath, "A person needs a birth date: give birthDate as YYYY-MM-DD."),
      );
    } else if (!isLocalDate(d.birthDate)) {
      errors.push(
        failure(
          "INVALID_BIRTH_DATE",
          birthPath,
          `"${d.birthDate}" is not a calendar date: give birthDate as YYYY-MM-DD, e.g. 1980-04-30.`,
        ),
      );
    } else if (d.birthDate > today) {
      errors.push(
        failure(
          "INVALID_BIRTH_DATE",
          birthPath,
          `The birth date ${d.birthDate} is in the future (today is ${today}): check the date.`,
        ),
      );
    }
  } else {
    if (d.birthDate !== null) {
      errors.push(
        failure(
          "UNEXPECTED_BIRTH_DATE",
          birthPath,
          "An organisation has no birth date: leave birthDate out, or use kind PERSON for a person.",
        ),
      );
    }
    if (d.orgNumber === null) {
      errors.push(
        failure(
          "INVALID_ORG_NUMBER",
          orgPath,
          "An organisation needs its organisasjonsnummer: give orgNumber, 9 digits.",
        ),
      );
    } else {
      errors.push(...checkOrgNumber(d.orgNumber, orgPath));
    }
  }
  return errors;
}
