import { assertNever } from "../../shared/assert-never";
import { failure, type Failure } from "../../shared/result";
import { userErrorType, type CommonErrorCode } from "../../shared/user-error";
import { PartyWarningCode } from "../register/postal-code.rules";
import { MAX_TEXT } from "./address.rules";

export const CREDITOR_ERROR_CODES = {
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
export type CreditorErrorCode = keyof typeof CREDITOR_ERROR_CODES | CommonErrorCode;
export const CreditorError = userErrorType("CreditorError", CREDITOR_ERROR_CODES);

export const DEBTOR_ERROR_CODES = {
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
export type DebtorErrorCode = keyof typeof DEBTOR_ERROR_CODES | CommonErrorCode;
export const DebtorError = userErrorType("DebtorError", DEBTOR_ERROR_CODES);

export const PartyWarning = userErrorType("PartyWarning", PartyWarningCode, "Worth a check, but the change was made.");

type At = { field: string[] };

/** A postal address's failure; `field` is the path of the part at fault. */
export type AddressFailure =
  | (At & { code: "INVALID_ADDRESS"; part: "country"; country: string })
  | (At & { code: "INVALID_ADDRESS"; part: "street" | "city" })
  | (At & { code: "INVALID_POSTAL_CODE"; postalCode: string; norwegian: boolean });

/** A creditor's or debtor's failure; `field` is the path inside the command's input. */
export type PartyFailure =
  | AddressFailure
  | (At & { code: "MISSING_NAME" })
  | (At & { code: "NAME_TOO_LONG"; length: number })
  | (At & { code: "INVALID_ORG_NUMBER"; orgNumber: string | null })
  | (At & { code: "UNEXPECTED_ORG_NUMBER" })
  | (At & { code: "INVALID_BIRTH_DATE"; why: "MISSING" })
  | (At & { code: "INVALID_BIRTH_DATE"; why: "NOT_A_DATE"; birthDate: string })
  | (At & { code: "INVALID_BIRTH_DATE"; why: "FUTURE"; birthDate: string; today: string })
  | (At & { code: "UNEXPECTED_BIRTH_DATE" })
  | (At & { code: "DUPLICATE_ORG_NUMBER"; orgNumber: string })
  | (At & { code: "UNKNOWN_KOMMUNE"; why: "SHAPE"; kommunenummer: string })
  | (At & { code: "UNKNOWN_KOMMUNE"; why: "NOT_IN_FORCE"; kommunenummer: string; today: string })
  | (At & {
      code: "UNKNOWN_KOMMUNE";
      why: "POSTNUMMER_KOMMUNE_NOT_IN_FORCE";
      postalCode: string;
      kommunenummer: string;
      today: string;
    })
  | (At & { code: "UNKNOWN_POSTAL_CODE"; postalCode: string })
  | (At & { code: "MISSING_KOMMUNE" })
  | (At & { code: "UNKNOWN_CREDITOR"; id: string })
  | (At & { code: "UNKNOWN_DEBTOR"; id: string });

export type CreditorFailure = Extract<PartyFailure, { code: CreditorErrorCode }>;
export type DebtorFailure = Extract<PartyFailure, { code: DebtorErrorCode }>;

function partyMessage(f: PartyFailure): string {
  switch (f.code) {
    case "INVALID_ADDRESS":
      if (f.part === "country")
        return `Country "${f.country}" is not an ISO 3166-1 alpha-2 code: use two letters, e.g. NO.`;
      return f.part === "street"
        ? `Give the street address (1 to ${MAX_TEXT} characters), e.g. "Storgata 1".`
        : `Give the poststed (1 to ${MAX_TEXT} characters), e.g. "Oslo".`;
    case "INVALID_POSTAL_CODE":
      return `Postal code "${f.postalCode}" is not valid: ${f.norwegian ? "a Norwegian postnummer has 4 digits, e.g. 0150" : "give the postal code of that country (1 to 12 characters)"}.`;
    case "MISSING_NAME":
      return "Give the name: it must not be empty.";
    case "NAME_TOO_LONG":
      return `Shorten the name to at most ${MAX_TEXT} characters (it has ${f.length}).`;
    case "INVALID_ORG_NUMBER":
      return f.orgNumber === null
        ? "An organisation needs its organisasjonsnummer: give orgNumber, 9 digits."
        : `"${f.orgNumber}" is not a valid organisasjonsnummer: give 9 digits whose last digit is the MOD11 check digit, e.g. 123456785.`;
    case "UNEXPECTED_ORG_NUMBER":
      return "A person has no organisasjonsnummer: leave orgNumber out, or use kind ORGANISATION for a business.";
    case "INVALID_BIRTH_DATE":
      if (f.why === "MISSING") return "A person needs a birth date: give birthDate as YYYY-MM-DD.";
      if (f.why === "NOT_A_DATE")
        return `"${f.birthDate}" is not a calendar date: give birthDate as YYYY-MM-DD, e.g. 1980-04-30.`;
      return `The birth date ${f.birthDate} is in the future (today is ${f.today}): check the date.`;
    case "UNEXPECTED_BIRTH_DATE":
      return "An organisation has no birth date: leave birthDate out, or use kind PERSON for a person.";
    case "DUPLICATE_ORG_NUMBER":
      return `A creditor with organisasjonsnummer ${f.orgNumber} is already registered: update that creditor instead.`;
    case "UNKNOWN_KOMMUNE":
      if (f.why === "SHAPE")
        return `"${f.kommunenummer}" is not a kommunenummer: give the 4 digits, with a leading zero, e.g. 0301 for Oslo.`;
      if (f.why === "NOT_IN_FORCE")
        return `Kommunenummer ${f.kommunenummer} is not in force on ${f.today}: use a code from the municipalities query, e.g. 0301 for Oslo.`;
      return `Postnummer ${f.postalCode} lies in kommune ${f.kommunenummer}, which is not in force on ${f.today}: give the kommunenummer.`;
    case "UNKNOWN_POSTAL_CODE":
      return `Postnummer ${f.postalCode} is not in the postcode register: check the address (the postalCode query answers for a code).`;
    case "MISSING_KOMMUNE":
      return "An address abroad has no postnummer to take the kommune from: give the kommunenummer (4 digits) whose forliksråd serves the party.";
    case "UNKNOWN_CREDITOR":
      return `No creditor with id ${f.id}: use an id from the creditors query.`;
    case "UNKNOWN_DEBTOR":
      return `No debtor with id ${f.id}: use an id from the debtors query.`;
    default:
      return assertNever(f);
  }
}

/** A party failure as a userError at `root` + its field (other modules' inputs embed names and addresses). */
export function partyUserError<C extends PartyFailure["code"]>(
  f: Extract<PartyFailure, { code: C }>,
  root: readonly string[] = ["input"],
): Failure<C> {
  return failure(f.code as C, [...root, ...f.field], partyMessage(f));
}

export const creditorUserErrors = (failures: readonly CreditorFailure[]): Failure<CreditorErrorCode>[] =>
  failures.map((f) => partyUserError(f));
export const debtorUserErrors = (failures: readonly DebtorFailure[]): Failure<DebtorErrorCode>[] =>
  failures.map((f) => partyUserError(f));

export const CREDITOR_EXTERNAL_ID_ERROR_CODES = {
  UNKNOWN_CREDITOR: "UNKNOWN_CREDITOR",
  UNKNOWN_SOURCE_SYSTEM: "UNKNOWN_SOURCE_SYSTEM",
  INVALID_EXTERNAL_ID: "INVALID_EXTERNAL_ID",
  DUPLICATE_EXTERNAL_ID: "DUPLICATE_EXTERNAL_ID",
} as const;
export type CreditorExternalIdErrorCode = keyof typeof CREDITOR_EXTERNAL_ID_ERROR_CODES | CommonErrorCode;
export const CreditorExternalIdSetError = userErrorType("CreditorExternalIdSetError", CREDITOR_EXTERNAL_ID_ERROR_CODES);

/** Why creditorExternalIdSet was refused; `field` is the field of its input. */
export type CreditorExternalIdFailure =
  | { code: "UNKNOWN_CREDITOR"; field: "creditorId"; id: string }
  | { code: "UNKNOWN_SOURCE_SYSTEM"; field: "sourceSystem"; sourceSystem: string; enabled: readonly string[] }
  | { code: "INVALID_EXTERNAL_ID"; field: "externalId"; why: "BLANK" | "TOO_LONG"; max: number }
  | { code: "DUPLICATE_EXTERNAL_ID"; field: "externalId"; sourceSystem: string; externalId: string };

function externalIdMessage(f: CreditorExternalIdFailure): string {
  switch (f.code) {
    case "UNKNOWN_CREDITOR":
      return `No creditor with id ${f.id}: use an id from the creditors query.`;
    case "UNKNOWN_SOURCE_SYSTEM":
      return `No plugin "${f.sourceSystem}" is enabled: use one of ${f.enabled.join(", ") || "(none — set PLUGINS)"}.`;
    case "INVALID_EXTERNAL_ID":
      return f.why === "BLANK"
        ? "The id is blank: give the creditor's id in that system, or null to remove it."
        : `The id is longer than ${f.max} characters: give the creditor's id in that system.`;
    case "DUPLICATE_EXTERNAL_ID":
      return `Another creditor this key sees has ${f.sourceSystem} id ${f.externalId}: remove it there first (externalId null), or check the id.`;
    default:
      return assertNever(f);
  }
}

export const creditorExternalIdUserErrors = (
  failures: readonly CreditorExternalIdFailure[],
): Failure<CreditorExternalIdErrorCode>[] =>
  failures.map((f) => failure(f.code, ["input", f.field], externalIdMessage(f)));
