import { assertNever } from "../../shared/assert-never";
import { inputPath } from "../../shared/outcome";
import { dateFailureMessage, type DateFailure } from "../../shared/event-date";
import { failure, type Failure } from "../../shared/result";
import { userErrorType, type CommonErrorCode } from "../../shared/user-error";
import type { CaseStatus } from "../cases/case.rules";
import type { ConciliationStatus } from "../conciliation/conciliation-case.entity";
import type { JudgmentAmountProblem, JudgmentDateProblem } from "./judgment.rules";

export const JUDGMENT_REGISTER_ERROR_CODES = {
  UNKNOWN_CONCILIATION_CASE: "UNKNOWN_CONCILIATION_CASE",
  CASE_CLOSED: "CASE_CLOSED",
  WRONG_STATUS: "WRONG_STATUS",
  INVALID_DATE: "INVALID_DATE",
  DATE_IN_FUTURE: "DATE_IN_FUTURE",
  DATE_OUT_OF_ORDER: "DATE_OUT_OF_ORDER",
  INVALID_AMOUNT: "INVALID_AMOUNT",
  AMOUNT_NOT_ORDERED: "AMOUNT_NOT_ORDERED",
  MISSING_FIELD: "MISSING_FIELD",
  BREAKDOWN_REQUIRED: "BREAKDOWN_REQUIRED",
  BREAKDOWN_MISMATCH: "BREAKDOWN_MISMATCH",
  UNKNOWN_DOCUMENT: "UNKNOWN_DOCUMENT",
} as const;
export type JudgmentErrorCode = keyof typeof JUDGMENT_REGISTER_ERROR_CODES | CommonErrorCode;
export const JudgmentRegisterError = userErrorType("JudgmentRegisterError", JUDGMENT_REGISTER_ERROR_CODES);

/** Refusals of judgmentRegister. */
export type JudgmentFailure =
  | { code: "UNKNOWN_CONCILIATION_CASE"; field: "conciliationCaseId" }
  | { code: "CASE_CLOSED"; field: "conciliationCaseId"; status: CaseStatus }
  | { code: "WRONG_STATUS"; field: "conciliationCaseId"; status: ConciliationStatus }
  | DateFailure<"judgmentDate" | "serviceDate" | "paymentDueDate">
  | JudgmentDateProblem
  | JudgmentAmountProblem
  /** The documents module words its own failure. */
  | { code: "UNKNOWN_DOCUMENT"; field: "documentId"; document: Failure };

function message(f: JudgmentFailure): string {
  switch (f.code) {
    case "UNKNOWN_CONCILIATION_CASE":
      return "No such conciliation case for this API key: use an id from the conciliationCases query.";
    case "CASE_CLOSED":
      return `The case is ${f.status} and closed: no judgment can be registered on it.`;
    case "WRONG_STATUS":
      return `The forliksklage is ${f.status}: a judgment is registered after it was sent (SENT or HEARING_SCHEDULED).`;
    case "INVALID_DATE":
      return dateFailureMessage(f);
    case "DATE_IN_FUTURE":
      return f.field === "judgmentDate"
        ? `The judgment date ${f.value} is after today (${f.today}): register a judgment once it is given.`
        : `The service date ${f.value} is after today (${f.today}): register the judgment once it has been served.`;
    case "DATE_OUT_OF_ORDER":
      switch (f.field) {
        case "judgmentDate":
          return `The judgment date ${f.value} is before the forliksklage was sent (${f.notBefore}): check the date on the judgment.`;
        case "serviceDate":
          return `The service date ${f.value} is before the judgment date ${f.notBefore}: a judgment is served (forkynt) on or after the day it is given.`;
        case "paymentDueDate":
          return `The payment due date ${f.value} is before the judgment date ${f.notBefore}: give the oppfyllelsesfrist the judgment states.`;
      }
      break;
    case "INVALID_AMOUNT":
      if (f.field === "breakdown") return "Each part of the breakdown must be a whole number of øre, 0 or more.";
      return f.problem === "NOT_ORE"
        ? "amountOwed must be a whole number of øre, 0 or more."
        : `A ${f.outcome} judgment orders the debtor to pay: give the amount it orders, in øre, above 0.`;
    case "AMOUNT_NOT_ORDERED":
      return f.field === "amountOwed"
        ? `A ${f.outcome} outcome orders no payment: leave amountOwed out or 0.`
        : "Nothing is ordered paid, so there is no payment due date: leave paymentDueDate out.";
    case "MISSING_FIELD":
      return "Give the payment due date (oppfyllelsesfrist) the judgment states, normally 2 weeks after service.";
    case "BREAKDOWN_MISMATCH":
      return `The breakdown adds up to ${f.total} øre but amountOwed is ${f.amount}: make the parts add up to the amount ordered.`;
    case "BREAKDOWN_REQUIRED":
      return `The amount ordered (${f.amount} øre) differs from the claim (${f.claimTotal} øre): give the breakdown into principal, interest, fees and costs as the judgment states it.`;
    case "UNKNOWN_DOCUMENT":
      return f.document.message;
    default:
      return assertNever(f, "judgment failure");
  }
}

/** The module's one mapping from failures to userErrors: the message and the input path of each. */
export function judgmentUserErrors(failures: readonly JudgmentFailure[]): Failure<JudgmentFailure["code"]>[] {
  return failures.map((f) => failure(f.code, inputPath(f.field), message(f)));
}
