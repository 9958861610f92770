import DataLoader from "dataloader";
import type { Loaders } from "../../graphql/loaders";
import { ConciliationCase, HearingAttendance } from "./conciliation-case.entity";

/** The newest conciliation case of each collection case. */
export function conciliationByCaseLoader(loaders: Loaders): DataLoader<number, ConciliationCase | null> {
  return loaders.named(
    "conciliation.byCase",
    (em) =>
      new DataLoader<number, ConciliationCase | null>(async (caseIds) => {
        const rows = await em.find(ConciliationCase, { case: { $in: [...caseIds] } }, { orderBy: { id: "desc" } });
        return caseIds.map((id) => rows.find((r) => r.case.id === id) ?? null);
      }),
  );
}

/** The hearing attendance of each conciliation case, creditor first. */
export function attendanceLoader(loaders: Loaders): DataLoader<number, HearingAttendance[]> {
  return loaders.named(
    "conciliation.attendance",
    (em) =>
      new DataLoader<number, HearingAttendance[]>(async (ids) => {
        const rows = await em.find(
          HearingAttendance,
          { conciliationCase: { $in: [...ids] } },
          { orderBy: { party: "asc" } },
        );
        return ids.map((id) => rows.filter((r) => r.conciliationCase.id === id));
      }),
  );
}
