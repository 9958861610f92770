import type { EntityManager } from "@mikro-orm/postgresql";
import type { Recorder } from "../../../events/command";
import { ok } from "../../../shared/result";
import { refuse } from "../../../shared/outcome";
import type { Auth } from "../../access/auth";
import { isLocalDate, type LocalDate } from "../../../shared/local-date";
import { CaseStatus } from "../../cases/case.rules";
import { ConciliationStatus, type ConciliationCase } from "../conciliation-case.entity";
import { openForUpdate, type R } from "../conciliation.service";

/** The signed forliksklage was posted to the forliksråd: the case goes IN_CONCILIATION (a freeze ends). */
export async function markSent(
  em: EntityManager,
  rec: Recorder,
  auth: Auth,
  input: { id: string; sentOn: string },
  today: LocalDate,
): Promise<R<ConciliationCase>> {
  const found = await openForUpdate(em, auth, input.id, [ConciliationStatus.SIGNED], "recording that it was sent");
  if (!found.ok) return found;
  const cc = found.value;
  if (!isLocalDate(input.sentOn)) return refuse({ code: "INVALID_DATE", field: "sentOn" });
  if (input.sentOn > today) return refuse({ code: "DATE_IN_FUTURE", field: "sentOn", date: input.sentOn, today });
  if (input.sentOn < cc.signedOn!)
    return refuse({ code: "DATE_OUT_OF_ORDER", field: "sentOn", sentOn: input.sentOn, signedOn: cc.signedOn! });
  const c = cc.case;
  if (c.status !== CaseStatus.ACTIVE && c.status !== CaseStatus.FROZEN)
    return refuse({ code: "WRONG_STATUS", field: "id", caseStatus: c.status });
  cc.status = ConciliationStatus.SENT;
  cc.sentOn = input.sentOn;
  const wasFrozen = c.status === CaseStatus.FROZEN;
  c.frozenFromStatus = null;
  rec.transition(c, CaseStatus.IN_CONCILIATION, {
    type: "conciliation.sent",
    summary: `Forliksklage posted to ${cc.board.name} on ${input.sentOn}${wasFrozen ? " (ends the freeze)" : ""}`,
    data: { conciliationCaseId: cc.globalId, sentOn: input.sentOn, boardId: cc.board.globalId },
  });
  return ok(cc);
}
