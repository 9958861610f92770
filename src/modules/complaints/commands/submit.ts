import type { EntityManager } from "@mikro-orm/postgresql";
import type { Recorder } from "../../../events/command";
import { ok } from "../../../shared/result";
import { refuse, type Outcome } from "../../../shared/outcome";
import { idOf } from "../../../shared/global-id";
import type { Auth } from "../../access/auth";
import { CLOSED_STATUSES } from "../../cases/case.rules";
import { findVisibleCase } from "../../cases/case.service";
import { loadDocumentsForAttachment } from "../../documents/documents.service";
import type { Document } from "../../documents/document.entity";
import { EnforcementMeasure } from "../../enforcement/enforcement-measure.entity";
import type { Acting } from "../../enforcement/enforcement.service";
import { Complaint } from "../complaint.entity";
import type { ComplaintFailure } from "../complaint.errors";
import {
  admissibility,
  ComplaintChannel,
  ComplaintSubject,
  DesiredOutcome,
  MeasureKind,
  missingElements,
  slaDueDate,
} from "../complaint.rules";
import { eventDateFailure, type ComplaintOutcome } from "../complaint.service";

const SUBJECT_NAME: Record<ComplaintSubject, string> = {
  [ComplaintSubject.DEDUCTION]: "the deduction (utleggstrekk)",
  [ComplaintSubject.CASE_HANDLING]: "the case handling",
  [ComplaintSubject.CLAIM]: "the claim",
  [ComplaintSubject.TAX_SET_OFF]: "a tax set-off (skattemotregning)",
  [ComplaintSubject.CHOICE_OF_ASSETS]: "the choice of assets",
  [ComplaintSubject.OTHER]: "another matter",
};

/** missingElements speaks of the rule's draft fields; these are where they sit in the command's input. */
const INPUT_FIELD: Readonly<Record<string, string>> = {
  signerName: "signature.signerName",
  signedAt: "signature.signedAt",
  attachmentIds: "attachmentDocumentIds",
};

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
): Promise<Outcome<ComplaintOutcome, ComplaintFailure>> {
  const c = await findVisibleCase(em, auth, input.caseId);
  if (!c) return refuse({ code: "UNKNOWN_CASE", field: "caseId" });
  const errors: ComplaintFailure[] = [];
  if (CLOSED_STATUSES.has(c.status)) errors.push({ code: "CASE_CLOSED", field: "caseId", status: c.status });
  const receivedBad = eventDateFailure(input.receivedOn, "receivedOn", acting.today);
  if (receivedBad) errors.push(receivedBad);

  const signedDocumentId = input.signedDocumentId?.trim() || null;
  const attachmentIds = input.attachmentDocumentIds ?? [];
  for (const element of missingElements(
    {
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
    },
    [],
  )) {
    const name = element.field.join(".");
    errors.push({ code: element.code, field: INPUT_FIELD[name] ?? name, element });
  }

  let measure: EnforcementMeasure | null = null;
  const measureId = input.measureId?.trim() || null;
  if (measureId) {
    const id = idOf(measureId, "EnforcementMeasure");
    measure = id === undefined ? null : await em.findOne(EnforcementMeasure, { id, case: c });
    if (!measure) errors.push({ code: "UNKNOWN_MEASURE", field: "measureId" });
  }
  const wantsDeduction =
    input.subject === ComplaintSubject.DEDUCTION || input.desiredOutcome === DesiredOutcome.STOP_DEDUCTION;
  const wantsLien = input.subject === ComplaintSubject.CHOICE_OF_ASSETS;
  if ((wantsDeduction || wantsLien) && !measureId)
    errors.push({ code: "MISSING_MEASURE", field: "measureId", lien: wantsLien });
  const mismatch =
    measure !== null &&
    ((wantsDeduction && measure.kind !== MeasureKind.DEDUCTION) || (wantsLien && measure.kind !== MeasureKind.LIEN));
  if (mismatch) errors.push({ code: "MEASURE_KIND_MISMATCH", field: "measureId", lien: wantsLien });

  const reduction = input.desiredOutcome === DesiredOutcome.REDUCE_CLAIM ? (input.reductionAmount ?? null) : null;
  if (reduction !== null && Number.isSafeInteger(reduction) && reduction > c.principalAmount) {
    errors.push({
      code: "REDUCTION_EXCEEDS_CLAIM",
      field: "reductionAmount",
      reduction,
      principal: c.principalAmount,
    });
  }

  let signedDocument: Document | null = null;
  if (signedDocumentId) {
    const loaded = await loadDocumentsForAttachment(em, auth, c.creditor.id, [signedDocumentId], []);
    if (loaded.ok) signedDocument = loaded.value[0] ?? null;
    else
      errors.push(
        ...loaded.errors.map((document) => ({ code: document.code, field: "signedDocumentId" as const, document })),
      );
  }
  const attachments = await loadDocumentsForAttachment(em, auth, c.creditor.id, attachmentIds, [
    "attachmentDocumentIds",
  ]);
  if (!attachments.ok)
    errors.push(
      ...attachments.errors.map((document) => ({
        code: document.code,
        field: (document.field ?? []).join("."),
        document,
      })),
    );

  const lateReason = input.acceptLate ? input.acceptLate.reason.trim() : null;
  if (input.acceptLate && !lateReason) errors.push({ code: "MISSING_LATE_REASON", field: "acceptLate.reason" });

  const subject = input.subject ?? null;
  // judged only against a measure that fits; otherwise the measure's error says what to fix first
  const measureUsable = (!measureId || measure !== null) && !mismatch;
  const judged =
    subject && !receivedBad && measureUsable
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
    errors.push({
      code: "COMPLAINT_LATE",
      field: "receivedOn",
      deadline,
      receivedOn: input.receivedOn,
      reason: judged.reason,
    });
  }
  if (errors.length > 0 || !judged || !attachments.ok) return refuse(...errors);

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
