import { assertNever } from "../../shared/assert-never";
import { inputPath } from "../../shared/outcome";
import { dateFailureMessage, type DateFailure } from "../../shared/event-date";
import type { LocalDate } from "../../shared/local-date";
import { failure, type Failure } from "../../shared/result";
import { userErrorType, type CommonErrorCode } from "../../shared/user-error";
import type { CaseStatus } from "../cases/case.rules";
import { EnforcementRefusalCode, type EnforcementRefusal } from "../conciliation/claim.rules";
import type { MissingRow } from "../fees/fee-tables";
import type { AddressErrorCode } from "../parties/address.rules";

/** Codes of the measure and claim-origin mutations (EnforcementError). */
export const ENFORCEMENT_ERROR_CODES = {
  UNKNOWN_CASE: "UNKNOWN_CASE",
  UNKNOWN_MEASURE: "UNKNOWN_MEASURE",
  CASE_CLOSED: "CASE_CLOSED",
  MISSING_FIELD: "MISSING_FIELD",
  INVALID_ORG_NUMBER: "INVALID_ORG_NUMBER",
  INVALID_DATE: "INVALID_DATE",
  MISSING_DETAILS: "MISSING_DETAILS",
  UNEXPECTED_DETAILS: "UNEXPECTED_DETAILS",
  INVALID_PERIOD: "INVALID_PERIOD",
  MEASURE_ENDED: "MEASURE_ENDED",
  MEASURE_KIND_MISMATCH: "MEASURE_KIND_MISMATCH",
  ENFORCEMENT_CONCLUDED: "ENFORCEMENT_CONCLUDED",
  ALREADY_SET: "ALREADY_SET",
  NOTHING_TO_UPDATE: "NOTHING_TO_UPDATE",
} as const;
export type EnforcementErrorCode = keyof typeof ENFORCEMENT_ERROR_CODES | CommonErrorCode;
export const EnforcementError = userErrorType("EnforcementError", ENFORCEMENT_ERROR_CODES);

/** Codes of the notice and petition mutations (EnforcementPetitionError). */
export const ENFORCEMENT_PETITION_ERROR_CODES = {
  UNKNOWN_CASE: "UNKNOWN_CASE",
  CASE_CLOSED: "CASE_CLOSED",
  CASE_FROZEN: "CASE_FROZEN",
  NO_JUDGMENT: "NO_JUDGMENT",
  WRONG_STATUS: "WRONG_STATUS",
  INVALID_DATE: "INVALID_DATE",
  DATE_IN_FUTURE: "DATE_IN_FUTURE",
  DATE_OUT_OF_ORDER: "DATE_OUT_OF_ORDER",
  NOTICE_NOT_NEEDED: "NOTICE_NOT_NEEDED",
  NOTICE_ALREADY_SENT: "NOTICE_ALREADY_SENT",
  OUTCOME_NOT_ENFORCEABLE: "OUTCOME_NOT_ENFORCEABLE",
  NOTHING_OWED: "NOTHING_OWED",
  PAYMENT_NOT_DUE: "PAYMENT_NOT_DUE",
  NOT_FINAL: "NOT_FINAL",
  AGAINST_STATE: "AGAINST_STATE",
  NOTICE_REQUIRED: "NOTICE_REQUIRED",
  NOTICE_RUNNING: "NOTICE_RUNNING",
  INVALID_AMOUNT: "INVALID_AMOUNT",
  MISSING_OWNER_BIRTH_NUMBER: "MISSING_OWNER_BIRTH_NUMBER",
  INVALID_BIRTH_NUMBER: "INVALID_BIRTH_NUMBER",
  MISSING_OWNER_ADDRESS: "MISSING_OWNER_ADDRESS",
  INVALID_ADDRESS: "INVALID_ADDRESS",
  INVALID_POSTAL_CODE: "INVALID_POSTAL_CODE",
  NOT_A_SOLE_PROPRIETORSHIP: "NOT_A_SOLE_PROPRIETORSHIP",
} as const;
export type EnforcementPetitionErrorCode = keyof typeof ENFORCEMENT_PETITION_ERROR_CODES | CommonErrorCode;
export const EnforcementPetitionError = userErrorType(
  "EnforcementPetitionError",
  ENFORCEMENT_PETITION_ERROR_CODES,
  "A problem with an enforcement mutation's input or the judgment: nothing was changed.",
);

/** Refusals of caseSetClaimOrigin, enforcementMeasureRecord and enforcementMeasureUpdate. */
export type MeasureFailure =
  | { code: "UNKNOWN_CASE"; field: "caseId" }
  | { code: "UNKNOWN_MEASURE"; field: "measureId" }
  | { code: "CASE_CLOSED"; field: "caseId" | "measureId"; status: CaseStatus }
  | { code: "MISSING_FIELD"; field: "originator.name" | "end.reason" }
  | { code: "INVALID_ORG_NUMBER"; field: "originator.orgNumber" }
  | DateFailure
  | { code: "INVALID_DATE"; field: "letterDeadline"; problem: "BEFORE_NOTICE"; value: LocalDate; notifiedOn: LocalDate }
  | {
      code: "INVALID_DATE";
      field: "lien.forcedSaleRequestedOn" | "forcedSaleRequestedOn";
      problem: "BEFORE_LIEN";
      value: LocalDate;
      registeredOn: LocalDate;
    }
  | { code: "MISSING_DETAILS" | "UNEXPECTED_DETAILS"; field: "deduction" | "lien" }
  | { code: "INVALID_PERIOD"; field: "deduction.periodEnd" | "end.endedOn"; end: LocalDate; start: LocalDate }
  | { code: "MEASURE_ENDED"; field: "forcedSaleRequestedOn" | "end"; endedOn: LocalDate | null }
  | { code: "MEASURE_KIND_MISMATCH"; field: "forcedSaleRequestedOn" }
  | { code: "ENFORCEMENT_CONCLUDED"; field: "caseId"; concludedOn: LocalDate }
  | { code: "ALREADY_SET"; field: "forcedSaleRequestedOn" | "enforcementConcludedOn"; on: LocalDate }
  | { code: "NOTHING_TO_UPDATE"; field: null };

/** Refusals of enforcementNoticeRecord and enforcementPetitionCreate. */
export type PetitionFailure =
  | { code: "UNKNOWN_CASE"; field: "caseId" }
  | { code: "CASE_CLOSED"; field: "caseId"; status: CaseStatus; nothingToEnforce: true }
  | { code: "CASE_FROZEN" | "NO_JUDGMENT"; field: "caseId" }
  | { code: "WRONG_STATUS"; field: "caseId"; status: CaseStatus }
  | DateFailure<"sentOn" | "petitionDate">
  | { code: "INVALID_DATE"; field: "petitionDate"; problem: "NO_TABLE_ROW"; missing: MissingRow }
  | { code: "DATE_IN_FUTURE"; field: "sentOn" | "petitionDate"; value: LocalDate; today: LocalDate }
  | { code: "DATE_OUT_OF_ORDER"; field: "sentOn" | "petitionDate"; value: LocalDate; judgmentDate: LocalDate }
  | { code: "NOTICE_ALREADY_SENT"; field: "caseId"; sentOn: LocalDate }
  | { code: "NOTICE_NOT_NEEDED"; field: "sentOn"; sentOn: LocalDate; enforceableOn: LocalDate | null }
  | { code: EnforcementRefusalCode; field: "caseId" | "petitionDate"; refusal: EnforcementRefusal }
  | { code: "INVALID_AMOUNT"; field: "preparationCostsRequested" }
  | { code: "NOT_A_SOLE_PROPRIETORSHIP"; field: "soleProprietorOwner" }
  | { code: "MISSING_OWNER_BIRTH_NUMBER" | "INVALID_BIRTH_NUMBER"; field: "soleProprietorOwner.birthNumber" }
  | { code: "MISSING_OWNER_ADDRESS"; field: "soleProprietorOwner.privateAddress" }
  /** The address rules (parties) word their own failures. */
  | { code: AddressErrorCode; field: string; address: Failure<AddressErrorCode> };

export type EnforcementFailure = MeasureFailure | PetitionFailure;

const MISSING_FIELD_MESSAGE: Record<Extract<MeasureFailure, { code: "MISSING_FIELD" }>["field"], string> = {
  "originator.name": "Give the name of the body that created the claim, e.g. NRK, Lånekassen or Politiet.",
  "end.reason": "Say why the measure ends, e.g. the debt is paid or the deduction was stopped.",
};

function message(f: EnforcementFailure): string {
  switch (f.code) {
    case "UNKNOWN_CASE":
      return "No such case for this API key: use an id from the cases query.";
    case "UNKNOWN_MEASURE":
      return "No such enforcement measure for this API key: use an id from Case.enforcementMeasures.";
    case "CASE_CLOSED":
      return "nothingToEnforce" in f
        ? `The case is ${f.status} and closed: there is nothing to enforce.`
        : `The case is ${f.status} and closed: nothing more can be registered on it.`;
    case "MISSING_FIELD":
      return MISSING_FIELD_MESSAGE[f.field];
    case "INVALID_ORG_NUMBER":
      return "The organisasjonsnummer must be 9 digits with a valid MOD11 check digit: check it in Brønnøysundregistrene, or leave it out.";
    case "INVALID_DATE":
      switch (f.problem) {
        case "BEFORE_NOTICE":
          return `The letter's deadline ${f.value} is before the notification on ${f.notifiedOn}: check both dates.`;
        case "BEFORE_LIEN":
          return f.field === "lien.forcedSaleRequestedOn"
            ? `A forced sale cannot be requested (${f.value}) before the lien was registered (${f.registeredOn}): check both dates.`
            : `A forced sale cannot be requested (${f.value}) before the lien was registered (${f.registeredOn}).`;
        case "NO_TABLE_ROW":
          return f.missing.message;
        default:
          return dateFailureMessage(f);
      }
    case "MISSING_DETAILS":
      return f.field === "deduction"
        ? "Give deduction { deductor, periodStart, periodEnd? } for an utleggstrekk."
        : "Give lien { assetKind, registeredOn, forcedSaleRequestedOn? } for an utleggspant.";
    case "UNEXPECTED_DETAILS":
      return f.field === "lien"
        ? "A DEDUCTION (utleggstrekk) has no lien details: leave lien out, or record a LIEN instead."
        : "A LIEN (utleggspant) has no deduction details: leave deduction out, or record a DEDUCTION instead.";
    case "INVALID_PERIOD":
      return f.field === "deduction.periodEnd"
        ? `The period ends (${f.end}) before it starts (${f.start}): give an end on or after the start, or leave it out.`
        : `The measure cannot end (${f.end}) before it began (${f.start}).`;
    case "MEASURE_ENDED":
      return `The measure ended on ${f.endedOn}: it cannot change any more.`;
    case "MEASURE_KIND_MISMATCH":
      return "A forced sale (tvangsdekning) is requested on an utleggspant (LIEN), not on a deduction.";
    case "ENFORCEMENT_CONCLUDED":
      return `Enforced collection on this case was concluded on ${f.concludedOn}: no new measures can be recorded.`;
    case "ALREADY_SET":
      return f.field === "forcedSaleRequestedOn"
        ? `A forced sale was already requested on ${f.on}.`
        : `Enforced collection on this case was already concluded on ${f.on}.`;
    case "NOTHING_TO_UPDATE":
      return "Give forcedSaleRequestedOn, end or enforcementConcludedOn: there is nothing to change.";
    case "CASE_FROZEN":
      return "Collection is frozen by a written objection: resolve the objection (withdrawn, unfounded, credit note or forliksråd) first.";
    case "NO_JUDGMENT":
      return "The case has no judgment: bring it before the forliksråd and register the judgment (judgmentRegister) first.";
    case "WRONG_STATUS":
      return `The case is ${f.status}: enforcement is asked for once, from a case in JUDGMENT.`;
    case "DATE_IN_FUTURE":
      return `${f.field} ${f.value} is after today (${f.today}): record it on the day it happens.`;
    case "DATE_OUT_OF_ORDER":
      return `${f.field} ${f.value} is before the judgment date ${f.judgmentDate}.`;
    case "NOTICE_ALREADY_SENT":
      return `A notice was already sent on ${f.sentOn}: ask for enforcement once its 14 days have run.`;
    case "NOTICE_NOT_NEEDED":
      return `Under a year has passed on ${f.sentOn} since the judgment became enforceable on ${f.enforceableOn} (tvangsfullbyrdelsesloven § 4-18): no notice is needed; ask for enforcement directly.`;
    case EnforcementRefusalCode.OUTCOME_NOT_ENFORCEABLE:
    case EnforcementRefusalCode.NOTHING_OWED:
    case EnforcementRefusalCode.PAYMENT_NOT_DUE:
    case EnforcementRefusalCode.NOT_FINAL:
    case EnforcementRefusalCode.AGAINST_STATE:
    case EnforcementRefusalCode.NOTICE_REQUIRED:
    case EnforcementRefusalCode.NOTICE_RUNNING:
      return f.refusal.message;
    case "INVALID_AMOUNT":
      return "Give the preparation cost as a whole number of øre, 0 or more.";
    case "NOT_A_SOLE_PROPRIETORSHIP":
      return "The debtor is a person, not an enkeltpersonforetak: leave soleProprietorOwner out; the petition names the person by fødselsdato.";
    case "MISSING_OWNER_BIRTH_NUMBER":
      return "An utleggsbegjæring against an enkeltpersonforetak must give the owner's fødselsnummer (11 digits): get it from Folkeregisteret.";
    case "INVALID_BIRTH_NUMBER":
      return "That is not a valid fødselsnummer: give the owner's 11 digits, whose last two are check digits.";
    case "MISSING_OWNER_ADDRESS":
      return "An utleggsbegjæring against an enkeltpersonforetak must give the owner's private address (bostedsadresse).";
    case "INVALID_ADDRESS":
    case "INVALID_POSTAL_CODE":
      return f.address.message;
    default:
      return assertNever(f, "enforcement failure");
  }
}

/** The module's one mapping from failures to userErrors: the message and the input path of each. */
export function enforcementUserErrors<F extends EnforcementFailure>(failures: readonly F[]): Failure<F["code"]>[] {
  return failures.map((f) => failure(f.code, inputPath(f.field), message(f)));
}
