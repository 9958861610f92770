import type { EntityManager } from "@mikro-orm/postgresql";
import { appendSql, EVENT_SOURCE_COLUMNS, type SqlEventSink } from "../../events/append";

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

/** Appends one legal_table.stale event per creditor (no case) through the SQL sinks; the number appended. */
export async function appendStaleEvents(
  tx: EntityManager,
  sinks: readonly SqlEventSink[],
  event: { occurredAt: Date; summary: string; data: unknown },
): Promise<number> {
  const appended = await tx.execute<{ id: string }[]>(
    appendSql({
      source: `(select null::bigint as case_id, c.id as creditor_id, 0 as sequence, 'legal_table.stale'::text as type, ?::timestamptz as occurred_at, 'system'::text as actor,
            ?::text as summary, null::text as status_before, null::text as status_after, ?::jsonb as data, row_number() over (order by c.id) as n
          from creditor c) as r(${EVENT_SOURCE_COLUMNS}, n)`,
      sinks,
    }),
    [event.occurredAt.toISOString(), event.summary, JSON.stringify(event.data)],
  );
  return appended.length;
}
