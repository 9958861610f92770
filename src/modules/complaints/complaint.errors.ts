import { assertNever } from "../../shared/assert-never";
import { inputPath } from "../../shared/outcome";
import { dateFailureMessage, type DateFailure } from "../../shared/event-date";
import type { LocalDate } from "../../shared/local-date";
import { failure, type Failure } from "../../shared/result";
import { userErrorType, type CommonErrorCode } from "../../shared/user-error";
import type { CaseStatus } from "../cases/case.rules";
import { ComplaintStatus } from "./complaint.entity";
import { ComplaintElementCode, type DecisionOutcome, type MissingElement } from "./complaint.rules";

export const COMPLAINT_ERROR_CODES = {
  ...ComplaintElementCode,
  UNKNOWN_CASE: "UNKNOWN_CASE",
  UNKNOWN_COMPLAINT: "UNKNOWN_COMPLAINT",
  UNKNOWN_MEASURE: "UNKNOWN_MEASURE",
  UNKNOWN_DOCUMENT: "UNKNOWN_DOCUMENT",
  CASE_CLOSED: "CASE_CLOSED",
  INVALID_DATE: "INVALID_DATE",
  MISSING_MEASURE: "MISSING_MEASURE",
  MEASURE_KIND_MISMATCH: "MEASURE_KIND_MISMATCH",
  REDUCTION_EXCEEDS_CLAIM: "REDUCTION_EXCEEDS_CLAIM",
  COMPLAINT_LATE: "COMPLAINT_LATE",
  MISSING_LATE_REASON: "MISSING_LATE_REASON",
  MISSING_FIELD: "MISSING_FIELD",
  INVALID_AMOUNT: "INVALID_AMOUNT",
  STEP_OUT_OF_ORDER: "STEP_OUT_OF_ORDER",
  COMPLAINT_DECIDED: "COMPLAINT_DECIDED",
} as const;
export type ComplaintErrorCode = keyof typeof COMPLAINT_ERROR_CODES | CommonErrorCode;
export const ComplaintError = userErrorType(
  "ComplaintError",
  COMPLAINT_ERROR_CODES,
  "A problem with the complaint or the step: nothing was changed. A complaint that lacks elements gets every missing element at once.",
);

/** Where a complaint stands, as a refused step names it. */
export interface ComplaintStage {
  status: ComplaintStatus;
  reconsideredOn: LocalDate | null;
  forwardedTo: string | null;
  forwardedOn: LocalDate | null;
}

/** The earlier step a step's date may not precede. */
export type EarlierStep = "RECEIVED" | "RECONSIDERED" | "FORWARDED";

/** Refusals of complaintSubmit, complaintReconsider, complaintForward and complaintDecide. */
export type ComplaintFailure =
  | { code: "UNKNOWN_CASE"; field: "caseId" }
  | { code: "CASE_CLOSED"; field: "caseId"; status: CaseStatus }
  | DateFailure
  | { code: "INVALID_DATE"; field: string; problem: "BEFORE_STEP"; value: LocalDate; step: EarlierStep; on: LocalDate }
  /** The required elements come worded by the form's checklist (complaint.rules missingElements). */
  | { code: ComplaintElementCode; field: string; element: MissingElement }
  | { code: "MISSING_REASON"; field: "reason"; step: "RECONSIDER" | "DECIDE" }
  | { code: "UNKNOWN_MEASURE"; field: "measureId" }
  | { code: "MISSING_MEASURE" | "MEASURE_KIND_MISMATCH"; field: "measureId"; lien: boolean }
  | {
      code: "REDUCTION_EXCEEDS_CLAIM";
      field: "reductionAmount" | "decision" | "grantedReduction";
      reduction: number;
      principal: number;
    }
  /** The documents module words its own failure. */
  | { code: "UNKNOWN_DOCUMENT"; field: string; document: Failure }
  | { code: "MISSING_LATE_REASON"; field: "acceptLate.reason" }
  | {
      code: "COMPLAINT_LATE";
      field: "receivedOn";
      deadline: LocalDate | null;
      receivedOn: LocalDate;
      /** The admissibility rule's own explanation, as stored on a complaint. */
      reason: string;
    }
  | { code: "UNKNOWN_COMPLAINT"; field: "complaintId" }
  | { code: "COMPLAINT_DECIDED"; field: "complaintId"; decidedOn: LocalDate | null; outcome: DecisionOutcome | null }
  | {
      code: "STEP_OUT_OF_ORDER";
      field: "complaintId";
      step: "RECONSIDER" | "FORWARD" | "DECIDE";
      stage: ComplaintStage;
    }
  | { code: "MISSING_FIELD"; field: "instance" }
  | { code: "INVALID_AMOUNT"; field: "grantedReduction"; problem: "NOT_PARTLY_UPHELD" | "NOT_POSITIVE" };

const EARLIER_STEP: Record<EarlierStep, string> = {
  RECEIVED: "the day the complaint was received",
  RECONSIDERED: "the reconsideration",
  FORWARDED: "the day it was forwarded",
};

/** The next step for a complaint at `stage`, for STEP_OUT_OF_ORDER messages. */
function nextStep(k: ComplaintStage): string {
  switch (k.status) {
    case ComplaintStatus.RECEIVED:
      return "the agency must first reconsider its decision: use complaintReconsider";
    case ComplaintStatus.KEPT:
      return "the agency kept its decision: forward the complaint with complaintForward";
    case ComplaintStatus.FORWARDED:
      return `it was forwarded to ${k.forwardedTo} on ${k.forwardedOn}: register that instance's decision with complaintDecide`;
    case ComplaintStatus.DECIDED:
      return "it is decided";
  }
}

function stepMessage(f: Extract<ComplaintFailure, { code: "STEP_OUT_OF_ORDER" }>): string {
  switch (f.step) {
    case "RECONSIDER":
      return `The agency already reconsidered this complaint on ${f.stage.reconsideredOn} and kept its decision; ${nextStep(f.stage)}.`;
    case "FORWARD":
      return `The complaint cannot be forwarded now: ${nextStep(f.stage)}.`;
    case "DECIDE":
      return `The instance's decision comes after forwarding: ${nextStep(f.stage)}.`;
  }
}

function message(f: ComplaintFailure): string {
  if ("element" in f) return f.element.message;
  switch (f.code) {
    case "UNKNOWN_CASE":
      return "No such case for this API key: use an id from the cases query.";
    case "CASE_CLOSED":
      return `The case is ${f.status} and closed: there is no enforcement left to complain about.`;
    case "INVALID_DATE":
      return f.problem === "BEFORE_STEP"
        ? `${f.field} ${f.value} is before ${EARLIER_STEP[f.step]} (${f.on}): check the date.`
        : dateFailureMessage(f);
    case "MISSING_REASON":
      return f.step === "RECONSIDER"
        ? "Give the grounds for the reconsideration."
        : "Give the grounds of the instance's decision.";
    case "UNKNOWN_MEASURE":
      return "No such enforcement measure on this case: use an id from Case.enforcementMeasures.";
    case "MISSING_MEASURE":
      return `Name ${f.lien ? "the utleggspant whose assets were chosen" : "the utleggstrekk complained against"}: give measureId from Case.enforcementMeasures (record it with enforcementMeasureRecord first).`;
    case "MEASURE_KIND_MISMATCH":
      return f.lien
        ? "A complaint about the choice of assets must name an utleggspant (LIEN), not a deduction."
        : "A complaint about a deduction, or asking to stop one, must name an utleggstrekk (DEDUCTION), not a lien.";
    case "REDUCTION_EXCEEDS_CLAIM":
      return f.field === "reductionAmount"
        ? `The reduction (${f.reduction} øre) is more than the principal (${f.principal} øre): ask for at most that, or for DELETE_CLAIM.`
        : `The reduction (${f.reduction} øre) is more than the principal now (${f.principal} øre): grant at most that.`;
    case "UNKNOWN_DOCUMENT":
      return f.document.message;
    case "MISSING_LATE_REASON":
      return "Give the reason the late complaint is accepted; it is recorded with your key's name.";
    case "COMPLAINT_LATE":
      return `The complaint is late: the deadline was ${f.deadline ?? "when enforcement ended"} and it was received ${f.receivedOn}. ${f.reason} To register it anyway, give acceptLate with the caseworker's reason.`;
    case "UNKNOWN_COMPLAINT":
      return "No such complaint for this API key: use an id from the complaints query or Case.complaints.";
    case "COMPLAINT_DECIDED":
      return `The complaint was decided on ${f.decidedOn} (${f.outcome}): a decided complaint cannot change.`;
    case "STEP_OUT_OF_ORDER":
      return stepMessage(f);
    case "MISSING_FIELD":
      return "Name the instance the complaint goes to, or leave instance out to use the claim's originator.";
    case "INVALID_AMOUNT":
      return f.problem === "NOT_PARTLY_UPHELD"
        ? "grantedReduction belongs to PARTLY_UPHELD only: an upheld complaint grants the reduction asked for, a rejected one none."
        : "Give the granted reduction as a whole number of øre above 0, or leave it out.";
    default:
      return assertNever(f, "complaint failure");
  }
}

/** The module's one mapping from failures to userErrors: the message and the input path of each. */
export function complaintUserErrors(failures: readonly ComplaintFailure[]): Failure<ComplaintFailure["code"]>[] {
  return failures.map((f) => failure(f.code, inputPath(f.field), message(f)));
}
