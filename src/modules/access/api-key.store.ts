import type { EntityManager } from "@mikro-orm/postgresql";
import { API_KEYS_CHANNEL } from "../../events/pubsub";

/** Hand-written SQL of the api_key table. */

/** Records a key's use, at most once a minute (a write per request would be a write per read). */
export async function touchLastUsed(em: EntityManager, keyId: number): Promise<void> {
  await em
    .getConnection()
    .execute(
      "update api_key set last_used_at = now() where id = ? and (last_used_at is null or last_used_at < now() - interval '1 minute')",
      [keyId],
    );
}

/** Of the keys given, those revoked. */
export async function revokedKeyIds(em: EntityManager, keyIds: readonly number[]): Promise<number[]> {
  const rows = await em.execute<{ id: number }[]>(
    `select id from api_key where revoked_at is not null and id in (${keyIds.map(() => "?").join(", ")})`,
    [...keyIds],
  );
  return rows.map((r) => Number(r.id));
}

/** Tells every process, when the transaction commits, that the key is revoked. */
export async function notifyRevoked(em: EntityManager, keyId: number): Promise<void> {
  await em.execute("select pg_notify(?, ?)", [API_KEYS_CHANNEL, String(keyId)]);
}

/** Serialises the servers registering ADMIN_API_KEY at start, to the end of the transaction ("tvistadm" in ASCII). */
const ADMIN_KEY_LOCK = 0x747669737461646dn.toString();

export async function lockAdminKeyRegistration(tx: EntityManager): Promise<void> {
  await tx.execute("select pg_advisory_xact_lock(?)", [ADMIN_KEY_LOCK]);
}
