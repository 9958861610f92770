import type { TestApp } from "../support/app";

/** Per table: row count and a hash of the rows' text. */
export type Snapshot = Map<string, string>;

/** Columns that change on every request and are no write of the request's own (last use of the calling key). */
const VOLATILE_COLUMNS = new Set(["last_used_at"]);

/**
 * Which rows of a table belong to the creditor `$1`, for tables without a creditor_id column. A table with neither
 * a creditor_id nor an entry here is hashed whole: it is shared (the registers) and a creditor-bound key must not
 * change it.
 */
const OWNED_BY: Record<string, string> = {
  creditor: `t.id = $1`,
  collection_step: `t.case_id in (select id from collection_case where creditor_id = $1)`,
  case_transaction: `t.case_id in (select id from collection_case where creditor_id = $1)`,
  hearing_attendance: `t.conciliation_case_id in (select id from conciliation_case where creditor_id = $1)`,
  complaint_attachment: `t.complaint_id in (select id from complaint where creditor_id = $1)`,
  objection_document: `t.objection_id in (select id from objection where creditor_id = $1)`,
  webhook_delivery: `t.endpoint_id in (select id from webhook_endpoint where creditor_id = $1) or t.case_id in (select id from collection_case where creditor_id = $1)`,
  api_key: `t.id in (select api_key_id from api_key_creditor where creditor_id = $1)`,
  idempotency_key: `t.api_key_id in (select api_key_id from api_key_creditor where creditor_id = $1)`,
};

interface TableInfo {
  name: string;
  columns: string[];
}

const tablesCache = new WeakMap<TestApp, TableInfo[]>();

async function tables(app: TestApp): Promise<TableInfo[]> {
  const cached = tablesCache.get(app);
  if (cached) return cached;
  const rows = await app.sql<{ table_name: string; column_name: string }>(
    `select c.table_name, c.column_name from information_schema.columns c join information_schema.tables t using (table_schema, table_name)
      where c.table_schema = 'public' and t.table_type = 'BASE TABLE' and c.table_name not like 'mikro_orm_%' order by c.table_name, c.ordinal_position`,
  );
  const byTable = new Map<string, string[]>();
  for (const r of rows) byTable.set(r.table_name, [...(byTable.get(r.table_name) ?? []), r.column_name]);
  const list = [...byTable].map(([name, columns]) => ({ name, columns }));
  tablesCache.set(app, list);
  return list;
}

const rowText = (t: TableInfo) =>
  `row(${t.columns
    .filter((c) => !VOLATILE_COLUMNS.has(c))
    .map((c) => `t."${c}"`)
    .join(", ")})::text`;

async function snapshot(app: TestApp, where: (t: TableInfo) => string): Promise<Snapshot> {
  const list = await tables(app);
  const parts = list.map(
    // Row count and the newest row version (an insert or update gives a row a newer xmin); a table with a column
    // that changes on its own hashes its rows without that column instead.
    (t) =>
      `select '${t.name}' as name, count(*)::text || ':' || ${
        t.columns.some((c) => VOLATILE_COLUMNS.has(c))
          ? `coalesce(sum(hashtextextended(${rowText(t)}, 0)::numeric), 0)::text`
          : `coalesce(max(t.xmin::text::bigint), 0)::text`
      } as state from "${t.name}" t where ${where(t)}`,
  );
  const rows = await app.sql<{ name: string; state: string }>(parts.join(" union all "));
  return new Map(rows.map((r) => [r.name, r.state]));
}

/** The rows of every table that belong to the creditor, and the shared tables whole. */
export function ownedSnapshot(app: TestApp, creditorId: number): Promise<Snapshot> {
  const id = String(Math.trunc(creditorId));
  return snapshot(app, (t) =>
    t.columns.includes("creditor_id") ? `t.creditor_id = ${id}` : (OWNED_BY[t.name]?.replace(/\$1/g, id) ?? "true"),
  );
}

/** Every row of every tvist table but those of `except` (tables whose rows record a request, not its effect). */
export function wholeSnapshot(app: TestApp, except: ReadonlySet<string>): Promise<Snapshot> {
  return snapshot(app, (t) => (except.has(t.name) ? "false" : "true"));
}

/** Tables whose state differs, with the row counts before → after. */
export function diffSnapshots(before: Snapshot, after: Snapshot): string[] {
  const out: string[] = [];
  for (const [name, state] of after) {
    const prev = before.get(name);
    if (prev !== state) out.push(`${name} (${prev?.split(":")[0] ?? "none"} → ${state.split(":")[0]} rows)`);
  }
  return out;
}
