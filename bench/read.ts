import fs from "node:fs";
import path from "node:path";
import { forkChild, type Child, type LoadResult } from "./ipc";
import { summariseProfile, type ProfileSummary } from "./profile";
import type { Seeded } from "./seed";

/** The page the read benchmark asks for: cases with debtor, invoice and latest event. */
export const CASES_PAGE = `query CasesPage($first: Int, $after: String) {
  cases(first: $first, after: $after) {
    edges {
      cursor
      node {
        id
        status
        outstandingAmount
        debtor { id name }
        invoice { id invoiceNumber dueDate }
        latestEvent { id type occurredAt }
      }
    }
    pageInfo { hasNextPage endCursor }
  }
}`;

export interface ReadOptions {
  connections: number;
  warmupS: number;
  durationS: number;
  /** Alternating tvist / raw rounds. */
  rounds: number;
  first: number;
}

export interface ReadRound {
  target: "tvist" | "raw";
  result: LoadResult;
}

export interface ReadResult {
  invoices: number;
  /** Time the seed took. */
  seedMs: number;
  rounds: ReadRound[];
  tvist: Summary;
  raw: Summary;
  /** tvist req/s over raw req/s. */
  ratio: number;
}

export interface Summary {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  bytesPerRequest: number;
  /** Server process CPU ms per request. */
  cpuMs: number;
}

export interface StatementCount {
  first: number;
  tvist: number;
  raw: number;
  tvistStatements: string[];
}

const cursorOf = (id: number) => Buffer.from(JSON.stringify([id, id])).toString("base64url");

/** Deterministic spread of `after` positions over the whole table, the same list for tvist and raw. */
export function pageBodies(seeded: Seeded, first: number, count = 1000): string[] {
  let state = 0x9e3779b9;
  const rand = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const span = Math.max(1, seeded.maxCaseId - first * seeded.creditors * 2);
  return Array.from({ length: count }, (_, i) => {
    const after = i === 0 ? null : cursorOf(Math.floor(rand() * span));
    return JSON.stringify({ query: CASES_PAGE, variables: { first, after } });
  });
}

export async function startServerChild(
  name: "tvist-server" | "raw-read-server",
  databaseUrl: string,
  extraEnv: Record<string, string> = {},
): Promise<{ child: Child; url: string }> {
  const child = forkChild(name, { BENCH_DATABASE_URL: databaseUrl, NODE_ENV: "production", ...extraEnv });
  const ready = await child.next("ready");
  return { child, url: `http://127.0.0.1:${ready.port}/graphql` };
}

async function post(
  url: string,
  key: string,
  body: string,
): Promise<{ status: number; json: { data?: unknown; errors?: unknown } }> {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${key}` },
    body,
  });
  return { status: res.status, json: (await res.json()) as { data?: unknown; errors?: unknown } };
}

/** tvist and the raw baseline must answer the same `data`, byte for byte, before either is timed. */
async function assertSameAnswers(tvistUrl: string, rawUrl: string, key: string, bodies: string[]): Promise<void> {
  for (const body of bodies.slice(0, 5)) {
    const [a, b] = await Promise.all([post(tvistUrl, key, body), post(rawUrl, key, body)]);
    if (a.status !== 200 || a.json.errors)
      throw new Error(`tvist answered ${a.status}: ${JSON.stringify(a.json).slice(0, 500)}`);
    const ja = JSON.stringify(a.json.data);
    const jb = JSON.stringify(b.json.data);
    if (ja !== jb)
      throw new Error(
        `tvist and the raw baseline disagree for ${body.slice(-80)}:\n tvist ${ja.slice(0, 600)}\n raw   ${jb.slice(0, 600)}`,
      );
    if (!ja.includes('"edges":[{')) throw new Error(`empty page for ${body.slice(-80)}`);
  }
}

function summary(results: LoadResult[]): Summary {
  const mean = (f: (r: LoadResult) => number) => results.reduce((s, r) => s + f(r), 0) / results.length;
  return {
    rps: mean((r) => r.rps),
    p50: mean((r) => r.p50),
    p99: mean((r) => r.p99),
    errors: results.reduce((s, r) => s + r.errors + r.non2xx + r.timeouts, 0),
    bytesPerRequest: mean((r) => r.bytesPerRequest),
    cpuMs: mean((r) => r.serverCpuMs ?? 0),
  };
}

/** The read benchmark for one seeded database: tvist and the raw baseline in alternating rounds. */
export async function readBenchmark(
  load: Child,
  databaseUrl: string,
  seeded: Seeded,
  options: ReadOptions,
  log: (s: string) => void,
): Promise<ReadResult> {
  const bodies = pageBodies(seeded, options.first);
  const tvist = await startServerChild("tvist-server", databaseUrl);
  const raw = await startServerChild("raw-read-server", databaseUrl);
  try {
    await assertSameAnswers(tvist.url, raw.url, seeded.readKey, bodies);
    const rounds: ReadRound[] = [];
    for (let r = 0; r < options.rounds; r++) {
      const order: ("tvist" | "raw")[] = r % 2 === 0 ? ["tvist", "raw"] : ["raw", "tvist"];
      for (const target of order) {
        const server = target === "tvist" ? tvist : raw;
        const result = await measure(load, server, bodies, seeded.readKey, options);
        log(
          `  read ${seeded.invoices} invoices, round ${r + 1}, ${target}: ${result.rps.toFixed(0)} req/s, p50 ${result.p50} ms, p99 ${result.p99} ms, server CPU ${result.serverCpuMs!.toFixed(2)} ms/request, errors ${result.errors + result.non2xx}`,
        );
        rounds.push({ target, result });
      }
    }
    const t = summary(rounds.filter((r) => r.target === "tvist").map((r) => r.result));
    const b = summary(rounds.filter((r) => r.target === "raw").map((r) => r.result));
    return { invoices: seeded.invoices, seedMs: seeded.ms, rounds, tvist: t, raw: b, ratio: t.rps / b.rps };
  } finally {
    await Promise.all([tvist.child.stop(), raw.child.stop()]);
  }
}

/** SQL statements one page costs, counted by the ORM's query hook (tvist) and by the pool wrapper (raw). */
export async function countStatements(databaseUrl: string, seeded: Seeded, sizes: number[]): Promise<StatementCount[]> {
  const tvist = await startServerChild("tvist-server", databaseUrl, { BENCH_COUNT_SQL: "1" });
  const raw = await startServerChild("raw-read-server", databaseUrl);
  try {
    const out: StatementCount[] = [];
    for (const first of sizes) {
      const body = JSON.stringify({ query: CASES_PAGE, variables: { first, after: null } });
      const counts: number[] = [];
      let statements: string[] = [];
      for (const s of [tvist, raw]) {
        await post(s.url, seeded.readKey, body); // warms the key cache
        s.child.send({ type: "sql" });
        await s.child.next("sql");
        const res = await post(s.url, seeded.readKey, body);
        const edges = (res.json.data as { cases: { edges: unknown[] } }).cases.edges.length;
        if (edges !== first) throw new Error(`asked for ${first} cases, got ${edges}`);
        s.child.send({ type: "sql" });
        const m = await s.child.next("sql");
        counts.push(m.count);
        if (s === tvist) statements = m.statements;
      }
      out.push({ first, tvist: counts[0]!, raw: counts[1]!, tvistStatements: statements });
    }
    return out;
  } finally {
    await Promise.all([tvist.child.stop(), raw.child.stop()]);
  }
}

export interface ProfileRun {
  result: LoadResult;
  summary: ProfileSummary;
  file: string;
}

/** The read benchmark once more under the V8 CPU profiler (measured window only); self time by function and by area. */
export async function profileRead(
  load: Child,
  databaseUrl: string,
  seeded: Seeded,
  options: ReadOptions,
  outDir: string,
  target: "tvist" | "raw" = "tvist",
): Promise<ProfileRun> {
  fs.mkdirSync(outDir, { recursive: true });
  const file = path.join(outDir, `read-${target}.cpuprofile`);
  const server = await startServerChild(target === "tvist" ? "tvist-server" : "raw-read-server", databaseUrl);
  try {
    const result = await measure(load, server, pageBodies(seeded, options.first), seeded.readKey, options, file);
    return { result, summary: summariseProfile(file), file };
  } finally {
    await server.child.stop();
  }
}

async function cpu(server: Child): Promise<{ cpuMs: number; requests: number }> {
  server.send({ type: "cpu" });
  return server.next("cpu");
}

/** Warm-up, then the measured window with the server's CPU time per request (and optionally a CPU profile of it). */
export async function measure(
  load: Child,
  server: { child: Child; url: string },
  bodies: string[],
  key: string,
  options: ReadOptions,
  profileFile?: string,
): Promise<LoadResult> {
  const run = async (durationS: number) => {
    load.send({
      type: "run",
      url: server.url,
      headers: { authorization: `Bearer ${key}` },
      bodies,
      connections: options.connections,
      durationS,
    });
    return (await load.next("result", (durationS + 60) * 1000)).result;
  };
  if (options.warmupS > 0) await run(options.warmupS);
  if (profileFile) {
    server.child.send({ type: "profile-start" });
    await server.child.next("profile");
  }
  const before = await cpu(server.child);
  const result = await run(options.durationS);
  const after = await cpu(server.child);
  if (profileFile) {
    server.child.send({ type: "profile-stop", file: profileFile });
    await server.child.next("profile");
  }
  result.serverCpuMs = (after.cpuMs - before.cpuMs) / Math.max(1, after.requests - before.requests);
  return result;
}
