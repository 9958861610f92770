import type { EntityManager } from "@mikro-orm/postgresql";
import { ok } from "../../shared/result";
import { refuse, type Outcome } from "../../shared/outcome";
import type { CreditorExternalIdFailure } from "./parties.errors";
import type { Auth } from "../access/auth";
import { Creditor } from "./creditor.entity";
import { CreditorExternalId } from "./creditor-external-id.entity";
import { findCreditor } from "./parties.service";
import { lockSourceSystem } from "./creditor-external-id.store";

export interface CreditorExternalIdSetFields {
  creditorId: string;
  sourceSystem: string;
  /** Null removes the creditor's id in that system. */
  externalId?: string | null;
}

/** Longest external id stored (the column's width). */
const MAX_LENGTH = 255;

/** Creditors the key sees, as a filter on a creditor relation. */
const visible = (auth: Auth) => (auth.creditorIds === "all" ? {} : { creditor: { $in: [...auth.creditorIds] } });

/**
 * Stores, replaces or (externalId null) removes a creditor's id in one source system. An id is unique per system among
 * the creditors the key sees; another tenant's creditor holding the same id neither blocks it nor shows through.
 */
export async function setCreditorExternalId(
  em: EntityManager,
  auth: Auth,
  input: CreditorExternalIdSetFields,
  sourceSystems: readonly string[],
): Promise<Outcome<Creditor, CreditorExternalIdFailure>> {
  const creditor = await findCreditor(em, auth, input.creditorId);
  if (!creditor)
    return refuse<CreditorExternalIdFailure>({ code: "UNKNOWN_CREDITOR", field: "creditorId", id: input.creditorId });
  const sourceSystem = input.sourceSystem.trim();
  const errors: CreditorExternalIdFailure[] = [];
  if (!sourceSystems.includes(sourceSystem))
    errors.push({ code: "UNKNOWN_SOURCE_SYSTEM", field: "sourceSystem", sourceSystem, enabled: sourceSystems });
  const externalId = input.externalId == null ? null : input.externalId.trim();
  if (externalId === "")
    errors.push({ code: "INVALID_EXTERNAL_ID", field: "externalId", why: "BLANK", max: MAX_LENGTH });
  else if (externalId !== null && externalId.length > MAX_LENGTH) {
    errors.push({ code: "INVALID_EXTERNAL_ID", field: "externalId", why: "TOO_LONG", max: MAX_LENGTH });
  }
  if (errors.length > 0) return refuse(...errors);
  return em.transactional(async (tx) => {
    // One writer per source system at a time, so that two creditors cannot take one id at once.
    await lockSourceSystem(tx, sourceSystem);
    const current = await tx.findOne(CreditorExternalId, { creditor: creditor.id, sourceSystem });
    if (externalId === null) {
      if (current) tx.remove(current);
      return ok(creditor);
    }
    const holder = await tx.findOne(CreditorExternalId, {
      $and: [{ sourceSystem, externalId, creditor: { $ne: creditor.id } }, visible(auth)],
    });
    if (holder) {
      return refuse<CreditorExternalIdFailure>({
        code: "DUPLICATE_EXTERNAL_ID",
        field: "externalId",
        sourceSystem,
        externalId,
      });
    }
    if (current) current.externalId = externalId;
    else tx.persist(new CreditorExternalId(tx.getReference(Creditor, creditor.id), sourceSystem, externalId));
    return ok(creditor);
  });
}

/** The creditors' ids in other systems, ordered by system. */
export async function creditorExternalIds(
  em: EntityManager,
  creditorIds: readonly number[],
): Promise<CreditorExternalId[][]> {
  const rows = await em.find(
    CreditorExternalId,
    { creditor: { $in: [...creditorIds] } },
    { orderBy: { sourceSystem: "asc" } },
  );
  return creditorIds.map((id) => rows.filter((r) => r.creditor.id === id));
}
