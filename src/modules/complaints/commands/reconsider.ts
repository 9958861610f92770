import type { EntityManager } from "@mikro-orm/postgresql";
import type { Recorder } from "../../../events/command";
import { ok } from "../../../shared/result";
import { refuse, type Outcome } from "../../../shared/outcome";
import type { Auth } from "../../access/auth";
import type { Acting } from "../../enforcement/enforcement.service";
import { ComplaintDecider, ComplaintStatus, ReconsiderationDecision } from "../complaint.entity";
import type { ComplaintFailure } from "../complaint.errors";
import { DecisionOutcome } from "../complaint.rules";
import { complaintForStep, eventDateFailure, type ComplaintOutcome } from "../complaint.service";
import { applyDecision } from "../apply-decision";

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
): Promise<Outcome<ComplaintOutcome, ComplaintFailure>> {
  const found = await complaintForStep(em, auth, input.complaintId, "RECONSIDER");
  if (!found.ok) return found;
  const k = found.value;
  const errors: ComplaintFailure[] = [];
  const on = input.reconsideredOn ?? acting.today;
  const badDate = eventDateFailure(on, "reconsideredOn", acting.today, { step: "RECEIVED", on: k.receivedOn });
  if (badDate) errors.push(badDate);
  const reason = input.reason.trim();
  if (!reason) errors.push({ code: "MISSING_REASON", field: "reason", step: "RECONSIDER" });
  if (errors.length > 0) return refuse(...errors);

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
    field: "decision",
  });
}
