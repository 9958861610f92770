import type { EntityManager } from "@mikro-orm/postgresql";
import type { CreditorRef } from "@tvist/plugin-sdk";
import { idOf } from "../../shared/global-id";
import { canSeeCreditor, type Auth } from "../access/auth";
import { Creditor } from "../parties/creditor.entity";
import { CreditorExternalId } from "../parties/creditor-external-id.entity";
import type { PushItemFailure } from "./ingest.errors";

export type CreditorAnswer =
  { ok: true; creditor: Creditor } | { ok: false; error: Extract<PushItemFailure, { code: "UNKNOWN_CREDITOR" }> };

/** Where a push's `{ fromRequest: true }` items go: input.creditorId, else the key's only creditor, else nowhere. */
export type RequestCreditor = { id: number } | null;

/**
 * The push's answer to "which creditor is this input.creditorId": a creditor the key sees, or none (not ok).
 * Without one, the key's only creditor (a key that sees all creditors has none).
 */
export async function requestCreditor(
  em: EntityManager,
  auth: Auth,
  globalId: string | null | undefined,
): Promise<{ ok: true; creditor: RequestCreditor } | { ok: false }> {
  if (globalId == null)
    return {
      ok: true,
      creditor: auth.creditorIds !== "all" && auth.creditorIds.length === 1 ? { id: auth.creditorIds[0]! } : null,
    };
  const creditorId = idOf(globalId, "Creditor");
  if (
    creditorId !== undefined &&
    canSeeCreditor(auth, creditorId) &&
    (await em.count(Creditor, { id: creditorId })) === 1
  )
    return { ok: true, creditor: { id: creditorId } };
  return { ok: false };
}

const key = (ref: CreditorRef) =>
  "orgNumber" in ref ? `org:${ref.orgNumber}` : "externalId" in ref ? `ext:${ref.externalId}` : "request";

/**
 * The creditors a batch's items name, looked up at once and only among the creditors the key sees: another tenant's
 * rows never change an answer. A reference that fits two creditors the key sees (a key bound to several tenants'
 * creditors) fits none: the key cannot tell which one a push is for.
 */
export class CreditorBook {
  private constructor(
    private readonly found: ReadonlyMap<string, Creditor>,
    private readonly sourceSystem: string,
  ) {}

  static async load(
    em: EntityManager,
    auth: Auth,
    sourceSystem: string,
    refs: readonly CreditorRef[],
    fromRequest: RequestCreditor,
  ): Promise<CreditorBook> {
    const found = new Map<string, Creditor>();
    const ambiguous = new Set<string>();
    const add = (k: string, c: Creditor) => {
      if (found.has(k) && found.get(k) !== c) ambiguous.add(k);
      found.set(k, c);
    };
    const scope = auth.creditorIds === "all" ? {} : { id: { $in: [...auth.creditorIds] } };
    const orgNumbers = new Set<string>();
    const externalIds = new Set<string>();
    let wantsRequest = false;
    for (const ref of refs) {
      if ("orgNumber" in ref) orgNumbers.add(ref.orgNumber);
      else if ("externalId" in ref) externalIds.add(ref.externalId);
      else wantsRequest = true;
    }
    if (orgNumbers.size > 0)
      for (const c of await em.find(Creditor, { orgNumber: { $in: [...orgNumbers] }, ...scope }))
        add(`org:${c.orgNumber}`, c);
    if (externalIds.size > 0) {
      const visible = auth.creditorIds === "all" ? {} : { creditor: { $in: [...auth.creditorIds] } };
      const rows = await em.find(
        CreditorExternalId,
        { sourceSystem, externalId: { $in: [...externalIds] }, ...visible },
        { populate: ["creditor"] },
      );
      for (const row of rows) add(`ext:${row.externalId}`, row.creditor);
    }
    if (wantsRequest && fromRequest) {
      const c = await em.findOne(Creditor, { id: fromRequest.id });
      if (c) found.set("request", c);
    }
    for (const k of ambiguous) found.delete(k);
    return new CreditorBook(found, sourceSystem);
  }

  /** The creditor a reference names; the error's field is ["creditor"], for the plugin's field map. */
  find(ref: CreditorRef): CreditorAnswer {
    const creditor = this.found.get(key(ref));
    if (creditor) return { ok: true, creditor };
    return {
      ok: false,
      error: { code: "UNKNOWN_CREDITOR", field: ["creditor"], ref, sourceSystem: this.sourceSystem },
    };
  }
}
