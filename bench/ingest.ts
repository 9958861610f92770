import type pg from "pg";
import { withClient, type BenchCluster } from "./cluster";
import { forkChild } from "./ipc";
import { startServerChild } from "./read";
import { CREDITOR_ORG, KOMMUNE, type IngestShape } from "./ingest-data";
import { generateApiKey, hashApiKey } from "../src/modules/access/auth";

export interface IngestSide {
  ms: number;
  /** Invoices per second over the whole push. */
  rate: number;
  batchP50: number;
  batchP99: number;
}

export interface IngestResult {
  shape: IngestShape;
  tvist: IngestSide;
  raw: IngestSide;
  /** tvist invoices/s over raw invoices/s. */
  ratio: number;
  /** Rows in each database afterwards (they must match). */
  rows: Record<string, number>;
}

interface Pushed {
  ms: number;
  invoices: number;
  batches: number[];
}

const ACTOR = "bench pusher";

const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? 0;
};

/** The creditor (the conta supplier), the municipality debtors live in, and a WRITE key bound to the creditor. */
async function prepare(client: pg.Client): Promise<{ creditorId: number; municipalityId: number; key: string }> {
  const oslo = await client.query<{ id: string }>(
    "select id from municipality where code = '0301' order by valid_from desc limit 1",
  );
  const kommune = await client.query<{ id: string }>(
    "select id from municipality where code = $1 and valid_from <= current_date and (valid_to is null or valid_to >= current_date) order by valid_from desc limit 1",
    [KOMMUNE],
  );
  const creditor = await client.query<{ id: string }>(
    `insert into creditor (name, org_number, address_street, address_postal_code, address_city, municipality_id)
     values ('Fjellrev Regnskap AS', $1, 'Storgata 1', '0155', 'Oslo', $2) returning id`,
    [CREDITOR_ORG, oslo.rows[0]!.id],
  );
  const key = generateApiKey();
  const k = await client.query<{ id: string }>(
    `insert into api_key (name, prefix, hash, scopes, all_creditors) values ($1, $2, $3, '{write}', false) returning id`,
    [ACTOR, key.slice(0, 10), hashApiKey(key)],
  );
  await client.query("insert into api_key_creditor (api_key_id, creditor_id) values ($1, $2)", [
    k.rows[0]!.id,
    creditor.rows[0]!.id,
  ]);
  return { creditorId: Number(creditor.rows[0]!.id), municipalityId: Number(kommune.rows[0]!.id), key };
}

async function counts(url: string): Promise<Record<string, number>> {
  return withClient(url, async (c) => {
    const out: Record<string, number> = {};
    for (const t of ["debtor", "invoice", "collection_case", "case_event"])
      out[t] = Number((await c.query<{ n: string }>(`select count(*)::text as n from ${t}`)).rows[0]!.n);
    return out;
  });
}

const side = (p: Pushed): IngestSide => ({
  ms: p.ms,
  rate: (p.invoices / p.ms) * 1000,
  batchP50: percentile(p.batches, 50),
  batchP99: percentile(p.batches, 99),
});

/** `shape.invoices` invoices through invoicesPush in batches, then the same rows by multi-row INSERT, each into a fresh database. */
export async function ingestBenchmark(
  cluster: BenchCluster,
  shape: IngestShape,
  log: (s: string) => void,
  profileFile?: string,
): Promise<IngestResult> {
  const tvistUrl = await cluster.freshDatabase("bench_ingest_tvist");
  const rawUrl = await cluster.freshDatabase("bench_ingest_raw");
  const t = await withClient(tvistUrl, prepare);
  const r = await withClient(rawUrl, prepare);

  const server = await startServerChild("tvist-server", tvistUrl);
  const pusher = forkChild("pusher");
  let tvist: Pushed;
  try {
    await pusher.next("ready");
    if (profileFile) {
      server.child.send({ type: "profile-start" });
      await server.child.next("profile");
    }
    pusher.send({ type: "push", url: server.url, key: t.key, shape });
    tvist = await pusher.next("pushed", 900_000);
    if (profileFile) {
      server.child.send({ type: "profile-stop", file: profileFile });
      await server.child.next("profile");
    }
  } finally {
    await Promise.all([pusher.stop(), server.child.stop()]);
  }
  log(
    `  ingest: tvist ${shape.invoices} invoices in ${(tvist.ms / 1000).toFixed(1)} s = ${((tvist.invoices / tvist.ms) * 1000).toFixed(0)} invoices/s`,
  );

  const rawChild = forkChild("raw-ingest");
  let raw: Pushed;
  try {
    await rawChild.next("ready");
    rawChild.send({
      type: "ingest",
      databaseUrl: rawUrl,
      shape,
      creditorId: r.creditorId,
      municipalityId: r.municipalityId,
      actor: ACTOR,
    });
    raw = await rawChild.next("pushed", 900_000);
  } finally {
    await rawChild.stop();
  }
  log(
    `  ingest: raw ${shape.invoices} invoices in ${(raw.ms / 1000).toFixed(1)} s = ${((raw.invoices / raw.ms) * 1000).toFixed(0)} invoices/s`,
  );

  const [tRows, rRows] = await Promise.all([counts(tvistUrl), counts(rawUrl)]);
  const expected = {
    debtor: Math.min(shape.customers, shape.invoices),
    invoice: shape.invoices,
    collection_case: shape.invoices,
    case_event: shape.invoices,
  };
  for (const [table, n] of Object.entries(expected)) {
    if (tRows[table] !== n || rRows[table] !== n)
      throw new Error(`ingest wrote ${table}: tvist ${tRows[table]}, raw ${rRows[table]}, expected ${n}`);
  }
  await cluster.drop("bench_ingest_tvist");
  await cluster.drop("bench_ingest_raw");
  const ts = side(tvist);
  const rs = side(raw);
  return { shape, tvist: ts, raw: rs, ratio: ts.rate / rs.rate, rows: tRows };
}
