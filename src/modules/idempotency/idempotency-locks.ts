import { createHash } from "node:crypto";
import pg from "pg";

/**
 * Session advisory locks that hold an idempotency key while its request runs. A lock lives on a connection of its
 * own (outside the ORM's pool, so a request holding one can never wait on the pool for itself): when the process
 * holding it dies, PostgreSQL drops the connection and the lock with it, and the key is free at once.
 */
const pools = new Map<string, pg.Pool>();

function lockPool(databaseUrl: string, max: number): pg.Pool {
  let pool = pools.get(databaseUrl);
  if (!pool) {
    pool = new pg.Pool({ connectionString: databaseUrl, max, idleTimeoutMillis: 10_000, allowExitOnIdle: true });
    // An idle lock connection cut by the server is dropped from the pool; the next request opens a new one.
    pool.on("error", () => undefined);
    pools.set(databaseUrl, pool);
  }
  return pool;
}

/** The advisory lock id of an idempotency key: 64 bits of SHA-256 over (API key id, idempotency key). */
export function lockId(apiKeyId: number, key: string): string {
  return createHash("sha256").update(`tvist-idempotency\n${apiKeyId}\n${key}`).digest().readBigInt64BE(0).toString();
}

export interface HeldKey {
  release(): Promise<void>;
}

/** Takes the key's lock; undefined when a live request holds it. */
export async function tryHoldKey(
  databaseUrl: string,
  poolMax: number,
  apiKeyId: number,
  key: string,
): Promise<HeldKey | undefined> {
  const client = await lockPool(databaseUrl, poolMax).connect();
  // A held connection that the server cuts emits "error"; the lock is gone with it and release() drops the client.
  let broken: Error | undefined;
  const onError = (err: Error) => (broken = err);
  client.on("error", onError);
  const id = lockId(apiKeyId, key);
  let locked = false;
  try {
    locked = (await client.query<{ locked: boolean }>("select pg_try_advisory_lock($1::bigint) as locked", [id]))
      .rows[0]!.locked;
  } catch (err) {
    client.off("error", onError);
    client.release(err as Error);
    throw err;
  }
  const release = async () => {
    let failed = broken;
    if (locked && !failed)
      failed = await client.query("select pg_advisory_unlock($1::bigint)", [id]).then(
        () => undefined,
        (err: Error) => err,
      );
    client.off("error", onError);
    client.release(failed);
  };
  if (!locked) {
    await release();
    return undefined;
  }
  return { release };
}

/** Closes the lock connections (at shutdown). */
export async function closeIdempotencyLocks(): Promise<void> {
  const all = [...pools.values()];
  pools.clear();
  await Promise.all(all.map((p) => p.end().catch(() => undefined)));
}
