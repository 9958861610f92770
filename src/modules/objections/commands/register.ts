import type { EntityManager } from "@mikro-orm/postgresql";
import type { Recorder } from "../../../events/command";
import { ok } from "../../../shared/result";
import { refuse, type Outcome } from "../../../shared/outcome";
import type { Auth } from "../../access/auth";
import type { ObjectionFailure } from "../objection.errors";
import { osloToday } from "../../../shared/clock";
import { addDays, isLocalDate } from "../../../shared/local-date";
import { CaseStatus, type CasePolicy } from "../../cases/case.rules";
import { findVisibleCase } from "../../cases/case.service";
import { loadDocumentsForAttachment } from "../../documents/documents.service";
import { Objection } from "../objection.entity";
import { freezesOnRegistration, isWritten, ObjectionChannel, refuseRegistration } from "../objection.rules";
import type { Errors, ObjectionOutcome } from "../objection.service";

export interface ObjectionRegisterData {
  caseId: string;
  channel: ObjectionChannel;
  receivedOn: string;
  text: string;
  documentIds?: readonly string[] | null;
}

/**
 * Registers the debtor's objection. A written one on a running case freezes it in the same transaction
 * (`case.frozen`); an oral one, or a second objection on a frozen case, is only recorded.
 */
export async function registerObjection(
  em: EntityManager,
  rec: Recorder,
  auth: Auth,
  input: ObjectionRegisterData,
  policy: CasePolicy,
): Promise<Outcome<ObjectionOutcome, ObjectionFailure>> {
  const c = await findVisibleCase(em, auth, input.caseId);
  if (!c) return refuse({ code: "UNKNOWN_CASE", field: "caseId" });
  const errors: Errors = [];
  const refusal = refuseRegistration(c.status);
  if (refusal) errors.push({ ...refusal, field: "caseId" });
  const today = osloToday(rec.now);
  const receivedOn = input.receivedOn;
  if (!isLocalDate(receivedOn)) errors.push({ code: "INVALID_DATE", field: "receivedOn", problem: "FORMAT" });
  else if (receivedOn > today)
    errors.push({ code: "INVALID_DATE", field: "receivedOn", problem: "FUTURE", receivedOn, today });
  else if (receivedOn < c.invoice.issueDate) {
    const issueDate = c.invoice.issueDate;
    errors.push({ code: "INVALID_DATE", field: "receivedOn", problem: "BEFORE_ISSUE", receivedOn, issueDate });
  }
  if (!input.text.trim()) errors.push({ code: "MISSING_FIELD", field: "text" });
  const documents = await loadDocumentsForAttachment(em, auth, c.creditor.id, input.documentIds ?? [], ["documentIds"]);
  if (!documents.ok)
    errors.push(...documents.errors.map((error) => ({ code: error.code, field: "documentIds" as const, error })));
  if (errors.length > 0 || !documents.ok) return refuse(...errors);

  const written = isWritten(input.channel, documents.value.length);
  const objection = new Objection({
    case: c,
    channel: input.channel,
    receivedOn: input.receivedOn,
    text: input.text.trim(),
    written,
  });
  objection.documents.set(documents.value);
  await em.persist(objection).flush();
  const how = input.channel === ObjectionChannel.ORAL ? "orally" : `by ${input.channel.toLowerCase()}`;
  rec.record(c, {
    type: "objection.registered",
    summary: `${written ? "Written objection" : "Oral objection"} (innsigelse) received ${how} on ${input.receivedOn}`,
    data: {
      objectionId: objection.globalId,
      channel: input.channel,
      receivedOn: input.receivedOn,
      written,
      documentIds: documents.value.map((d) => d.globalId),
    },
  });
  if (freezesOnRegistration(c.status, written)) {
    const responseDueOn = addDays(input.receivedOn, policy.objectionResponseDays);
    c.frozenFromStatus = c.status;
    rec.transition(c, CaseStatus.FROZEN, {
      type: "case.frozen",
      summary: `Collection frozen by the written objection of ${input.receivedOn}; the creditor's answer is due ${responseDueOn}`,
      data: { objectionId: objection.globalId, responseDueOn },
    });
  }
  return ok({ objection, case: c });
}
