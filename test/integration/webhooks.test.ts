import { Webhook } from "standardwebhooks";
import {
  WebhookDeliveriesDocument,
  WebhookDeliveryRetryDocument,
  WebhookEndpointCreateDocument,
  WebhookEndpointDeleteDocument,
  WebhookEndpointRotateSecretDocument,
  WebhookEndpointsDocument,
  WebhookEndpointTestDocument,
  WebhookEndpointUpdateDocument,
} from "../generated/graphql";
import { startTestApp, type TestApp } from "../support/app";
import { createCase, createCreditor, emit } from "../support/event-factories";
import { startReceiver, type Receiver, type Responder } from "../support/receiver";
import { until } from "../support/ws";
import { CaseStatus } from "../../src/modules/cases/case.rules";
import { Scope } from "../../src/modules/access/api-key.entity";
import { toGlobalId } from "../../src/shared/global-id";
import type { EventType } from "../../src/events/catalogue";

let app: TestApp;
const receivers: Receiver[] = [];

beforeAll(async () => {
  app = await startTestApp({
    env: {
      WEBHOOK_ALLOW_PRIVATE_URLS: "true",
      WEBHOOK_RETRY_BASE_MS: "300",
      WEBHOOK_MAX_ATTEMPTS: "3",
      WEBHOOK_TIMEOUT_MS: "2000",
      WEBHOOK_LOCK_TIMEOUT_MS: "5000",
    },
  });
});
afterEach(async () => {
  await Promise.all(receivers.splice(0).map((r) => r.close()));
});
afterAll(async () => app?.close());

async function receiver(respond?: Responder): Promise<Receiver> {
  const r = await startReceiver(respond);
  receivers.push(r);
  return r;
}

/** A creditor of its own (so no other test's endpoint hears its events), a case, and an endpoint for it. */
async function setup(url: string, eventTypes: EventType[] = []) {
  const creditor = await createCreditor(app.orm);
  const c = await createCase(app.orm, creditor.id);
  const data = await app.ok(WebhookEndpointCreateDocument, {
    input: { creditorId: toGlobalId("Creditor", creditor.id), url, eventTypes },
  });
  const payload = data.webhookEndpointCreate;
  expect(payload.userErrors).toEqual([]);
  return { creditorId: creditor.id, caseId: c.id, endpointId: payload.webhookEndpoint!.id, secret: payload.secret! };
}

async function deliveries(endpointId: string, status?: "PENDING" | "RETRYING" | "DELIVERED" | "FAILED" | "CANCELLED") {
  return (await app.ok(WebhookDeliveriesDocument, { endpointId, status, first: 50 })).webhookDeliveries.nodes;
}

const eventGid = (id: number) => toGlobalId("CaseEvent", id);
const settle = (ms = 1500) => new Promise((r) => setTimeout(r, ms));

describe("webhook endpoints", () => {
  it("registers an endpoint and shows its whsec_ secret once", async () => {
    const creditor = await createCreditor(app.orm);
    const key = await app.createKey([Scope.WRITE], [creditor.id]);
    const data = await app.ok(
      WebhookEndpointCreateDocument,
      {
        input: {
          creditorId: toGlobalId("Creditor", creditor.id),
          url: "https://hooks.example.no/tvist",
          eventTypes: ["case.frozen", "case.unfrozen"],
        },
      },
      key,
    );
    const { webhookEndpoint, secret, userErrors } = data.webhookEndpointCreate;
    expect(userErrors).toEqual([]);
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(webhookEndpoint).toEqual({
      id: expect.any(String),
      url: "https://hooks.example.no/tvist",
      eventTypes: ["case.frozen", "case.unfrozen"],
      format: "TVIST",
      enabled: true,
      disabledAt: null,
      disabledReason: null,
      secretRotatedAt: null,
      creditor: { id: toGlobalId("Creditor", creditor.id) },
    });
    const listed = await app.ok(WebhookEndpointsDocument, { creditorId: toGlobalId("Creditor", creditor.id) }, key);
    expect(listed.webhookEndpoints.nodes).toEqual([webhookEndpoint]);
    expect(JSON.stringify(listed)).not.toContain(secret!.slice(6));
  });

  it("refuses bad input with typed errors and writes nothing", async () => {
    const creditor = await createCreditor(app.orm);
    const stranger = await createCreditor(app.orm);
    const key = await app.createKey([Scope.WRITE], [creditor.id]);
    const before = await app.count("webhook_endpoint");
    const bad = await app.ok(
      WebhookEndpointCreateDocument,
      {
        input: {
          creditorId: toGlobalId("Creditor", creditor.id),
          url: "ftp://files.example.no/x",
          eventTypes: ["case.frozen", "case.exploded"],
          format: "SAP",
        },
      },
      key,
    );
    expect(bad.webhookEndpointCreate).toEqual({
      webhookEndpoint: null,
      secret: null,
      userErrors: [
        { code: "INVALID_URL", field: ["input", "url"], message: "The URL must use http or https, not ftp." },
        {
          code: "UNKNOWN_EVENT_TYPE",
          field: ["input", "eventTypes", "1"],
          message: expect.stringMatching(/^Unknown event type "case.exploded": use types from the catalogue/),
        },
        {
          code: "UNKNOWN_FORMAT",
          field: ["input", "format"],
          message: 'Unknown payload format "SAP": use one of TVIST, conta, kravia.',
        },
      ],
    });
    const notMine = await app.ok(
      WebhookEndpointCreateDocument,
      { input: { creditorId: toGlobalId("Creditor", stranger.id), url: "https://hooks.example.no/x" } },
      key,
    );
    expect(notMine.webhookEndpointCreate.userErrors).toEqual([
      {
        code: "UNKNOWN_CREDITOR",
        field: ["input", "creditorId"],
        message: `No creditor with id ${toGlobalId("Creditor", stranger.id)}: use an id of a creditor your key sees.`,
      },
    ]);
    const notUrl = await app.ok(
      WebhookEndpointCreateDocument,
      { input: { creditorId: toGlobalId("Creditor", creditor.id), url: "hooks" } },
      key,
    );
    expect(notUrl.webhookEndpointCreate.userErrors.map((e) => e.code)).toEqual(["INVALID_URL"]);
    const readOnly = await app.createKey([Scope.READ], [creditor.id]);
    const forbidden = await app.gql(
      WebhookEndpointCreateDocument,
      { input: { creditorId: toGlobalId("Creditor", creditor.id), url: "https://hooks.example.no/x" } },
      readOnly,
    );
    expect(forbidden.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(await app.count("webhook_endpoint")).toBe(before);
  });

  it("updates, disables, re-enables and deletes an endpoint only for its own tenant", async () => {
    const r = await receiver();
    const { creditorId, endpointId } = await setup(r.url);
    const otherTenant = await app.createKey([Scope.WRITE], [(await createCreditor(app.orm)).id]);
    const foreign = await app.ok(
      WebhookEndpointUpdateDocument,
      { input: { id: endpointId, enabled: false } },
      otherTenant,
    );
    expect(foreign.webhookEndpointUpdate.userErrors).toEqual([
      {
        code: "UNKNOWN_ENDPOINT",
        field: ["input", "id"],
        message: `No webhook endpoint with id ${endpointId}: use an id from the webhookEndpoints query.`,
      },
    ]);
    const off = await app.ok(WebhookEndpointUpdateDocument, {
      input: { id: endpointId, enabled: false, eventTypes: ["case.frozen"] },
    });
    expect(off.webhookEndpointUpdate.webhookEndpoint).toMatchObject({
      enabled: false,
      disabledReason: "Disabled with webhookEndpointUpdate.",
      eventTypes: ["case.frozen"],
    });
    const c = await createCase(app.orm, creditorId);
    await emit(app, c.id, "case.frozen", { to: CaseStatus.FROZEN });
    expect(await deliveries(endpointId)).toEqual([]);
    const on = await app.ok(WebhookEndpointUpdateDocument, {
      input: { id: endpointId, enabled: true, eventTypes: ["case.unfrozen"] },
    });
    expect(on.webhookEndpointUpdate.webhookEndpoint).toMatchObject({
      enabled: true,
      disabledAt: null,
      disabledReason: null,
      eventTypes: ["case.unfrozen"],
    });
    await emit(app, c.id, "payment.registered");
    const unfrozen = await emit(app, c.id, "case.unfrozen", { to: CaseStatus.ACTIVE });
    await r.waitFor(1);
    await settle(500);
    expect(r.requests.map((q) => q.json.type)).toEqual(["case.unfrozen"]);
    expect(r.requests[0]!.headers["webhook-id"]).toBe(eventGid(unfrozen.ok ? unfrozen.value[0]! : 0));
    const badUpdate = await app.ok(WebhookEndpointUpdateDocument, {
      input: { id: endpointId, url: "mailto:x@example.no" },
    });
    expect(badUpdate.webhookEndpointUpdate.userErrors.map((e) => e.code)).toEqual(["INVALID_URL"]);
    const del = await app.ok(WebhookEndpointDeleteDocument, { input: { id: endpointId } });
    expect(del.webhookEndpointDelete).toEqual({ deletedWebhookEndpointId: endpointId, userErrors: [] });
    expect(
      await app.count(
        "webhook_endpoint",
        `id = ${Number(Buffer.from(endpointId, "base64url").toString().split(":")[1])}`,
      ),
    ).toBe(0);
    const again = await app.ok(WebhookEndpointDeleteDocument, { input: { id: endpointId } });
    expect(again.webhookEndpointDelete.userErrors.map((e) => e.code)).toEqual(["UNKNOWN_ENDPOINT"]);
  });

  it("refuses private, loopback and link-local URLs unless configured to allow them", async () => {
    const strict = await startTestApp({ worker: false });
    try {
      const creditor = await createCreditor(strict.orm);
      for (const [url, address] of [
        ["http://127.0.0.1:8080/hook", "127.0.0.1"],
        ["http://localhost/hook", "127.0.0.1"],
        ["http://169.254.169.254/latest", "169.254.169.254"],
        ["http://10.20.30.40/hook", "10.20.30.40"],
        ["http://192.168.1.10/hook", "192.168.1.10"],
        ["http://[::1]/hook", "::1"],
        ["http://[fe80::1]/hook", "fe80::1"],
        ["http://[::127.0.0.1]/hook", "::7f00:1"],
        ["http://[2002:7f00:1::1]/hook", "2002:7f00:1::1"],
        ["http://[fec0::1]/hook", "fec0::1"],
        ["http://192.88.99.1/hook", "192.88.99.1"],
        ["http://[64:ff9b::a9fe:a9fe]/hook", "64:ff9b::a9fe:a9fe"],
      ] as const) {
        const data = await strict.ok(WebhookEndpointCreateDocument, {
          input: { creditorId: toGlobalId("Creditor", creditor.id), url },
        });
        expect(data.webhookEndpointCreate.userErrors).toEqual([
          {
            code: "PRIVATE_ADDRESS",
            field: ["input", "url"],
            message: expect.stringContaining(
              `(${address}): use a public URL (an operator can allow private URLs with WEBHOOK_ALLOW_PRIVATE_URLS=true)`,
            ),
          },
        ]);
      }
      expect(await strict.count("webhook_endpoint")).toBe(0);
    } finally {
      await strict.close();
    }
  });
});

describe("webhook endpoint URLs with a user name or password", () => {
  it("refuses them on create and update with INVALID_URL, writing nothing", async () => {
    const creditor = await createCreditor(app.orm);
    const key = await app.createKey([Scope.WRITE], [creditor.id]);
    const good = await app.ok(
      WebhookEndpointCreateDocument,
      { input: { creditorId: toGlobalId("Creditor", creditor.id), url: "https://hooks.example.no/tvist" } },
      key,
    );
    const endpointId = good.webhookEndpointCreate.webhookEndpoint!.id;
    const before = await app.sql("select id, url, updated_at from webhook_endpoint order by id");
    const message =
      "The URL carries a user name or password: remove them (https://host/path); receivers authenticate webhooks by their signature (webhook-signature header).";
    for (const url of ["https://user:pass@hooks.example.no/tvist", "https://token@hooks.example.no/tvist"]) {
      const created = await app.ok(
        WebhookEndpointCreateDocument,
        { input: { creditorId: toGlobalId("Creditor", creditor.id), url } },
        key,
      );
      expect(created.webhookEndpointCreate).toEqual({
        webhookEndpoint: null,
        secret: null,
        userErrors: [{ code: "INVALID_URL", field: ["input", "url"], message }],
      });
      const updated = await app.ok(WebhookEndpointUpdateDocument, { input: { id: endpointId, url } }, key);
      expect(updated.webhookEndpointUpdate).toEqual({
        webhookEndpoint: null,
        userErrors: [{ code: "INVALID_URL", field: ["input", "url"], message }],
      });
    }
    expect(await app.sql("select id, url, updated_at from webhook_endpoint order by id")).toEqual(before);
  });

  it("never shows back a stored user name or password, also not to READ keys", async () => {
    const creditor = await createCreditor(app.orm);
    const created = await app.ok(WebhookEndpointCreateDocument, {
      input: { creditorId: toGlobalId("Creditor", creditor.id), url: "https://hooks.example.no/tvist" },
    });
    const id = created.webhookEndpointCreate.webhookEndpoint!.id;
    // a row stored before URLs with credentials were refused
    await app.sql("update webhook_endpoint set url = ? where id = ?", [
      "https://alice:s3cret@hooks.example.no/tvist?x=1",
      Number(Buffer.from(id, "base64url").toString().split(":")[1]),
    ]);
    const reader = await app.createKey([Scope.READ], [creditor.id]);
    const listed = await app.ok(WebhookEndpointsDocument, { creditorId: toGlobalId("Creditor", creditor.id) }, reader);
    expect(listed.webhookEndpoints.nodes.map((e) => e.url)).toEqual(["https://***@hooks.example.no/tvist?x=1"]);
    expect(JSON.stringify(listed)).not.toMatch(/alice|s3cret/);
    const updated = await app.ok(WebhookEndpointUpdateDocument, { input: { id, eventTypes: ["case.frozen"] } });
    expect(updated.webhookEndpointUpdate.webhookEndpoint?.url).toBe("https://***@hooks.example.no/tvist?x=1");
  });
});

describe("webhook delivery", () => {
  it("POSTs the TVIST payload signed per Standard Webhooks, with the event id as webhook-id", async () => {
    const r = await receiver(() => 200);
    const { creditorId, caseId, endpointId, secret } = await setup(r.url);
    const result = await emit(app, caseId, "case.frozen", {
      to: CaseStatus.FROZEN,
      summary: "Skriftlig innsigelse: innkrevingen er stanset.",
      data: { objectionId: "9" },
    });
    if (!result.ok) throw new Error("emit failed");
    const [req] = await r.waitFor(1);
    const row = (
      await app.sql<{ occurred_at: string }>("select occurred_at from case_event where id = ?", [result.value[0]])
    )[0]!;
    const payload = new Webhook(secret).verify(req!.body, req!.headers);
    expect(payload).toEqual({
      id: eventGid(result.value[0]!),
      type: "case.frozen",
      occurredAt: new Date(row.occurred_at).toISOString(),
      caseId: toGlobalId("Case", caseId),
      creditorId: toGlobalId("Creditor", creditorId),
      sequence: 1,
      statusBefore: "ACTIVE",
      statusAfter: "FROZEN",
      summary: "Skriftlig innsigelse: innkrevingen er stanset.",
      data: { objectionId: "9" },
    });
    expect(req!.headers["webhook-id"]).toBe(eventGid(result.value[0]!));
    expect(req!.headers["content-type"]).toBe("application/json");
    expect(Math.abs(Number(req!.headers["webhook-timestamp"]) - Date.now() / 1000)).toBeLessThan(10);
    expect(req!.headers["webhook-signature"]).toMatch(/^v1,[A-Za-z0-9+/]+=*$/);
    expect(() =>
      new Webhook(`whsec_${Buffer.from("another secret of enough length").toString("base64")}`).verify(
        req!.body,
        req!.headers,
      ),
    ).toThrow("No matching signature found");
    await until(async () => (await deliveries(endpointId, "DELIVERED")).length === 1, 5000, "delivered status");
    const [d] = await deliveries(endpointId);
    expect(d).toMatchObject({
      webhookId: eventGid(result.value[0]!),
      status: "DELIVERED",
      attemptCount: 1,
      lastStatusCode: 200,
      lastError: null,
      nextAttemptAt: null,
      event: { type: "case.frozen", sequence: 1 },
    });
    expect(d!.attempts).toEqual([
      {
        attempt: 1,
        at: expect.any(String),
        statusCode: 200,
        latencyMs: d!.lastLatencyMs,
        error: null,
        trigger: "AUTO",
      },
    ]);
  });

  it("retries a 500 with backoff and delivers once, with the same webhook-id", async () => {
    const r = await receiver((_req, n) => (n === 0 ? 500 : 200));
    const { caseId, endpointId, secret } = await setup(r.url);
    const result = await emit(app, caseId, "payment.registered");
    if (!result.ok) throw new Error("emit failed");
    const [first, second] = await r.waitFor(2);
    await settle();
    expect(r.requests).toHaveLength(2);
    expect(first!.headers["webhook-id"]).toBe(eventGid(result.value[0]!));
    expect(second!.headers["webhook-id"]).toBe(first!.headers["webhook-id"]);
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(240);
    expect(new Webhook(secret).verify(second!.body, second!.headers)).toEqual(
      new Webhook(secret).verify(first!.body, first!.headers),
    );
    const [d] = await deliveries(endpointId);
    expect(d).toMatchObject({ status: "DELIVERED", attemptCount: 2, lastStatusCode: 200, lastError: null });
    expect(d!.attempts.map((a) => [a.attempt, a.statusCode, a.error, a.trigger])).toEqual([
      [1, 500, null, "AUTO"],
      [2, 200, null, "AUTO"],
    ]);
  });

  it("disables the endpoint on 410 Gone and sends it nothing more", async () => {
    const r = await receiver(() => 410);
    const { caseId, endpointId } = await setup(r.url);
    await emit(app, caseId, ["invoice.received", "collection.step_recorded"]);
    await r.waitFor(1);
    await until(
      async () => (await deliveries(endpointId, "CANCELLED")).length === 1,
      5000,
      "the second delivery to be cancelled",
    );
    const endpoints = await app.ok(WebhookEndpointsDocument, {});
    const endpoint = endpoints.webhookEndpoints.nodes.find((e) => e.id === endpointId)!;
    expect(endpoint.enabled).toBe(false);
    expect(endpoint.disabledReason).toMatch(
      /^The receiver answered 410 Gone at .*: deliveries stopped\. Enable the endpoint again with webhookEndpointUpdate\.$/,
    );
    expect(
      (await deliveries(endpointId)).map((d) => [d.event.sequence, d.status, d.attemptCount, d.lastStatusCode]),
    ).toEqual([
      [2, "CANCELLED", 0, null],
      [1, "FAILED", 1, 410],
    ]);
    await emit(app, caseId, "case.frozen", { to: CaseStatus.FROZEN });
    await settle(1000);
    expect(r.requests).toHaveLength(1);
    expect(await deliveries(endpointId)).toHaveLength(2);
    const retry = await app.ok(WebhookDeliveryRetryDocument, {
      input: { id: (await deliveries(endpointId, "FAILED"))[0]!.id },
    });
    expect(retry.webhookDeliveryRetry.userErrors).toEqual([
      {
        code: "ENDPOINT_DISABLED",
        field: ["input", "id"],
        message: "The endpoint is disabled: enable it with webhookEndpointUpdate (enabled: true), then retry.",
      },
    ]);
  });

  it("keeps each case's sequence order per endpoint, also while an earlier event is being retried", async () => {
    const r = await receiver((req, n) => (n === 0 ? 500 : 200));
    const { creditorId, caseId, endpointId } = await setup(r.url);
    const other = await createCase(app.orm, creditorId);
    await emit(app, caseId, "invoice.received");
    await emit(app, caseId, ["collection.step_recorded", "payment.registered"]);
    await emit(app, other.id, "invoice.received");
    await emit(app, caseId, "case.frozen", { to: CaseStatus.FROZEN });
    await r.waitFor(6);
    await settle(800);
    const seen = r.requests.map((q) => [q.json.caseId, q.json.sequence, q.answered]);
    const forCase = seen.filter(([c]) => c === toGlobalId("Case", caseId)).map(([, s, a]) => [s, a]);
    expect(forCase).toEqual([
      [1, 500],
      [1, 200],
      [2, 200],
      [3, 200],
      [4, 200],
    ]);
    expect(seen.filter(([c]) => c === toGlobalId("Case", other.id))).toEqual([[toGlobalId("Case", other.id), 1, 200]]);
    await until(async () => (await deliveries(endpointId, "DELIVERED")).length === 5, 5000, "five delivered");
  });

  it("leaves no job and no delivery when the command fails or rolls back after enqueueing", async () => {
    const r = await receiver();
    const { caseId, endpointId } = await setup(r.url);
    const failed = await emit(app, caseId, "case.frozen", { to: CaseStatus.FROZEN, fail: true });
    expect(failed).toEqual({ ok: false, errors: [{ code: "REFUSED", field: null, message: "refused on purpose" }] });
    const boom = async () => {
      throw new Error("boom after the sinks");
    };
    await expect(
      emit(app, caseId, "case.frozen", { to: CaseStatus.FROZEN, sinks: [...app.services.eventSinks, boom] }),
    ).rejects.toThrow("boom after the sinks");
    expect(await app.count("case_event", `case_id = ${caseId}`)).toBe(0);
    expect(await app.count("webhook_delivery", `case_id = ${caseId}`)).toBe(0);
    expect(
      Number(
        (
          await app.sql<{ n: string }>(
            "select count(*)::text as n from graphile_worker.jobs where task_identifier = 'deliver_webhook'",
          )
        )[0]!.n,
      ),
    ).toBe(0);
    await settle(800);
    expect(r.requests).toEqual([]);
    const good = await emit(app, caseId, "invoice.received");
    expect(good.ok).toBe(true);
    await r.waitFor(1);
    expect(r.requests.map((q) => q.json.sequence)).toEqual([1]);
    await until(async () => (await deliveries(endpointId, "DELIVERED")).length === 1, 5000, "delivered status");
    expect(await app.count("webhook_delivery", `case_id = ${caseId}`)).toBe(1);
  });

  it("gives up after the last attempt; webhookDeliveryRetry then sends it again with the same webhook-id", async () => {
    let answer = 500;
    const r = await receiver(() => answer);
    const { caseId, endpointId } = await setup(r.url);
    const result = await emit(app, caseId, "complaint.received");
    if (!result.ok) throw new Error("emit failed");
    await r.waitFor(3, 20000);
    await until(async () => (await deliveries(endpointId, "FAILED")).length === 1, 5000, "failed status");
    const [failed] = await deliveries(endpointId);
    expect(failed).toMatchObject({
      status: "FAILED",
      attemptCount: 3,
      lastStatusCode: 500,
      lastError: "the receiver answered 500",
      nextAttemptAt: null,
    });
    await settle(1000);
    expect(r.requests).toHaveLength(3);
    answer = 200;
    const retried = await app.ok(WebhookDeliveryRetryDocument, { input: { id: failed!.id } });
    expect(retried.webhookDeliveryRetry.userErrors).toEqual([]);
    expect(retried.webhookDeliveryRetry.webhookDelivery).toMatchObject({ id: failed!.id, status: "RETRYING" });
    await r.waitFor(4);
    await until(async () => (await deliveries(endpointId, "DELIVERED")).length === 1, 5000, "delivered status");
    const [done] = await deliveries(endpointId);
    expect(done!.attempts.map((a) => [a.attempt, a.statusCode, a.trigger])).toEqual([
      [1, 500, "AUTO"],
      [2, 500, "AUTO"],
      [3, 500, "AUTO"],
      [4, 200, "MANUAL"],
    ]);
    expect(new Set(r.requests.map((q) => q.headers["webhook-id"]))).toEqual(new Set([eventGid(result.value[0]!)]));
    const otherTenant = await app.createKey([Scope.WRITE], [(await createCreditor(app.orm)).id]);
    const foreign = await app.ok(WebhookDeliveryRetryDocument, { input: { id: failed!.id } }, otherTenant);
    expect(foreign.webhookDeliveryRetry.userErrors.map((e) => e.code)).toEqual(["UNKNOWN_DELIVERY"]);
    const foreignLog = await app.ok(WebhookDeliveriesDocument, { endpointId, first: 10 }, otherTenant);
    expect(foreignLog.webhookDeliveries.nodes).toEqual([]);
  });

  it("signs with both the new and the previous secret for 24 hours after a rotation", async () => {
    const r = await receiver();
    const { caseId, endpointId, secret: oldSecret } = await setup(r.url);
    const rotated = await app.ok(WebhookEndpointRotateSecretDocument, { input: { id: endpointId } });
    const newSecret = rotated.webhookEndpointRotateSecret.secret!;
    expect(newSecret).toMatch(/^whsec_/);
    expect(newSecret).not.toBe(oldSecret);
    expect(rotated.webhookEndpointRotateSecret.webhookEndpoint!.secretRotatedAt).not.toBeNull();
    await emit(app, caseId, "invoice.received");
    const [req] = await r.waitFor(1);
    expect(req!.headers["webhook-signature"]!.split(" ")).toHaveLength(2);
    expect(new Webhook(newSecret).verify(req!.body, req!.headers)).toMatchObject({ type: "invoice.received" });
    expect(new Webhook(oldSecret).verify(req!.body, req!.headers)).toMatchObject({ type: "invoice.received" });
  });

  it("webhookEndpointTest sends a signed webhook.test ping and reports the answer; it records nothing", async () => {
    let answer = 204;
    const r = await receiver(() => answer);
    const { endpointId, secret } = await setup(r.url);
    const ok = await app.ok(WebhookEndpointTestDocument, { input: { id: endpointId } });
    expect(ok.webhookEndpointTest.userErrors).toEqual([]);
    expect(ok.webhookEndpointTest.result).toEqual({
      webhookId: expect.stringMatching(/^test_[0-9a-f-]{36}$/),
      ok: true,
      statusCode: 204,
      latencyMs: expect.any(Number),
      error: null,
    });
    expect(r.requests).toHaveLength(1);
    expect(new Webhook(secret).verify(r.requests[0]!.body, r.requests[0]!.headers)).toMatchObject({
      id: ok.webhookEndpointTest.result!.webhookId,
      type: "webhook.test",
      endpointId,
    });
    answer = 503;
    const bad = await app.ok(WebhookEndpointTestDocument, { input: { id: endpointId } });
    expect(bad.webhookEndpointTest.result).toMatchObject({
      ok: false,
      statusCode: 503,
      error: "the receiver answered 503",
    });
    await r.close();
    const down = await app.ok(WebhookEndpointTestDocument, { input: { id: endpointId } });
    expect(down.webhookEndpointTest.result).toMatchObject({
      ok: false,
      statusCode: null,
      error: expect.stringContaining("ECONNREFUSED"),
    });
    expect(await deliveries(endpointId)).toEqual([]);
  });
});
