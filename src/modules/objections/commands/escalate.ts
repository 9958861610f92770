import type { EntityManager } from "@mikro-orm/postgresql";
import type { Recorder } from "../../../events/command";
import { ok } from "../../../shared/result";
import { refuse, type Outcome } from "../../../shared/outcome";
import type { Auth } from "../../access/auth";
import type { ObjectionFailure } from "../objection.errors";
import { ObjectionStatus } from "../objection.rules";
import { loadForResolution, resolve, unknownObjection, type ObjectionOutcome } from "../objection.service";

/**
 * The creditor takes the claim to the forliksråd: the objection is ESCALATED and the case stays FROZEN until the
 * forliksklage is sent. The conciliation module calls this when it creates the draft conciliation case.
 */
export async function escalateObjection(
  em: EntityManager,
  rec: Recorder,
  auth: Auth,
  objectionId: string,
): Promise<Outcome<ObjectionOutcome, ObjectionFailure>> {
  const loaded = await loadForResolution(em, auth, objectionId, ObjectionStatus.ESCALATED);
  if (!loaded) return refuse(unknownObjection);
  if (loaded.errors.length > 0) return refuse(...loaded.errors);
  resolve(rec, auth, loaded.objection, ObjectionStatus.ESCALATED, null);
  return ok({ objection: loaded.objection, case: loaded.objection.case });
}
