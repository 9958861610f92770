import type { CommonErrorCode } from "../../shared/user-error";
import type { EntityManager } from "@mikro-orm/postgresql";
import { LockMode, type FilterQuery } from "@mikro-orm/core";
import { runCommand, type Recorder } from "../../events/command";
import type { AppServices } from "../../app/services";
import { failure, fail, ok, type Failure, type Result } from "../../shared/result";
import { idOf } from "../../shared/global-id";
import { isLocalDate, type LocalDate } from "../../shared/local-date";
import { afterCursor, toPage, type Page } from "../../shared/pagination";
import { canSeeCreditor, creditorScope, type Auth } from "../access/auth";
import { CaseStatus, CLOSED_STATUSES } from "../cases/case.rules";
import { findVisibleCase } from "../cases/case.service";
import { CollectionCase } from "../cases/collection-case.entity";
import { loadDocumentsForAttachment } from "../documents/documents.service";
import type { Document } from "../documents/document.entity";
import { Creditor } from "../parties/creditor.entity";
import { Complaint, ComplaintDecider, ComplaintStatus, ReconsiderationDecision } from "./complaint.entity";
import {
  admissibility,
  ComplaintChannel,
  type ComplaintElementCode,
  ComplaintSubject,
  decisionEffects,
  DecisionOutcome,
  DesiredOutcome,
  MeasureKind,
  missingElements,
  refundDue,
  slaDueDate,
} from "./complaint.rules";
import { EnforcementMeasure, MeasureStatus } from "../enforcement/enforcement-measure.entity";
import { effectiveClaimOrigin, endActiveMeasures, endMeasure, type Acting } from "../enforcement/enforcement.service";

export type ComplaintErrorCode =
  | ComplaintElementCode
  | "UNKNOWN_CASE"
  | "UNKNOWN_COMPLAINT"
  | "UNKNOWN_MEASURE"
  | "UNKNOWN_DOCUMENT"
  | "CASE_CLOSED"
  | "INVALID_DATE"
  | "MISSING_MEASURE"
  | "MEASURE_KIND_MISMATCH"
  | "REDUCTION_EXCEEDS_CLAIM"
  | "COMPLAINT_LATE"
  | "MISSING_LATE_REASON"
  | "MISSING_FIELD"
  | "INVALID_AMOUNT"
  | "STEP_OUT_OF_ORDER"
  | "COMPLAINT_DECIDED"
  | CommonErrorCode;

type Errors = Failure<ComplaintErrorCode>[];

const SUBJECT_NAME: Record<ComplaintSubject, string> = {
  [ComplaintSubject.DEDUCTION]: "the deduction (utleggstrekk)",
  [ComplaintSubject.CASE_HANDLING]: "the case handling",
  [ComplaintSubject.CLAIM]: "the claim",
  [ComplaintSubject.TAX_SET_OFF]: "a tax set-off (skattemotregning)",
  [ComplaintSubject.CHOICE_OF_ASSETS]: "the choice of assets",
  [ComplaintSubject.OTHER]: "another matter",
};

/** missingElements speaks of the rule's draft fields; these are where they sit in ComplaintSubmitInput. */
const INPUT_FIELD: Readonly<Record<string, string[]>> = {
  signerName: ["input", "signature", "signerName"],
  signedAt: ["input", "signature", "signedAt"],
  attachmentIds: ["input", "attachmentDocumentIds"],
};

/** A date the caller gives for something that happened: real, not in the future, not before `notBefore`. */
function checkEventDate(
  errors: Errors,
  value: string,
  field: string[],
  today: LocalDate,
  what: string,
  notBefore?: { date: LocalDate; what: string },
): boolean {
  if (!isLocalDate(value)) {
    errors.push(failure("INVALID_DATE", field, `${what} must be a calendar date as YYYY-MM-DD.`));
    return false;
  }
  if (value > today) {
    errors.push(
      failure(
        "INVALID_DATE",
        field,
        `${what} ${value} is in the future: give the day it happened (today is ${today}).`,
      ),
    );
    return false;
  }
  if (notBefore && value < notBefore.date) {
    errors.push(
      failure(
        "INVALID_DATE",
        field,
        `${what} ${value} is before ${notBefore.what} (${notBefore.date}): check the date.`,
      ),
    );
    return false;
  }
  return true;
}

export interface ComplaintSubmitData {
  caseId: string;
  measureId?: string | null;
  channel?: ComplaintChannel | null;
  receivedOn: string;
  subject?: ComplaintSubject | null;
  reason?: string | null;
  desiredOutcome?: DesiredOutcome | null;
  reductionAmount?: number | null;
  desiredOutcomeText?: string | null;
  signature?: { signerName?: string | null; signedAt?: Date | null } | null;
  signedDocumentId?: string | null;
  attachmentDocumentIds?: readonly string[] | null;
  acceptLate?: { reason: string } | null;
}

export interface ComplaintOutcome {
  complaint: Complaint;
  case: CollectionCase;
}

/**
 * Registers a complaint. Every missing element and every other problem is reported at once, and nothing is stored
 * until there are none. Its admissibility is judged by the day it was received: a late complaint is refused with
 * COMPLAINT_LATE unless the caseworker accepts it with a reason. The case's status is not touched: a complaint
 * does not stop collection.
 *
 * With a measure named, that measure's own rule decides (lien: until a forced sale; deduction: until the period
 * ends; choice of assets: one month after notification) — except that a complaint about something other than the
 * deduction or the choice of assets goes by the deadline stated in the measure's letter, when the letter gave one.
 */
export async function submitComplaint(
  em: EntityManager,
  rec: Recorder,
  auth: Auth,
  acting: Acting,
  input: ComplaintSubmitData,
): Promise<Result<ComplaintOutcome, ComplaintErrorCode>> {
  const c = await findVisibleCase(em, auth, input.caseId);
  if (!c)
    return fail(
      failure("UNKNOWN_CASE", ["input", "caseId"], "No such case for this API key: use an id from the cases query."),
    );
  const errors: Errors = [];
  if (CLOSED_STATUSES.has(c.status))
    errors.push(
      failure(
        "CASE_CLOSED",
        ["input", "caseId"],
        `The case is ${c.status} and closed: there is no enforcement left to complain about.`,
      ),
    );
  const receivedOk = checkEventDate(errors, input.receivedOn, ["input", "receivedOn"], acting.today, "receivedOn");

  const signedDocumentId = input.signedDocumentId?.trim() || null;
  const attachmentIds = input.attachmentDocumentIds ?? [];
  for (const missing of missingElements({
    channel: input.channel,
    subject: input.subject,
    reason: input.reason,
    desiredOutcome: input.desiredOutcome,
    reductionAmount: input.reductionAmount,
    desiredOutcomeText: input.desiredOutcomeText,
    signerName: input.signature?.signerName,
    signedAt: input.signature?.signedAt,
    signedDocumentId,
    attachmentIds,
  })) {
    const last = missing.field.at(-1) ?? "";
    errors.push(failure(missing.code, INPUT_FIELD[last] ?? missing.field, missing.message));
  }

  let measure: EnforcementMeasure | null = null;
  const measureId = input.measureId?.trim() || null;
  if (measureId) {
    const id = idOf(measureId, "EnforcementMeasure");
    measure = id === undefined ? null : await em.findOne(EnforcementMeasure, { id, case: c });
    if (!measure)
      errors.push(
        failure(
          "UNKNOWN_MEASURE",
          ["input", "measureId"],
          "No such enforcement measure on this case: use an id from Case.enforcementMeasures.",
        ),
      );
  }
  const wantsDeduction =
    input.subject === ComplaintSubject.DEDUCTION || input.desiredOutcome === DesiredOutcome.STOP_DEDUCTION;
  const wantsLien = input.subject === ComplaintSubject.CHOICE_OF_ASSETS;
  if ((wantsDeduction || wantsLien) && !measureId) {
    const what = wantsLien ? "the utleggspant whose assets were chosen" : "the utleggstrekk complained against";
    errors.push(
      failure(
        "MISSING_MEASURE",
        ["input", "measureId"],
        `Name ${what}: give measureId from Case.enforcementMeasures (record it with enforcementMeasureRecord first).`,
      ),
    );
  }
  const mismatch =
    measure !== null &&
    ((wantsDeduction && measure.kind !== MeasureKind.DEDUCTION) || (wantsLien && measure.kind !== MeasureKind.LIEN));
  if (mismatch) {
    errors.push(
      failure(
        "MEASURE_KIND_MISMATCH",
        ["input", "measureId"],
        wantsLien
          ? "A complaint about the choice of assets must name an utleggspant (LIEN), not a deduction."
          : "A complaint about a deduction, or asking to stop one, must name an utleggstrekk (DEDUCTION), not a lien.",
      ),
    );
  }

  const reduction = input.desiredOutcome === DesiredOutcome.REDUCE_CLAIM ? (input.reductionAmount ?? null) : null;
  if (reduction !== null && Number.isSafeInteger(reduction) && reduction > c.principalAmount) {
    errors.push(
      failure(
        "REDUCTION_EXCEEDS_CLAIM",
        ["input", "reductionAmount"],
        `The reduction (${reduction} øre) is more than the principal (${c.principalAmount} øre): ask for at most that, or for DELETE_CLAIM.`,
      ),
    );
  }

  let signedDocument: Document | null = null;
  if (signedDocumentId) {
    const loaded = await loadDocumentsForAttachment(
      em,
      auth,
      c.creditor.id,
      [signedDocumentId],
      ["input", "signedDocumentId"],
    );
    if (loaded.ok) signedDocument = loaded.value[0] ?? null;
    else errors.push(...loaded.errors.map((e) => ({ ...e, field: ["input", "signedDocumentId"] })));
  }
  const attachments = await loadDocumentsForAttachment(em, auth, c.creditor.id, attachmentIds, [
    "input",
    "attachmentDocumentIds",
  ]);
  if (!attachments.ok) errors.push(...attachments.errors);

  const lateReason = input.acceptLate ? input.acceptLate.reason.trim() : null;
  if (input.acceptLate && !lateReason)
    errors.push(
      failure(
        "MISSING_LATE_REASON",
        ["input", "acceptLate", "reason"],
        "Give the reason the late complaint is accepted; it is recorded with your key's name.",
      ),
    );

  const subject = input.subject ?? null;
  // judged only against a measure that fits; otherwise the measure's error says what to fix first
  const measureUsable = (!measureId || measure !== null) && !mismatch;
  const judged =
    subject && receivedOk && measureUsable
      ? admissibility({
          subject,
          measure:
            measure && (wantsDeduction || wantsLien || !measure.letterDeadline)
              ? {
                  kind: measure.kind,
                  periodEnd: measure.periodEnd,
                  forcedSaleRequestedOn: measure.forcedSaleRequestedOn,
                }
              : null,
          enforcementConcluded: c.enforcementConcludedOn !== null && input.receivedOn > c.enforcementConcludedOn,
          receivedOn: input.receivedOn,
          notifiedOn: measure?.notifiedOn ?? null,
          letterDeadline: measure?.letterDeadline ?? null,
        })
      : null;
  const deadline = judged ? (judged.deadline ?? (judged.admissible ? null : c.enforcementConcludedOn)) : null;
  if (judged && !judged.admissible && !input.acceptLate) {
    errors.push(
      failure(
        "COMPLAINT_LATE",
        ["input", "receivedOn"],
        `The complaint is late: the deadline was ${deadline ?? "when enforcement ended"} and it was received ${input.receivedOn}. ${judged.reason} To register it anyway, give acceptLate with the caseworker's reason.`,
      ),
    );
  }
  if (errors.length > 0 || !judged || !attachments.ok) return fail(...errors);

  const complaint = new Complaint({
    case: c,
    measure,
    channel: input.channel!,
    receivedOn: input.receivedOn,
    subject: subject!,
    reason: input.reason!.trim(),
    desiredOutcome: input.desiredOutcome!,
    reductionAmount: reduction,
    desiredOutcomeText:
      input.desiredOutcome === DesiredOutcome.OTHER
        ? input.desiredOutcomeText!.trim()
        : input.desiredOutcomeText?.trim() || null,
    signerName: input.signature?.signerName?.trim() || null,
    signedAt: input.signature?.signedAt ?? null,
    signedDocument,
    admissible: judged.admissible,
    admissibilityRule: judged.rule,
    admissibilityDeadline: deadline,
    admissibilityReason: judged.reason,
    dueOn: slaDueDate(input.receivedOn),
    receivedBy: acting.actor,
  });
  const acceptedLate = !judged.admissible && lateReason !== null;
  if (acceptedLate) {
    complaint.lateReason = lateReason;
    complaint.lateAcceptedBy = acting.actor;
    complaint.lateAcceptedAt = acting.now;
  }
  complaint.attachments.set(attachments.value);
  await em.persist(complaint).flush();
  rec.record(c, {
    type: "complaint.received",
    summary: `Complaint (klage) about ${SUBJECT_NAME[complaint.subject]} received by ${complaint.channel.toLowerCase()} on ${complaint.receivedOn}${acceptedLate ? ", accepted late" : ""}; decision due ${complaint.dueOn}`,
    data: {
      complaintId: complaint.globalId,
      measureId: measure?.globalId ?? null,
      subject: complaint.subject,
      desiredOutcome: complaint.desiredOutcome,
      receivedOn: complaint.receivedOn,
      dueOn: complaint.dueOn,
      admissible: judged.admissible,
      rule: judged.rule,
      deadline,
      acceptedLate: acceptedLate ? { reason: lateReason, by: acting.actor } : null,
    },
  });
  return ok({ complaint, case: c });
}

/** A complaint the caller may see, with its case; null for unknown ids and other tenants' alike. */
export async function findVisibleComplaint(em: EntityManager, auth: Auth, globalId: string): Promise<Complaint | null> {
  const id = idOf(globalId, "Complaint");
  if (id === undefined) return null;
  const complaint = await em.findOne(Complaint, { id }, { populate: ["case", "case.invoice", "measure"] });
  return complaint && canSeeCreditor(auth, complaint.creditor.id) ? complaint : null;
}

const unknownComplaint = () =>
  failure(
    "UNKNOWN_COMPLAINT" as const,
    ["input", "complaintId"],
    "No such complaint for this API key: use an id from the complaints query or Case.complaints.",
  );
const decidedAlready = (k: Complaint) =>
  failure(
    "COMPLAINT_DECIDED" as const,
    ["input", "complaintId"],
    `The complaint was decided on ${k.decidedOn} (${k.outcome}): a decided complaint cannot change.`,
  );

/** The next step for a complaint in `status`, for STEP_OUT_OF_ORDER messages. */
function nextStep(k: Complaint): string {
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

export interface ReconsiderData {
  complaintId: string;
  decision: ReconsiderationDecision;
  reason: string;
  reconsideredOn?: string | null;
}

/** The agency's own reconsideration: UPHELD reverses its decision and decides the complaint; KEPT leaves it to be forwarded. */
export async function reconsiderComplaint(
  em: EntityManager,
  rec: Recorder,
  auth: Auth,
  acting: Acting,
  input: ReconsiderData,
): Promise<Result<ComplaintOutcome, ComplaintErrorCode>> {
  const k = await findVisibleComplaint(em, auth, input.complaintId);
  if (!k) return fail(unknownComplaint());
  if (k.status === ComplaintStatus.DECIDED) return fail(decidedAlready(k));
  if (k.status !== ComplaintStatus.RECEIVED) {
    return fail(
      failure(
        "STEP_OUT_OF_ORDER",
        ["input", "complaintId"],
        `The agency already reconsidered this complaint on ${k.reconsideredOn} and kept its decision; ${nextStep(k)}.`,
      ),
    );
  }
  const errors: Errors = [];
  const on = input.reconsideredOn ?? acting.today;
  checkEventDate(errors, on, ["input", "reconsideredOn"], acting.today, "reconsideredOn", {
    date: k.receivedOn,
    what: "the day the complaint was received",
  });
  const reason = input.reason.trim();
  if (!reason) errors.push(failure("MISSING_REASON", ["input", "reason"], "Give the grounds for the reconsideration."));
  if (errors.length > 0) return fail(...errors);

  const c = k.case;
  k.reconsiderationDecision = input.decision;
  k.reconsiderationReason = reason;
  k.reconsideredOn = on;
  k.reconsideredBy = acting.actor;
  const upheld = input.decision === ReconsiderationDecision.UPHELD;
  if (!upheld) k.status = ComplaintStatus.KEPT;
  rec.record(c, {
    type: "complaint.reconsidered",
    summary: upheld
      ? `The agency reversed its own decision (omgjøring) on ${on}: complaint upheld`
      : `The agency kept its decision on ${on}; the complaint is to be forwarded`,
    data: { complaintId: k.globalId, decision: input.decision, reason, reconsideredOn: on },
  });
  if (!upheld) return ok({ complaint: k, case: c });
  return applyDecision(em, rec, acting, k, {
    outcome: DecisionOutcome.UPHELD,
    decidedOn: on,
    reason,
    grantedReduction: null,
    decider: ComplaintDecider.AGENCY,
    field: ["input", "decision"],
  });
}

export interface ForwardData {
  complaintId: string;
  instance?: string | null;
  forwardedOn: string;
}

/** Forwards a complaint the agency kept to the deciding instance: by default the claim's originator. */
export async function forwardComplaint(
  em: EntityManager,
  rec: Recorder,
  auth: Auth,
  acting: Acting,
  input: ForwardData,
): Promise<Result<ComplaintOutcome, ComplaintErrorCode>> {
  const k = await findVisibleComplaint(em, auth, input.complaintId);
  if (!k) return fail(unknownComplaint());
  if (k.status === ComplaintStatus.DECIDED) return fail(decidedAlready(k));
  if (k.status !== ComplaintStatus.KEPT)
    return fail(
      failure("STEP_OUT_OF_ORDER", ["input", "complaintId"], `The complaint cannot be forwarded now: ${nextStep(k)}.`),
    );
  const errors: Errors = [];
  checkEventDate(errors, input.forwardedOn, ["input", "forwardedOn"], acting.today, "forwardedOn", {
    date: k.reconsideredOn ?? k.receivedOn,
    what: "the reconsideration",
  });
  const given = input.instance ?? null;
  if (given !== null && !given.trim())
    errors.push(
      failure(
        "MISSING_FIELD",
        ["input", "instance"],
        "Name the instance the complaint goes to, or leave instance out to use the claim's originator.",
      ),
    );
  if (errors.length > 0) return fail(...errors);

  const c = k.case;
  const creditor = await em.findOneOrFail(Creditor, c.creditor.id);
  const instance = given?.trim() || effectiveClaimOrigin(c, creditor).name;
  k.status = ComplaintStatus.FORWARDED;
  k.forwardedTo = instance;
  k.forwardedOn = input.forwardedOn;
  rec.record(c, {
    type: "complaint.forwarded",
    summary: `Complaint forwarded to ${instance} on ${input.forwardedOn} for decision`,
    data: {
      complaintId: k.globalId,
      forwardedTo: instance,
      instance,
      forwardedOn: input.forwardedOn,
      defaultInstance: given === null,
    },
  });
  return ok({ complaint: k, case: c });
}

export interface DecideData {
  complaintId: string;
  outcome: DecisionOutcome;
  decidedOn: string;
  grantedReduction?: number | null;
  reason: string;
}

/** Registers the forwarded instance's decision and carries out what it changes. */
export async function decideComplaint(
  em: EntityManager,
  rec: Recorder,
  auth: Auth,
  acting: Acting,
  input: DecideData,
): Promise<Result<ComplaintOutcome, ComplaintErrorCode>> {
  const k = await findVisibleComplaint(em, auth, input.complaintId);
  if (!k) return fail(unknownComplaint());
  if (k.status === ComplaintStatus.DECIDED) return fail(decidedAlready(k));
  if (k.status !== ComplaintStatus.FORWARDED)
    return fail(
      failure(
        "STEP_OUT_OF_ORDER",
        ["input", "complaintId"],
        `The instance's decision comes after forwarding: ${nextStep(k)}.`,
      ),
    );
  const errors: Errors = [];
  checkEventDate(errors, input.decidedOn, ["input", "decidedOn"], acting.today, "decidedOn", {
    date: k.forwardedOn!,
    what: "the day it was forwarded",
  });
  const reason = input.reason.trim();
  if (!reason)
    errors.push(failure("MISSING_REASON", ["input", "reason"], "Give the grounds of the instance's decision."));
  const granted = input.grantedReduction ?? null;
  if (granted !== null) {
    if (input.outcome !== DecisionOutcome.PARTLY_UPHELD) {
      errors.push(
        failure(
          "INVALID_AMOUNT",
          ["input", "grantedReduction"],
          "grantedReduction belongs to PARTLY_UPHELD only: an upheld complaint grants the reduction asked for, a rejected one none.",
        ),
      );
    } else if (!Number.isSafeInteger(granted) || granted <= 0) {
      errors.push(
        failure(
          "INVALID_AMOUNT",
          ["input", "grantedReduction"],
          "Give the granted reduction as a whole number of øre above 0, or leave it out.",
        ),
      );
    }
  }
  if (errors.length > 0) return fail(...errors);
  return applyDecision(em, rec, acting, k, {
    outcome: input.outcome,
    decidedOn: input.decidedOn,
    reason,
    grantedReduction: granted,
    decider: ComplaintDecider.INSTANCE,
    field: ["input", "grantedReduction"],
  });
}

interface Decision {
  outcome: DecisionOutcome;
  decidedOn: LocalDate;
  reason: string;
  grantedReduction: number | null;
  decider: ComplaintDecider;
  /** Where a reduction that exceeds the claim is reported. */
  field: string[];
}

/**
 * Decides the complaint and carries out the effects: the deduction complained against ends; a deleted claim ends
 * every measure and closes the case; a reduced claim lowers the principal (a case then owing nothing is PAID).
 * When the claim is deleted or reduced, what was paid beyond what is now owed is the refund (refund.due when > 0).
 */
async function applyDecision(
  em: EntityManager,
  rec: Recorder,
  acting: Acting,
  k: Complaint,
  d: Decision,
): Promise<Result<ComplaintOutcome, ComplaintErrorCode>> {
  const c = k.case;
  const effects = decisionEffects(
    d.outcome,
    { outcome: k.desiredOutcome, reductionAmount: k.reductionAmount },
    d.grantedReduction,
  );
  if (effects.reducesClaimBy > c.principalAmount) {
    return fail(
      failure(
        "REDUCTION_EXCEEDS_CLAIM",
        d.field,
        `The reduction (${effects.reducesClaimBy} øre) is more than the principal now (${c.principalAmount} øre): grant at most that.`,
      ),
    );
  }
  k.status = ComplaintStatus.DECIDED;
  k.outcome = d.outcome;
  k.decidedOn = d.decidedOn;
  k.decidedBy = d.decider;
  k.decisionReason = d.reason;
  k.grantedReduction = d.outcome === DecisionOutcome.PARTLY_UPHELD ? d.grantedReduction : null;
  k.effectsSummary = effects.summary;
  k.followUpNeeded = effects.needsManualFollowUp;
  const by = d.decider === ComplaintDecider.AGENCY ? "the agency" : (k.forwardedTo ?? "the instance");
  rec.record(c, {
    type: "complaint.decided",
    summary: `Complaint decided by ${by} on ${d.decidedOn}: ${effects.summary}`,
    data: {
      complaintId: k.globalId,
      outcome: d.outcome,
      decidedBy: d.decider,
      instance: d.decider === ComplaintDecider.INSTANCE ? k.forwardedTo : null,
      decidedOn: d.decidedOn,
      effects,
    },
  });

  const why = `complaint ${d.outcome === DecisionOutcome.UPHELD ? "upheld" : "partly upheld"} on ${d.decidedOn}`;
  if (
    effects.endsDeduction &&
    k.measure &&
    k.measure.kind === MeasureKind.DEDUCTION &&
    k.measure.status === MeasureStatus.ACTIVE
  ) {
    endMeasure(rec, c, k.measure, d.decidedOn, `The ${why}`);
  }

  const open = !CLOSED_STATUSES.has(c.status);
  let owedAfterDecision: number | null = null;
  if (effects.deletesClaim) {
    const before = { principal: c.principalAmount, fees: c.feesAmount };
    await endActiveMeasures(em, rec, c, d.decidedOn, `The claim was deleted: ${why}`);
    c.principalAmount = 0;
    c.feesAmount = 0;
    owedAfterDecision = 0;
    rec.record(c, {
      type: "claim.deleted",
      summary: `Claim deleted: ${why}; ${before.principal / 100} kr principal and ${before.fees / 100} kr fees are no longer owed`,
      data: { complaintId: k.globalId, principalBefore: before.principal, feesBefore: before.fees },
    });
    if (open) {
      c.closedAt = acting.now;
      rec.transition(c, CaseStatus.CLOSED, {
        type: "case.closed",
        summary: "Case closed: the claim was deleted after an upheld complaint",
        data: { reason: "CLAIM_DELETED", complaintId: k.globalId },
      });
    }
  } else if (effects.reducesClaimBy > 0) {
    const before = c.principalAmount;
    c.principalAmount -= effects.reducesClaimBy;
    owedAfterDecision = Math.max(0, c.principalAmount + c.feesAmount - c.creditedAmount);
    rec.record(c, {
      type: "claim.reduced",
      summary: `Claim reduced by ${effects.reducesClaimBy / 100} kr (${why}); ${owedAfterDecision / 100} kr owed in all`,
      data: {
        complaintId: k.globalId,
        reducedBy: effects.reducesClaimBy,
        principalBefore: before,
        principalAfter: c.principalAmount,
        owedAfterDecision,
      },
    });
    if (open && c.outstandingAmount === 0) {
      c.closedAt = acting.now;
      const paid = c.paidAmount > 0;
      const closing = { paid: c.paidAmount, owedAfterDecision, complaintId: k.globalId };
      if (paid)
        rec.transition(c, CaseStatus.PAID, {
          type: "case.paid",
          summary: "Paid in full after the reduction: case closed",
          data: closing,
        });
      else
        rec.transition(c, CaseStatus.CLOSED, {
          type: "case.closed",
          summary: "Nothing is owed after the reduction: case closed",
          data: { reason: "NOTHING_OWED_AFTER_REDUCTION", ...closing },
        });
    }
  }

  if (effects.refundApplies && owedAfterDecision !== null) {
    const refund = refundDue({ paid: c.paidAmount, owedAfterDecision });
    k.refundAmount = refund;
    if (refund > 0) {
      rec.record(c, {
        type: "refund.due",
        summary: `Refund due: ${refund / 100} kr paid beyond the ${owedAfterDecision / 100} kr owed after the decision`,
        data: { complaintId: k.globalId, amount: refund, paid: c.paidAmount, owedAfterDecision },
      });
    }
  }
  return ok({ complaint: k, case: c });
}

export interface ComplaintListFilter {
  caseId?: string | null;
  creditorId?: string | null;
  status?: ComplaintStatus[] | null;
  overdue?: boolean | null;
}

/** Keyset page of the caller's complaints, oldest first; `overdue` is judged against `today`. */
export async function listComplaints(
  em: EntityManager,
  auth: Auth,
  filter: ComplaintListFilter,
  today: LocalDate,
  first: number,
  after?: string | null,
): Promise<Page<Complaint>> {
  const where: FilterQuery<Complaint> & Record<string, unknown> = {};
  const scope = creditorScope(auth);
  if (scope) where.creditor = scope;
  if (filter.creditorId) {
    const id = idOf(filter.creditorId, "Creditor");
    if (id === undefined || !canSeeCreditor(auth, id)) return toPage<Complaint>([], first, (k) => k.id);
    where.creditor = id;
  }
  if (filter.caseId) where.case = idOf(filter.caseId, "Case") ?? 0;
  if (filter.status?.length) where.status = { $in: filter.status };
  if (filter.overdue === true) {
    where.decidedOn = null;
    where.dueOn = { $lt: today };
  } else if (filter.overdue === false) {
    where.$or = [{ decidedOn: { $ne: null } }, { dueOn: { $gte: today } }];
  }
  const cursor = afterCursor(after);
  if (cursor) where.id = { $gt: cursor[1] };
  const rows = await em.find(Complaint, where, { orderBy: { id: "asc" }, limit: first + 1 });
  return toPage(rows, first, (k) => k.id);
}

/** The system's name on timeline entries it writes by itself. */
export const SYSTEM_ACTOR = "system";

/**
 * Emits complaint.overdue once for every complaint undecided after its due date. Each complaint is marked
 * (overdueNotifiedAt) in the same transaction as its event, under a row lock, so reruns, restarts and concurrent
 * runners never emit twice. Returns how many events were emitted.
 */
export async function markOverdueComplaints(
  em: EntityManager,
  services: Pick<AppServices, "eventSinks" | "logger">,
  today: LocalDate,
  now: Date = new Date(),
): Promise<number> {
  const candidates = await em
    .fork()
    .find(
      Complaint,
      { decidedOn: null, overdueNotifiedAt: null, dueOn: { $lt: today } },
      { fields: ["id"], orderBy: { id: "asc" } },
    );
  let emitted = 0;
  for (const { id } of candidates) {
    try {
      const result = await runCommand(
        { em: em.fork(), actor: SYSTEM_ACTOR, now, sinks: services.eventSinks },
        async (tx, rec) => {
          const k = await tx.findOne(
            Complaint,
            { id, decidedOn: null, overdueNotifiedAt: null },
            { lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE },
          );
          if (!k) return ok(false);
          const c = await tx.findOneOrFail(CollectionCase, k.case.id);
          k.overdueNotifiedAt = now;
          rec.record(c, {
            type: "complaint.overdue",
            summary: `Complaint received ${k.receivedOn} is undecided past its due date ${k.dueOn}`,
            data: {
              complaintId: k.globalId,
              receivedOn: k.receivedOn,
              dueOn: k.dueOn,
              status: k.status,
              forwardedTo: k.forwardedTo,
            },
          });
          return ok(true);
        },
      );
      if (result.ok && result.value) emitted += 1;
    } catch (err) {
      // another writer changed the case at the same moment: the next run tries again
      services.logger.warn({ err, complaintId: id }, "could not mark a complaint overdue; will retry");
    }
  }
  return emitted;
}
