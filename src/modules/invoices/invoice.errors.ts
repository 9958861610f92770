import { assertNever } from "../../shared/assert-never";
import { amountOutOfRange } from "../../shared/money";
import { failure, type Failure } from "../../shared/result";
import { userErrorType, type CommonErrorCode } from "../../shared/user-error";
import type { CaseStatus } from "../cases/case.rules";

export const INVOICE_ERROR_CODES = {
  UNKNOWN_CREDITOR: "UNKNOWN_CREDITOR",
  UNKNOWN_DEBTOR: "UNKNOWN_DEBTOR",
  INVALID_AMOUNT: "INVALID_AMOUNT",
  INVALID_DATE: "INVALID_DATE",
  DUE_BEFORE_ISSUE: "DUE_BEFORE_ISSUE",
  UNKNOWN_CURRENCY: "UNKNOWN_CURRENCY",
  INVALID_KID: "INVALID_KID",
  MISSING_FIELD: "MISSING_FIELD",
  CASE_CLOSED: "CASE_CLOSED",
  UNKNOWN_DOCUMENT: "UNKNOWN_DOCUMENT",
} as const;
export type InvoiceErrorCode = keyof typeof INVOICE_ERROR_CODES | CommonErrorCode;
export const InvoiceError = userErrorType("InvoiceError", INVOICE_ERROR_CODES);

/** A problem with an invoice's own fields; `field` names the invoice field. */
export type InvoiceFieldFailure =
  | { code: "MISSING_FIELD"; field: "invoiceNumber" | "sourceSystem" | "externalId" }
  | { code: "INVALID_AMOUNT"; field: "amount" }
  | { code: "AMOUNT_OUT_OF_RANGE"; field: "amount"; amount: number }
  | { code: "INVALID_DATE"; field: "issueDate" | "dueDate" }
  | { code: "DUE_BEFORE_ISSUE"; field: "dueDate"; dueDate: string; issueDate: string }
  | { code: "UNKNOWN_CURRENCY"; field: "currency"; currency: string }
  | { code: "INVALID_KID"; field: "kid" };

export type InvoiceFailure =
  | InvoiceFieldFailure
  | { code: "UNKNOWN_CREDITOR"; field: "creditorId" }
  | { code: "UNKNOWN_DEBTOR"; field: "debtorId" }
  /** `error` is the documents module's userError, its path below the invoice. */
  | { code: "UNKNOWN_DOCUMENT"; field: "pdfDocumentId"; error: Failure<"UNKNOWN_DOCUMENT"> }
  | { code: "CASE_CLOSED"; field: "externalId"; status: CaseStatus };

/** One failure as a userError; `path` is where the invoice sits in the input (["input"], or [] in a push item). */
export function invoiceUserError(f: InvoiceFailure, path: readonly string[]): Failure<InvoiceErrorCode> {
  const at = [...path, f.field];
  switch (f.code) {
    case "MISSING_FIELD":
      return failure(f.code, at, `Give ${f.field}: it is required and may not be blank.`);
    case "INVALID_AMOUNT":
      return failure(f.code, at, "The amount must be a whole number of øre above 0 (e.g. 125000 for 1 250,00 kr).");
    case "AMOUNT_OUT_OF_RANGE":
      return amountOutOfRange(f.amount, at)!;
    case "INVALID_DATE":
      return failure(f.code, at, `${f.field} must be a calendar date as YYYY-MM-DD.`);
    case "DUE_BEFORE_ISSUE":
      return failure(
        f.code,
        at,
        `The due date ${f.dueDate} is before the issue date ${f.issueDate}: correct one of them.`,
      );
    case "UNKNOWN_CURRENCY":
      return failure(f.code, at, `Currency ${f.currency} is not supported: tvist collects NOK only.`);
    case "INVALID_KID":
      return failure(
        f.code,
        at,
        "The KID must be 2–25 digits whose last digit is a MOD10 or MOD11 check digit: check it against the invoice.",
      );
    case "UNKNOWN_CREDITOR":
      return failure(f.code, at, "No such creditor for this API key: use an id from the creditors query.");
    case "UNKNOWN_DEBTOR":
      return failure(f.code, at, "No such debtor of this creditor: create it with debtorCreate first.");
    case "UNKNOWN_DOCUMENT":
      return { ...f.error, field: at };
    case "CASE_CLOSED":
      return failure(
        f.code,
        at,
        `The invoice's case is ${f.status}: a closed case's invoice cannot change. Register a new invoice instead.`,
      );
    default:
      return assertNever(f, "invoice failure");
  }
}

export function invoiceUserErrors(
  failures: readonly InvoiceFailure[],
  path: readonly string[] = ["input"],
): Failure<InvoiceErrorCode>[] {
  return failures.map((f) => invoiceUserError(f, path));
}
