import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres } from "../src/db/embedded";
import { freePort } from "../src/db/ephemeral";
import { dropDatabase, ensureDatabase } from "../src/db/database";
import { createOrm, migrate } from "../src/db/orm";

export interface BenchCluster {
  adminUrl: string;
  urlFor(database: string): string;
  /** A fresh, migrated database. */
  freshDatabase(name: string): Promise<string>;
  drop(name: string): Promise<void>;
  stop(): Promise<void>;
}

/**
 * An embedded PostgreSQL on loopback for benchmarks: a throw-away cluster in a temporary directory, durability off
 * (as in tests) and sized so that a 1M-row seed neither checkpoints constantly nor spills its index builds.
 */
export async function startBenchCluster(log: (line: string) => void = () => undefined): Promise<BenchCluster> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tvist-bench-pg-"));
  fs.chmodSync(dir, 0o755);
  const cluster = await startEmbeddedPostgres({
    dataDir: dir,
    port: await freePort(),
    log,
    settings: {
      fsync: "off",
      synchronous_commit: "off",
      full_page_writes: "off",
      shared_buffers: "512MB",
      max_wal_size: "8GB",
      checkpoint_timeout: "30min",
      maintenance_work_mem: "256MB",
      work_mem: "16MB",
      autovacuum: "off",
      wal_level: "minimal",
      max_wal_senders: "0",
      // BENCH_PG_BREAKDOWN=1: time per statement, planning included (statementStatLines).
      ...(pgBreakdown
        ? { shared_preload_libraries: "pg_stat_statements", "pg_stat_statements.track_planning": "on" }
        : {}),
    },
  });
  let template: string | undefined;
  return {
    adminUrl: cluster.url,
    urlFor: cluster.urlFor,
    async freshDatabase(name) {
      if (!template) {
        template = "bench_template";
        await dropDatabase(cluster.url, template);
        await ensureDatabase(cluster.url, template);
        const orm = await createOrm(cluster.urlFor(template), { poolMax: 2 });
        try {
          await migrate(orm);
        } finally {
          await orm.close(true);
        }
      }
      await dropDatabase(cluster.url, name);
      await ensureDatabase(cluster.url, name, template);
      return cluster.urlFor(name);
    },
    drop: (name) => dropDatabase(cluster.url, name),
    async stop() {
      await cluster.stop();
      fs.rmSync(dir, { recursive: true, force: true });
      if (cluster.clusterDir !== path.join(dir, "pg"))
        fs.rmSync(path.dirname(cluster.clusterDir), { recursive: true, force: true });
    },
  };
}

/** BENCH_PG_BREAKDOWN=1 (development): the cluster loads pg_stat_statements; the events benchmark and trace-change report from it. */
export const pgBreakdown = process.env.BENCH_PG_BREAKDOWN === "1";

/** Starts pg_stat_statements' counts afresh in a database (pgBreakdown only). */
export async function resetStatementStats(url: string): Promise<void> {
  await withClient(url, async (c) => {
    await c.query("create extension if not exists pg_stat_statements");
    await c.query("select pg_stat_statements_reset()");
  });
}

/** The statements of a database that took the most time since resetStatementStats, one line each, times per `per` (e.g. changes made). */
export async function statementStatLines(url: string, per: number, limit = 15): Promise<string[]> {
  const rows = await withClient(url, (c) =>
    c.query<{ calls: string; exec: number; plan: number; plans: string; query: string }>(
      `select s.calls::text, s.total_exec_time as exec, s.total_plan_time as plan, s.plans::text, left(regexp_replace(s.query, '\\s+', ' ', 'g'), 90) as query
       from pg_stat_statements s join pg_database d on d.oid = s.dbid where d.datname = current_database() order by s.total_exec_time + s.total_plan_time desc limit $1`,
      [limit],
    ),
  );
  const n = Math.max(1, per);
  return rows.rows.map(
    (s) =>
      `${s.calls} calls, ${s.plans} plans: exec ${(s.exec / n).toFixed(3)} + plan ${(s.plan / n).toFixed(3)} ms per change: ${s.query}`,
  );
}

/** Pause after the CHECKPOINT and sync of settle(). */
export const SETTLE_MS = 5000;

/**
 * Before a measured window: PostgreSQL's dirty buffers written out (CHECKPOINT), the page cache written back (sync;
 * fsync is off in this cluster) and a pause, so a seed or an earlier benchmark's writes are not flushed during it.
 */
export async function settle(cluster: BenchCluster): Promise<void> {
  await withClient(cluster.adminUrl, (c) => c.query("checkpoint"));
  spawnSync("sync", { stdio: "ignore" });
  await new Promise((r) => setTimeout(r, SETTLE_MS));
}

export async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}
