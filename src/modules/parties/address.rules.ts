/** Postal address checks. Pure functions. */
import type { Failure } from "../../shared/result";
import { partyUserError, type AddressFailure } from "./parties.errors";

export interface AddressFields {
  street: string;
  postalCode: string;
  city: string;
  country: string;
}

export type AddressErrorCode = "INVALID_ADDRESS" | "INVALID_POSTAL_CODE";

/** Longest text the database columns take (varchar 255). */
export const MAX_TEXT = 255;

/** Trims every part, removes spaces inside the postal code and upper-cases the country. */
export function normaliseAddress(a: AddressFields): AddressFields {
  return {
    street: a.street.trim(),
    postalCode: a.postalCode.replace(/\s+/g, ""),
    city: a.city.trim(),
    country: a.country.trim().toUpperCase(),
  };
}

/** Checks a normalised address; `path` is the path of the address, e.g. ["address"]. */
export function addressFailures(a: AddressFields, path: readonly string[]): AddressFailure[] {
  const errors: AddressFailure[] = [];
  if (!/^[A-Z]{2}$/.test(a.country))
    errors.push({ code: "INVALID_ADDRESS", field: [...path, "country"], part: "country", country: a.country });
  if (a.street.length === 0 || a.street.length > MAX_TEXT)
    errors.push({ code: "INVALID_ADDRESS", field: [...path, "street"], part: "street" });
  if (a.city.length === 0 || a.city.length > MAX_TEXT)
    errors.push({ code: "INVALID_ADDRESS", field: [...path, "city"], part: "city" });
  const norwegian = a.country === "NO";
  if (norwegian ? !/^\d{4}$/.test(a.postalCode) : a.postalCode.length === 0 || a.postalCode.length > 12)
    errors.push({ code: "INVALID_POSTAL_CODE", field: [...path, "postalCode"], postalCode: a.postalCode, norwegian });
  return errors;
}

/** addressFailures as userErrors; `path` is the input path of the address, e.g. ["input", "address"]. */
export function checkAddress(a: AddressFields, path: string[]): Failure<AddressErrorCode>[] {
  return addressFailures(a, path).map((f) => partyUserError(f, []));
}
