import { WebhookEndpointCreateDocument } from "../generated/graphql";
import { startTestApp, type TestApp } from "../support/app";
import { createCase, createCreditor, emit } from "../support/event-factories";
import { startReceiver, type Receiver } from "../support/receiver";
import { startTvist } from "../support/tvist-process";
import { CaseStatus } from "../../src/modules/cases/case.rules";
import { toGlobalId } from "../../src/shared/global-id";

/** `npm run worker`: webhooks delivered by a process of their own while the API process delivers none. */
let app: TestApp;
let receiver: Receiver;

beforeAll(async () => {
  app = await startTestApp({ worker: false, env: { WEBHOOK_ALLOW_PRIVATE_URLS: "true" } });
  receiver = await startReceiver();
});
afterAll(async () => {
  await receiver?.close();
  await app?.close();
});

it("delivers, in case order, what the API process only enqueued, and stops cleanly on SIGTERM", async () => {
  const creditor = await createCreditor(app.orm);
  const c = await createCase(app.orm, creditor.id);
  const created = await app.ok(WebhookEndpointCreateDocument, {
    input: { creditorId: toGlobalId("Creditor", creditor.id), url: receiver.url, eventTypes: [] },
  });
  expect(created.webhookEndpointCreate.userErrors).toEqual([]);
  const emitted = await emit(app, c.id, ["case.frozen", "case.unfrozen"], { to: CaseStatus.FROZEN });
  if (!emitted.ok) throw new Error("emit failed");
  // Nothing delivers yet: the API process runs no worker.
  await new Promise((r) => setTimeout(r, 800));
  expect(receiver.requests).toHaveLength(0);
  expect(
    await app.sql(
      "select status from webhook_delivery d join case_event e on e.id = d.event_id where e.case_id = ? order by e.id",
      [c.id],
    ),
  ).toEqual([{ status: "PENDING" }, { status: "PENDING" }]);

  const worker = startTvist(
    { DATABASE_URL: app.databaseUrl, WEBHOOK_ALLOW_PRIVATE_URLS: "true", METRICS_PORT: "0" },
    "npm",
    "worker",
  );
  try {
    await worker.waitForLog("tvist webhook worker running", 60_000);
    const got = await receiver.waitFor(2, 30_000);
    expect(got.map((r) => r.json.type)).toEqual(["case.frozen", "case.unfrozen"]);
    expect(got.map((r) => r.headers["webhook-id"])).toEqual(emitted.value.map((id) => toGlobalId("CaseEvent", id)));
    // its own /metrics (METRICS_PORT=0: the port it took is logged) counts the two deliveries of this process
    const { url } = (await worker.waitForLog("metrics served on their own port")) as { url: string };
    let delivered: string | undefined;
    for (let i = 0; i < 100 && delivered !== "2"; i++, await new Promise((r) => setTimeout(r, 100)))
      delivered = /^tvist_webhook_deliveries_total\{outcome="delivered"\} (\S+)$/m.exec(
        await (await fetch(url)).text(),
      )?.[1];
    expect(delivered).toBe("2");
  } finally {
    worker.child.kill("SIGTERM");
  }
  expect(await worker.exited).toEqual({ code: 0, signal: null });
  expect(
    await app.sql(
      "select status from webhook_delivery d join case_event e on e.id = d.event_id where e.case_id = ? order by e.id",
      [c.id],
    ),
  ).toEqual([{ status: "DELIVERED" }, { status: "DELIVERED" }]);
}, 120_000);

it("refuses to start without DATABASE_URL: exit 78 and what to set", async () => {
  const worker = startTvist({}, "node", "worker");
  expect(await worker.exited).toEqual({ code: 78, signal: null });
  expect(worker.stderr()).toContain("set DATABASE_URL to the database of the tvist server this worker delivers for");
}, 60_000);
