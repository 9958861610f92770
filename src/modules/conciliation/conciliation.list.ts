import type { EntityManager } from "@mikro-orm/postgresql";
import type { FilterQuery } from "@mikro-orm/core";
import { idOf } from "../../shared/global-id";
import { afterCursor, toPage, type Page } from "../../shared/pagination";
import { creditorScope, type Auth } from "../access/auth";
import { ConciliationCase, type ConciliationStatus } from "./conciliation-case.entity";

export interface ConciliationFilter {
  status?: ConciliationStatus[] | null;
  caseId?: string | null;
  boardId?: string | null;
}

/** Keyset page of the caller's conciliation cases, oldest first. */
export async function listConciliationCases(
  em: EntityManager,
  auth: Auth,
  filter: ConciliationFilter,
  first: number,
  after?: string | null,
): Promise<Page<ConciliationCase>> {
  const where: FilterQuery<ConciliationCase> & Record<string, unknown> = {};
  const scope = creditorScope(auth);
  if (scope) where.creditor = scope;
  if (filter.caseId) where.case = idOf(filter.caseId, "Case") ?? 0;
  if (filter.boardId) where.board = idOf(filter.boardId, "ConciliationBoard") ?? 0;
  if (filter.status?.length) where.status = { $in: filter.status };
  const cursor = afterCursor(after);
  if (cursor) where.id = { $gt: cursor[1] };
  const rows = await em.find(ConciliationCase, where, { orderBy: { id: "asc" }, limit: first + 1 });
  return toPage(rows, first, (cc) => cc.id);
}
