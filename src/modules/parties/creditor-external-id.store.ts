import type { EntityManager } from "@mikro-orm/postgresql";

/** Hand-written SQL of the creditor_external_id table. */

/** Holds the source system's writer lock until the transaction ends: one id taken by one creditor at a time. */
export async function lockSourceSystem(tx: EntityManager, sourceSystem: string): Promise<void> {
  await tx.execute("select pg_advisory_xact_lock(hashtextextended(?, 0))", [`creditor_external_id:${sourceSystem}`]);
}
