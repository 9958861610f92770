import type { EntityManager } from "@mikro-orm/postgresql";

/** All SQL of the idempotency_key table. */
export interface StoredKey<T> {
  id: string;
  operation: string;
  request_hash: string;
  response: T | null;
}

/** Claims (key id, key) for a request; the new row's id, or none when the key is taken. */
export async function claimKey(
  em: EntityManager,
  apiKeyId: number,
  key: string,
  operation: string,
  hash: string,
): Promise<string | undefined> {
  const rows = await em
    .getConnection()
    .execute<{ id: string }[]>(
      `insert into "idempotency_key" ("api_key_id", "key", "operation", "request_hash") values (?, ?, ?, ?) on conflict ("api_key_id", "key") do nothing returning "id"`,
      [apiKeyId, key, operation, hash],
    );
  return rows[0]?.id;
}

export async function findKey<T>(em: EntityManager, apiKeyId: number, key: string): Promise<StoredKey<T> | undefined> {
  const [row] = await em
    .getConnection()
    .execute<StoredKey<T>[]>(
      `select "id", "operation", "request_hash", "response" from "idempotency_key" where "api_key_id" = ? and "key" = ?`,
      [apiKeyId, key],
    );
  return row;
}

/** Frees a key whose request failed before it had a response. */
export async function releaseUnanswered(em: EntityManager, id: string): Promise<void> {
  await em.getConnection().execute(`delete from "idempotency_key" where "id" = ? and "response" is null`, [id]);
}

export async function storeResponse(em: EntityManager, id: string, response: unknown): Promise<void> {
  await em
    .getConnection()
    .execute(`update "idempotency_key" set "response" = ?::jsonb, "completed_at" = now() where "id" = ?`, [
      JSON.stringify(response),
      id,
    ]);
}
