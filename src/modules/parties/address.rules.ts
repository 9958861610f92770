/** Postal address checks. Pure functions. */
import { failure, type Failure } from "../../shared/result";

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

/** Checks a normalised address; `path` is the input path of the address, e.g. ["input", "address"]. */
export function checkAddress(a: AddressFields, path: string[]): Failure<AddressErrorCode>[] {
  const errors: Failure<AddressErrorCode>[] = [];
  if (!/^[A-Z]{2}$/.test(a.country)) {
    errors.push(
      failure(
        "INVALID_ADDRESS",
        [...path, "country"],
        `Country "${a.country}" is not an ISO 3166-1 alpha-2 code: use two letters, e.g. NO.`,
      ),
    );
  }
  if (a.street.length === 0 || a.street.length > MAX_TEXT) {
    errors.push(
      failure(
        "INVALID_ADDRESS",
        [...path, "street"],
        `Give the street address (1 to ${MAX_TEXT} characters), e.g. "Storgata 1".`,
      ),
    );
  }
  if (a.city.length === 0 || a.city.length > MAX_TEXT) {
    errors.push(
      failure("INVALID_ADDRESS", [...path, "city"], `Give the poststed (1 to ${MAX_TEXT} characters), e.g. "Oslo".`),
    );
  }
  if (a.country === "NO" ? !/^\d{4}$/.test(a.postalCode) : a.postalCode.length === 0 || a.postalCode.length > 12) {
    const hint =
      a.country === "NO"
        ? "a Norwegian postnummer has 4 digits, e.g. 0150"
        : "give the postal code of that country (1 to 12 characters)";
    errors.push(
      failure("INVALID_POSTAL_CODE", [...path, "postalCode"], `Postal code "${a.postalCode}" is not valid: ${hint}.`),
    );
  }
  return errors;
}
