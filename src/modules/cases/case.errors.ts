import { assertNever } from "../../shared/assert-never";
import { amountOutOfRange, sumOutOfRange } from "../../shared/money";
import { failure, type Failure } from "../../shared/result";
import { userErrorType, type CommonErrorCode } from "../../shared/user-error";
import type { CaseStatus, StepRefusal } from "./case.rules";

export const CASE_ERROR_CODES = {
  UNKNOWN_CASE: "UNKNOWN_CASE",
  CASE_CLOSED: "CASE_CLOSED",
  CASE_FROZEN: "CASE_FROZEN",
  STEP_OUT_OF_ORDER: "STEP_OUT_OF_ORDER",
  DEADLINE_NOT_PASSED: "DEADLINE_NOT_PASSED",
  DEADLINE_TOO_SHORT: "DEADLINE_TOO_SHORT",
  NOT_DUE: "NOT_DUE",
  INVALID_DATE: "INVALID_DATE",
  INVALID_AMOUNT: "INVALID_AMOUNT",
  AMOUNT_EXCEEDS_OUTSTANDING: "AMOUNT_EXCEEDS_OUTSTANDING",
  MISSING_REASON: "MISSING_REASON",
} as const;
export type CaseErrorCode = keyof typeof CASE_ERROR_CODES | CommonErrorCode;
export const CaseError = userErrorType("CaseError", CASE_ERROR_CODES);
export type CaseUserError = Failure<CaseErrorCode>;

/** Why a case command refused, in the terms of its input; `field` is the input field. */
export type CaseFailure =
  | { code: "UNKNOWN_CASE"; field: "caseId" }
  | { code: "CASE_CLOSED"; field: "caseId"; status: CaseStatus }
  /** `message` is the rule's own wording (case.rules.ts refuseStep). */
  | (StepRefusal & { field: "caseId" | "sentOn" | "deadline" })
  /** `field` is the input field the date came in (sentOn, deadline, paidOn, issuedOn, or date in a push). */
  | { code: "INVALID_DATE"; field: string }
  /** No fee in the legal tables on that day; `message` is the legal tables' own wording. */
  | { code: "INVALID_DATE"; field: "sentOn"; message: string }
  | { code: "INVALID_AMOUNT"; field: "amount" }
  | { code: "AMOUNT_OUT_OF_RANGE"; field: "amount"; amount: number }
  | { code: "AMOUNT_OUT_OF_RANGE"; field: "amount"; sum: "paid" | "credited"; was: number; amount: number }
  | { code: "AMOUNT_EXCEEDS_OUTSTANDING"; field: "amount"; outstanding: number }
  | { code: "MISSING_REASON"; field: "reason" };

const SUM_NAME = { paid: "The case's paid sum", credited: "The case's credited sum" } as const;

export function caseUserError(f: CaseFailure): CaseUserError {
  const at = ["input", f.field];
  switch (f.code) {
    case "UNKNOWN_CASE":
      return failure(f.code, at, "No such case for this API key: use an id from the cases query.");
    case "CASE_CLOSED":
      return failure(
        f.code,
        at,
        "message" in f ? f.message : `The case is ${f.status} and closed: nothing more can be registered on it.`,
      );
    case "CASE_FROZEN":
    case "STEP_OUT_OF_ORDER":
    case "DEADLINE_NOT_PASSED":
    case "NOT_DUE":
    case "DEADLINE_TOO_SHORT":
      return failure(f.code, at, f.message);
    case "INVALID_DATE":
      return failure(f.code, at, "message" in f ? f.message : `${f.field} must be a calendar date as YYYY-MM-DD.`);
    case "INVALID_AMOUNT":
      return failure(f.code, at, "The amount must be a whole number of øre above 0.");
    case "AMOUNT_OUT_OF_RANGE":
      return "sum" in f ? sumOutOfRange(f.was, f.amount, at, SUM_NAME[f.sum])! : amountOutOfRange(f.amount, at)!;
    case "AMOUNT_EXCEEDS_OUTSTANDING":
      return failure(
        f.code,
        at,
        `A credit note cannot exceed what is owed (${f.outstanding} øre): credit at most that.`,
      );
    case "MISSING_REASON":
      return failure(
        f.code,
        at,
        "Give the reason the case is closed (not blank): it is recorded in the case's timeline.",
      );
    default:
      return assertNever(f, "case failure");
  }
}

export function caseUserErrors(failures: readonly CaseFailure[]): CaseUserError[] {
  return failures.map(caseUserError);
}
