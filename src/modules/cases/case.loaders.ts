import type { Batched, Loaders } from "../../graphql/loaders";
import type { Lean } from "../../graphql/fast/lean";
import { LATEST_EVENT_PER_CASE } from "../../events/event.store";
import { Invoice } from "../invoices/invoice.entity";
import { Creditor } from "../parties/creditor.entity";
import { Debtor } from "../parties/debtor.entity";
import { CaseEvent } from "./case-event.entity";
import type { CollectionCase } from "./collection-case.entity";
import { CollectionStep } from "./money.entities";

/** The newest timeline event of each case, one statement per page. */
export function latestEventLoader(loaders: Loaders): Batched<number, Lean<CaseEvent> | null> {
  return loaders.batched<number, Lean<CaseEvent> | null>("case.latestEvent", async (em, caseIds) => {
    const map = loaders.rows.mapper(CaseEvent);
    const rows = await em.getConnection().execute<Record<string, unknown>[]>(LATEST_EVENT_PER_CASE, [[...caseIds]]);
    const byCase = new Map<number, Lean<CaseEvent>>();
    for (const row of rows) byCase.set(Number(row.case_id), map(row));
    return caseIds.map((id) => byCase.get(id) ?? null);
  });
}

/** The collection steps of each case, oldest first. */
export function stepsLoader(loaders: Loaders): Batched<number, CollectionStep[]> {
  return loaders.batched<number, CollectionStep[]>("case.steps", async (em, caseIds) => {
    const rows = await em.find(
      CollectionStep,
      { case: { $in: [...caseIds] } },
      { orderBy: { sentOn: "asc", id: "asc" } },
    );
    return caseIds.map((id) => rows.filter((s) => s.case.id === id));
  });
}

/**
 * Loads, one statement per relation, what the selection on a page of cases asks for, before the fields resolve: the
 * field resolvers then answer synchronously (the same statements DataLoader would batch, without a promise per field).
 */
export async function prefetchCaseFields(
  loaders: Loaders,
  cases: readonly Lean<CollectionCase>[],
  fields: ReadonlySet<string>,
): Promise<void> {
  if (cases.length === 0) return;
  const ids = cases.map((c) => c.id);
  const rules = fields.has("availableActions") || fields.has("nextDeadline");
  const jobs: Promise<void>[] = [];
  if (fields.has("invoice") || rules) jobs.push(loaders.of(Invoice).prime(cases.map((c) => c.invoice.id)));
  if (fields.has("debtor")) jobs.push(loaders.of(Debtor).prime(cases.map((c) => c.debtor.id)));
  if (fields.has("creditor")) jobs.push(loaders.of(Creditor).prime(cases.map((c) => c.creditor.id)));
  if (fields.has("latestEvent")) jobs.push(latestEventLoader(loaders).prime(ids));
  if (fields.has("steps") || rules) jobs.push(stepsLoader(loaders).prime(ids));
  await Promise.all(jobs);
}
