import type { EntityManager } from "@mikro-orm/postgresql";
import { idOf } from "../../shared/global-id";
import { ok } from "../../shared/result";
import { refuse, type Outcome } from "../../shared/outcome";
import { pastDateFailure } from "../../shared/event-date";
import type { LocalDate } from "../../shared/local-date";
import { canSeeCreditor, type Auth } from "../access/auth";
import type { CollectionCase } from "../cases/collection-case.entity";
import { Complaint, ComplaintStatus } from "./complaint.entity";
import type { ComplaintFailure, ComplaintStage, EarlierStep } from "./complaint.errors";

export interface ComplaintOutcome {
  complaint: Complaint;
  case: CollectionCase;
}

/** A complaint the caller may see, with its case; null for unknown ids and other tenants' alike. */
export async function findVisibleComplaint(em: EntityManager, auth: Auth, globalId: string): Promise<Complaint | null> {
  const id = idOf(globalId, "Complaint");
  if (id === undefined) return null;
  const complaint = await em.findOne(Complaint, { id }, { populate: ["case", "case.invoice", "measure"] });
  return complaint && canSeeCreditor(auth, complaint.creditor.id) ? complaint : null;
}

const decidedAlready = (k: Complaint): ComplaintFailure => ({
  code: "COMPLAINT_DECIDED",
  field: "complaintId",
  decidedOn: k.decidedOn,
  outcome: k.outcome,
});

const stepOutOfOrder = (k: Complaint, step: "RECONSIDER" | "FORWARD" | "DECIDE"): ComplaintFailure => ({
  code: "STEP_OUT_OF_ORDER",
  field: "complaintId",
  step,
  stage: stageOf(k),
});

/** The complaint a step acts on: the caller's, undecided, and at the status that step follows. */
export async function complaintForStep(
  em: EntityManager,
  auth: Auth,
  complaintId: string,
  step: "RECONSIDER" | "FORWARD" | "DECIDE",
): Promise<Outcome<Complaint, ComplaintFailure>> {
  const k = await findVisibleComplaint(em, auth, complaintId);
  if (!k) return refuse({ code: "UNKNOWN_COMPLAINT", field: "complaintId" });
  if (k.status === ComplaintStatus.DECIDED) return refuse(decidedAlready(k));
  if (k.status !== STEP_FOLLOWS[step]) return refuse(stepOutOfOrder(k, step));
  return ok(k);
}

const STEP_FOLLOWS = {
  RECONSIDER: ComplaintStatus.RECEIVED,
  FORWARD: ComplaintStatus.KEPT,
  DECIDE: ComplaintStatus.FORWARDED,
} as const;

function stageOf(k: Complaint): ComplaintStage {
  return { status: k.status, reconsideredOn: k.reconsideredOn, forwardedTo: k.forwardedTo, forwardedOn: k.forwardedOn };
}

/**
 * The failure of a date the caller gives for something that happened: a real day, not in the future, and not
 * before the earlier step `after` (when given).
 */
export function eventDateFailure(
  value: string,
  field: string,
  today: LocalDate,
  after?: { step: EarlierStep; on: LocalDate },
): ComplaintFailure | null {
  const bad = pastDateFailure(value, field, today);
  if (bad) return bad;
  if (after && value < after.on)
    return { code: "INVALID_DATE", field, problem: "BEFORE_STEP", value, step: after.step, on: after.on };
  return null;
}
