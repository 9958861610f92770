import DataLoader from "dataloader";
import type { Loaders } from "../../graphql/loaders";
import { CaseStatus } from "../cases/case.rules";
import type { CollectionCase } from "../cases/collection-case.entity";
import { Judgment } from "./judgment.entity";
import { enforcementFor } from "../enforcement/enforcement.service";
import type { LegalTables } from "../legal-tables/legal-table.rules";
import { loadLegalTables } from "../legal-tables/legal-table.service";

/** The legal tables, read once per request. */
export function legalTablesOf(loaders: Loaders): Promise<LegalTables> {
  return loaders
    .named(
      "legalTables",
      (em) =>
        new DataLoader<number, LegalTables>(async (keys) => {
          const tables = await loadLegalTables(em);
          return keys.map(() => tables);
        }),
    )
    .load(0);
}

/** The newest judgment of each collection case. */
export function judgmentByCaseLoader(loaders: Loaders): DataLoader<number, Judgment | null> {
  return loaders.named(
    "judgment.byCase",
    (em) =>
      new DataLoader<number, Judgment | null>(async (caseIds) => {
        const rows = await em.find(
          Judgment,
          { case: { $in: [...caseIds] } },
          { orderBy: { id: "desc" }, populate: ["conciliationCase"] },
        );
        return caseIds.map((id) => rows.find((r) => r.case.id === id) ?? null);
      }),
  );
}

/** The judgment of each conciliation case. */
export function judgmentByConciliationLoader(loaders: Loaders): DataLoader<number, Judgment | null> {
  return loaders.named(
    "judgment.byConciliation",
    (em) =>
      new DataLoader<number, Judgment | null>(async (ids) => {
        const rows = await em.find(Judgment, { conciliationCase: { $in: [...ids] } });
        return ids.map((id) => rows.find((r) => r.conciliationCase.id === id) ?? null);
      }),
  );
}

/** Whether the case's judgment may be enforced today (for Case.availableActions); batched per request. */
export async function enforcementAvailableFor(loaders: Loaders, c: CollectionCase, today: string): Promise<boolean> {
  if (c.status !== CaseStatus.JUDGMENT) return false;
  const judgment = await judgmentByCaseLoader(loaders).load(c.id);
  return (
    judgment !== null &&
    enforcementFor(c, judgment, judgment.conciliationCase.againstState, today, await legalTablesOf(loaders)).mayCreate
  );
}
