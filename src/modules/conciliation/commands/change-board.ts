import type { EntityManager } from "@mikro-orm/postgresql";
import type { Recorder } from "../../../events/command";
import { ok } from "../../../shared/result";
import { refuse } from "../../../shared/outcome";
import type { Auth } from "../../access/auth";
import { ConciliationStatus, type ConciliationCase } from "../conciliation-case.entity";
import { boardById, findVisibleConciliationCase, type R } from "../conciliation.service";

/** Another forliksråd for a DRAFT forliksklage (bytte forliksråd). */
export async function changeBoard(
  em: EntityManager,
  rec: Recorder,
  auth: Auth,
  input: { conciliationCaseId: string; boardId: string },
): Promise<R<ConciliationCase>> {
  const cc = await findVisibleConciliationCase(em, auth, input.conciliationCaseId);
  if (!cc) return refuse({ code: "UNKNOWN_CONCILIATION_CASE", field: "conciliationCaseId" });
  if (cc.status !== ConciliationStatus.DRAFT)
    return refuse({ code: "WRONG_STATUS", field: "conciliationCaseId", status: cc.status });
  const board = await boardById(em, input.boardId);
  if (!board) return refuse({ code: "UNKNOWN_BOARD", field: "boardId", boardId: input.boardId });
  const before = cc.board;
  cc.board = board;
  rec.record(cc.case, {
    type: "conciliation.board_changed",
    summary: `Forliksråd changed from ${before.name} to ${board.name}`,
    data: { conciliationCaseId: cc.globalId, from: before.globalId, to: board.globalId },
  });
  return ok(cc);
}
