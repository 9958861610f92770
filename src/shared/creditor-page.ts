import { afterCursor } from "./pagination";
import { idOf } from "./global-id";
import { canSeeCreditor, creditorScope, type Auth } from "../modules/access/auth";

export interface CreditorPageFilter {
  caseId?: string | null;
  creditorId?: string | null;
}

/**
 * The `where` of a keyset page over a table owned by creditors (column `creditor`, relation `case`): the caller's
 * creditors, the case and creditor asked for, ids after the cursor. Null when the creditor asked for is not the
 * caller's: the page is empty.
 */
export function creditorPageWhere(
  auth: Auth,
  filter: CreditorPageFilter,
  after?: string | null,
): Record<string, unknown> | null {
  const where: Record<string, unknown> = {};
  const scope = creditorScope(auth);
  if (scope) where.creditor = scope;
  if (filter.creditorId) {
    const id = idOf(filter.creditorId, "Creditor");
    if (id === undefined || !canSeeCreditor(auth, id)) return null;
    where.creditor = id;
  }
  if (filter.caseId) where.case = idOf(filter.caseId, "Case") ?? 0;
  const cursor = afterCursor(after);
  if (cursor) where.id = { $gt: cursor[1] };
  return where;
}
