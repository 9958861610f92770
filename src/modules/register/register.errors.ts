import { assertNever } from "../../shared/assert-never";
import { failure, type Failure } from "../../shared/result";
import { userErrorType, type CommonErrorCode } from "../../shared/user-error";
import { partyUserError, type AddressFailure, type PartyFailure } from "../parties/parties.errors";
import { codeFailures, overlapFailures, periodFailures, type Validity } from "./register.rules";

export const MUNICIPALITY_ERROR_CODES = {
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
export type MunicipalityErrorCode = keyof typeof MUNICIPALITY_ERROR_CODES | CommonErrorCode;
export const MunicipalityError = userErrorType("MunicipalityError", MUNICIPALITY_ERROR_CODES);

export const CONCILIATION_BOARD_ERROR_CODES = {
  MISSING_NAME: "MISSING_NAME",
  NAME_TOO_LONG: "NAME_TOO_LONG",
  INVALID_ADDRESS: "INVALID_ADDRESS",
  INVALID_POSTAL_CODE: "INVALID_POSTAL_CODE",
  UNKNOWN_MUNICIPALITY: "UNKNOWN_MUNICIPALITY",
  UNKNOWN_BOARD: "UNKNOWN_BOARD",
  MUNICIPALITY_WITHOUT_BOARD: "MUNICIPALITY_WITHOUT_BOARD",
  TOO_FEW_MUNICIPALITIES: "TOO_FEW_MUNICIPALITIES",
} as const;
export type ConciliationBoardErrorCode = keyof typeof CONCILIATION_BOARD_ERROR_CODES | CommonErrorCode;
export const ConciliationBoardError = userErrorType("ConciliationBoardError", CONCILIATION_BOARD_ERROR_CODES);

export const POSTAL_CODE_ERROR_CODES = {
  INVALID_POSTAL_CODE: "INVALID_POSTAL_CODE",
  MISSING_PLACE: "MISSING_PLACE",
  NAME_TOO_LONG: "NAME_TOO_LONG",
  UNKNOWN_KOMMUNE: "UNKNOWN_KOMMUNE",
} as const;
export type PostalCodeErrorCode = keyof typeof POSTAL_CODE_ERROR_CODES | CommonErrorCode;
export const PostalCodeError = userErrorType("PostalCodeError", POSTAL_CODE_ERROR_CODES);

type At = { field: string[] };

/** A register command's failure; `field` is the path inside the command's input. */
export type RegisterFailure =
  | Extract<PartyFailure, { code: "MISSING_NAME" | "NAME_TOO_LONG" }>
  | AddressFailure
  | (At & { code: "MISSING_NAME"; forMerge: true })
  | (At & { code: "INVALID_CODE"; kommunenummer: string })
  | (At & { code: "INVALID_COUNTY"; countyCode: string; kommunenummer: string | null })
  | (At & { code: "UNKNOWN_COUNTY"; countyCode: string })
  | (At & { code: "INVALID_DATE"; value: string })
  | (At & { code: "INVALID_PERIOD"; validFrom: string; validTo: string })
  | (At & { code: "OVERLAPPING_VALIDITY"; kommunenummer: string; clash: Validity })
  | (At & { code: "UNKNOWN_MUNICIPALITY"; id: string })
  | (At & { code: "UNKNOWN_MUNICIPALITY"; kommunenummer: string; today: string })
  | (At & { code: "UNKNOWN_BOARD"; id: string })
  | (At & { code: "INVALID_NEIGHBOUR"; kommunenummer: string; name: string })
  | (At & { code: "MUNICIPALITY_WITHOUT_BOARD"; kommunenummer: string; name: string })
  | (At & { code: "TOO_FEW_MUNICIPALITIES" });

export type MunicipalityFailure = Extract<RegisterFailure, { code: MunicipalityErrorCode }>;
export type ConciliationBoardFailure = Extract<RegisterFailure, { code: ConciliationBoardErrorCode }>;

/** A postal code row's failure; `field` is the path inside postalCodeSet's input. */
export type PostalCodeFailure =
  | (At & { code: "INVALID_POSTAL_CODE"; postalCode: string })
  | (At & { code: "MISSING_PLACE" })
  | (At & { code: "NAME_TOO_LONG"; length: number })
  | (At & { code: "UNKNOWN_KOMMUNE"; kommunenummer: string; today: string | null });

/** A register failure as a userError at `root` + its field. */
export function registerUserError(
  f: RegisterFailure,
  root: readonly string[] = ["input"],
): Failure<RegisterFailure["code"]> {
  const at = (message: string) => failure(f.code, [...root, ...f.field], message);
  switch (f.code) {
    case "MISSING_NAME":
      return "forMerge" in f
        ? at(
            'Name the shared board, e.g. "Vesterålen forliksråd", or give intoBoardId to merge into an existing board.',
          )
        : partyUserError(f, root);
    case "NAME_TOO_LONG":
    case "INVALID_ADDRESS":
    case "INVALID_POSTAL_CODE":
      return partyUserError(f, root);
    case "INVALID_CODE":
      return at(`"${f.kommunenummer}" is not a kommunenummer: give 4 digits, e.g. 0301.`);
    case "INVALID_COUNTY":
      return at(
        f.kommunenummer === null
          ? `"${f.countyCode}" is not a fylkesnummer: give 2 digits, e.g. 03.`
          : `Kommunenummer ${f.kommunenummer} belongs to fylke ${f.kommunenummer.slice(0, 2)}, not ${f.countyCode}: the first two digits of the code are the county.`,
      );
    case "UNKNOWN_COUNTY":
      return at(`No kommune is registered in fylke ${f.countyCode} yet: give countyName too.`);
    case "INVALID_DATE":
      return at(`"${f.value}" is not a calendar date: use YYYY-MM-DD.`);
    case "INVALID_PERIOD":
      return at(
        `validTo ${f.validTo} is before validFrom ${f.validFrom}: the last valid day cannot come before the first.`,
      );
    case "OVERLAPPING_VALIDITY":
      return at(
        `Kommunenummer ${f.kommunenummer} is already valid from ${f.clash.validFrom}${f.clash.validTo ? ` to ${f.clash.validTo}` : " (still in force)"}: set validTo on that row first, or start the new period after it.`,
      );
    case "UNKNOWN_MUNICIPALITY":
      return at(
        "id" in f
          ? `No kommune row with id ${f.id}: use an id from the municipalities query.`
          : `No kommune with code "${f.kommunenummer}" is in force on ${f.today}: use a code from the municipalities query.`,
      );
    case "UNKNOWN_BOARD":
      return at(`No forliksråd with id ${f.id}: use an id from the conciliationBoards query.`);
    case "INVALID_NEIGHBOUR":
      return at(`${f.kommunenummer} ${f.name} cannot be its own neighbour: leave it out of neighbourIds.`);
    case "MUNICIPALITY_WITHOUT_BOARD":
      return at(
        `Kommune ${f.kommunenummer} ${f.name} would have no forliksråd: give it another board first (municipalityUpdate with boardId, or that board's conciliationBoardUpdate), or keep its code in the list.`,
      );
    case "TOO_FEW_MUNICIPALITIES":
      return at(
        "A merge joins at least two kommuner in one board: list the kommunenummer of every kommune to share it.",
      );
    default:
      return assertNever(f);
  }
}

export function postalCodeUserError(
  f: PostalCodeFailure,
  root: readonly string[] = ["input"],
): Failure<PostalCodeErrorCode> {
  const at = (message: string) => failure(f.code, [...root, ...f.field], message);
  switch (f.code) {
    case "INVALID_POSTAL_CODE":
      return at(`"${f.postalCode}" is not a postnummer: give 4 digits, e.g. 0150.`);
    case "MISSING_PLACE":
      return at("Give the poststed, e.g. OSLO.");
    case "NAME_TOO_LONG":
      return at(`Shorten the poststed to at most 255 characters (it has ${f.length}).`);
    case "UNKNOWN_KOMMUNE":
      return at(
        f.today === null
          ? `"${f.kommunenummer}" is not a kommunenummer: give 4 digits, e.g. 0301.`
          : `Kommunenummer ${f.kommunenummer} is not in force on ${f.today}: use a code from the municipalities query.`,
      );
    default:
      return assertNever(f);
  }
}

// A failure keeps its code, so each family's failures map to its own codes.
export const municipalityUserErrors = (failures: readonly MunicipalityFailure[]) =>
  failures.map((f) => registerUserError(f)) as Failure<MunicipalityErrorCode>[];
export const conciliationBoardUserErrors = (failures: readonly ConciliationBoardFailure[]) =>
  failures.map((f) => registerUserError(f)) as Failure<ConciliationBoardErrorCode>[];
export const postalCodeUserErrors = (failures: readonly PostalCodeFailure[]) =>
  failures.map((f) => postalCodeUserError(f));

/** The register rules with their messages, at `path` (e.g. ["input"]). */
export const checkCode = (code: string, countyCode: string, path: string[]) =>
  codeFailures(code, countyCode, path).map((f) => registerUserError(f, []));
export const checkPeriod = (validFrom: string, validTo: string | null, path: string[]) =>
  periodFailures(validFrom, validTo, path).map((f) => registerUserError(f, []));
export const checkNoOverlap = (code: string, period: Validity, others: readonly Validity[], path: string[]) =>
  overlapFailures(code, period, others, path).map((f) => registerUserError(f, []));
