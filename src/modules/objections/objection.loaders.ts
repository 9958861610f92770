import DataLoader from "dataloader";
import type { Loaders } from "../../loaders";
import { Objection } from "./objection.entity";

/** Every objection of each case, oldest first; one statement per page of cases. */
export function objectionsLoader(loaders: Loaders): DataLoader<number, Objection[]> {
  return loaders.named("case.objections", (em) =>
    new DataLoader<number, Objection[]>(async (caseIds) => {
      const rows = await em.find(Objection, { case: { $in: [...caseIds] } }, { orderBy: { id: "asc" } });
      return caseIds.map((id) => rows.filter((o) => o.case.id === id));
    }),
  );
}
