import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { WebhookDeliveriesDocument, WebhookEndpointCreateDocument } from "../generated/graphql";
import { startTestApp, type TestApp } from "../support/app";
import { createCase, createCreditor, emit } from "../support/event-factories";
import { startReceiver, type Receiver } from "../support/receiver";
import { until } from "../support/ws";
import { freePort } from "../../src/db/ephemeral";
import { startWebhookWorker, type WebhookWorker } from "../../src/modules/webhooks/webhook-worker";
import { toGlobalId } from "../../src/shared/global-id";

let app: TestApp;
let receiver: Receiver;
let child: ChildProcess | undefined;
let worker: WebhookWorker | undefined;

beforeAll(async () => {
  app = await startTestApp({ worker: false, env: { WEBHOOK_ALLOW_PRIVATE_URLS: "true" } });
});
afterAll(async () => {
  child?.kill("SIGKILL");
  await worker?.stop();
  await receiver?.close();
  await app?.close();
});

/** A real tvist process (src/app/main.ts) over the test database; its worker delivers the queued webhooks. */
function startTvist(port: number): ChildProcess {
  const root = path.resolve(__dirname, "..", "..");
  return spawn(process.execPath, [require.resolve("ts-node/dist/bin.js"), "--transpile-only", "src/app/main.ts"], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: app.databaseUrl,
      PORT: String(port),
      HOST: "127.0.0.1",
      LOG_LEVEL: "silent",
      GRAPHQL_PLAYGROUND: "false",
      WEBHOOK_ALLOW_PRIVATE_URLS: "true",
      WEBHOOK_TIMEOUT_MS: "60000",
      WEBHOOK_LOCK_TIMEOUT_MS: "120000",
    },
    stdio: "ignore",
  });
}

describe("crash safety", () => {
  it("delivers every event at least once, with the same webhook-id, after the process dies mid-delivery", async () => {
    let stalling = true;
    receiver = await startReceiver(() => (stalling ? "stall" : 200));
    const creditor = await createCreditor(app.orm);
    const created = await app.ok(WebhookEndpointCreateDocument, {
      input: { creditorId: toGlobalId("Creditor", creditor.id), url: receiver.url },
    });
    const endpointId = created.webhookEndpointCreate.webhookEndpoint!.id;
    const c = await createCase(app.orm, creditor.id);
    const events: number[] = [];
    for (const type of ["invoice.received", "collection.step_recorded", "payment.registered"] as const) {
      const r = await emit(app, c.id, type);
      if (!r.ok) throw new Error("emit failed");
      events.push(...r.value);
    }

    child = startTvist(await freePort());
    const [stalled] = await receiver.waitFor(1, 45000);
    expect(stalled!.headers["webhook-id"]).toBe(toGlobalId("CaseEvent", events[0]!));
    child.kill("SIGKILL");
    await new Promise((resolve) => child!.once("exit", resolve));
    child = undefined;
    // The stalled delivery's job stays locked by the dead process (the later events of the case wait behind it).
    const locked = await app.sql<{ n: string }>(
      "select count(*)::text as n from graphile_worker.jobs where locked_by is not null and key = (select 'webhook-delivery-' || id from webhook_delivery where event_id = ?)",
      [events[0]!],
    );
    expect(locked[0]!.n).toBe("1");

    stalling = false;
    worker = await startWebhookWorker({
      orm: app.orm,
      databaseUrl: app.databaseUrl,
      config: { ...app.config.webhooks, timeoutMs: 1000, lockTimeoutMs: 3000 },
      logger: app.services.logger,
    });
    await until(
      async () => {
        const d = await app.ok(WebhookDeliveriesDocument, { endpointId, status: "DELIVERED", first: 10 });
        return d.webhookDeliveries.nodes.length === 3;
      },
      20000,
      "three delivered webhooks",
    );

    const answered = receiver.requests.filter((q) => q.answered === 200).map((q) => q.headers["webhook-id"]);
    expect(answered).toEqual(events.map((id) => toGlobalId("CaseEvent", id)));
    expect(receiver.requests.map((q) => q.headers["webhook-id"])).toEqual([
      toGlobalId("CaseEvent", events[0]!),
      ...answered,
    ]);
    expect(receiver.requests[1]!.body).toBe(stalled!.body);
    await until(
      async () => (await app.sql<{ n: string }>("select count(*)::text as n from graphile_worker.jobs"))[0]!.n === "0",
      5000,
      "the queue to empty",
    );
  }, 90000);
});
