import type { EntityManager } from "@mikro-orm/postgresql";
import type { Recorder } from "../../events/command";
import { idOf } from "../../shared/global-id";
import { canSeeCreditor, type Auth } from "../access/auth";
import { CaseStatus, CLOSED_STATUSES } from "../cases/case.rules";
import type { CollectionCase } from "../cases/collection-case.entity";
import { Objection } from "./objection.entity";
import type { ObjectionFailure } from "./objection.errors";
import {
  LIVE_OBJECTION_STATUSES,
  objectionFacts,
  ObjectionStatus,
  refuseResolution,
  unfreezes,
  type Resolution,
} from "./objection.rules";

export type Errors = ObjectionFailure[];

export const unknownObjection: ObjectionFailure = { code: "UNKNOWN_OBJECTION", field: "objectionId" };

/** An objection the caller may see, with its case and invoice; null for unknown ids and other tenants' alike. */
export async function findVisibleObjection(em: EntityManager, auth: Auth, globalId: string): Promise<Objection | null> {
  const id = idOf(globalId, "Objection");
  if (id === undefined) return null;
  const o = await em.findOne(Objection, { id }, { populate: ["case", "case.invoice"] });
  return o && canSeeCreditor(auth, o.creditor.id) ? o : null;
}

/** The case's objections that still matter (open or escalated), oldest first. */
export async function liveObjections(em: EntityManager, c: CollectionCase): Promise<Objection[]> {
  return em.find(Objection, { case: c, status: { $in: [...LIVE_OBJECTION_STATUSES] } }, { orderBy: { id: "asc" } });
}

export interface ObjectionOutcome {
  objection: Objection;
  case: CollectionCase;
}

const RESOLUTION_WORDS: Record<Resolution, string> = {
  [ObjectionStatus.WITHDRAWN]: "withdrawn by the debtor",
  [ObjectionStatus.UNFOUNDED]: "marked obviously unfounded (åpenbart grunnløs)",
  [ObjectionStatus.RESOLVED_BY_CREDIT]: "resolved by a credit note",
  [ObjectionStatus.ESCALATED]: "escalated to the forliksråd",
};

/** Ends an objection as `resolution` with who recorded it, and records `objection.resolved`. */
export function resolve(
  rec: Recorder,
  auth: Auth,
  o: Objection,
  resolution: Resolution,
  reason: string | null,
  data: Record<string, unknown> = {},
): void {
  o.status = resolution;
  o.resolutionReason = reason;
  o.decidedBy = auth.keyName;
  o.decidedAt = rec.now;
  rec.record(o.case, {
    type: "objection.resolved",
    summary: `Objection of ${o.receivedOn} ${RESOLUTION_WORDS[resolution]}${reason ? `: ${reason}` : ""}`,
    data: { objectionId: o.globalId, resolution, reason, decidedBy: auth.keyName, ...data },
  });
}

/** Lifts the freeze when no other written objection holds the case; back to the status before the freeze. */
export async function unfreezeIfLast(
  em: EntityManager,
  rec: Recorder,
  o: Objection,
  resolution: Resolution,
): Promise<void> {
  const c = o.case;
  const others = (await liveObjections(em, c)).filter((x) => x.id !== o.id);
  if (!unfreezes(c.status, objectionFacts(others))) return;
  const to = c.frozenFromStatus ?? CaseStatus.ACTIVE;
  c.frozenFromStatus = null;
  rec.transition(c, to, {
    type: "case.unfrozen",
    summary: `Freeze lifted: the last written objection was ${RESOLUTION_WORDS[resolution]}; collection may go on`,
    data: { objectionId: o.globalId, resolution },
  });
}

/** The objection and the errors every resolution shares: unknown, closed case, wrong objection status. */
export async function loadForResolution(
  em: EntityManager,
  auth: Auth,
  objectionId: string,
  resolution: Resolution,
): Promise<{ objection: Objection; errors: Errors } | null> {
  const objection = await findVisibleObjection(em, auth, objectionId);
  if (!objection) return null;
  const errors: Errors = [];
  if (CLOSED_STATUSES.has(objection.case.status))
    errors.push({ code: "CASE_CLOSED", field: "objectionId", status: objection.case.status });
  else {
    const refusal = refuseResolution(objection.status, resolution);
    if (refusal) errors.push({ ...refusal, field: "objectionId" });
  }
  return { objection, errors };
}
