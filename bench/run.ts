import "reflect-metadata";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { startBenchCluster, withClient, type BenchCluster } from "./cluster";
import { forkChild, stopAllChildren } from "./ipc";
import { seed, type Seeded } from "./seed";
import { countStatements, profileRead, readBenchmark, type ProfileRun, type ReadOptions, type ReadResult, type StatementCount } from "./read";
import { eventsTodo, ingestTodo } from "./todo";
import { writeReport, type Report } from "./report";

/**
 * `npm run bench [-- --scale] [-- --quick] [-- --no-profile]`: every benchmark against the real server and an
 * embedded PostgreSQL on loopback, each beside its raw baseline in the same run; writes BENCHMARKS.md.
 */
const args = new Set(process.argv.slice(2));
const scale = args.has("--scale");
const quick = args.has("--quick");
const profile = !args.has("--no-profile");
const root = path.resolve(__dirname, "..", "..");
const started = Date.now();
const log = (s: string) => process.stdout.write(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${s}\n`);

const read: ReadOptions = quick
  ? { connections: 10, warmupS: 2, durationS: 5, rounds: 1, first: 50 }
  : { connections: 10, warmupS: 3, durationS: 12, rounds: 2, first: 50 };

async function seededDatabase(cluster: BenchCluster, invoices: number): Promise<{ url: string; seeded: Seeded }> {
  const url = await cluster.freshDatabase(`bench_read_${invoices}`);
  const seeded = await withClient(url, (client) => seed(client, { invoices }));
  log(`seeded ${invoices} invoices, ${seeded.debtors} debtors, ${seeded.events} events in ${(seeded.ms / 1000).toFixed(1)} s`);
  return { url, seeded };
}

async function main(): Promise<void> {
  const loadStart = os.loadavg();
  log(`tvist benchmarks${scale ? " with the 1M scale tier" : ""}${quick ? " (quick)" : ""}`);
  const cluster = await startBenchCluster();
  const load = forkChild("load");
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await stopAllChildren();
    await cluster.stop();
  };
  process.on("SIGINT", () => void stop().then(() => process.exit(130)));
  process.on("SIGTERM", () => void stop().then(() => process.exit(143)));
  try {
    await load.next("ready");
    const pgVersion = await withClient(cluster.adminUrl, async (c) => (await c.query<{ v: string }>("show server_version")).rows[0]!.v);

    const small = await seededDatabase(cluster, 10_000);
    const statements: StatementCount[] = await countStatements(small.url, small.seeded, [10, 100]);
    log(`SQL statements per page: ${statements.map((s) => `${s.first} cases: tvist ${s.tvist}, raw ${s.raw}`).join("; ")}`);

    const reads: ReadResult[] = [];
    reads.push(await readBenchmark(load, small.url, small.seeded, read, log));
    log(`read at 10 000: tvist ${reads[0]!.tvist.rps.toFixed(0)} req/s vs raw ${reads[0]!.raw.rps.toFixed(0)} req/s = ${(reads[0]!.ratio * 100).toFixed(1)} %`);

    let prof: ProfileRun | undefined;
    let rawProf: ProfileRun | undefined;
    if (profile) {
      prof = await profileRead(load, small.url, small.seeded, { ...read, rounds: 1 }, path.join(root, "bench", "results"));
      log(`profiled tvist: ${prof.result.rps.toFixed(0)} req/s under the profiler; ${prof.file}`);
      rawProf = await profileRead(load, small.url, small.seeded, { ...read, rounds: 1 }, path.join(root, "bench", "results"), "raw");
      log(`profiled raw: ${rawProf.result.rps.toFixed(0)} req/s under the profiler; ${rawProf.file}`);
    }
    await cluster.drop("bench_read_10000");

    if (scale) {
      const big = await seededDatabase(cluster, 1_000_000);
      reads.push(await readBenchmark(load, big.url, big.seeded, read, log));
      await cluster.drop("bench_read_1000000");
    }

    const report: Report = {
      date: new Date().toISOString(),
      command: `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(" ")}` : ""}`,
      machine: {
        cpu: os.cpus()[0]?.model ?? "unknown",
        cores: os.cpus().length,
        memoryGb: os.totalmem() / 1024 ** 3,
        node: process.version,
        postgres: pgVersion,
        loadStart,
        loadEnd: os.loadavg(),
      },
      read,
      reads,
      statements,
      scaleRun: scale,
      profile: prof,
      rawProfile: rawProf,
      ingest: ingestTodo,
      events: eventsTodo,
      wallS: (Date.now() - started) / 1000,
    };
    const out = path.join(root, "BENCHMARKS.md");
    fs.writeFileSync(out, writeReport(report, root));
    fs.mkdirSync(path.join(root, "bench", "results"), { recursive: true });
    fs.writeFileSync(path.join(root, "bench", "results", `bench-${report.date.replace(/[:.]/g, "-")}.json`), JSON.stringify(report, null, 2));
    log(`wrote ${path.relative(process.cwd(), out) || out}`);
  } finally {
    await stop();
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    process.stderr.write(`benchmark failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
  },
);
