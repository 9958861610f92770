import { WebhookEndpointCreateDocument } from "../generated/graphql";
import { startTestApp, type TestApp } from "../support/app";
import { createCase, createCreditor, emit } from "../support/event-factories";
import { startReceiver, type Receiver } from "../support/receiver";
import { startTvist, type TvistProcess } from "../support/tvist-process";
import { until } from "../support/ws";
import { startWebhookWorker, type WebhookWorker } from "../../src/modules/webhooks/webhook-worker";
import type { EventType } from "../../src/events/catalogue";
import { toGlobalId } from "../../src/shared/global-id";

/** Every open webhook delivery always has a job that will run it, whatever a crash or a queue race left behind. */

let app: TestApp;
let receiver: Receiver | undefined;
let worker: WebhookWorker | undefined;
let proc: TvistProcess | undefined;
const BACKLOG: EventType[] = [
  "invoice.received",
  "collection.step_recorded",
  "payment.registered",
  "collection.step_recorded",
  "payment.registered",
];

beforeAll(async () => {
  app = await startTestApp({ worker: false, env: { WEBHOOK_ALLOW_PRIVATE_URLS: "true" } });
});
afterEach(async () => {
  if (proc && proc.child.exitCode === null && proc.child.signalCode === null) {
    proc.child.kill("SIGKILL");
    await proc.exited;
  }
  proc = undefined;
  await worker?.stop();
  worker = undefined;
  await receiver?.close();
  receiver = undefined;
});
afterAll(async () => app?.close());

/** A creditor with an endpoint at a fresh receiver. */
async function endpointAt(r: Receiver): Promise<number> {
  const creditor = await createCreditor(app.orm);
  const created = await app.ok(WebhookEndpointCreateDocument, {
    input: { creditorId: toGlobalId("Creditor", creditor.id), url: r.url },
  });
  expect(created.webhookEndpointCreate.userErrors).toEqual([]);
  return creditor.id;
}

/** A case with the backlog's events, oldest first. */
async function caseWithBacklog(creditorId: number): Promise<{ caseId: number; events: number[] }> {
  const c = await createCase(app.orm, creditorId);
  const events: number[] = [];
  for (const type of BACKLOG) {
    const r = await emit(app, c.id, type);
    if (!r.ok) throw new Error("emit failed");
    events.push(...r.value);
  }
  return { caseId: c.id, events };
}

const openDeliveries = async () =>
  Number(
    (
      await app.sql<{ n: string }>(
        "select count(*)::text as n from webhook_delivery where status in ('PENDING', 'RETRYING')",
      )
    )[0]!.n,
  );
const jobless = async () =>
  Number(
    (
      await app.sql<{ n: string }>(
        "select count(*)::text as n from webhook_delivery d where d.status in ('PENDING', 'RETRYING') and not exists (select 1 from graphile_worker.jobs j where j.key = 'webhook-delivery-' || d.id)",
      )
    )[0]!.n,
  );

/** The webhook-ids the receiver got, each at its first arrival. */
const firstArrivals = (r: Receiver) => [...new Set(r.requests.map((q) => q.headers["webhook-id"]!))];

describe("stranded webhook deliveries", () => {
  it("gives a PENDING delivery whose job is gone (a reschedule lost to a job being locked) a job again, and delivers the case in order", async () => {
    receiver = await startReceiver();
    const creditorId = await endpointAt(receiver);
    const { events } = await caseWithBacklog(creditorId);
    // What the lost reschedule leaves: the first delivery settled (its wake-up already spent), the second moved to a
    // later time by its own job's reschedule, whose add_job did nothing, and no job behind it.
    const [first, second] = await app.sql<{ id: string }>(
      "select id::text from webhook_delivery where event_id in (?, ?) order by event_id",
      [events[0]!, events[1]!],
    );
    await app.sql(
      "update webhook_delivery set status = 'DELIVERED', next_attempt_at = null, delivered_at = now() where id = ?",
      [Number(first!.id)],
    );
    await app.sql("update webhook_delivery set next_attempt_at = now() + interval '2 seconds' where id = ?", [
      Number(second!.id),
    ]);
    await app.sql(
      "select graphile_worker.remove_job('webhook-delivery-' || id) from webhook_delivery where id in (?, ?)",
      [Number(first!.id), Number(second!.id)],
    );
    expect(await jobless()).toBe(1);

    worker = await startWebhookWorker({
      orm: app.orm,
      databaseUrl: app.databaseUrl,
      config: { ...app.config.webhooks, timeoutMs: 1000, lockTimeoutMs: 2000 },
      logger: app.services.logger,
    });
    await until(async () => (await openDeliveries()) === 0, 30_000, "every delivery settled");
    expect(firstArrivals(receiver)).toEqual(events.slice(1).map((id) => toGlobalId("CaseEvent", id)));
    expect(await jobless()).toBe(0);
  }, 60_000);

  it("kills the worker process (SIGKILL) at many points of one case's backlog with a slow receiver; after restarts every event is delivered, in case order, none left open", async () => {
    receiver = await startReceiver(() => 200, "/hooks/tvist", { delayMs: 150 });
    const creditorId = await endpointAt(receiver);
    const cases: { caseId: number; events: number[] }[] = [];
    const env = {
      DATABASE_URL: app.databaseUrl,
      LOG_LEVEL: "warn",
      WEBHOOK_ALLOW_PRIVATE_URLS: "true",
      WEBHOOK_TIMEOUT_MS: "1000",
      WEBHOOK_LOCK_TIMEOUT_MS: "2500",
      WEBHOOK_RETRY_BASE_MS: "300",
    };
    const KILLS = 8;
    const killedAfter: string[] = [];
    for (let k = 0; k < KILLS; k++) {
      cases.push(await caseWithBacklog(creditorId));
      const seen = receiver.requests.length;
      // Kill points after this round's first request: mid-answer (150 ms), mid-record, mid-wake, mid-reschedule, later.
      const requests = 1;
      const extraMs = [0, 90, 170, 260, 420, 650, 950, 1400][k % 8]!;
      proc = startTvist(env, "node", "worker");
      await receiver.waitFor(seen + requests, 60_000);
      await new Promise((r) => setTimeout(r, extraMs));
      proc.child.kill("SIGKILL");
      await proc.exited;
      killedAfter.push(`${receiver.requests.length - seen} req +${extraMs} ms`);
    }
    const openAfterKills = await openDeliveries();
    const joblessAfterKills = await jobless();

    proc = startTvist(env, "node", "worker");
    await until(async () => (await openDeliveries()) === 0, 90_000, "every delivery settled after the restart").catch(
      async (err: Error) => {
        throw new Error(
          `${err.message}: ${await openDeliveries()} open, ${await jobless()} without a job\n${proc!.stdout().slice(-4000)}`,
        );
      },
    );

    const delivered = await app.sql<{ event_id: string; status: string }>(
      "select d.event_id::text, d.status from webhook_delivery d join collection_case c on c.id = d.case_id where c.creditor_id = ?",
      [creditorId],
    );
    const allEvents = cases.flatMap((c) => c.events);
    expect(delivered.filter((d) => d.status === "DELIVERED")).toHaveLength(allEvents.length);
    const arrivals = firstArrivals(receiver);
    for (const c of cases) {
      const ids = c.events.map((id) => toGlobalId("CaseEvent", id));
      expect(arrivals.filter((id) => ids.includes(id))).toEqual(ids);
    }
    const duplicates = receiver.requests.length - arrivals.length;
    console.log(
      `stranded deliveries: ${KILLS} SIGKILLs (${killedAfter.join(", ")}) over ${cases.length} cases × ${BACKLOG.length} events; after the kills ${openAfterKills} open, ` +
        `${joblessAfterKills} of them without a keyed job; after the restart ${allEvents.length} of ${allEvents.length} delivered in case order, 0 open, ` +
        `${receiver.requests.length} requests (${duplicates} repeats with the same webhook-id)`,
    );
  }, 240_000);
});
