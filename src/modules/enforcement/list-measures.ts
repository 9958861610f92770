import type { EntityManager } from "@mikro-orm/postgresql";
import type { FilterQuery } from "@mikro-orm/core";
import { creditorPageWhere } from "../../shared/creditor-page";
import { toPage, type Page } from "../../shared/pagination";
import type { Auth } from "../access/auth";
import type { MeasureKind } from "../complaints/complaint.rules";
import { EnforcementMeasure, type MeasureStatus } from "./enforcement-measure.entity";

export interface MeasureFilter {
  caseId?: string | null;
  creditorId?: string | null;
  kind?: MeasureKind[] | null;
  status?: MeasureStatus[] | null;
}

/** Keyset page of the caller's enforcement measures, oldest first. */
export async function listMeasures(
  em: EntityManager,
  auth: Auth,
  filter: MeasureFilter,
  first: number,
  after?: string | null,
): Promise<Page<EnforcementMeasure>> {
  const where = creditorPageWhere(auth, filter, after) as
    (FilterQuery<EnforcementMeasure> & Record<string, unknown>) | null;
  if (!where) return toPage<EnforcementMeasure>([], first, (m) => m.id);
  if (filter.kind?.length) where.kind = { $in: filter.kind };
  if (filter.status?.length) where.status = { $in: filter.status };
  const rows = await em.find(EnforcementMeasure, where, { orderBy: { id: "asc" }, limit: first + 1 });
  return toPage(rows, first, (m) => m.id);
}
