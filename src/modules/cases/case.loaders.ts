import DataLoader from "dataloader";
import type { Loaders } from "../../loaders";
import { CaseEvent } from "./case-event.entity";
import { CollectionStep } from "./money.entities";

/** The newest timeline event of each case, one statement per page. */
export function latestEventLoader(loaders: Loaders): DataLoader<number, CaseEvent | null> {
  return loaders.named("case.latestEvent", (em) =>
    new DataLoader<number, CaseEvent | null>(async (caseIds) => {
      const rows = await em.getConnection().execute<Record<string, unknown>[]>(
        `select distinct on (case_id) * from case_event where case_id in (?) order by case_id, sequence desc`,
        [[...caseIds]],
      );
      const byCase = new Map<number, CaseEvent>();
      for (const row of rows) {
        const event = em.map(CaseEvent, row);
        byCase.set(Number(row.case_id), event);
      }
      return caseIds.map((id) => byCase.get(id) ?? null);
    }),
  );
}

/** The collection steps of each case, oldest first. */
export function stepsLoader(loaders: Loaders): DataLoader<number, CollectionStep[]> {
  return loaders.named("case.steps", (em) =>
    new DataLoader<number, CollectionStep[]>(async (caseIds) => {
      const rows = await em.find(CollectionStep, { case: { $in: [...caseIds] } }, { orderBy: { sentOn: "asc", id: "asc" } });
      return caseIds.map((id) => rows.filter((s) => s.case.id === id));
    }),
  );
}
