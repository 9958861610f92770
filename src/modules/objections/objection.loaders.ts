import DataLoader from "dataloader";
import type { Loaders } from "../../graphql/loaders";
import type { Document } from "../documents/document.entity";
import { Objection } from "./objection.entity";

/** Every objection of each case, oldest first; one statement per page of cases. */
export function objectionsLoader(loaders: Loaders): DataLoader<number, Objection[]> {
  return loaders.named(
    "case.objections",
    (em) =>
      new DataLoader<number, Objection[]>(async (caseIds) => {
        const rows = await em.find(Objection, { case: { $in: [...caseIds] } }, { orderBy: { id: "asc" } });
        return caseIds.map((id) => rows.filter((o) => o.case.id === id));
      }),
  );
}

/** The documents of each objection, in one statement per page of objections. */
export function objectionDocumentsLoader(loaders: Loaders): DataLoader<Objection, Document[]> {
  return loaders.named(
    "objection.documents",
    (em) =>
      new DataLoader<Objection, Document[]>(async (objections) => {
        await em.populate([...objections], ["documents"], { orderBy: { documents: { id: "asc" } } });
        return objections.map((o) => o.documents.getItems());
      }),
  );
}
