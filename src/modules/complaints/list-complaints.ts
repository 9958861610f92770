import type { EntityManager } from "@mikro-orm/postgresql";
import type { FilterQuery } from "@mikro-orm/core";
import { creditorPageWhere } from "../../shared/creditor-page";
import type { LocalDate } from "../../shared/local-date";
import { toPage, type Page } from "../../shared/pagination";
import type { Auth } from "../access/auth";
import { Complaint, type ComplaintStatus } from "./complaint.entity";

export interface ComplaintListFilter {
  caseId?: string | null;
  creditorId?: string | null;
  status?: ComplaintStatus[] | null;
  overdue?: boolean | null;
}

/** Keyset page of the caller's complaints, oldest first; `overdue` is judged against `today`. */
export async function listComplaints(
  em: EntityManager,
  auth: Auth,
  filter: ComplaintListFilter,
  today: LocalDate,
  first: number,
  after?: string | null,
): Promise<Page<Complaint>> {
  const where = creditorPageWhere(auth, filter, after) as (FilterQuery<Complaint> & Record<string, unknown>) | null;
  if (!where) return toPage<Complaint>([], first, (k) => k.id);
  if (filter.status?.length) where.status = { $in: filter.status };
  if (filter.overdue === true) {
    where.decidedOn = null;
    where.dueOn = { $lt: today };
  } else if (filter.overdue === false) {
    where.$or = [{ decidedOn: { $ne: null } }, { dueOn: { $gte: today } }];
  }
  const rows = await em.find(Complaint, where, { orderBy: { id: "asc" }, limit: first + 1 });
  return toPage(rows, first, (k) => k.id);
}
