import { assertNever } from "../../shared/assert-never";
import { failure, type Failure } from "../../shared/result";
import { userErrorType, type CommonErrorCode } from "../../shared/user-error";
import type { CaseStatus } from "../cases/case.rules";
import { invoiceUserError, type InvoiceFieldFailure } from "../invoices/invoice.errors";
import type { CreditRefusal } from "./objection.rules";

export const OBJECTION_ERROR_CODES = {
  UNKNOWN_CASE: "UNKNOWN_CASE",
  UNKNOWN_OBJECTION: "UNKNOWN_OBJECTION",
  UNKNOWN_DOCUMENT: "UNKNOWN_DOCUMENT",
  CASE_CLOSED: "CASE_CLOSED",
  CASE_IN_LEGAL_PROCESS: "CASE_IN_LEGAL_PROCESS",
  OBJECTION_NOT_OPEN: "OBJECTION_NOT_OPEN",
  INVALID_DATE: "INVALID_DATE",
  MISSING_FIELD: "MISSING_FIELD",
  MISSING_REASON: "MISSING_REASON",
  INVALID_AMOUNT: "INVALID_AMOUNT",
  AMOUNT_EXCEEDS_OUTSTANDING: "AMOUNT_EXCEEDS_OUTSTANDING",
  MISSING_NEW_INVOICE: "MISSING_NEW_INVOICE",
  AMOUNT_MISMATCH: "AMOUNT_MISMATCH",
  INVOICE_EXISTS: "INVOICE_EXISTS",
  DUE_BEFORE_ISSUE: "DUE_BEFORE_ISSUE",
  INVALID_KID: "INVALID_KID",
} as const;
export type ObjectionErrorCode = keyof typeof OBJECTION_ERROR_CODES | CommonErrorCode;
export const ObjectionError = userErrorType("ObjectionError", OBJECTION_ERROR_CODES);
export type ObjectionUserError = Failure<ObjectionErrorCode>;

/** The replacement invoice's field problems an objection can meet (its currency is always NOK). */
export type NewInvoiceFieldFailure = Extract<InvoiceFieldFailure, { code: ObjectionErrorCode }>;

/** Why an objection command refused, in the terms of its input; `field` is below the mutation's input. */
export type ObjectionFailure =
  | { code: "UNKNOWN_CASE"; field: "caseId" }
  | { code: "UNKNOWN_OBJECTION"; field: "objectionId" }
  /** `error` is the documents module's userError, its path below the input. */
  | { code: "UNKNOWN_DOCUMENT"; field: "documentIds"; error: Failure<"UNKNOWN_DOCUMENT"> }
  /** On caseId: no claim left to object to; on objectionId: no resolution left to record. */
  | { code: "CASE_CLOSED"; field: "caseId" | "objectionId"; status: CaseStatus }
  | { code: "CASE_IN_LEGAL_PROCESS"; field: "caseId"; status: CaseStatus }
  /** `message` is the rule's own wording (objection.rules.ts refuseResolution / refuseReason). */
  | { code: "OBJECTION_NOT_OPEN"; field: "objectionId"; message: string }
  | { code: "MISSING_REASON"; field: "reason"; message: string }
  | { code: "INVALID_DATE"; field: "receivedOn" | "withdrawnOn" | "issuedOn"; problem: "FORMAT" }
  | { code: "INVALID_DATE"; field: "receivedOn"; problem: "FUTURE"; receivedOn: string; today: string }
  | { code: "INVALID_DATE"; field: "receivedOn"; problem: "BEFORE_ISSUE"; receivedOn: string; issueDate: string }
  | { code: "INVALID_DATE"; field: "withdrawnOn"; problem: "OUT_OF_RANGE"; receivedOn: string; today: string }
  | { code: "MISSING_FIELD"; field: "text" | "creditNoteNumber" }
  | (CreditRefusal & { field: readonly string[] })
  | { code: "INVOICE_EXISTS"; field: readonly ["newInvoice", "externalId"]; externalId: string; sourceSystem: string }
  | { code: "NEW_INVOICE"; field: "newInvoice"; problem: NewInvoiceFieldFailure };

const MISSING_FIELD: Record<"text" | "creditNoteNumber", string> = {
  text: "Give the debtor's objection in their words (or a note of what they said): text may not be blank.",
  creditNoteNumber: "Give the credit note's number (kreditnotanummer) from the accounting system.",
};

export function objectionUserError(f: ObjectionFailure): ObjectionUserError {
  switch (f.code) {
    case "UNKNOWN_CASE":
      return failure(f.code, ["input", f.field], "No such case for this API key: use an id from the cases query.");
    case "UNKNOWN_OBJECTION":
      return failure(
        f.code,
        ["input", f.field],
        "No such objection for this API key: use an id from the objections query or Case.objections.",
      );
    case "UNKNOWN_DOCUMENT":
      return { ...f.error, field: ["input", ...(f.error.field ?? [])] };
    case "CASE_CLOSED":
      return failure(
        f.code,
        ["input", f.field],
        f.field === "caseId"
          ? `The case is ${f.status} and closed: there is no claim left to object to.`
          : `The case is ${f.status} and closed: nothing more can be registered on it.`,
      );
    case "CASE_IN_LEGAL_PROCESS":
      return failure(
        f.code,
        ["input", f.field],
        `The case is ${f.status}: the dispute is before the forliksråd or the courts, so the debtor's objection belongs there.`,
      );
    case "OBJECTION_NOT_OPEN":
    case "MISSING_REASON":
      return failure(f.code, ["input", f.field], f.message);
    case "INVALID_DATE":
      return failure(f.code, ["input", f.field], dateMessage(f));
    case "MISSING_FIELD":
      return failure(f.code, ["input", f.field], MISSING_FIELD[f.field]);
    case "INVALID_AMOUNT":
    case "AMOUNT_EXCEEDS_OUTSTANDING":
    case "MISSING_NEW_INVOICE":
    case "AMOUNT_MISMATCH":
      return failure(f.code, ["input", ...f.field], f.message);
    case "INVOICE_EXISTS":
      return failure(
        f.code,
        ["input", ...f.field],
        `This creditor has an invoice with externalId ${f.externalId} from ${f.sourceSystem} already: give the new invoice's own externalId.`,
      );
    case "NEW_INVOICE":
      return invoiceUserError(f.problem, ["input", f.field]) as ObjectionUserError;
    default:
      return assertNever(f, "objection failure");
  }
}

function dateMessage(f: Extract<ObjectionFailure, { code: "INVALID_DATE" }>): string {
  switch (f.problem) {
    case "FORMAT":
      return `${f.field} must be a calendar date as YYYY-MM-DD.`;
    case "FUTURE":
      return `receivedOn ${f.receivedOn} is in the future: give the date the objection came in (today is ${f.today}).`;
    case "BEFORE_ISSUE":
      return `receivedOn ${f.receivedOn} is before the invoice was issued (${f.issueDate}): check the date.`;
    case "OUT_OF_RANGE":
      return `withdrawnOn must lie between the day the objection came in (${f.receivedOn}) and today (${f.today}).`;
    default:
      return assertNever(f, "date problem");
  }
}

export function objectionUserErrors(failures: readonly ObjectionFailure[]): ObjectionUserError[] {
  return failures.map(objectionUserError);
}
