import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { print } from "graphql";
import pg from "pg";
import {
  CaseEventsDocument,
  CreditorCreateDocument,
  InvoicesPushDocument,
  PaymentsPushDocument,
  WebhookEndpointCreateDocument,
  type CaseEventsSubscription,
} from "../generated/graphql";
import type { GqlResult } from "../support/app";
import { randomOrgNumber } from "../support/factories";
import { startReceiver, type Receiver } from "../support/receiver";
import { startTvist, type TvistProcess } from "../support/tvist-process";
import { subscribe, until, type Subscription } from "../support/ws";
import { migrationsList } from "../../migrations";
import { dropDatabase, ensureDatabase } from "../../src/db/database";
import { freePort } from "../../src/db/ephemeral";
import { eventCursor } from "../../src/events/event-record";
import { generateApiKey } from "../../src/modules/access/auth";
import { toGlobalId } from "../../src/shared/global-id";

/**
 * The production topology on one PostgreSQL: two API processes (`npm start`, WEBHOOK_WORKER=false) and two webhook
 * workers (`npm run worker`), real processes, started at once on an empty database. Subscribers, webhooks and the
 * event log are checked across processes, then an API process and a worker are killed (SIGKILL) mid-run.
 */

type Json = Record<string, unknown>;
type Row = { id: number; case_id: number | null; sequence: number | null; type: string };

/** How long a process may take to start on a loaded machine. */
const BOOT_MS = 180_000;
const CASES = 6;
/** Payments per case through API 2 while nothing is killed. */
const ROUNDS = 3;
/** Pushes in each kill round's stream (besides the ones a round may add). */
const STREAM = 40;
/** Payments in the push the victim API is killed during (a batch, so that it is still running when the kill comes). */
const KILLED_PUSH = 60;
/** The receivers hold each answer this long, so that a worker killed while a request is at a receiver dies mid-delivery. */
const ANSWER_DELAY_MS = 150;
/** Well above a delivery's longest run (WEBHOOK_TIMEOUT_MS 3000), so that only a dead worker's jobs are released. */
const LOCK_TIMEOUT_MS = 8000;

const KILLED_SENDER = "a killed worker (gone before its request was looked up)";

const adminUrl = process.env.TVIST_TEST_PG_ADMIN_URL!;
const dbName = `tvist_mp_${process.env.JEST_WORKER_ID ?? "0"}_${randomBytes(4).toString("hex")}`;
const databaseUrl = adminUrl.replace(/\/[^/?]*(\?|$)/, `/${dbName}$1`);
const adminKey = generateApiKey();
const figuresFile = path.join(os.tmpdir(), `tvist-multi-process-${process.pid}.json`);

interface Api {
  name: string;
  port: number;
  proc: TvistProcess;
}
let api1: Api;
let api2: Api;
const workers = new Map<string, TvistProcess>();
/** The node process behind each worker (npm run worker is npm over node), by worker name. */
const workerPids = new Map<string, number>();
const processes: TvistProcess[] = [];
let receivers: Receiver[] = [];
/** Which worker sent each request, by receiver and request index. */
const senders = new Map<Receiver, string[]>();
let db: pg.Client;
let creditorId: string;
let endpointIds: number[] = [];
const subscriptions: Subscription<CaseEventsSubscription>[] = [];
const figures: Json = {};
let onRequestFromWorker: ((worker: string) => void) | undefined;

const env = (extra: Record<string, string>) => ({
  DATABASE_URL: databaseUrl,
  ADMIN_API_KEY: adminKey,
  WEBHOOK_ALLOW_PRIVATE_URLS: "true",
  WEBHOOK_TIMEOUT_MS: "3000",
  WEBHOOK_LOCK_TIMEOUT_MS: String(LOCK_TIMEOUT_MS),
  WEBHOOK_RETRY_BASE_MS: "1000",
  GRAPHQL_PLAYGROUND: "false",
  ...extra,
});

function launch(extra: Record<string, string>, via: "node" | "npm", script: "start" | "worker"): TvistProcess {
  const proc = startTvist(env(extra), via, script);
  processes.push(proc);
  return proc;
}

/** The pid of the node process running `entry`: the child itself, or npm's child. */
function nodePidOf(proc: TvistProcess, entry: string): number | undefined {
  const pid = proc.child.pid!;
  const cmdline = (p: number | string) => {
    try {
      return fs.readFileSync(`/proc/${p}/cmdline`, "utf8");
    } catch {
      return "";
    }
  };
  if (cmdline(pid).includes(entry)) return pid;
  for (const p of fs.readdirSync("/proc").filter((e) => /^\d+$/.test(e))) {
    try {
      const stat = fs.readFileSync(`/proc/${p}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (ppid === pid && cmdline(p).includes(entry)) return Number(p);
    } catch {
      // gone meanwhile
    }
  }
  return undefined;
}

/** Which worker holds the client end (local port `port`) of a connection to a receiver: looked up in /proc. */
function ownerOfPort(port: number): string {
  const hex = port.toString(16).toUpperCase().padStart(4, "0");
  let inode: string | undefined;
  for (const line of fs.readFileSync("/proc/net/tcp", "utf8").split("\n").slice(1)) {
    const fields = line.trim().split(/\s+/);
    // TIME_WAIT entries of closed connections have no inode
    if (fields[1]?.endsWith(`:${hex}`) && fields[9] !== "0") inode = fields[9];
  }
  if (!inode) return "unknown";
  for (const [name, pid] of workerPids) {
    try {
      for (const fd of fs.readdirSync(`/proc/${pid}/fd`)) {
        try {
          if (fs.readlinkSync(`/proc/${pid}/fd/${fd}`) === `socket:[${inode}]`) return name;
        } catch {
          // closed meanwhile
        }
      }
    } catch {
      // process gone
    }
  }
  // the connection exists but no live worker holds it: its worker was killed after sending
  return KILLED_SENDER;
}

async function gql<T, V>(port: number, doc: TypedDocumentNode<T, V>, variables: V): Promise<T> {
  const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${adminKey}` },
    body: JSON.stringify({ query: print(doc), variables }),
    signal: AbortSignal.timeout(30_000),
  });
  const body = (await res.json()) as GqlResult<T>;
  if (body.errors?.length) throw new Error(`GraphQL errors from :${port}: ${JSON.stringify(body.errors)}`);
  return body.data!;
}

async function sql<R>(text: string, values: unknown[] = []): Promise<R[]> {
  return (await db.query(text, values)).rows as R[];
}

const contaInvoice = (n: number): Json => {
  const payload = JSON.parse(
    fs.readFileSync(path.join(__dirname, "..", "..", "plugins", "conta", "fixtures", "invoice-person.json"), "utf8"),
  ) as Json;
  return { ...payload, invoice: { ...(payload.invoice as Json), id: 8_100_000 + n, invoiceNo: 81_000 + n } };
};
const contaPayment = (paymentId: number, caseIndex: number): Json => ({
  invoiceId: 8_100_000 + caseIndex,
  paymentId: 9_100_000 + paymentId,
  payment: { date: "2025-03-20", bankAccountId: 311, amount: 1.0, description: `Delbetaling ${paymentId}` },
});

/** `count` payments (one by default), pushed with an idempotency key; when `first` fails (its process died), sent again to `fallback`. */
async function pay(
  n: number,
  caseIndex: number,
  first: Api,
  fallback: Api = first,
  count = 1,
): Promise<{ via: string; retried: boolean }> {
  const input = {
    pluginId: "conta",
    creditorId,
    idempotencyKey: `multi-process-payment-${n}`,
    items: Array.from({ length: count }, (_, j) => contaPayment(n + j, (caseIndex + j) % CASES)),
  };
  const attempt = async (api: Api) => {
    const data = await gql(api.port, PaymentsPushDocument, { input });
    const errors = [...data.paymentsPush.userErrors, ...data.paymentsPush.results.flatMap((r) => r.userErrors)];
    if (errors.length) throw new Error(`payment ${n} refused by ${api.name}: ${JSON.stringify(errors)}`);
  };
  try {
    await attempt(first);
    return { via: first.name, retried: false };
  } catch (err) {
    if (first === fallback) throw err;
  }
  // The key may still be held until PostgreSQL notices the dead connection: IDEMPOTENCY_KEY_IN_USE, then try again.
  for (let tries = 1; ; tries++) {
    try {
      await attempt(fallback);
      return { via: fallback.name, retried: true };
    } catch (err) {
      if (tries >= 20) throw err;
      await new Promise((r) => setTimeout(r, 500));
    }
  }
}

async function caseEventRows(): Promise<Row[]> {
  return sql<Row>("select id::int, case_id::int, sequence, type from case_event where case_id is not null order by id");
}

function killNow(proc: TvistProcess, entry: string): void {
  const pid = nodePidOf(proc, entry);
  if (pid !== undefined && pid !== proc.child.pid) process.kill(pid, "SIGKILL");
  proc.child.kill("SIGKILL");
}

beforeAll(async () => {
  await ensureDatabase(adminUrl, dbName);
  db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  const respond = (receiver: () => Receiver) => (req: { remotePort: number }) => {
    const worker = ownerOfPort(req.remotePort);
    const list = senders.get(receiver()) ?? [];
    list.push(worker);
    senders.set(receiver(), list);
    onRequestFromWorker?.(worker);
    return 200;
  };
  const r1: Receiver = await startReceiver(
    respond(() => r1),
    "/hooks/one",
    { delayMs: ANSWER_DELAY_MS },
  );
  const r2: Receiver = await startReceiver(
    respond(() => r2),
    "/hooks/two",
    { delayMs: ANSWER_DELAY_MS },
  );
  receivers = [r1, r2];
}, 60_000);

afterAll(async () => {
  await Promise.all(subscriptions.map((s) => s.close().catch(() => undefined)));
  for (const proc of processes) {
    if (proc.child.exitCode === null && proc.child.signalCode === null) {
      for (const entry of ["src/app/main.ts", "src/app/worker.ts"]) {
        const pid = nodePidOf(proc, entry);
        if (pid !== undefined && pid !== proc.child.pid) process.kill(pid, "SIGKILL");
      }
      proc.child.kill("SIGKILL");
      await proc.exited;
    }
  }
  await Promise.all(receivers.map((r) => r.close()));
  await db?.end();
  await dropDatabase(adminUrl, dbName).catch(() => undefined);
  fs.writeFileSync(figuresFile, JSON.stringify(figures, null, 2));
  console.log(`multi-process figures (also in ${figuresFile}):\n${JSON.stringify(figures, null, 2)}`);
}, 60_000);

/** Every delivery to each endpoint: expected (webhook_delivery rows), delivered, duplicates, lost, order per case. */
async function checkDeliveries(): Promise<Json> {
  const result: Json = {};
  for (const [i, receiver] of receivers.entries()) {
    const expected = await sql<{ event_id: number; case_id: number | null; sequence: number | null }>(
      `select d.event_id::int, e.case_id::int, e.sequence from webhook_delivery d join case_event e on e.id = d.event_id
        where d.endpoint_id = $1 order by d.event_id`,
      [endpointIds[i]],
    );
    const ids = receiver.requests.map((r) => r.headers["webhook-id"]!);
    const distinct = new Set(ids);
    const lost = expected.filter((e) => !distinct.has(toGlobalId("CaseEvent", e.event_id)));
    // case order: the first arrival of each event, per case, in sequence order
    const seen = new Set<string>();
    const firstBySequence = new Map<string, number[]>();
    for (const r of receiver.requests) {
      const id = r.headers["webhook-id"]!;
      if (seen.has(id)) continue;
      seen.add(id);
      const caseId = r.json.caseId as string | undefined;
      if (caseId) firstBySequence.set(caseId, [...(firstBySequence.get(caseId) ?? []), r.json.sequence as number]);
    }
    const outOfOrder = [...firstBySequence.entries()].filter(([, seqs]) =>
      seqs.some((s, j) => j > 0 && s <= seqs[j - 1]!),
    );
    const split: Record<string, number> = {};
    for (const w of senders.get(receiver) ?? []) split[w] = (split[w] ?? 0) + 1;
    result[`endpoint${i + 1}`] = {
      expected: expected.length,
      requests: ids.length,
      delivered: distinct.size,
      duplicates: ids.length - distinct.size,
      lost: lost.length,
      casesOutOfOrder: outOfOrder.length,
      requestsByWorker: split,
    };
    expect(lost).toEqual([]);
    expect(outOfOrder).toEqual([]);
  }
  return result;
}

/** Deliveries with more than one 2xx attempt recorded (sent twice, though the first was answered), and failed attempts. */
async function deliveryRepeats(): Promise<{ deliveredTwice: unknown[]; failedAttempts: number }> {
  const rows = await sql<{ event_id: number; endpoint_id: number; attempts: { statusCode: number | null }[] }>(
    "select event_id::int, endpoint_id::int, attempts from webhook_delivery where attempt_count > 1",
  );
  const ok = (a: { statusCode: number | null }) => a.statusCode !== null && a.statusCode >= 200 && a.statusCode < 300;
  return {
    deliveredTwice: rows.filter((r) => r.attempts.filter(ok).length > 1),
    failedAttempts: rows.reduce((n, r) => n + r.attempts.filter((a) => !ok(a)).length, 0),
  };
}

const allDelivered = async () =>
  (await sql<{ n: number }>("select count(*)::int as n from webhook_delivery where status <> 'DELIVERED'"))[0]!.n === 0;

/** Events the subscribers saw, over every subscription in turn (each resumed after the last one's last cursor). */
const seenEvents: CaseEventsSubscription["caseEvents"][] = [];
let paymentsMade = 0;

interface KillRound {
  victimApi: Api;
  survivor: Api;
  victimWorker: string;
  survivingWorker: string;
  /** The worker dies with its first request at a receiver after this many mutations of the stream. */
  killWorkerAfter: number;
  /** This mutation of the stream is sent to the victim API, which is killed while it runs. */
  killApiAt: number;
}

/**
 * A stream of STREAM payments alternating between two API processes; one worker is killed mid-delivery and the
 * victim API mid-push (that push goes again to the survivor with its idempotency key), the subscriber on the victim
 * resumes on the survivor from its last cursor. Then: every payment is in the event log once, every event reached
 * the subscribers in order, every delivery reached both endpoints in case order.
 */
async function killRound(round: KillRound): Promise<Json> {
  const { victimApi, survivor } = round;
  const before = receivers.map((r) => r.requests.length);
  const sub = subscriptions.at(-1)!;
  const victimWorker = workers.get(round.victimWorker)!;
  let workerKilledMidDelivery = false;
  let apiKilled = false;
  let apiKilledMidPush = false;
  const outcomes: { via: string; retried: boolean }[] = [];
  const releasesBefore = workers
    .get(round.survivingWorker)!
    .logs()
    .filter((l) => l.msg === "released webhook deliveries held by a vanished worker").length;

  for (let k = 0; k < STREAM; k++) {
    const n = paymentsMade;
    paymentsMade += k === round.killApiAt ? KILLED_PUSH : 1;
    if (k === round.killWorkerAfter) {
      // killed while one of its requests is at a receiver, its answer not yet sent: a delivery in flight
      onRequestFromWorker = (worker) => {
        if (worker !== round.victimWorker || workerKilledMidDelivery) return;
        workerKilledMidDelivery = true;
        killNow(victimWorker, "src/app/worker.ts");
      };
    }
    if (k === round.killApiAt) {
      // a push in flight to the victim when it dies: it fails and goes again to the survivor with the same key
      const inFlight = pay(n, k % CASES, victimApi, survivor, KILLED_PUSH);
      for (const deadline = Date.now() + 60_000; ;) {
        if (Date.now() > deadline) throw new Error(`the push to ${victimApi.name} never claimed its idempotency key`);
        const [row] = await sql<{ running: boolean }>(
          "select response is null as running from idempotency_key where key = $1",
          [`multi-process-payment-${n}`],
        );
        if (row) {
          apiKilledMidPush = row.running;
          break;
        }
        await new Promise((r) => setTimeout(r, 2));
      }
      killNow(victimApi.proc, "src/app/main.ts");
      apiKilled = true;
      outcomes.push(await inFlight);
      continue;
    }
    outcomes.push(await pay(n, k % CASES, apiKilled || k % 2 === 1 ? survivor : victimApi, survivor));
  }
  // should the victim worker have had no delivery since the kill point, more payments give it one
  for (let extra = 0; !workerKilledMidDelivery; extra++) {
    if (extra === 100) throw new Error(`${round.victimWorker} took no delivery after the kill point`);
    outcomes.push(await pay(paymentsMade++, extra % CASES, survivor));
    await new Promise((r) => setTimeout(r, 100));
  }
  onRequestFromWorker = undefined;
  await victimWorker.exited;
  await victimApi.proc.exited;

  // the subscriber moves to the survivor and resumes after the last event it saw
  await until(() => sub.errors.length > 0 || sub.completed, 30_000, `the subscription on ${victimApi.name} to end`);
  const onVictim = sub.items.length;
  seenEvents.push(...sub.items.map((i) => i.caseEvents));
  const resumed = subscribe(
    `ws://127.0.0.1:${survivor.port}/graphql`,
    CaseEventsDocument,
    { after: seenEvents.at(-1)?.cursor ?? eventCursor(0) },
    adminKey,
  );
  subscriptions.push(resumed);

  const log = await caseEventRows();
  const payments = log.filter((e) => e.type === "payment.registered");
  expect(payments).toHaveLength(paymentsMade);
  const transactions = await sql<{ n: number }>("select count(*)::int as n from case_transaction");
  expect(transactions[0]!.n).toBe(paymentsMade);
  const items = await resumed.waitFor(log.length - seenEvents.length, 60_000);
  const all = [...seenEvents, ...items.map((i) => i.caseEvents)];
  const seenIds = new Set(all.map((e) => e.id));
  const lostEvents = log.filter((e) => !seenIds.has(toGlobalId("CaseEvent", e.id))).length;
  expect(all.map((e) => e.id)).toEqual(log.map((e) => toGlobalId("CaseEvent", e.id)));

  await until(allDelivered, 120_000, "every delivery to be DELIVERED after the sweep released the dead worker's jobs");
  const deliveries = await checkDeliveries();
  const repeats = await deliveryRepeats();
  expect(repeats.deliveredTwice).toEqual([]);
  const byWorker: Record<string, number> = {};
  for (const [i, receiver] of receivers.entries())
    for (const w of (senders.get(receiver) ?? []).slice(before[i])) byWorker[w] = (byWorker[w] ?? 0) + 1;
  const released =
    workers
      .get(round.survivingWorker)!
      .logs()
      .filter((l) => l.msg === "released webhook deliveries held by a vanished worker").length - releasesBefore;
  expect(workerKilledMidDelivery).toBe(true);
  return {
    killed: {
      api: victimApi.name,
      atMutation: round.killApiAt,
      worker: round.victimWorker,
      afterMutation: round.killWorkerAfter,
    },
    mutations: outcomes.length,
    paymentsInTheKilledPush: KILLED_PUSH,
    apiKilledMidPush,
    mutationsRetriedOnSurvivor: outcomes.filter((o) => o.retried).length,
    mutationsViaVictimApi: outcomes.filter((o) => o.via === victimApi.name).length,
    eventsInLog: log.length,
    paymentEvents: payments.length,
    subscriber: { seenOnVictimApi: onVictim, onSurvivorAfterResume: items.length, lost: lostEvents },
    staleLockSweepsThatReleased: released,
    failedAttempts: repeats.failedAttempts,
    deliveries,
    streamRequestsByWorker: byWorker,
  };
}

describe("two API processes and two webhook workers on one PostgreSQL", () => {
  it(
    "both API processes, started at the same moment on an empty database, come up; one migrates, the other waits for it and finds the schema current",
    async () => {
      const [p1, p2] = [await freePort(), await freePort()];
      const proc1 = launch({ PORT: String(p1), WEBHOOK_WORKER: "false" }, "npm", "start");
      const proc2 = launch({ PORT: String(p2), WEBHOOK_WORKER: "false" }, "node", "start");
      api1 = { name: "api1", port: p1, proc: proc1 };
      api2 = { name: "api2", port: p2, proc: proc2 };
      await Promise.all([
        proc1.waitForLog("tvist is listening", BOOT_MS),
        proc2.waitForLog("tvist is listening", BOOT_MS),
      ]);
      const outcome = (p: TvistProcess) =>
        p.logs().find((l) => l.msg === "migrations applied" || l.msg === "database schema is current")!;
      const outcomes = [outcome(proc1), outcome(proc2)].sort((a, b) => String(a.msg).localeCompare(String(b.msg)));
      expect(outcomes.map((o) => [o.msg, o.applied])).toEqual([
        ["database schema is current", []],
        ["migrations applied", migrationsList.map((m) => m.name)],
      ]);
      expect((await sql<{ n: number }>("select count(*)::int as n from mikro_orm_migrations"))[0]!.n).toBe(
        migrationsList.length,
      );
      for (const api of [api1, api2]) expect((await fetch(`http://127.0.0.1:${api.port}/readyz`)).status).toBe(200);
      figures.migrations = {
        applied: migrationsList.length,
        appliedBy: outcome(proc1).msg === "migrations applied" ? "api1 (npm start)" : "api2",
      };

      // npm run worker for one, node for the other; METRICS_PORT=0: a worker's own metrics port, when it serves one
      workers.set("worker1", launch({ METRICS_PORT: "0" }, "npm", "worker"));
      workers.set("worker2", launch({ METRICS_PORT: "0" }, "node", "worker"));
      for (const [name, proc] of workers) {
        await proc.waitForLog("tvist webhook worker running", BOOT_MS);
        const pid = nodePidOf(proc, "src/app/worker.ts");
        expect(pid).toBeDefined();
        workerPids.set(name, pid!);
      }
    },
    2 * BOOT_MS,
  );

  it("a subscriber on API 1 sees, in order, the changes made through API 2", async () => {
    const created = await gql(api2.port, CreditorCreateDocument, {
      input: {
        name: "Flerprosess Regnskap AS",
        orgNumber: randomOrgNumber(),
        address: { street: "Kaigaten 1", postalCode: "5015", city: "Bergen" },
      },
    });
    expect(created.creditorCreate.userErrors).toEqual([]);
    creditorId = created.creditorCreate.creditor!.id;
    for (const receiver of receivers) {
      const endpoint = await gql(api2.port, WebhookEndpointCreateDocument, {
        input: { creditorId, url: receiver.url, eventTypes: [] },
      });
      expect(endpoint.webhookEndpointCreate.userErrors).toEqual([]);
    }
    endpointIds = (await sql<{ id: number }>("select id::int from webhook_endpoint order by id")).map((r) => r.id);

    // from the start of the log: replayed first, then live, so nothing depends on when the listener is registered
    const sub = subscribe(
      `ws://127.0.0.1:${api1.port}/graphql`,
      CaseEventsDocument,
      { after: eventCursor(0) },
      adminKey,
    );
    subscriptions.push(sub);

    const pushed = await gql(api2.port, InvoicesPushDocument, {
      input: {
        pluginId: "conta",
        creditorId,
        idempotencyKey: "multi-process-invoices",
        items: Array.from({ length: CASES }, (_, i) => contaInvoice(i)),
      },
    });
    expect(pushed.invoicesPush.results.flatMap((r) => r.userErrors)).toEqual([]);
    for (let round = 0; round < ROUNDS; round++) for (let c = 0; c < CASES; c++) await pay(paymentsMade++, c, api2);

    const log = await caseEventRows();
    // one invoice.received per case, then its payments
    expect(log).toHaveLength(CASES * (1 + ROUNDS));
    const items = await sub.waitFor(log.length, 60_000);
    const got = items.map((i) => i.caseEvents);
    expect(got.map((e) => e.id)).toEqual(log.map((e) => toGlobalId("CaseEvent", e.id)));
    expect(got.map((e) => e.cursor)).toEqual(log.map((e) => eventCursor(e.id)));
    const byCase = new Map<string, number[]>();
    for (const e of got) byCase.set(e.caseId, [...(byCase.get(e.caseId) ?? []), e.sequence]);
    expect(byCase.size).toBe(CASES);
    for (const seqs of byCase.values()) expect(seqs).toEqual(seqs.map((_, i) => i + 1));
    figures.subscriber = { events: got.length, cases: byCase.size, madeThrough: "api2", seenOn: "api1" };
  }, 120_000);

  it("each webhook is delivered once per endpoint across both workers (webhook-id checked), in case order", async () => {
    await until(allDelivered, 90_000, "every webhook delivery to be DELIVERED");
    const deliveries = await checkDeliveries();
    // a repeated request is at-least-once only after a failed attempt; nothing was killed yet
    const repeats = await deliveryRepeats();
    let duplicates = 0;
    for (const d of Object.values(deliveries)) duplicates += (d as { duplicates: number }).duplicates;
    expect(repeats.deliveredTwice).toEqual([]);
    expect(duplicates).toBeLessThanOrEqual(repeats.failedAttempts);
    const byWorker: Record<string, number> = {};
    for (const list of senders.values()) for (const w of list) byWorker[w] = (byWorker[w] ?? 0) + 1;
    expect(byWorker.worker1).toBeGreaterThan(0);
    expect(byWorker.worker2).toBeGreaterThan(0);
    expect(Object.keys(byWorker).sort()).toEqual(["worker1", "worker2"]);
    figures.webhooks = { ...deliveries, failedAttempts: repeats.failedAttempts, requestsByWorker: byWorker };
  }, 120_000);

  it("killing API 1 and worker 2 (SIGKILL) mid-run loses no event and no delivery", async () => {
    figures.kill1 = await killRound({
      victimApi: api1,
      survivor: api2,
      victimWorker: "worker2",
      survivingWorker: "worker1",
      killWorkerAfter: 8,
      killApiAt: 20,
    });
  }, 240_000);

  it("with an API process and a worker started in their place, killing API 2 and worker 1 (npm run worker) at other points loses nothing either", async () => {
    const port = await freePort();
    const api3: Api = {
      name: "api3",
      port,
      proc: launch({ PORT: String(port), WEBHOOK_WORKER: "false" }, "node", "start"),
    };
    workers.set("worker3", launch({ METRICS_PORT: "0" }, "node", "worker"));
    await api3.proc.waitForLog("tvist is listening", BOOT_MS);
    await workers.get("worker3")!.waitForLog("tvist webhook worker running", BOOT_MS);
    workerPids.set("worker3", nodePidOf(workers.get("worker3")!, "src/app/worker.ts")!);
    figures.kill2 = await killRound({
      victimApi: api2,
      survivor: api3,
      victimWorker: "worker1",
      survivingWorker: "worker3",
      killWorkerAfter: 3,
      killApiAt: 12,
    });
  }, 240_000);
});
