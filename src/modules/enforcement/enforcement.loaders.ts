import DataLoader from "dataloader";
import type { Loaders } from "../../graphql/loaders";
import { EnforcementMeasure } from "./enforcement-measure.entity";
import { EnforcementPetition } from "./enforcement-petition.entity";

/** Every enforcement measure of each case, oldest first; one statement per page of cases. */
export function measuresLoader(loaders: Loaders): DataLoader<number, EnforcementMeasure[]> {
  return loaders.named(
    "case.enforcementMeasures",
    (em) =>
      new DataLoader<number, EnforcementMeasure[]>(async (caseIds) => {
        const rows = await em.find(EnforcementMeasure, { case: { $in: [...caseIds] } }, { orderBy: { id: "asc" } });
        return caseIds.map((id) => rows.filter((m) => m.case.id === id));
      }),
  );
}

/** The newest enforcement petition of each collection case. */
export function petitionByCaseLoader(loaders: Loaders): DataLoader<number, EnforcementPetition | null> {
  return loaders.named(
    "enforcement.byCase",
    (em) =>
      new DataLoader<number, EnforcementPetition | null>(async (caseIds) => {
        const rows = await em.find(EnforcementPetition, { case: { $in: [...caseIds] } }, { orderBy: { id: "desc" } });
        return caseIds.map((id) => rows.find((r) => r.case.id === id) ?? null);
      }),
  );
}
