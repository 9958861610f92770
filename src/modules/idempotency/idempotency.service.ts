import { createHash } from "node:crypto";
import type { Context } from "../../graphql/context";
import { fail, failure, ok, type Result } from "../../shared/result";
import { requireAuth } from "../access/authorization";
import { tryHoldKey } from "./idempotency-locks";

export type IdempotencyErrorCode = "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_KEY_IN_USE" | "INVALID_IDEMPOTENCY_KEY";

const FIELD = ["input", "idempotencyKey"];

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
  ctx: Context,
  operation: string,
  key: string | null | undefined,
  input: unknown,
  run: () => Promise<T>,
): Promise<Result<{ response: T; replayed: boolean }, IdempotencyErrorCode>> {
  if (key === null || key === undefined) return ok({ response: await run(), replayed: false });
  if (!/^[\x21-\x7e]{1,255}$/.test(key)) {
    return fail(
      failure(
        "INVALID_IDEMPOTENCY_KEY",
        FIELD,
        "The idempotency key must be 1 to 255 printable ASCII characters without spaces, e.g. a UUID.",
      ),
    );
  }
  const auth = requireAuth(ctx);
  const hash = requestHash(operation, input);
  const conn = ctx.em.getConnection();
  const config = ctx.em.config;
  const held = await tryHoldKey(config.get("clientUrl")!, config.get("pool")?.max ?? 10, auth.keyId, key);
  try {
    type Row = { id: string; operation: string; request_hash: string; response: T | null };
    const claimed = held
      ? await conn.execute<{ id: string }[]>(
          `insert into "idempotency_key" ("api_key_id", "key", "operation", "request_hash") values (?, ?, ?, ?) on conflict ("api_key_id", "key") do nothing returning "id"`,
          [auth.keyId, key, operation, hash],
        )
      : [];
    let id = claimed[0]?.id;
    if (id === undefined) {
      const [row] = await conn.execute<Row[]>(
        `select "id", "operation", "request_hash", "response" from "idempotency_key" where "api_key_id" = ? and "key" = ?`,
        [auth.keyId, key],
      );
      if (row && (row.operation !== operation || row.request_hash !== hash)) {
        return fail(
          failure(
            "IDEMPOTENCY_KEY_REUSED",
            FIELD,
            `This idempotency key was used for ${row.operation === operation ? "another request" : `a ${row.operation} request`}: use a new key for a new request, or repeat the first request unchanged.`,
          ),
        );
      }
      if (row && row.response !== null) return ok({ response: row.response, replayed: true });
      if (!held || !row)
        return fail(
          failure(
            "IDEMPOTENCY_KEY_IN_USE",
            FIELD,
            "The first request with this idempotency key is still running: wait for it, then repeat to get its response.",
          ),
        );
      // No response, and nobody holds the key: its first request died with its process. This one runs it.
      id = row.id;
    }
    let response: T;
    try {
      response = await run();
    } catch (err) {
      await conn.execute(`delete from "idempotency_key" where "id" = ? and "response" is null`, [id]);
      throw err;
    }
    await conn.execute(`update "idempotency_key" set "response" = ?::jsonb, "completed_at" = now() where "id" = ?`, [
      JSON.stringify(response),
      id,
    ]);
    return ok({ response, replayed: false });
  } finally {
    await held?.release();
  }
}
