import type { EntityManager } from "@mikro-orm/postgresql";
import type { CreditorRef } from "@tvist/plugin-sdk";
import { idOf } from "../../shared/global-id";
import { failure, type Failure } from "../../shared/result";
import { canSeeCreditor, type Auth } from "../access/auth";
import { Creditor } from "../parties/creditor.entity";
import { CreditorExternalId } from "../parties/creditor-external-id.entity";

export type CreditorAnswer = { ok: true; creditor: Creditor } | { ok: false; error: Failure<"UNKNOWN_CREDITOR"> };

/** Where a push's `{ fromRequest: true }` items go: input.creditorId, else the key's only creditor, else nowhere. */
export type RequestCreditor = { id: number } | null;

/**
 * The push's answer to "which creditor is this input.creditorId": a creditor the key sees, or an error at
 * ["input", "creditorId"]. Without one, the key's only creditor (a key that sees all creditors has none).
 */
export async function requestCreditor(
  em: EntityManager,
  auth: Auth,
  globalId: string | null | undefined,
): Promise<{ ok: true; creditor: RequestCreditor } | { ok: false; error: Failure<"UNKNOWN_CREDITOR"> }> {
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
  return {
    ok: false,
    error: failure(
      "UNKNOWN_CREDITOR",
      ["input", "creditorId"],
      "No creditor with this id for this API key: use an id from the creditors query.",
    ),
  };
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
    const field = ["creditor"];
    if ("orgNumber" in ref) {
      return {
        ok: false,
        error: failure(
          "UNKNOWN_CREDITOR",
          field,
          `No single creditor with organisasjonsnummer ${ref.orgNumber} for this API key: check the number, or push with a key bound to that one creditor.`,
        ),
      };
    }
    if ("externalId" in ref) {
      return {
        ok: false,
        error: failure(
          "UNKNOWN_CREDITOR",
          field,
          `No single creditor this API key sees has ${this.sourceSystem} id ${ref.externalId}: store it on the creditor first (creditorExternalIdSet with sourceSystem "${this.sourceSystem}"), or push with a key bound to that one creditor.`,
        ),
      };
    }
    return {
      ok: false,
      error: failure(
        "UNKNOWN_CREDITOR",
        field,
        "The item does not name its creditor and this API key sees more than one: pass input.creditorId.",
      ),
    };
  }
}
