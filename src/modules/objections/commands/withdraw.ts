import type { EntityManager } from "@mikro-orm/postgresql";
import type { Recorder } from "../../../events/command";
import { ok } from "../../../shared/result";
import { refuse, type Outcome } from "../../../shared/outcome";
import type { Auth } from "../../access/auth";
import type { ObjectionFailure } from "../objection.errors";
import { osloToday } from "../../../shared/clock";
import { isLocalDate } from "../../../shared/local-date";
import { ObjectionStatus } from "../objection.rules";
import {
  loadForResolution,
  resolve,
  unfreezeIfLast,
  unknownObjection,
  type ObjectionOutcome,
} from "../objection.service";

/** The debtor withdrew the objection; the freeze ends when no other written objection holds the case. */
export async function withdrawObjection(
  em: EntityManager,
  rec: Recorder,
  auth: Auth,
  input: { objectionId: string; withdrawnOn: string },
): Promise<Outcome<ObjectionOutcome, ObjectionFailure>> {
  const loaded = await loadForResolution(em, auth, input.objectionId, ObjectionStatus.WITHDRAWN);
  if (!loaded) return refuse(unknownObjection);
  const { objection: o, errors } = loaded;
  const today = osloToday(rec.now);
  if (!isLocalDate(input.withdrawnOn)) errors.push({ code: "INVALID_DATE", field: "withdrawnOn", problem: "FORMAT" });
  else if (input.withdrawnOn < o.receivedOn || input.withdrawnOn > today) {
    const receivedOn = o.receivedOn;
    errors.push({ code: "INVALID_DATE", field: "withdrawnOn", problem: "OUT_OF_RANGE", receivedOn, today });
  }
  if (errors.length > 0) return refuse(...errors);
  o.withdrawnOn = input.withdrawnOn;
  resolve(rec, auth, o, ObjectionStatus.WITHDRAWN, null, { withdrawnOn: input.withdrawnOn });
  await unfreezeIfLast(em, rec, o, ObjectionStatus.WITHDRAWN);
  return ok({ objection: o, case: o.case });
}
