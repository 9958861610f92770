import type { EntityManager } from "@mikro-orm/postgresql";
import type { Recorder } from "../../../events/command";
import { refuse, type Outcome } from "../../../shared/outcome";
import type { Auth } from "../../access/auth";
import type { Acting } from "../../enforcement/enforcement.service";
import { ComplaintDecider } from "../complaint.entity";
import type { ComplaintFailure } from "../complaint.errors";
import { DecisionOutcome } from "../complaint.rules";
import { complaintForStep, eventDateFailure, type ComplaintOutcome } from "../complaint.service";
import { applyDecision } from "../apply-decision";

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
): Promise<Outcome<ComplaintOutcome, ComplaintFailure>> {
  const found = await complaintForStep(em, auth, input.complaintId, "DECIDE");
  if (!found.ok) return found;
  const k = found.value;
  const errors: ComplaintFailure[] = [];
  const badDate = eventDateFailure(input.decidedOn, "decidedOn", acting.today, {
    step: "FORWARDED",
    on: k.forwardedOn!,
  });
  if (badDate) errors.push(badDate);
  const reason = input.reason.trim();
  if (!reason) errors.push({ code: "MISSING_REASON", field: "reason", step: "DECIDE" });
  const granted = input.grantedReduction ?? null;
  if (granted !== null) {
    if (input.outcome !== DecisionOutcome.PARTLY_UPHELD)
      errors.push({ code: "INVALID_AMOUNT", field: "grantedReduction", problem: "NOT_PARTLY_UPHELD" });
    else if (!Number.isSafeInteger(granted) || granted <= 0)
      errors.push({ code: "INVALID_AMOUNT", field: "grantedReduction", problem: "NOT_POSITIVE" });
  }
  if (errors.length > 0) return refuse(...errors);
  return applyDecision(em, rec, acting, k, {
    outcome: input.outcome,
    decidedOn: input.decidedOn,
    reason,
    grantedReduction: granted,
    decider: ComplaintDecider.INSTANCE,
    field: "grantedReduction",
  });
}
