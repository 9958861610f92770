import http from "node:http";
import type { AddressInfo } from "node:net";
import { WebhookEndpointCreateDocument } from "../generated/graphql";
import { startTestApp, type TestApp } from "../support/app";
import { createCase, createCreditor, emit } from "../support/event-factories";
import { startReceiver, type Receiver } from "../support/receiver";
import { runDelivery, type DeliveryDeps } from "../../src/modules/webhooks/webhook-worker";
import { toGlobalId } from "../../src/shared/global-id";
import type { DeliveryAttempt } from "../../src/modules/webhooks/webhook-delivery.entity";

/** runDelivery called directly (no worker in this app), so each step of a case's deliveries can be looked at. */
let app: TestApp;
let deps: DeliveryDeps;
const closers: (() => Promise<void>)[] = [];

beforeAll(async () => {
  app = await startTestApp({
    worker: false,
    env: { WEBHOOK_ALLOW_PRIVATE_URLS: "true", WEBHOOK_TIMEOUT_MS: "5000", WEBHOOK_RETRY_BASE_MS: "60000" },
  });
  // A wide record window, so that answers given together are recorded together however slow this machine is.
  deps = {
    orm: app.orm,
    config: app.config.webhooks,
    logger: app.services.logger,
    random: () => 0.5,
    recordBatchMs: 100,
  };
});
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});
afterAll(async () => app?.close());

async function receiver(answer: (n: number) => number): Promise<Receiver> {
  const r = await startReceiver((_req, n) => answer(n));
  closers.push(() => r.close());
  return r;
}

/** A receiver that runs `before` (e.g. SQL that changes the delivery meanwhile) before it answers 200. */
async function slowReceiver(before: () => Promise<void>): Promise<{ url: string; count: () => number }> {
  let count = 0;
  const server = http.createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      count += 1;
      void before().then(() => res.writeHead(200).end("ok"));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  closers.push(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`, count: () => count };
}

/** An endpoint and a case with two events in one command: their deliveries, oldest first. */
async function twoDeliveries(url: string): Promise<{ endpointId: number; first: number; second: number }> {
  const creditor = await createCreditor(app.orm);
  const c = await createCase(app.orm, creditor.id);
  const created = await app.ok(WebhookEndpointCreateDocument, {
    input: { creditorId: toGlobalId("Creditor", creditor.id), url },
  });
  expect(created.webhookEndpointCreate.userErrors).toEqual([]);
  const result = await emit(app, c.id, ["invoice.received", "collection.step_recorded"]);
  if (!result.ok) throw new Error("emit failed");
  const rows = await app.sql<{ id: string; endpoint_id: string }>(
    "select id, endpoint_id from webhook_delivery where case_id = ? order by event_id",
    [c.id],
  );
  expect(rows).toHaveLength(2);
  return { endpointId: Number(rows[0]!.endpoint_id), first: Number(rows[0]!.id), second: Number(rows[1]!.id) };
}

interface DeliveryRow {
  status: string;
  attempt_count: number;
  attempts: DeliveryAttempt[];
  last_status_code: number | null;
  last_latency_ms: number | null;
  last_error: string | null;
  next_attempt_at: string | null;
  delivered_at: string | null;
}

async function delivery(id: number): Promise<DeliveryRow> {
  const rows = await app.sql<DeliveryRow>(
    "select status, attempt_count, attempts, last_status_code, last_latency_ms, last_error, next_attempt_at, delivered_at from webhook_delivery where id = ?",
    [id],
  );
  return rows[0]!;
}

async function job(deliveryId: number) {
  const rows = await app.sql<{ task_identifier: string; payload: unknown; run_at: string; max_attempts: number }>(
    "select t.identifier as task_identifier, j.payload, j.run_at, j.max_attempts from graphile_worker._private_jobs j join graphile_worker._private_tasks t on t.id = j.task_id where j.key = ?",
    [`webhook-delivery-${deliveryId}`],
  );
  return rows[0]!;
}

const ms = (at: string | null) => (at === null ? null : new Date(at).getTime());

describe("runDelivery", () => {
  it("sends a delivery once when its job was superseded while locked (fetched into another worker's local queue): the new job sends it, the old one does nothing", async () => {
    const r = await receiver(() => 200);
    const { first, second } = await twoDeliveries(r.url);
    const key = `webhook-delivery-${second}`;
    const [locked] = await app.sql<{ id: string }>(
      "update graphile_worker._private_jobs set locked_at = now(), locked_by = 'another-worker' where key = ? returning id::text as id",
      [key],
    );
    // delivered: wakes the second, and add_job gives it a new job since its job is locked (the old one loses the key)
    await runDelivery(deps, first, false);
    const [fresh] = await app.sql<{ id: string }>(
      "select id::text as id from graphile_worker._private_jobs where key = ?",
      [key],
    );
    expect(fresh!.id).not.toBe(locked!.id);

    await Promise.all([runDelivery(deps, second, false, locked!.id), runDelivery(deps, second, false, fresh!.id)]);
    expect(r.requests.map((q) => q.json.sequence)).toEqual([1, 2]);
    expect(await delivery(second)).toMatchObject({ status: "DELIVERED", attempt_count: 1 });
  });

  it("records a 2xx in one statement after one load, and wakes the next delivery of the case waiting behind it", async () => {
    const r = await receiver(() => 200);
    const { first, second } = await twoDeliveries(r.url);

    const before = Date.now();
    await runDelivery(deps, second, false);
    expect(r.requests).toHaveLength(0);
    const waiting = await delivery(second);
    expect(ms(waiting.next_attempt_at)).toBeGreaterThanOrEqual(before + 5000);
    expect(ms((await job(second)).run_at)).toBe(ms(waiting.next_attempt_at));

    app.queries.length = 0;
    await runDelivery(deps, first, false);
    expect(app.queries).toHaveLength(2);
    expect(r.requests.map((q) => q.json.sequence)).toEqual([1]);
    const done = await delivery(first);
    expect(done).toEqual({
      status: "DELIVERED",
      attempt_count: 1,
      attempts: [
        {
          attempt: 1,
          at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
          statusCode: 200,
          latencyMs: done.last_latency_ms,
          error: null,
          trigger: "AUTO",
        },
      ],
      last_status_code: 200,
      last_latency_ms: expect.any(Number),
      last_error: null,
      next_attempt_at: null,
      delivered_at: expect.any(String),
    });
    expect(ms(done.delivered_at)).toBe(ms(done.attempts[0]!.at));

    const woken = await delivery(second);
    expect(woken).toMatchObject({ status: "PENDING", attempt_count: 0 });
    expect(ms(woken.next_attempt_at)).toBe(ms(done.delivered_at));
    expect(await job(second)).toEqual({
      task_identifier: "deliver_webhook",
      payload: { deliveryId: second, manual: false },
      run_at: expect.any(String),
      max_attempts: 25,
    });
    expect(ms((await job(second)).run_at)).toBe(ms(done.delivered_at));

    await runDelivery(deps, second, false);
    expect(r.requests.map((q) => q.json.sequence)).toEqual([1, 2]);
    expect(await delivery(second)).toMatchObject({ status: "DELIVERED", attempt_count: 1 });
  });

  it("loads deliveries that start together in one statement and records 2xx answers given together in one", async () => {
    // The receiver answers when all three requests have come, so the three answers come together.
    const waiting: (() => void)[] = [];
    const hook = await slowReceiver(async () => {
      await new Promise<void>((resolve) => {
        waiting.push(resolve);
        if (waiting.length === 3) waiting.splice(0).forEach((go) => go());
      });
    });
    const cases = [await twoDeliveries(hook.url), await twoDeliveries(hook.url), await twoDeliveries(hook.url)];

    app.queries.length = 0;
    await Promise.all(cases.map((c) => runDelivery(deps, c.first, false)));
    expect(hook.count()).toBe(3);
    expect(app.queries).toHaveLength(2);
    for (const c of cases) {
      const done = await delivery(c.first);
      expect(done).toMatchObject({
        status: "DELIVERED",
        attempt_count: 1,
        last_status_code: 200,
        last_error: null,
        next_attempt_at: null,
      });
      expect(done.attempts).toEqual([
        {
          attempt: 1,
          at: done.attempts[0]!.at,
          statusCode: 200,
          latencyMs: done.last_latency_ms,
          error: null,
          trigger: "AUTO",
        },
      ]);
      expect(ms(done.delivered_at)).toBe(ms(done.attempts[0]!.at));
      // Each one wakes the next delivery of its own case, due at its own record time.
      expect(ms((await delivery(c.second)).next_attempt_at)).toBe(ms(done.delivered_at));
      expect(ms((await job(c.second)).run_at)).toBe(ms(done.delivered_at));
    }
  });

  it("appends a manual 2xx to an attempt log written by a failed attempt, in the same shape", async () => {
    const r = await receiver((n) => (n === 0 ? 500 : 204));
    const { first } = await twoDeliveries(r.url);
    await runDelivery(deps, first, false);
    const failed = await delivery(first);
    expect(failed).toMatchObject({
      status: "RETRYING",
      attempt_count: 1,
      last_status_code: 500,
      last_error: "the receiver answered 500",
    });
    expect(failed.attempts).toEqual([
      {
        attempt: 1,
        at: expect.any(String),
        statusCode: 500,
        latencyMs: failed.last_latency_ms,
        error: null,
        trigger: "AUTO",
      },
    ]);
    await runDelivery(deps, first, false);
    expect(r.requests).toHaveLength(1);

    await app.sql("update webhook_delivery set next_attempt_at = now() where id = ?", [first]);
    await runDelivery(deps, first, true);
    const done = await delivery(first);
    expect(done).toMatchObject({
      status: "DELIVERED",
      attempt_count: 2,
      last_status_code: 204,
      last_error: null,
      next_attempt_at: null,
    });
    expect(done.attempts).toEqual([
      failed.attempts[0],
      {
        attempt: 2,
        at: expect.any(String),
        statusCode: 204,
        latencyMs: done.last_latency_ms,
        error: null,
        trigger: "MANUAL",
      },
    ]);
    expect(Object.keys(done.attempts[1]!).sort()).toEqual(Object.keys(failed.attempts[0]!).sort());
  });

  it("wakes no one when the endpoint was disabled while the 2xx was in flight", async () => {
    let endpoint = 0;
    const hook = await slowReceiver(async () => {
      await app.sql("update webhook_endpoint set enabled = false where id = ?", [endpoint]);
    });
    const { endpointId, first, second } = await twoDeliveries(hook.url);
    endpoint = endpointId;
    await runDelivery(deps, second, false);
    const waiting = await delivery(second);

    await runDelivery(deps, first, false);
    expect(hook.count()).toBe(1);
    expect(await delivery(first)).toMatchObject({ status: "DELIVERED", attempt_count: 1 });
    expect(await delivery(second)).toMatchObject({ status: "PENDING", next_attempt_at: waiting.next_attempt_at });
    expect(ms((await job(second)).run_at)).toBe(ms(waiting.next_attempt_at));
  });

  it("records a 2xx for a delivery settled while it was in flight as it always did, and wakes the next one", async () => {
    let id = 0;
    const hook = await slowReceiver(async () => {
      await app.sql("update webhook_delivery set status = 'CANCELLED', next_attempt_at = null where id = ?", [id]);
    });
    const { first, second } = await twoDeliveries(hook.url);
    id = first;
    await runDelivery(deps, second, false);

    await runDelivery(deps, first, false);
    expect(hook.count()).toBe(1);
    const done = await delivery(first);
    expect(done).toMatchObject({ status: "DELIVERED", attempt_count: 1, last_status_code: 200, last_error: null });
    expect(done.attempts).toEqual([
      {
        attempt: 1,
        at: expect.any(String),
        statusCode: 200,
        latencyMs: done.last_latency_ms,
        error: null,
        trigger: "AUTO",
      },
    ]);
    expect(ms((await delivery(second)).next_attempt_at)).toBeLessThanOrEqual(Date.now());
  });

  it.each([
    [200, "DELIVERED"],
    [500, "RETRYING"],
  ])(
    "records a %i on top of an attempt recorded while it was in flight: as attempt 2, with that attempt's values",
    async (status, expected) => {
      let id = 0;
      const otherAttempt: DeliveryAttempt = {
        attempt: 1,
        at: new Date().toISOString(),
        statusCode: 503,
        latencyMs: 7,
        error: null,
        trigger: "MANUAL",
      };
      const server = http.createServer((req, res) => {
        req.resume();
        req.on("end", () => {
          void app
            .sql(
              "update webhook_delivery set attempt_count = 1, attempts = ?::jsonb, status = 'RETRYING' where id = ?",
              [JSON.stringify([otherAttempt]), id],
            )
            .then(() => res.writeHead(status).end("ok"));
        });
      });
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      closers.push(async () => {
        server.closeAllConnections();
        await new Promise<void>((resolve) => server.close(() => resolve()));
      });
      const { first } = await twoDeliveries(`http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`);
      id = first;
      await runDelivery(deps, first, false);
      const done = await delivery(first);
      expect(done).toMatchObject({ status: expected, attempt_count: 2, last_status_code: status });
      expect(done.attempts).toEqual([
        otherAttempt,
        {
          attempt: 2,
          at: expect.any(String),
          statusCode: status,
          latencyMs: done.last_latency_ms,
          error: null,
          trigger: "AUTO",
        },
      ]);
      if (expected === "RETRYING") {
        // The second attempt's backoff: base × 3 (WEBHOOK_RETRY_BASE_MS 60000, no jitter at random 0.5).
        const due = ms(done.next_attempt_at)! - ms(done.attempts[1]!.at)!;
        expect(due).toBe(180_000);
        expect(ms((await job(first)).run_at)).toBe(ms(done.next_attempt_at));
      } else expect(ms(done.delivered_at)).toBe(ms(done.attempts[1]!.at));
    },
  );
});
