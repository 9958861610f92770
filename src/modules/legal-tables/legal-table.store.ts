import type { EntityManager } from "@mikro-orm/postgresql";

/** Hand-written SQL of the legal_table_row and legal_table_stale_notice tables. */

/** Serialises row additions: two admins adding to one table at once both see the other's row. */
const LEGAL_TABLE_LOCK = 7_401_001;

export async function lockLegalTables(tx: EntityManager): Promise<void> {
  await tx.execute("select pg_advisory_xact_lock(?)", [LEGAL_TABLE_LOCK]);
}

/** Records a half-year found stale; false when it was recorded before (by this or another process). */
export async function insertStaleNotice(tx: EntityManager, halfYear: string, message: string): Promise<boolean> {
  const inserted = await tx.execute<{ id: string }[]>(
    `insert into "legal_table_stale_notice" ("half_year", "message") values (?, ?) on conflict ("half_year") do nothing returning "id"`,
    [halfYear, message],
  );
  return inserted.length > 0;
}
