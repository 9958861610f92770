import type pg from "pg";
import { generateApiKey, hashApiKey } from "../src/modules/access/auth";

const LOADED = ["creditor", "debtor", "invoice", "collection_case", "case_event"];

/**
 * Drops the keys, unique constraints and indexes of the loaded tables (and foreign keys into them); returns the
 * function that puts back exactly the same definitions. A bulk load then builds each index once, sorted.
 */
async function dropKeysAndIndexes(client: pg.Client): Promise<() => Promise<void>> {
  const tables = LOADED.map((t) => `'${t}'::regclass`).join(", ");
  const constraints = (
    await client.query<{ tbl: string; name: string; def: string; kind: string }>(
      `select conrelid::regclass::text as tbl, conname as name, pg_get_constraintdef(oid) as def, contype as kind
       from pg_constraint where contype in ('p', 'u', 'f') and (conrelid in (${tables}) or confrelid in (${tables}))`,
    )
  ).rows;
  const indexes = (
    await client.query<{ name: string; def: string }>(
      `select indexrelid::regclass::text as name, pg_get_indexdef(indexrelid) as def from pg_index i
       where indrelid in (${tables}) and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)`,
    )
  ).rows;
  const fks = constraints.filter((c) => c.kind === "f");
  const keys = constraints.filter((c) => c.kind !== "f");
  for (const c of [...fks, ...keys]) await client.query(`alter table ${c.tbl} drop constraint "${c.name}"`);
  for (const i of indexes) await client.query(`drop index ${i.name}`);
  return async () => {
    for (const c of keys) await client.query(`alter table ${c.tbl} add constraint "${c.name}" ${c.def}`);
    for (const i of indexes) await client.query(i.def);
    for (const c of fks) await client.query(`alter table ${c.tbl} add constraint "${c.name}" ${c.def}`);
  };
}

export interface SeedShape {
  /** Invoices, and as many cases (one per invoice). */
  invoices: number;
  /** Creditors the rows are spread over (default 10). */
  creditors?: number;
}

export interface Seeded {
  invoices: number;
  debtors: number;
  events: number;
  creditors: number;
  /** READ key bound to creditor 1, in clear text. */
  readKey: string;
  /** Ids of the cases creditor 1 owns are 1, 1 + creditors, ...: the largest one. */
  maxCaseId: number;
  ms: number;
}

/**
 * Bulk rows straight in SQL (generate_series), in the shape the API writes them: C creditors, N/4 debtors, N invoices,
 * one case per invoice, 1–2 timeline events per case. Foreign-key triggers are skipped for the load (the rows are
 * consistent by construction), then every table is analysed.
 */
export async function seed(client: pg.Client, shape: SeedShape): Promise<Seeded> {
  const started = Date.now();
  const n = shape.invoices;
  const c = shape.creditors ?? 10;
  const d = Math.max(c, Math.floor(n / 4));
  const [{ oslo, bergen }] = (
    await client.query<{ oslo: string; bergen: string }>(
      "select (select id from municipality where code = '0301') as oslo, (select id from municipality where code = '4601') as bergen",
    )
  ).rows as [{ oslo: string; bergen: string }];
  await client.query("set session_replication_role = replica");
  await client.query("begin");
  // Emptied in this transaction: with wal_level=minimal the load then skips the WAL entirely.
  await client.query(`truncate ${LOADED.join(", ")} cascade`);
  const rebuild = await dropKeysAndIndexes(client);
  await client.query(
    `insert into creditor (id, name, org_number, address_street, address_postal_code, address_city, municipality_id)
     select g, 'Bench Kreditor ' || g || ' AS', (910000000 + g)::text, 'Storgata ' || g, '0155', 'Oslo', $1
     from generate_series(1, $2::int) g`,
    [oslo, c],
  );
  await client.query(
    `insert into debtor (id, creditor_id, kind, name, birth_date, address_street, address_postal_code, address_city, municipality_id)
     select g, 1 + (g - 1) % $2::int, 'PERSON', 'Skyldner ' || g, date '1950-01-01' + (g % 18000), 'Bryggen ' || (g % 200), '5003', 'Bergen', $1
     from generate_series(1, $3::int) g`,
    [bergen, c, d],
  );
  await client.query(
    `insert into invoice (id, creditor_id, debtor_id, invoice_number, source_system, external_id, issue_date, due_date, amount, kid)
     select g, 1 + ((g - 1) % $2::int) % $1::int, 1 + (g - 1) % $2::int, 'F-' || g, 'bench', 'ext-' || g,
            date '2026-01-01' + (g % 200), date '2026-01-15' + (g % 200), 10000 + (g::bigint * 7919) % 5000000, null
     from generate_series(1, $3::int) g`,
    [c, d, n],
  );
  await client.query(
    // case numbers set here, distinct by construction (48271 is prime to 9·10^8): the column default draws one per row
    // and checks it against the table, which is quadratic while the load has the unique index dropped
    `insert into collection_case (id, invoice_id, creditor_id, debtor_id, case_number, status, principal_amount, fees_amount, paid_amount, credited_amount, last_sequence, updated_at)
     select g, g, 1 + ((g - 1) % $2::int) % $1::int, 1 + (g - 1) % $2::int, (100000000 + (g::bigint * 48271) % 900000000)::int,
            case when g % 7 = 0 then 'FROZEN' else 'ACTIVE' end,
            10000 + (g::bigint * 7919) % 5000000, case when g % 2 = 1 then 3500 else 0 end, case when g % 5 = 0 then 5000 else 0 end, 0,
            1 + g % 2, timestamptz '2026-02-01' + make_interval(secs => g)
     from generate_series(1, $3::int) g`,
    [c, d, n],
  );
  await client.query(
    `insert into case_event (case_id, creditor_id, sequence, type, occurred_at, actor, summary, status_before, status_after, data)
     select g, 1 + ((g - 1) % $2::int) % $1::int, s,
            case s when 1 then 'invoice.received' else 'collection.step_recorded' end,
            timestamptz '2026-01-20' + make_interval(secs => g, days => s),
            'bench', case s when 1 then 'Invoice F-' || g || ' received' else 'Inkassovarsel sent' end,
            'ACTIVE', 'ACTIVE', case s when 1 then '{}'::jsonb else '{"kind":"COLLECTION_NOTICE","fee":3500}'::jsonb end
     from generate_series(1, $3::int) g, generate_series(1, 1 + g % 2) s`,
    [c, d, n],
  );
  await rebuild();
  for (const table of ["creditor", "debtor", "invoice", "collection_case", "case_event"]) {
    await client.query(
      `select setval(pg_get_serial_sequence('${table}', 'id'), greatest(1, (select coalesce(max(id), 0) from ${table})))`,
    );
  }
  const readKey = generateApiKey();
  const key = await client.query<{ id: string }>(
    `insert into api_key (name, prefix, hash, scopes, all_creditors) values ('bench reader', $1, $2, '{read}', false) returning id`,
    [readKey.slice(0, 10), hashApiKey(readKey)],
  );
  await client.query("insert into api_key_creditor (api_key_id, creditor_id) values ($1, 1)", [key.rows[0]!.id]);
  await client.query("commit");
  await client.query("set session_replication_role = origin");
  await client.query("analyze");
  const events = Number((await client.query<{ n: string }>("select count(*)::text as n from case_event")).rows[0]!.n);
  const maxCaseId = Number(
    (await client.query<{ m: string }>("select max(id)::text as m from collection_case where creditor_id = 1")).rows[0]!
      .m,
  );
  return { invoices: n, debtors: d, events, creditors: c, readKey, maxCaseId, ms: Date.now() - started };
}
