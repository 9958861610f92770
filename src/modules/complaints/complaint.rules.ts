/** Complaints (klager) against enforcement: required elements, filing deadlines, SLA, refunds. Pure: no ORM, no GraphQL. */
import { assertNever } from "../../shared/assert-never";
import { addDays, addMonths, type LocalDate } from "../../shared/local-date";
import { rollToWorkingDay } from "../calendar/court-calendar.rules";

/** What the complaint is about. */
export enum ComplaintSubject {
  /** Utleggstrekk: a wage or benefit deduction. */
  DEDUCTION = "DEDUCTION",
  CASE_HANDLING = "CASE_HANDLING",
  /** The claim itself. */
  CLAIM = "CLAIM",
  /** Skattemotregning. */
  TAX_SET_OFF = "TAX_SET_OFF",
  /** Which assets a lien (utleggspant) was taken in. */
  CHOICE_OF_ASSETS = "CHOICE_OF_ASSETS",
  OTHER = "OTHER",
}

export enum DesiredOutcome {
  STOP_DEDUCTION = "STOP_DEDUCTION",
  DELETE_CLAIM = "DELETE_CLAIM",
  REDUCE_CLAIM = "REDUCE_CLAIM",
  OTHER = "OTHER",
}

export enum MeasureKind {
  /** Utleggstrekk: the employer or NAV deducts from pay or benefits. */
  DEDUCTION = "DEDUCTION",
  /** Utleggspant: a lien on property, an account or other assets. */
  LIEN = "LIEN",
}

export enum DeductorKind {
  EMPLOYER = "EMPLOYER",
  NAV = "NAV",
}

/** How the complaint reached us; only ORAL is not written. */
export enum ComplaintChannel {
  LETTER = "LETTER",
  EMAIL = "EMAIL",
  PORTAL = "PORTAL",
  ORAL = "ORAL",
}

export enum DecisionOutcome {
  UPHELD = "UPHELD",
  PARTLY_UPHELD = "PARTLY_UPHELD",
  REJECTED = "REJECTED",
}

/** Weeks from receipt until a decision is due. */
export const COMPLAINT_SLA_WEEKS = 3;

/** Months after notification of the utlegg to complain about the choice of assets. */
export const CHOICE_OF_ASSETS_MONTHS = 1;

/** The law a complaint deadline is set by. */
export enum ComplaintLaw {
  /** Alminnelig namsmann and særnamsmenn taking utlegg (tvangsfullbyrdelsesloven § 5-16). */
  TVANGSFULLBYRDELSESLOVEN = "TVANGSFULLBYRDELSESLOVEN",
  /** An enkeltvedtak by a state body (forvaltningsloven §§ 29–30: three weeks). */
  FORVALTNINGSLOVEN = "FORVALTNINGSLOVEN",
  /** State claims collected by Skatteetaten's innkrevingsmyndighet since 2026-01-01 (replaced the SI-loven). */
  INNKREVINGSLOVEN = "INNKREVINGSLOVEN",
}

/**
 * Whether a last day on a Saturday, Sunday or holiday moves to the next working day (domstolloven § 149), by law:
 * - tvangsfullbyrdelsesloven: its deadlines are court deadlines counted by domstolloven §§ 148–149
 *   (https://lovdata.no/dokument/NL/lov/1915-08-13-5/KAPITTEL_10).
 * - forvaltningsloven § 30: the complaint is in time when posted before the deadline ends; the deadline itself is
 *   counted by domstolloven §§ 148–149 by established practice (the same rule written into skatteforvaltningsloven
 *   § 5-5 (2), https://www.skatteetaten.no/rettskilder/type/handboker/skatteforvaltningshandboken/gjeldende/kapittel-5-alminnelige-saksbehandlingsregler/ID-5-5.001/).
 * - innkrevingsloven: utlegg by the innkrevingsmyndighet is enforcement under tvangsfullbyrdelsesloven, so its
 *   complaint deadlines roll the same way (Prop. 37 L (2024–2025), https://regjeringen.no/no/dokumenter/prop.-37-l-20242025/id3078888/?ch=2).
 */
export const COMPLAINT_DEADLINE_ROLLS: Readonly<Record<ComplaintLaw, boolean>> = {
  [ComplaintLaw.TVANGSFULLBYRDELSESLOVEN]: true,
  [ComplaintLaw.FORVALTNINGSLOVEN]: true,
  [ComplaintLaw.INNKREVINGSLOVEN]: true,
};

/** Last day of a complaint deadline of `months` from `from` (domstolloven § 148 (2)), rolled per its law (§ 149). */
export function complaintDeadline(
  from: LocalDate,
  months: number,
  law: ComplaintLaw = ComplaintLaw.TVANGSFULLBYRDELSESLOVEN,
): LocalDate {
  const nominal = addMonths(from, months);
  return COMPLAINT_DEADLINE_ROLLS[law] ? rollToWorkingDay(nominal) : nominal;
}

// ---------------------------------------------------------------------------------------------------------------
// Required elements

export const ComplaintElementCode = {
  MISSING_CHANNEL: "MISSING_CHANNEL",
  NOT_WRITTEN: "NOT_WRITTEN",
  MISSING_SUBJECT: "MISSING_SUBJECT",
  MISSING_REASON: "MISSING_REASON",
  MISSING_DESIRED_OUTCOME: "MISSING_DESIRED_OUTCOME",
  MISSING_REDUCTION_AMOUNT: "MISSING_REDUCTION_AMOUNT",
  INVALID_REDUCTION_AMOUNT: "INVALID_REDUCTION_AMOUNT",
  MISSING_OUTCOME_DESCRIPTION: "MISSING_OUTCOME_DESCRIPTION",
  MISSING_SIGNATURE: "MISSING_SIGNATURE",
  MISSING_ATTACHMENTS: "MISSING_ATTACHMENTS",
} as const;
export type ComplaintElementCode = (typeof ComplaintElementCode)[keyof typeof ComplaintElementCode];

/** A complaint as submitted; every element may be missing. */
export interface ComplaintDraft {
  channel?: ComplaintChannel | null;
  subject?: ComplaintSubject | null;
  /** Why the debtor complains. */
  reason?: string | null;
  desiredOutcome?: DesiredOutcome | null;
  /** Minor units (øre): how much the claim should be reduced by; required for REDUCE_CLAIM. */
  reductionAmount?: number | null;
  /** What the debtor wants; required for desired outcome OTHER. */
  desiredOutcomeText?: string | null;
  signerName?: string | null;
  signedAt?: Date | null;
  /** An uploaded signed complaint, instead of signer name and time. */
  signedDocumentId?: string | null;
  /** Uploaded documentation; at least one. */
  attachmentIds?: readonly string[] | null;
}

export interface MissingElement {
  code: ComplaintElementCode;
  /** Input path, e.g. ["input", "reason"]. */
  field: string[];
  message: string;
}

const blank = (s: string | null | undefined) => !s || s.trim().length === 0;

/** Every element the complaint lacks, all at once, in the order of the form; empty when complete. */
export function missingElements(draft: ComplaintDraft, path: readonly string[] = ["input"]): MissingElement[] {
  const missing: MissingElement[] = [];
  const add = (code: ComplaintElementCode, field: string, message: string) =>
    missing.push({ code, field: [...path, field], message });

  if (!draft.channel)
    add(
      "MISSING_CHANNEL",
      "channel",
      "Say how the complaint arrived: LETTER, EMAIL or PORTAL (a complaint must be written).",
    );
  else if (draft.channel === ComplaintChannel.ORAL)
    add(
      "NOT_WRITTEN",
      "channel",
      "A complaint must be written: ask the debtor to send it by letter, e-mail or the portal, then register it with that channel.",
    );

  if (!draft.subject)
    add(
      "MISSING_SUBJECT",
      "subject",
      "Say what the complaint is about: DEDUCTION, CASE_HANDLING, CLAIM, TAX_SET_OFF, CHOICE_OF_ASSETS or OTHER.",
    );
  if (blank(draft.reason))
    add("MISSING_REASON", "reason", "Give the debtor's reason for the complaint: why the decision is wrong.");

  if (!draft.desiredOutcome) {
    add(
      "MISSING_DESIRED_OUTCOME",
      "desiredOutcome",
      "Say what the debtor wants: STOP_DEDUCTION, DELETE_CLAIM, REDUCE_CLAIM or OTHER.",
    );
  } else if (draft.desiredOutcome === DesiredOutcome.REDUCE_CLAIM) {
    const amount = draft.reductionAmount;
    if (amount === null || amount === undefined)
      add(
        "MISSING_REDUCTION_AMOUNT",
        "reductionAmount",
        "Give the amount, in øre, the debtor wants the claim reduced by.",
      );
    else if (!Number.isSafeInteger(amount) || amount <= 0)
      add(
        "INVALID_REDUCTION_AMOUNT",
        "reductionAmount",
        "Give the reduction as a positive whole number of øre, e.g. 150000 for 1 500 kr.",
      );
  } else if (draft.desiredOutcome === DesiredOutcome.OTHER && blank(draft.desiredOutcomeText)) {
    add(
      "MISSING_OUTCOME_DESCRIPTION",
      "desiredOutcomeText",
      "Describe the outcome the debtor wants, since it is OTHER.",
    );
  }

  if (blank(draft.signedDocumentId)) {
    const named = !blank(draft.signerName);
    const timed = draft.signedAt instanceof Date && !Number.isNaN(draft.signedAt.getTime());
    if (!named && !timed)
      add(
        "MISSING_SIGNATURE",
        "signerName",
        "The complaint must be signed: give the signer's name and the time of signing, or upload the signed complaint as signedDocumentId.",
      );
    else if (!named) add("MISSING_SIGNATURE", "signerName", "Give the name of the person who signed the complaint.");
    else if (!timed) add("MISSING_SIGNATURE", "signedAt", "Give the time the complaint was signed.");
  }

  if (!draft.attachmentIds || draft.attachmentIds.length === 0) {
    add(
      "MISSING_ATTACHMENTS",
      "attachmentIds",
      "Attach at least one document supporting the complaint: upload it with POST /documents and list its id.",
    );
  }
  return missing;
}

// ---------------------------------------------------------------------------------------------------------------
// Admissibility (filing deadlines)

export enum AdmissibilityRule {
  /** Admissible while enforced collection is not concluded. */
  ENFORCEMENT_ONGOING = "ENFORCEMENT_ONGOING",
  /** Against an utleggspant: until a forced sale (tvangsdekning) has been requested. */
  LIEN_UNTIL_FORCED_SALE = "LIEN_UNTIL_FORCED_SALE",
  /** Against an utleggstrekk: until the deduction period has ended. */
  DEDUCTION_UNTIL_PERIOD_END = "DEDUCTION_UNTIL_PERIOD_END",
  /** About the choice of assets: within one month after the debtor was notified of the utlegg. */
  CHOICE_OF_ASSETS_ONE_MONTH = "CHOICE_OF_ASSETS_ONE_MONTH",
  /** The deadline stated in the case's letter. */
  LETTER_DEADLINE = "LETTER_DEADLINE",
}

/** The enforcement measure the complaint is directed against. */
export interface MeasureFacts {
  kind: MeasureKind;
  /** Utleggstrekk: last day of the deduction period; null while it runs without an end date. */
  periodEnd?: LocalDate | null;
  /** Utleggspant: the day a forced sale (tvangsdekning) was requested; null when none has been. */
  forcedSaleRequestedOn?: LocalDate | null;
}

export interface AdmissibilityInput {
  subject: ComplaintSubject;
  measure?: MeasureFacts | null;
  /** Whether enforced collection of the claim has been concluded. */
  enforcementConcluded: boolean;
  receivedOn: LocalDate;
  /** The day the debtor was notified of the utlegg. */
  notifiedOn?: LocalDate | null;
  /** A deadline stated in the case's letter. */
  letterDeadline?: LocalDate | null;
  /** The law the complained-of measure was taken under. Default TVANGSFULLBYRDELSESLOVEN. */
  law?: ComplaintLaw;
}

export interface Admissibility {
  admissible: boolean;
  /** The last day a complaint is in time under `rule`; absent when the rule sets no date. */
  deadline?: LocalDate;
  rule: AdmissibilityRule;
  reason: string;
}

/**
 * Whether a complaint received on `receivedOn` is in time. The most specific rule decides: choice of assets
 * (one calendar month after notification, rolled to a working day), then the measure complained against (lien: until a forced sale is
 * requested; deduction: until its period ends; both only while enforcement is not concluded), then the letter's
 * deadline, else the general rule. A deadline day itself is in time. Accepting a late complaint with a reason is a
 * caseworker's override, handled by the caller.
 */
export function admissibility(input: AdmissibilityInput): Admissibility {
  const { subject, measure, enforcementConcluded, receivedOn, notifiedOn, letterDeadline } = input;

  if (subject === ComplaintSubject.CHOICE_OF_ASSETS && notifiedOn) {
    const deadline = complaintDeadline(notifiedOn, CHOICE_OF_ASSETS_MONTHS, input.law);
    const admissible = receivedOn <= deadline;
    return {
      admissible,
      deadline,
      rule: AdmissibilityRule.CHOICE_OF_ASSETS_ONE_MONTH,
      reason: admissible
        ? `A complaint about the choice of assets may be made until ${deadline}, one month after the notification on ${notifiedOn}.`
        : `The deadline for complaining about the choice of assets was ${deadline}, one month after the notification on ${notifiedOn}; the complaint arrived ${receivedOn}.`,
    };
  }

  const concluded = (rule: AdmissibilityRule, deadline?: LocalDate): Admissibility => ({
    admissible: false,
    ...(deadline ? { deadline } : {}),
    rule,
    reason: "Enforced collection has been concluded, so a complaint against it is no longer admissible.",
  });

  if (measure?.kind === MeasureKind.LIEN) {
    const requested = measure.forcedSaleRequestedOn ?? undefined;
    if (requested && receivedOn > requested) {
      return {
        admissible: false,
        deadline: requested,
        rule: AdmissibilityRule.LIEN_UNTIL_FORCED_SALE,
        reason: `A forced sale (tvangsdekning) was requested on ${requested}; a complaint against the lien had to arrive by then, and it arrived ${receivedOn}.`,
      };
    }
    if (enforcementConcluded) return concluded(AdmissibilityRule.LIEN_UNTIL_FORCED_SALE, requested);
    return {
      admissible: true,
      ...(requested ? { deadline: requested } : {}),
      rule: AdmissibilityRule.LIEN_UNTIL_FORCED_SALE,
      reason: requested
        ? `A forced sale was requested on ${requested}; the complaint arrived on or before that day.`
        : "No forced sale (tvangsdekning) has been requested, so a complaint against the lien is admissible.",
    };
  }

  if (measure?.kind === MeasureKind.DEDUCTION) {
    const end = measure.periodEnd ?? undefined;
    if (end && receivedOn > end) {
      return {
        admissible: false,
        deadline: end,
        rule: AdmissibilityRule.DEDUCTION_UNTIL_PERIOD_END,
        reason: `The deduction period ended on ${end}; a complaint against the deduction had to arrive by then, and it arrived ${receivedOn}.`,
      };
    }
    if (enforcementConcluded) return concluded(AdmissibilityRule.DEDUCTION_UNTIL_PERIOD_END, end);
    return {
      admissible: true,
      ...(end ? { deadline: end } : {}),
      rule: AdmissibilityRule.DEDUCTION_UNTIL_PERIOD_END,
      reason: end
        ? `The deduction period runs until ${end}, so a complaint against it is admissible until then.`
        : "The deduction period has no end date yet, so a complaint against it is admissible.",
    };
  }

  if (letterDeadline) {
    const admissible = receivedOn <= letterDeadline;
    return {
      admissible,
      deadline: letterDeadline,
      rule: AdmissibilityRule.LETTER_DEADLINE,
      reason: admissible
        ? `The letter gives a complaint deadline of ${letterDeadline}; the complaint arrived ${receivedOn}.`
        : `The letter gave a complaint deadline of ${letterDeadline}; the complaint arrived ${receivedOn}.`,
    };
  }

  if (enforcementConcluded) return concluded(AdmissibilityRule.ENFORCEMENT_ONGOING);
  return {
    admissible: true,
    rule: AdmissibilityRule.ENFORCEMENT_ONGOING,
    reason: "Enforced collection is not concluded, so a complaint is admissible.",
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Processing deadline (SLA)

/** The day a decision is due: 3 weeks after receipt. */
export function slaDueDate(receivedOn: LocalDate): LocalDate {
  return addDays(receivedOn, COMPLAINT_SLA_WEEKS * 7);
}

/** Undecided after its due date. `decidedOn` is the legal date of the decision, null while undecided; a decided complaint is never overdue. */
export function isOverdue(dueOn: LocalDate, decidedOn: LocalDate | null, today: LocalDate): boolean {
  return decidedOn === null && today > dueOn;
}

// ---------------------------------------------------------------------------------------------------------------
// Refunds and the effects of a decision

function requireOre(name: string, value: number): void {
  if (!Number.isSafeInteger(value) || value < 0)
    throw new RangeError(`${name} must be a whole, non-negative number of øre, got ${value}`);
}

/** Minor units (øre): what the debtor paid beyond what is owed after the decision; never negative. */
export function refundDue(input: { paid: number; owedAfterDecision: number }): number {
  requireOre("paid", input.paid);
  requireOre("owedAfterDecision", input.owedAfterDecision);
  return Math.max(0, input.paid - input.owedAfterDecision);
}

/** What the debtor asked for. */
export interface DesiredRemedy {
  outcome: DesiredOutcome;
  /** Minor units (øre), for REDUCE_CLAIM. */
  reductionAmount?: number | null;
}

export interface DecisionEffects {
  /** The utleggstrekk ends. */
  endsDeduction: boolean;
  /** The claim is deleted: nothing is owed any more. */
  deletesClaim: boolean;
  /** Minor units (øre) the claim is reduced by; 0 when not reduced. */
  reducesClaimBy: number;
  /** Collection stops: the claim is deleted or the deduction complained against ends. */
  stopsCollection: boolean;
  /** Compute a refund (refundDue) because the claim was deleted or reduced. */
  refundApplies: boolean;
  /** Upheld, but what follows is not automatic (desired outcome OTHER, or partly upheld without an amount). */
  needsManualFollowUp: boolean;
  summary: string;
}

const NO_EFFECT = {
  endsDeduction: false,
  deletesClaim: false,
  reducesClaimBy: 0,
  stopsCollection: false,
  refundApplies: false,
  needsManualFollowUp: false,
};

/**
 * What a decision changes. A complaint alone changes nothing; an upheld one grants the desired outcome; a partly
 * upheld one reduces the claim by `grantedReduction` øre when given. A rejection changes nothing.
 */
export function decisionEffects(
  outcome: DecisionOutcome,
  desired: DesiredRemedy,
  grantedReduction?: number | null,
): DecisionEffects {
  if (outcome === DecisionOutcome.REJECTED)
    return { ...NO_EFFECT, summary: "Rejected: collection continues unchanged." };

  if (outcome === DecisionOutcome.PARTLY_UPHELD) {
    if (grantedReduction !== null && grantedReduction !== undefined) {
      requireOre("grantedReduction", grantedReduction);
      if (grantedReduction > 0) {
        return {
          ...NO_EFFECT,
          reducesClaimBy: grantedReduction,
          refundApplies: true,
          summary: `Partly upheld: the claim is reduced by ${grantedReduction} øre; collection continues for the rest.`,
        };
      }
    }
    return {
      ...NO_EFFECT,
      needsManualFollowUp: true,
      summary: "Partly upheld: record what was granted; collection continues.",
    };
  }

  switch (desired.outcome) {
    case DesiredOutcome.STOP_DEDUCTION:
      return {
        ...NO_EFFECT,
        endsDeduction: true,
        stopsCollection: true,
        summary: "Upheld: the deduction (utleggstrekk) ends.",
      };
    case DesiredOutcome.DELETE_CLAIM:
      return {
        ...NO_EFFECT,
        deletesClaim: true,
        stopsCollection: true,
        refundApplies: true,
        summary: "Upheld: the claim is deleted and collection stops.",
      };
    case DesiredOutcome.REDUCE_CLAIM: {
      const amount = desired.reductionAmount ?? 0;
      requireOre("reductionAmount", amount);
      return {
        ...NO_EFFECT,
        reducesClaimBy: amount,
        refundApplies: amount > 0,
        summary: `Upheld: the claim is reduced by ${amount} øre; collection continues for the rest.`,
      };
    }
    case DesiredOutcome.OTHER:
      return {
        ...NO_EFFECT,
        needsManualFollowUp: true,
        summary: "Upheld: carry out what the debtor asked for; nothing changes automatically.",
      };
    default:
      return assertNever(desired.outcome, "desired outcome");
  }
}
