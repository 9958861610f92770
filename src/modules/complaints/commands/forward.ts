import type { EntityManager } from "@mikro-orm/postgresql";
import type { Recorder } from "../../../events/command";
import { ok } from "../../../shared/result";
import { refuse, type Outcome } from "../../../shared/outcome";
import type { Auth } from "../../access/auth";
import { effectiveClaimOrigin, type Acting } from "../../enforcement/enforcement.service";
import { Creditor } from "../../parties/creditor.entity";
import { ComplaintStatus } from "../complaint.entity";
import type { ComplaintFailure } from "../complaint.errors";
import { complaintForStep, eventDateFailure, type ComplaintOutcome } from "../complaint.service";

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
): Promise<Outcome<ComplaintOutcome, ComplaintFailure>> {
  const found = await complaintForStep(em, auth, input.complaintId, "FORWARD");
  if (!found.ok) return found;
  const k = found.value;
  const errors: ComplaintFailure[] = [];
  const badDate = eventDateFailure(input.forwardedOn, "forwardedOn", acting.today, {
    step: "RECONSIDERED",
    on: k.reconsideredOn ?? k.receivedOn,
  });
  if (badDate) errors.push(badDate);
  const given = input.instance ?? null;
  if (given !== null && !given.trim()) errors.push({ code: "MISSING_FIELD", field: "instance" });
  if (errors.length > 0) return refuse(...errors);

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
