import { assertNever } from "../../shared/assert-never";
import { failure, type Failure } from "../../shared/result";
import { userErrorType, type CommonErrorCode } from "../../shared/user-error";
import { LegalTableUnit, type LegalTable } from "./legal-table.rules";

export const LEGAL_TABLE_ERROR_CODES = {
  INVALID_DATE: "INVALID_DATE",
  NOT_HALF_YEAR_START: "NOT_HALF_YEAR_START",
  DUPLICATE_VALID_FROM: "DUPLICATE_VALID_FROM",
  OUT_OF_ORDER: "OUT_OF_ORDER",
  INVALID_VALUE: "INVALID_VALUE",
  INVALID_SOURCE: "INVALID_SOURCE",
} as const;
export type LegalTableErrorCode = keyof typeof LEGAL_TABLE_ERROR_CODES | CommonErrorCode;
export const LegalTableRowError = userErrorType(
  "LegalTableRowAddError",
  LEGAL_TABLE_ERROR_CODES,
  "A problem with the new row: nothing was written.",
);

/** Why a row may not be appended; `field` is the field of legalTableRowAdd's input. */
export type LegalTableFailure =
  | { code: "INVALID_DATE"; field: "validFrom" }
  | { code: "NOT_HALF_YEAR_START"; field: "validFrom"; table: LegalTable; before: string; after: string }
  | { code: "DUPLICATE_VALID_FROM"; field: "validFrom"; table: LegalTable; validFrom: string }
  | { code: "OUT_OF_ORDER"; field: "validFrom"; table: LegalTable; newest: string }
  | { code: "INVALID_VALUE"; field: "value"; table: LegalTable; unit: LegalTableUnit; min: number; max: number }
  | { code: "INVALID_SOURCE"; field: "sourceTitle" | "sourceUrl" };

function exampleOf(unit: LegalTableUnit): string {
  switch (unit) {
    case LegalTableUnit.BASIS_POINTS:
      return "1200 for 12 %";
    case LegalTableUnit.ORE:
      return "134500 for 1 345 kr";
    case LegalTableUnit.HUNDREDTHS_OF_R:
      return "121 for 1.21 R";
  }
}

function legalTableMessage(f: LegalTableFailure): string {
  switch (f.code) {
    case "INVALID_DATE":
      return "validFrom must be a calendar date as YYYY-MM-DD.";
    case "NOT_HALF_YEAR_START":
      return `${f.table} is set per half-year: use ${f.before} or ${f.after}.`;
    case "DUPLICATE_VALID_FROM":
      return `${f.table} already has a row from ${f.validFrom}; rows are never changed: to correct it, add a row from a later date.`;
    case "OUT_OF_ORDER":
      return `${f.table}'s newest row is from ${f.newest}: a new row must start after it (rows are appended, never inserted between others).`;
    case "INVALID_VALUE":
      return `${f.table} takes a whole number in ${f.unit} from ${f.min} to ${f.max} (e.g. ${exampleOf(f.unit)}).`;
    case "INVALID_SOURCE":
      return f.field === "sourceTitle"
        ? "Name the source (3–500 characters), e.g. the regulation's title and number."
        : "Give the source's address as an http(s) URL, e.g. its page on lovdata.no or regjeringen.no.";
    default:
      return assertNever(f);
  }
}

export const legalTableUserErrors = (failures: readonly LegalTableFailure[]): Failure<LegalTableErrorCode>[] =>
  failures.map((f) => failure(f.code, ["input", f.field], legalTableMessage(f)));
