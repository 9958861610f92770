import { createHash } from "node:crypto";
import type { EntityManager } from "@mikro-orm/postgresql";
import type { Auth } from "../access/auth";
import type { IdempotencyFailure } from "./idempotency.errors";
import { claimKey, findKey, releaseUnanswered, storeResponse } from "./idempotency-key.store";
import { tryHoldKey } from "./idempotency-locks";

/** What an idempotent run needs of its request: the API key whose keys it uses, and the EntityManager. */
export interface IdempotencyContext {
  em: EntityManager;
  auth: Auth;
}

/** JSON with object keys sorted, so that {a,b} and {b,a} hash alike. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? "null" : canonicalJson(v))).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

export function requestHash(operation: string, input: unknown): string {
  return createHash("sha256")
    .update(`${operation}\n${canonicalJson(input)}`)
    .digest("hex");
}

/**
 * Runs a mutation at most once per (API key, idempotency key). A repeat with the same operation and input gets the
 * first response (stored as JSON) without running again; the same key with another request is refused. While a
 * request runs it holds its key by a session advisory lock (idempotency-locks.ts): a repeat meanwhile is told the key
 * is in use, and a key whose request died with its process is free again at once. `run` must return plain JSON and
 * do its own transactions. Without a key, `run` just runs.
 */
export async function withIdempotency<T>(
  ctx: IdempotencyContext,
  operation: string,
  key: string | null | undefined,
  input: unknown,
  run: () => Promise<T>,
): Promise<{ ok: true; response: T; replayed: boolean } | { ok: false; failure: IdempotencyFailure }> {
  if (key === null || key === undefined) return { ok: true, response: await run(), replayed: false };
  const field = "idempotencyKey";
  if (!/^[\x21-\x7e]{1,255}$/.test(key)) return { ok: false, failure: { code: "INVALID_IDEMPOTENCY_KEY", field } };
  const { em, auth } = ctx;
  const hash = requestHash(operation, input);
  const config = em.config;
  const held = await tryHoldKey(config.get("clientUrl")!, config.get("pool")?.max ?? 10, auth.keyId, key);
  try {
    let id = held ? await claimKey(em, auth.keyId, key, operation, hash) : undefined;
    if (id === undefined) {
      const row = await findKey<T>(em, auth.keyId, key);
      if (row && (row.operation !== operation || row.request_hash !== hash)) {
        return {
          ok: false,
          failure: {
            code: "IDEMPOTENCY_KEY_REUSED",
            field,
            storedOperation: row.operation,
            sameOperation: row.operation === operation,
          },
        };
      }
      if (row && row.response !== null) return { ok: true, response: row.response, replayed: true };
      if (!held || !row) return { ok: false, failure: { code: "IDEMPOTENCY_KEY_IN_USE", field } };
      // No response, and nobody holds the key: its first request died with its process. This one runs it.
      id = row.id;
    }
    let response: T;
    try {
      response = await run();
    } catch (err) {
      await releaseUnanswered(em, id);
      throw err;
    }
    await storeResponse(em, id, response);
    return { ok: true, response, replayed: false };
  } finally {
    await held?.release();
  }
}
