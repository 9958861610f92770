import DataLoader from "dataloader";
import type { Loaders } from "../../graphql/loaders";
import type { Document } from "../documents/document.entity";
import { Complaint } from "./complaint.entity";

/** Every complaint of each case, oldest first; one statement per page of cases. */
export function complaintsLoader(loaders: Loaders): DataLoader<number, Complaint[]> {
  return loaders.named(
    "case.complaints",
    (em) =>
      new DataLoader<number, Complaint[]>(async (caseIds) => {
        const rows = await em.find(Complaint, { case: { $in: [...caseIds] } }, { orderBy: { id: "asc" } });
        return caseIds.map((id) => rows.filter((k) => k.case.id === id));
      }),
  );
}

/** The attachments of each complaint, in one statement per page of complaints. */
export function complaintAttachmentsLoader(loaders: Loaders): DataLoader<Complaint, Document[]> {
  return loaders.named(
    "complaint.attachments",
    (em) =>
      new DataLoader<Complaint, Document[]>(async (complaints) => {
        await em.populate([...complaints], ["attachments"], { orderBy: { attachments: { id: "asc" } } });
        return complaints.map((k) => k.attachments.getItems());
      }),
  );
}
