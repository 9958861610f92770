/** Checks on creditors and debtors. Pure functions: no ORM, no GraphQL; `today` is an argument. */
import { isLocalDate, type LocalDate } from "../../shared/local-date";
import type { DebtorFailure, PartyFailure } from "./parties.errors";

type Only<C extends PartyFailure["code"]> = Extract<PartyFailure, { code: C }>;
import { MAX_TEXT } from "./address.rules";
import { isKommunenummerShape, isValidOrgNumber } from "./identifiers.rules";

/** Org.nr as typed by people: "123 456 785" -> "123456785". */
export function normaliseOrgNumber(value: string): string {
  return value.replace(/\s+/g, "");
}

export function checkName(name: string, path: readonly string[]): Only<"MISSING_NAME" | "NAME_TOO_LONG">[] {
  if (name.length === 0) return [{ code: "MISSING_NAME", field: [...path] }];
  if (name.length > MAX_TEXT) return [{ code: "NAME_TOO_LONG", field: [...path], length: name.length }];
  return [];
}

export function checkOrgNumber(orgNumber: string, path: readonly string[]): Only<"INVALID_ORG_NUMBER">[] {
  return isValidOrgNumber(orgNumber) ? [] : [{ code: "INVALID_ORG_NUMBER", field: [...path], orgNumber }];
}

export function checkKommunenummerShape(code: string, path: readonly string[]): Only<"UNKNOWN_KOMMUNE">[] {
  return isKommunenummerShape(code)
    ? []
    : [{ code: "UNKNOWN_KOMMUNE", field: [...path], why: "SHAPE", kommunenummer: code }];
}

export type DebtorKindName = "PERSON" | "ORGANISATION";

export interface DebtorIdentity {
  kind: DebtorKindName;
  orgNumber: string | null;
  birthDate: string | null;
}

/** A person has a birth date (a real date, not after today) and no org.nr; an organisation a valid org.nr and no birth date. */
export function checkDebtorIdentity(d: DebtorIdentity, today: LocalDate, path: readonly string[]): DebtorFailure[] {
  const errors: DebtorFailure[] = [];
  const orgPath = [...path, "orgNumber"];
  const birthPath = [...path, "birthDate"];
  if (d.kind === "PERSON") {
    if (d.orgNumber !== null) errors.push({ code: "UNEXPECTED_ORG_NUMBER", field: orgPath });
    if (d.birthDate === null) errors.push({ code: "INVALID_BIRTH_DATE", field: birthPath, why: "MISSING" });
    else if (!isLocalDate(d.birthDate))
      errors.push({ code: "INVALID_BIRTH_DATE", field: birthPath, why: "NOT_A_DATE", birthDate: d.birthDate });
    else if (d.birthDate > today)
      errors.push({ code: "INVALID_BIRTH_DATE", field: birthPath, why: "FUTURE", birthDate: d.birthDate, today });
  } else {
    if (d.birthDate !== null) errors.push({ code: "UNEXPECTED_BIRTH_DATE", field: birthPath });
    if (d.orgNumber === null) errors.push({ code: "INVALID_ORG_NUMBER", field: orgPath, orgNumber: null });
    else errors.push(...checkOrgNumber(d.orgNumber, orgPath));
  }
  return errors;
}
