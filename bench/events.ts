import fs from "node:fs";
import { pgBreakdown, resetStatementStats, settle, statementStatLines, withClient, type BenchCluster } from "./cluster";
import { forkChild } from "./ipc";
import { startServerChild } from "./read";
import { seed } from "./seed";
import { generateApiKey, hashApiKey } from "../src/modules/access/auth";
import { toGlobalId } from "../src/shared/global-id";

export interface EventsOptions {
  /** State changes per second asked for. */
  rate: number;
  seconds: number;
  /** Most mutations open at once (the driver's connections). */
  maxInFlight: number;
  /** How long to wait for the last deliveries after the last change. */
  drainS: number;
  /**
   * Where webhooks are delivered from: a worker process of their own (npm run worker; the API server runs with
   * WEBHOOK_WORKER=false) or the API server's process (the default of a single `npm start`).
   */
  worker: "own-process" | "in-process";
  /** WEBHOOK_CONCURRENCY of the delivering process. */
  webhookConcurrency: number;
}

export interface Latency {
  received: number;
  missing: number;
  duplicates: number;
  p50: number;
  p99: number;
  max: number;
}

export interface EventsResult {
  options: EventsOptions;
  changes: number;
  failedChanges: number;
  /** Seconds from the first change sent to the last one answered (requests start only within `seconds`). */
  changeSeconds: number;
  /** Changes scheduled: rate × seconds. */
  scheduled: number;
  mutation: { p50: number; p99: number };
  subscription: Latency;
  /** Latency from the mutation's answer (commit done) instead of from occurredAt; may be negative. */
  subscriptionAfterAnswer: { p50: number; p99: number };
  webhook: Latency & { badSignatures: number; afterAnswerP50: number; afterAnswerP99: number };
  /** Deliveries of the measured events by status when the drain window closed (from webhook_delivery). */
  deliveryStatus: Record<string, number>;
  /** Changes whose event is not in the event log (must be 0). */
  eventsMissingFromLog: number;
  /** CPU time (user + system) per change made, over the driving window and the drain: the API server and the worker process. */
  cpuMsPerChange: { server: number; worker: number | null; postgres: number | null; driver: number; listener: number };
}

interface Arrival {
  key: string;
  occurredAt: number;
  at: number;
}

const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
};

async function gql(url: string, key: string, query: string, variables: unknown): Promise<Record<string, unknown>> {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${key}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: Record<string, unknown>; errors?: unknown };
  if (body.errors || !body.data) throw new Error(`GraphQL: ${JSON.stringify(body).slice(0, 500)}`);
  return body.data;
}

/** Seconds of unmeasured changes at the measured rate before the measured ones. */
export const WARMUP_S = 3;

/** CPU time (user + system, ms) of each PostgreSQL process of this machine so far (pid -> ms), from /proc; null without /proc. */
function postgresCpuByPid(): Map<number, number> | null {
  const tick = 1000 / 100; // USER_HZ
  const out = new Map<number, number>();
  try {
    for (const pid of fs.readdirSync("/proc")) {
      if (!/^\d+$/.test(pid)) continue;
      try {
        if (fs.readFileSync(`/proc/${pid}/comm`, "utf8").trim() !== "postgres") continue;
        const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
        out.set(Number(pid), (Number(fields[11]) + Number(fields[12])) * tick);
      } catch {
        // the process ended
      }
    }
  } catch {
    return null;
  }
  return out;
}

/** CPU time (user + system, ms) of every PostgreSQL process of this machine so far; null without /proc. */
export function postgresCpuMs(): number | null {
  const byPid = postgresCpuByPid();
  return byPid === null ? null : [...byPid.values()].reduce((a, b) => a + b, 0);
}

function latency(keys: string[], arrivals: Arrival[], duplicates: number): Latency {
  const byKey = new Map(arrivals.map((a) => [a.key, a]));
  const ms: number[] = [];
  let missing = 0;
  for (const k of keys) {
    const a = byKey.get(k);
    if (a) ms.push(a.at - a.occurredAt);
    else missing += 1;
  }
  return {
    received: ms.length,
    missing,
    duplicates,
    p50: percentile(ms, 50),
    p99: percentile(ms, 99),
    max: ms.length ? Math.max(...ms) : NaN,
  };
}

/**
 * `rate` state changes per second for `seconds` (caseClose, ACTIVE -> CLOSED, over HTTP from a driver process, at
 * most `maxInFlight` open) while one graphql-ws subscriber and one webhook endpoint (a receiver on loopback) listen
 * in another process.
 * Latency: from the event's occurredAt (the start of the command that made the change, tvist's clock) to its arrival
 * (the listener's clock; same machine). Zero lost: every change's event must arrive on both paths.
 */
export async function eventsBenchmark(
  cluster: BenchCluster,
  options: EventsOptions,
  log: (s: string) => void,
  profileFile?: string,
): Promise<EventsResult> {
  const total = options.rate * options.seconds;
  /** Unmeasured changes at the measured rate first (JIT, connection pools, prepared statements). */
  const warmup = options.rate * WARMUP_S;
  const url = await cluster.freshDatabase(`bench_events_${options.rate}`);
  const seeded = await withClient(url, (c) =>
    seed(c, { invoices: Math.ceil((total + warmup) * 1.3) + 100, creditors: 1 }),
  );
  const { writeKey, caseIds } = await withClient(url, async (c) => {
    const key = generateApiKey();
    const k = await c.query<{ id: string }>(
      `insert into api_key (name, prefix, hash, scopes, all_creditors) values ('bench driver', $1, $2, '{write}', false) returning id`,
      [key.slice(0, 10), hashApiKey(key)],
    );
    await c.query("insert into api_key_creditor (api_key_id, creditor_id) values ($1, 1)", [k.rows[0]!.id]);
    const rows = await c.query<{ id: string }>(
      "select id::text from collection_case where status = 'ACTIVE' and creditor_id = 1 order by id limit $1",
      [total + warmup + 20],
    );
    return { writeKey: key, caseIds: rows.rows.map((r) => toGlobalId("Case", r.id)) };
  });
  if (caseIds.length < total + warmup + 20) throw new Error(`only ${caseIds.length} active cases for ${total} changes`);
  await settle(cluster);

  const own = options.worker === "own-process";
  const concurrency = String(options.webhookConcurrency);
  const server = await startServerChild("tvist-server", url, {
    WEBHOOK_ALLOW_PRIVATE_URLS: "true",
    WEBHOOK_WORKER: own ? "false" : "true",
    WEBHOOK_CONCURRENCY: concurrency,
  });
  // BENCH_WORKER_CPU_PROF=dir: a V8 CPU profile of the worker process's whole life, written there when it stops (development).
  const workerProf = process.env.BENCH_WORKER_CPU_PROF
    ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_WORKER_CPU_PROF}`]
    : [];
  const worker = own
    ? forkChild(
        "tvist-worker",
        {
          BENCH_DATABASE_URL: url,
          NODE_ENV: "production",
          WEBHOOK_ALLOW_PRIVATE_URLS: "true",
          WEBHOOK_CONCURRENCY: concurrency,
        },
        workerProf,
      )
    : undefined;
  const listener = forkChild("listener");
  const driver = forkChild("driver");
  try {
    const { port } = await listener.next("ready");
    await driver.next("ready");
    if (worker) await worker.next("ready");
    const cpu = async (child: typeof listener | undefined) => {
      if (!child) return null;
      child.send({ type: "cpu" });
      return (await child.next("cpu")).cpuMs;
    };
    const created = (await gql(
      server.url,
      writeKey,
      `mutation($input: WebhookEndpointCreateInput!) { webhookEndpointCreate(input: $input) { secret userErrors { code message } } }`,
      {
        input: {
          creditorId: toGlobalId("Creditor", 1),
          url: `http://127.0.0.1:${port}/hook`,
          eventTypes: ["case.closed"],
          format: "TVIST",
        },
      },
    )) as { webhookEndpointCreate: { secret: string | null; userErrors: unknown[] } };
    if (!created.webhookEndpointCreate.secret) throw new Error(`webhookEndpointCreate: ${JSON.stringify(created)}`);
    listener.send({ type: "secret", secret: created.webhookEndpointCreate.secret });
    await listener.next("ack");
    listener.send({
      type: "subscribe",
      wsUrl: server.url.replace(/^http/, "ws"),
      key: seeded.readKey,
      creditorId: toGlobalId("Creditor", 1),
    });
    await listener.next("ack");

    // Warm-up changes (not measured) until one has come through both paths: the subscription is live (it only sees
    // later events) and the webhook worker is delivering.
    const status = async () => {
      listener.send({ type: "status" });
      return listener.next("status");
    };
    /** Waits (at most `ms`) until every change of `keys` has arrived by subscription and by webhook. */
    const arrivedOnBothPaths = async (keys: string[], ms: number) => {
      listener.send({ type: "expect", keys });
      await listener.next("ack");
      const until = Date.now() + ms;
      for (let s = await status(); s.subscribed < keys.length || s.hooked < keys.length; s = await status()) {
        if (Date.now() > until) break;
        await new Promise((r) => setTimeout(r, 200));
      }
    };
    const warmIds = caseIds.splice(total, warmup);
    const spare = caseIds.splice(total);
    const deadline = Date.now() + 30_000;
    for (let s = await status(); s.subscribed < 1 || s.hooked < 1; s = await status()) {
      if (Date.now() > deadline || spare.length === 0)
        throw new Error(`no warm-up change arrived on both paths: ${JSON.stringify(s)}`);
      await gql(
        server.url,
        writeKey,
        `mutation($input: CaseCloseInput!) { caseClose(input: $input) { userErrors { code } } }`,
        { input: { caseId: spare.pop(), reason: "warm-up" } },
      );
      await new Promise((r) => setTimeout(r, 300));
    }

    driver.send({
      type: "drive",
      url: server.url,
      key: writeKey,
      caseIds: warmIds,
      rate: options.rate,
      maxInFlight: options.maxInFlight,
      seconds: WARMUP_S,
    });
    const warmed = await driver.next("driven", (WARMUP_S + 120) * 1000);
    // The measured window starts once every warm-up change has arrived on both paths (a cold start's backlog, e.g.
    // new database connections, drained), then a second's pause.
    await arrivedOnBothPaths(
      warmed.changes.map((c) => `${c.caseId}#${c.sequence}`),
      60_000,
    );
    await new Promise((r) => setTimeout(r, 1000));

    if (profileFile) {
      server.child.send({ type: "profile-start" });
      await server.child.next("profile");
    }
    const breakdown = pgBreakdown;
    if (breakdown) await resetStatementStats(url);
    const byPidBefore = postgresCpuByPid() ?? new Map<number, number>();
    const cpuBefore = {
      server: await cpu(server.child),
      worker: await cpu(worker),
      postgres: postgresCpuMs(),
      driver: await cpu(driver),
      listener: await cpu(listener),
    };
    driver.send({
      type: "drive",
      url: server.url,
      key: writeKey,
      caseIds,
      rate: options.rate,
      maxInFlight: options.maxInFlight,
      seconds: options.seconds,
    });
    // BENCH_PG_BREAKDOWN=1: what PostgreSQL's client backends are doing, sampled every 20 ms while the changes are made.
    const waits = new Map<string, number>();
    let sampling = breakdown;
    const sampled = breakdown
      ? withClient(url, async (c) => {
          while (sampling) {
            const r = await c.query<{ what: string; n: number }>(
              `select coalesce(wait_event_type || ':' || wait_event, 'on cpu') || ' / ' || left(regexp_replace(query, '\\s+', ' ', 'g'), 40) as what, count(*)::int as n
               from pg_stat_activity where backend_type = 'client backend' and state = 'active' and pid <> pg_backend_pid() group by 1`,
            );
            for (const row of r.rows) waits.set(row.what, (waits.get(row.what) ?? 0) + row.n);
            await new Promise((res) => setTimeout(res, 20));
          }
        })
      : Promise.resolve();
    const driven = await driver.next("driven", (options.seconds + 120) * 1000);
    sampling = false;
    await sampled;
    for (const [what, n] of [...waits].sort((a, b) => b[1] - a[1]).slice(0, 15))
      log(`  active backends: ${n} samples ${what}`);
    if (profileFile) {
      server.child.send({ type: "profile-stop", file: profileFile });
      await server.child.next("profile");
    }
    log(
      `  events: ${driven.changes.length} changes sent in ${driven.seconds.toFixed(1)} s, ${driven.failures.length} failed`,
    );
    const keys = driven.changes.map((c) => `${c.caseId}#${c.sequence}`);
    await arrivedOnBothPaths(keys, options.drainS * 1000);
    if (breakdown) {
      const after = postgresCpuByPid() ?? new Map<number, number>();
      const activity = await withClient(url, (c) =>
        c.query<{ pid: number; backend_type: string; query: string }>(
          "select pid, backend_type, left(regexp_replace(query, '\\s+', ' ', 'g'), 70) as query from pg_stat_activity",
        ),
      );
      const what = new Map(activity.rows.map((r) => [r.pid, `${r.backend_type}: ${r.query}`]));
      const rows = [...after]
        .map(([pid, ms]) => ({ pid, ms: ms - (byPidBefore.get(pid) ?? 0) }))
        .filter((r) => r.ms > 0)
        .sort((a, b) => b.ms - a.ms);
      for (const r of rows)
        log(
          `  postgres ${r.pid}: ${r.ms} ms (${(r.ms / Math.max(1, driven.changes.length)).toFixed(2)} per change) ${what.get(r.pid) ?? "?"}`,
        );
      for (const line of await statementStatLines(url, driven.changes.length)) log(`  statement ${line}`);
    }
    const cpuAfter = {
      server: await cpu(server.child),
      worker: await cpu(worker),
      postgres: postgresCpuMs(),
      driver: await cpu(driver),
      listener: await cpu(listener),
    };
    listener.send({ type: "arrivals" });
    const arrivals = await listener.next("arrivals");
    const perChange = (a: number | null, b: number | null) =>
      a === null || b === null ? null : (b - a) / Math.max(1, driven.changes.length);
    const roundTrips = driven.changes.map((c) => c.doneAt - c.sentAt);
    const answered = new Map(driven.changes.map((c) => [`${c.caseId}#${c.sequence}`, c.doneAt]));
    const afterAnswer = (xs: Arrival[]) =>
      xs.filter((a) => answered.has(a.key)).map((a) => a.at - answered.get(a.key)!);
    const subAfter = afterAnswer(arrivals.subscribed);
    const hookAfter = afterAnswer(arrivals.hooked);
    const caseNumbers = driven.changes.map((c) =>
      Number(Buffer.from(c.caseId, "base64url").toString("utf8").split(":")[1]),
    );
    const { deliveryStatus, eventsMissingFromLog } = await withClient(url, async (c) => {
      const events = await c.query<{ n: string }>(
        "select count(*)::text as n from case_event where type = 'case.closed' and case_id = any($1::bigint[])",
        [caseNumbers],
      );
      const statuses = await c.query<{ status: string; n: string }>(
        "select d.status, count(*)::text as n from webhook_delivery d join case_event e on e.id = d.event_id where e.type = 'case.closed' and e.case_id = any($1::bigint[]) group by d.status",
        [caseNumbers],
      );
      return {
        eventsMissingFromLog: caseNumbers.length - Number(events.rows[0]!.n),
        deliveryStatus: Object.fromEntries(statuses.rows.map((r) => [r.status, Number(r.n)])),
      };
    });
    return {
      options,
      changes: driven.changes.length,
      scheduled: total,
      failedChanges: driven.failures.length,
      changeSeconds: driven.seconds,
      mutation: { p50: percentile(roundTrips, 50), p99: percentile(roundTrips, 99) },
      subscription: latency(keys, arrivals.subscribed, arrivals.subDuplicates),
      subscriptionAfterAnswer: { p50: percentile(subAfter, 50), p99: percentile(subAfter, 99) },
      webhook: {
        ...latency(keys, arrivals.hooked, arrivals.hookDuplicates),
        badSignatures: arrivals.badSignatures,
        afterAnswerP50: percentile(hookAfter, 50),
        afterAnswerP99: percentile(hookAfter, 99),
      },
      deliveryStatus,
      eventsMissingFromLog,
      cpuMsPerChange: {
        server: perChange(cpuBefore.server, cpuAfter.server)!,
        worker: perChange(cpuBefore.worker, cpuAfter.worker),
        postgres: perChange(cpuBefore.postgres, cpuAfter.postgres),
        driver: perChange(cpuBefore.driver, cpuAfter.driver)!,
        listener: perChange(cpuBefore.listener, cpuAfter.listener)!,
      },
    };
  } finally {
    await Promise.all([driver.stop(), listener.stop(), server.child.stop(), worker?.stop()]);
    await cluster.drop(`bench_events_${options.rate}`);
  }
}
