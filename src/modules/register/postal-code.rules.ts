/** Rules of the postcode register (Bring's Postnummerregister). Pure functions: no ORM, no GraphQL. */
import type { PostalCodeFailure } from "./register.errors";

/** Bring's kategori of a postnummer. */
export const PostalCodeCategory = {
  /** Street addresses and postboxes. */
  B: "B",
  /** Several uses (shared). */
  F: "F",
  /** Street addresses only. */
  G: "G",
  /** Postboxes only: the post office, not where anyone lives. */
  P: "P",
  /** Service code: not used in postal addresses. */
  S: "S",
} as const;
export type PostalCodeCategory = keyof typeof PostalCodeCategory;

/** Bring's codes for Svalbard and Jan Mayen: in the register, but no kommune of the mainland and no forliksråd there. */
export const OUTSIDE_MAINLAND: Readonly<Record<string, string>> = { "2100": "Svalbard", "2211": "Jan Mayen" };

export function isOutsideMainland(kommunenummer: string): boolean {
  return kommunenummer in OUTSIDE_MAINLAND;
}

export function isPostalCodeShape(code: string): boolean {
  return /^\d{4}$/.test(code);
}

/** Checks a register row as given to postalCodeSet. */
export function checkPostalCodeRow(
  row: { code: string; place: string; kommunenummer: string },
  path: string[],
): PostalCodeFailure[] {
  const errors: PostalCodeFailure[] = [];
  if (!isPostalCodeShape(row.code))
    errors.push({ code: "INVALID_POSTAL_CODE", field: [...path, "code"], postalCode: row.code });
  if (row.place.length === 0) errors.push({ code: "MISSING_PLACE", field: [...path, "place"] });
  else if (row.place.length > 255)
    errors.push({ code: "NAME_TOO_LONG", field: [...path, "place"], length: row.place.length });
  if (!/^\d{4}$/.test(row.kommunenummer))
    errors.push({
      code: "UNKNOWN_KOMMUNE",
      field: [...path, "kommunenummer"],
      kommunenummer: row.kommunenummer,
      today: null,
    });
  return errors;
}

export const VenueCheckReason = {
  /** The postcode is a postbox code (category P): the post office's kommune, perhaps not where the debtor lives. */
  POSTBOX_ONLY_POSTAL_CODE: "POSTBOX_ONLY_POSTAL_CODE",
  /** Svalbard or Jan Mayen: no forliksråd of the mainland serves it. */
  OUTSIDE_MAINLAND: "OUTSIDE_MAINLAND",
} as const;
export type VenueCheckReason = keyof typeof VenueCheckReason;

export interface VenueCheck {
  reason: VenueCheckReason;
  message: string;
}

/** Why the forliksråd chosen from a debtor's kommune needs a person's check, or null when it does not. */
export function venueCheck(
  debtor: { kommunenummer: string; postalCode: string; country: string },
  postalCategory: PostalCodeCategory | null,
): VenueCheck | null {
  if (isOutsideMainland(debtor.kommunenummer)) {
    return {
      reason: "OUTSIDE_MAINLAND",
      message: `The debtor's address is on ${OUTSIDE_MAINLAND[debtor.kommunenummer]} (kommunenummer ${debtor.kommunenummer}), where no forliksråd of the mainland sits: choose the board with boardId, or take the claim to the court.`,
    };
  }
  if (debtor.country === "NO" && postalCategory === "P") {
    return {
      reason: "POSTBOX_ONLY_POSTAL_CODE",
      message: `Postnummer ${debtor.postalCode} is a postbox code: kommune ${debtor.kommunenummer} is where the post office is, not necessarily where the debtor lives. Check the home address and correct the debtor's kommunenummer if it differs.`,
    };
  }
  return null;
}

export const PartyWarningCode = {
  KOMMUNE_DIFFERS_FROM_POSTAL_CODE: "KOMMUNE_DIFFERS_FROM_POSTAL_CODE",
  POSTBOX_ONLY_POSTAL_CODE: "POSTBOX_ONLY_POSTAL_CODE",
  /** A plugin's payload asked for the invoice to be sent to the debtor; tvist registered the claim only. */
  INVOICE_NOT_DISTRIBUTED: "INVOICE_NOT_DISTRIBUTED",
} as const;
export type PartyWarningCode = keyof typeof PartyWarningCode;

/** Something worth a look that did not stop the write. */
export interface Warning<C extends string = PartyWarningCode> {
  code: C;
  field: string[] | null;
  message: string;
}

/** The warnings for a kommune given next to a postcode of the register. */
export function kommuneWarnings(
  given: string | null,
  postal: { code: string; place: string; kommunenummer: string; category: PostalCodeCategory },
  paths: { kommunenummer: string[]; postalCode: string[] },
): Warning[] {
  const warnings: Warning[] = [];
  if (given !== null && given !== postal.kommunenummer) {
    warnings.push({
      code: "KOMMUNE_DIFFERS_FROM_POSTAL_CODE",
      field: paths.kommunenummer,
      message: `Kommunenummer ${given} was kept, but postnummer ${postal.code} ${postal.place} lies in kommune ${postal.kommunenummer}: check that the kommune is right (it chooses the forliksråd).`,
    });
  }
  if (postal.category === "P") {
    warnings.push({
      code: "POSTBOX_ONLY_POSTAL_CODE",
      field: paths.postalCode,
      message: `Postnummer ${postal.code} is a postbox code: its kommune is the post office's. Give the kommunenummer of the home or business address if you know it.`,
    });
  }
  return warnings;
}
