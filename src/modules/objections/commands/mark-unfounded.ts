import type { EntityManager } from "@mikro-orm/postgresql";
import type { Recorder } from "../../../events/command";
import { ok } from "../../../shared/result";
import { refuse, type Outcome } from "../../../shared/outcome";
import type { Auth } from "../../access/auth";
import type { ObjectionFailure } from "../objection.errors";
import { ObjectionStatus, refuseReason } from "../objection.rules";
import {
  loadForResolution,
  resolve,
  unfreezeIfLast,
  unknownObjection,
  type ObjectionOutcome,
} from "../objection.service";

/** Åpenbart grunnløs: the caseworker's judgement, with a reason and who decided; collection may go on. */
export async function markObjectionUnfounded(
  em: EntityManager,
  rec: Recorder,
  auth: Auth,
  input: { objectionId: string; reason: string },
): Promise<Outcome<ObjectionOutcome, ObjectionFailure>> {
  const loaded = await loadForResolution(em, auth, input.objectionId, ObjectionStatus.UNFOUNDED);
  if (!loaded) return refuse(unknownObjection);
  const { objection: o, errors } = loaded;
  const reasonProblem = refuseReason(input.reason);
  if (reasonProblem) errors.push({ code: "MISSING_REASON", field: "reason", message: reasonProblem });
  if (errors.length > 0) return refuse(...errors);
  resolve(rec, auth, o, ObjectionStatus.UNFOUNDED, input.reason.trim());
  await unfreezeIfLast(em, rec, o, ObjectionStatus.UNFOUNDED);
  return ok({ objection: o, case: o.case });
}
