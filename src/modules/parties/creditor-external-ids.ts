import type { EntityManager } from "@mikro-orm/postgresql";
import { fail, failure, ok, type Result } from "../../shared/result";
import type { Auth } from "../access/auth";
import { Creditor } from "./creditor.entity";
import { CreditorExternalId } from "./creditor-external-id.entity";
import { findCreditor } from "./parties.service";

export const CreditorExternalIdErrorCode = {
  UNKNOWN_CREDITOR: "UNKNOWN_CREDITOR",
  UNKNOWN_SOURCE_SYSTEM: "UNKNOWN_SOURCE_SYSTEM",
  INVALID_EXTERNAL_ID: "INVALID_EXTERNAL_ID",
  DUPLICATE_EXTERNAL_ID: "DUPLICATE_EXTERNAL_ID",
} as const;
export type CreditorExternalIdErrorCode = keyof typeof CreditorExternalIdErrorCode;

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
): Promise<Result<Creditor, CreditorExternalIdErrorCode>> {
  const creditor = await findCreditor(em, auth, input.creditorId);
  if (!creditor)
    return fail(
      failure(
        "UNKNOWN_CREDITOR",
        ["input", "creditorId"],
        `No creditor with id ${input.creditorId}: use an id from the creditors query.`,
      ),
    );
  const sourceSystem = input.sourceSystem.trim();
  const errors = [];
  if (!sourceSystems.includes(sourceSystem)) {
    errors.push(
      failure(
        "UNKNOWN_SOURCE_SYSTEM" as const,
        ["input", "sourceSystem"],
        `No plugin "${sourceSystem}" is enabled: use one of ${sourceSystems.join(", ") || "(none — set PLUGINS)"}.`,
      ),
    );
  }
  const externalId = input.externalId == null ? null : input.externalId.trim();
  if (externalId === "")
    errors.push(
      failure(
        "INVALID_EXTERNAL_ID" as const,
        ["input", "externalId"],
        "The id is blank: give the creditor's id in that system, or null to remove it.",
      ),
    );
  else if (externalId !== null && externalId.length > MAX_LENGTH) {
    errors.push(
      failure(
        "INVALID_EXTERNAL_ID" as const,
        ["input", "externalId"],
        `The id is longer than ${MAX_LENGTH} characters: give the creditor's id in that system.`,
      ),
    );
  }
  if (errors.length > 0) return fail(...errors);
  return em.transactional(async (tx) => {
    // One writer per source system at a time, so that two creditors cannot take one id at once.
    await tx.execute("select pg_advisory_xact_lock(hashtextextended(?, 0))", [`creditor_external_id:${sourceSystem}`]);
    const current = await tx.findOne(CreditorExternalId, { creditor: creditor.id, sourceSystem });
    if (externalId === null) {
      if (current) tx.remove(current);
      return ok(creditor);
    }
    const holder = await tx.findOne(CreditorExternalId, {
      $and: [{ sourceSystem, externalId, creditor: { $ne: creditor.id } }, visible(auth)],
    });
    if (holder) {
      return fail(
        failure(
          "DUPLICATE_EXTERNAL_ID",
          ["input", "externalId"],
          `Another creditor this key sees has ${sourceSystem} id ${externalId}: remove it there first (externalId null), or check the id.`,
        ),
      );
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
