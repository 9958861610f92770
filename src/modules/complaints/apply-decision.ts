import type { EntityManager } from "@mikro-orm/postgresql";
import type { Recorder } from "../../events/command";
import { ok } from "../../shared/result";
import { refuse, type Outcome } from "../../shared/outcome";
import type { LocalDate } from "../../shared/local-date";
import { CaseStatus, CLOSED_STATUSES } from "../cases/case.rules";
import { MeasureStatus } from "../enforcement/enforcement-measure.entity";
import { endActiveMeasures, endMeasure, type Acting } from "../enforcement/enforcement.service";
import { ComplaintDecider, ComplaintStatus, type Complaint } from "./complaint.entity";
import type { ComplaintFailure } from "./complaint.errors";
import { decisionEffects, DecisionOutcome, MeasureKind, refundDue } from "./complaint.rules";
import type { ComplaintOutcome } from "./complaint.service";

export interface Decision {
  outcome: DecisionOutcome;
  decidedOn: LocalDate;
  reason: string;
  grantedReduction: number | null;
  decider: ComplaintDecider;
  /** Where a reduction that exceeds the claim is reported. */
  field: "decision" | "grantedReduction";
}

/**
 * Decides the complaint and carries out the effects: the deduction complained against ends; a deleted claim ends
 * every measure and closes the case; a reduced claim lowers the principal (a case then owing nothing is PAID).
 * When the claim is deleted or reduced, what was paid beyond what is now owed is the refund (refund.due when > 0).
 */
export async function applyDecision(
  em: EntityManager,
  rec: Recorder,
  acting: Acting,
  k: Complaint,
  d: Decision,
): Promise<Outcome<ComplaintOutcome, ComplaintFailure>> {
  const c = k.case;
  const effects = decisionEffects(
    d.outcome,
    { outcome: k.desiredOutcome, reductionAmount: k.reductionAmount },
    d.grantedReduction,
  );
  if (effects.reducesClaimBy > c.principalAmount) {
    return refuse({
      code: "REDUCTION_EXCEEDS_CLAIM",
      field: d.field,
      reduction: effects.reducesClaimBy,
      principal: c.principalAmount,
    });
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
