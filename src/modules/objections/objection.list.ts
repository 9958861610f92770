import type { EntityManager } from "@mikro-orm/postgresql";
import type { FilterQuery } from "@mikro-orm/core";
import { idOf } from "../../shared/global-id";
import { afterCursor, toPage, type Page } from "../../shared/pagination";
import { canSeeCreditor, creditorScope, type Auth } from "../access/auth";
import { Objection } from "./objection.entity";
import type { ObjectionChannel, ObjectionStatus } from "./objection.rules";

export interface ObjectionFilter {
  caseId?: string | null;
  creditorId?: string | null;
  status?: ObjectionStatus[] | null;
  channel?: ObjectionChannel[] | null;
}

/** Keyset page of the caller's objections, oldest first. */
export async function listObjections(
  em: EntityManager,
  auth: Auth,
  filter: ObjectionFilter,
  first: number,
  after?: string | null,
): Promise<Page<Objection>> {
  const where: FilterQuery<Objection> & Record<string, unknown> = {};
  const scope = creditorScope(auth);
  if (scope) where.creditor = scope;
  if (filter.creditorId) {
    const id = idOf(filter.creditorId, "Creditor");
    if (id === undefined || !canSeeCreditor(auth, id)) return toPage<Objection>([], first, (o) => o.id);
    where.creditor = id;
  }
  if (filter.caseId) where.case = idOf(filter.caseId, "Case") ?? 0;
  if (filter.status?.length) where.status = { $in: filter.status };
  if (filter.channel?.length) where.channel = { $in: filter.channel };
  const cursor = afterCursor(after);
  if (cursor) where.id = { $gt: cursor[1] };
  const rows = await em.find(Objection, where, { orderBy: { id: "asc" }, limit: first + 1 });
  return toPage(rows, first, (o) => o.id);
}
