import { Field, ObjectType, registerEnumType } from "type-graphql";
import { assertNever } from "../../shared/assert-never";
import { amountOutOfRange } from "../../shared/money";
import { failure, type Failure } from "../../shared/result";
import { COMMON_ERROR_CODES, COMMON_ERROR_DESCRIPTIONS, type CommonErrorCode } from "../../shared/user-error";
import { CaseStatus } from "../cases/case.rules";
import { venueCheck } from "../register/postal-code.rules";
import type { ClaimErrorCode } from "./claim.rules";
import type { ConciliationStatus, PartyRole } from "./conciliation-case.entity";
import { EligibilityReasonCode, Instance } from "./eligibility.rules";

export const CONCILIATION_ERROR_CODES = {
  UNKNOWN_CASE: "UNKNOWN_CASE",
  UNKNOWN_CONCILIATION_CASE: "UNKNOWN_CONCILIATION_CASE",
  CASE_CLOSED: "CASE_CLOSED",
  CONCILIATION_ALREADY_OPEN: "CONCILIATION_ALREADY_OPEN",
  CASE_PAST_CONCILIATION: "CASE_PAST_CONCILIATION",
  NOT_ELIGIBLE: "NOT_ELIGIBLE",
  NOTHING_OWED: "NOTHING_OWED",
  NOT_DUE: "NOT_DUE",
  INVALID_DATE: "INVALID_DATE",
  DATE_IN_FUTURE: "DATE_IN_FUTURE",
  DATE_OUT_OF_ORDER: "DATE_OUT_OF_ORDER",
  INVALID_AMOUNT: "INVALID_AMOUNT",
  MISSING_FIELD: "MISSING_FIELD",
  UNKNOWN_BOARD: "UNKNOWN_BOARD",
  NO_BOARD_FOR_KOMMUNE: "NO_BOARD_FOR_KOMMUNE",
  OUTSIDE_MAINLAND: "OUTSIDE_MAINLAND",
  UNKNOWN_DOCUMENT: "UNKNOWN_DOCUMENT",
  WRONG_STATUS: "WRONG_STATUS",
  DUPLICATE_PARTY: "DUPLICATE_PARTY",
  NO_RATE_IN_FORCE: "NO_RATE_IN_FORCE",
  NO_FEE_IN_FORCE: "NO_FEE_IN_FORCE",
  NOT_B2B: "NOT_B2B",
} as const;
export type ConciliationErrorCode = keyof typeof CONCILIATION_ERROR_CODES | CommonErrorCode;

const ALL_CODES = { ...CONCILIATION_ERROR_CODES, ...COMMON_ERROR_CODES };
registerEnumType(ALL_CODES, { name: "ConciliationCaseErrorCode", valuesConfig: COMMON_ERROR_DESCRIPTIONS });

/** Like the other `<Name>Error` types, with the § 6-2 reason and the instance to use instead for NOT_ELIGIBLE. */
@ObjectType({ description: "A problem with a forliksklage mutation's input: nothing was changed." })
export class ConciliationCaseError {
  @Field(() => ALL_CODES)
  code!: ConciliationErrorCode;

  @Field(() => [String], { nullable: true, description: 'Path to the input field, e.g. ["input", "category"].' })
  field!: string[] | null;

  @Field({ description: "What is wrong and how to fix it." })
  message!: string;

  @Field(() => EligibilityReasonCode, {
    nullable: true,
    description: "For NOT_ELIGIBLE: the § 6-2 exclusion that applies.",
  })
  eligibilityReason?: EligibilityReasonCode | null;

  @Field(() => Instance, {
    nullable: true,
    description: "For NOT_ELIGIBLE: the instance to bring the case before instead.",
  })
  instance?: Instance | null;
}

export interface ConciliationUserError extends Failure<ConciliationErrorCode> {
  eligibilityReason: EligibilityReasonCode | null;
  instance: Instance | null;
}

type Representative = { field: "representatives"; index: number };

/** Why a conciliation command refused, in the terms of its input; `field` is the input field. */
export type ConciliationFailure =
  | { code: "UNKNOWN_CASE"; field: "caseId" }
  | { code: "UNKNOWN_CONCILIATION_CASE"; field: "id" | "conciliationCaseId" }
  | { code: "UNKNOWN_BOARD"; field: "boardId"; boardId: string }
  /** On caseId: nothing to bring before the forliksråd; on id: the forliksklage can no longer change. */
  | { code: "CASE_CLOSED"; field: "caseId" | "id"; status: CaseStatus }
  | { code: "CONCILIATION_ALREADY_OPEN"; field: "caseId"; status: ConciliationStatus; conciliationCaseId: string }
  | { code: "CASE_PAST_CONCILIATION"; field: "caseId"; status: CaseStatus }
  | { code: "NOT_DUE"; field: "filingDate"; dueDate: string }
  | { code: "NOTHING_OWED"; field: "caseId" }
  | { code: "INVALID_AMOUNT"; field: "legalCostsRequested" }
  | { code: "INVALID_DATE"; field: "filingDate" | "signedOn" | "sentOn" | "hearingDate" }
  | { code: "MISSING_FIELD"; field: "factualDescription" | "signedBy" | "place" }
  | ({ code: "MISSING_FIELD"; part: "name" | "role" } & Representative)
  | ({ code: "DUPLICATE_PARTY"; party: PartyRole } & Representative)
  /** `message` is the eligibility rules' own wording (eligibility.rules.ts). */
  | { code: "NOT_ELIGIBLE"; field: "category"; reason: EligibilityReasonCode; message: string; instance: Instance }
  | { code: "OUTSIDE_MAINLAND"; field: "boardId"; kommune: string }
  | { code: "NO_BOARD_FOR_KOMMUNE"; field: "boardId"; kommune: string; kommuneName: string }
  | { code: "NO_BOARD_FOR_KOMMUNE"; field: "id"; board: string }
  /** `error` is the documents module's userError, its path below the input. */
  | { code: "UNKNOWN_DOCUMENT"; field: "documentIds"; error: Failure<"UNKNOWN_DOCUMENT"> }
  /** `message` is the claim rules' own wording (claim.rules.ts buildClaim). */
  | { code: ClaimErrorCode; field: "claimStandardCompensation" | "caseId" | "filingDate"; message: string }
  | { code: "AMOUNT_OUT_OF_RANGE"; field: "caseId"; total: number }
  | {
      code: "WRONG_STATUS";
      field: "id";
      status: ConciliationStatus;
      allowed: readonly ConciliationStatus[];
      what: string;
    }
  | { code: "WRONG_STATUS"; field: "conciliationCaseId"; status: ConciliationStatus }
  | { code: "WRONG_STATUS"; field: "id"; caseStatus: CaseStatus }
  | { code: "DATE_IN_FUTURE"; field: "signedOn" | "sentOn"; date: string; today: string }
  | { code: "DATE_OUT_OF_ORDER"; field: "sentOn"; sentOn: string; signedOn: string }
  | { code: "DATE_OUT_OF_ORDER"; field: "hearingDate"; hearingDate: string; sentOn: string };

const MISSING_FIELD = {
  factualDescription:
    "Describe the facts in a few sentences (at least 10 characters): what was delivered, when, and that it is unpaid.",
  signedBy: "Give the name of the person who signed for the creditor, as written under the signature.",
  place: "Give the place of the hearing as the summons states it.",
  name: "Give the representative's name.",
  role: "Give the representative's role, e.g. daglig leder, stedfortreder or advokat.",
} as const;

const DATE_IN_FUTURE = {
  signedOn: "record the signature once it is made.",
  sentOn: "record the posting once it is done.",
} as const;

function pathOf(f: ConciliationFailure): string[] {
  if (f.field !== "representatives") return ["input", f.field];
  return ["input", f.field, String(f.index), f.code === "DUPLICATE_PARTY" ? "party" : f.part];
}

function messageOf(f: ConciliationFailure): string {
  switch (f.code) {
    case "UNKNOWN_CASE":
      return "No such case for this API key: use an id from the cases query.";
    case "UNKNOWN_CONCILIATION_CASE":
      return "No such conciliation case for this API key: use an id from the conciliationCases query or Case.conciliationCase.";
    case "UNKNOWN_BOARD":
      return `No forliksråd with id ${f.boardId}: search with conciliationBoards(search:) and use an id it returns.`;
    case "CASE_CLOSED":
      return f.field === "caseId"
        ? `The case is ${f.status} and closed: there is nothing to bring before the forliksråd.`
        : `The case is ${f.status} and closed: the forliksklage can no longer be changed.`;
    case "CONCILIATION_ALREADY_OPEN":
      return `The case already has a forliksklage (${f.status}): go on with conciliation case ${f.conciliationCaseId} instead of making another.`;
    case "CASE_PAST_CONCILIATION":
      return f.status === CaseStatus.JUDGMENT || f.status === CaseStatus.ENFORCEMENT
        ? `The case is ${f.status}: a judgment is already registered; enforce it or close the case.`
        : `The case is ${f.status}: a forliksklage can be made from an ACTIVE or FROZEN case.`;
    case "NOT_DUE":
      return `The invoice falls due on ${f.dueDate}: file the forliksklage after that date.`;
    case "NOTHING_OWED":
      return "Nothing is owed on the case: there is no claim to bring before the forliksråd.";
    case "INVALID_AMOUNT":
      return "Legal costs must be a whole number of øre, 0 or more.";
    case "INVALID_DATE":
      return `${f.field} must be a calendar date as YYYY-MM-DD.`;
    case "MISSING_FIELD":
      return MISSING_FIELD[f.field === "representatives" ? f.part : f.field];
    case "DUPLICATE_PARTY":
      return `${f.party} is given twice: give one representative per party.`;
    case "NOT_ELIGIBLE":
      return `${f.reason}: ${f.message}`;
    case "OUTSIDE_MAINLAND":
      return venueCheck({ kommunenummer: f.kommune, postalCode: "", country: "NO" }, null)!.message;
    case "NO_BOARD_FOR_KOMMUNE":
      return f.field === "boardId"
        ? `The register has no forliksråd for the debtor's kommune ${f.kommune} ${f.kommuneName}: choose one with boardId (search conciliationBoards), or add it to the register.`
        : `The register lists no kommune served by ${f.board}: record which kommuner it serves before scheduling.`;
    case "UNKNOWN_DOCUMENT":
      return f.error.message;
    case "NO_RATE_IN_FORCE":
    case "NO_FEE_IN_FORCE":
    case "NOT_B2B":
      return f.message;
    case "AMOUNT_OUT_OF_RANGE":
      return amountOutOfRange(f.total, null, "The claim with interest, fees and legal costs")!.message;
    case "WRONG_STATUS":
      if (f.field === "conciliationCaseId")
        return `The forliksklage is ${f.status}: the forliksråd can be changed only on a DRAFT (before it is signed).`;
      return "caseStatus" in f
        ? `The case is ${f.caseStatus}: a forliksklage is sent from an ACTIVE or FROZEN case.`
        : `The forliksklage is ${f.status}; ${f.what} needs it ${f.allowed.join(" or ")}.`;
    case "DATE_IN_FUTURE":
      return `${f.field} ${f.date} is after today (${f.today}): ${DATE_IN_FUTURE[f.field]}`;
    case "DATE_OUT_OF_ORDER":
      return f.field === "sentOn"
        ? `sentOn ${f.sentOn} is before the forliksklage was signed (${f.signedOn}): it is posted after signing.`
        : `The hearing date ${f.hearingDate} is before the forliksklage was sent (${f.sentOn}): give the date in the summons (innkalling).`;
    default:
      return assertNever(f, "conciliation failure");
  }
}

export function conciliationUserError(f: ConciliationFailure): ConciliationUserError {
  const field = f.code === "UNKNOWN_DOCUMENT" ? ["input", ...(f.error.field ?? [])] : pathOf(f);
  return {
    ...failure(f.code, field, messageOf(f)),
    eligibilityReason: f.code === "NOT_ELIGIBLE" ? f.reason : null,
    instance: f.code === "NOT_ELIGIBLE" ? f.instance : null,
  };
}

export function conciliationUserErrors(failures: readonly ConciliationFailure[]): ConciliationUserError[] {
  return failures.map(conciliationUserError);
}
