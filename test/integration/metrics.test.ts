import WebSocket from "ws";
import { ViewerDocument, WebhookEndpointCreateDocument } from "../generated/graphql";
import { startTestApp, type TestApp } from "../support/app";
import { createCase, createCreditor, emit } from "../support/event-factories";
import { startReceiver, type Receiver } from "../support/receiver";
import { createApp, type WorkerApp } from "../../src/app/create-app";
import { loadConfig } from "../../src/app/config";
import { PluginRegistry } from "../../src/modules/plugins/registry";
import { toGlobalId } from "../../src/shared/global-id";

/** One sample of a Prometheus text exposition: the series' value, or undefined when absent. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  const want = Object.entries(labels).map(([k, v]) => `${k}="${v}"`);
  for (const line of text.split("\n")) {
    if (line.startsWith("#")) continue;
    const m = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!m || m[1] !== name) continue;
    const have = m[2] ? m[2].split(",") : [];
    if (want.length === have.length && want.every((w) => have.includes(w))) return Number(m[3]);
  }
  return undefined;
}

async function scrape(url: string): Promise<string> {
  const res = await fetch(url);
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
  return res.text();
}

/** Scrapes until `check` holds (the webhook worker records answers after the receiver has them). */
async function scrapeUntil(url: string, check: (text: string) => boolean, timeoutMs = 10000): Promise<string> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const text = await scrape(url);
    if (check(text) || Date.now() > until) return text;
    await new Promise((r) => setTimeout(r, 50));
  }
}

const DURATION = "tvist_graphql_request_duration_seconds_count";

let app: TestApp;
let metricsUrl: string;
const closers: (() => Promise<void>)[] = [];

beforeAll(async () => {
  app = await startTestApp({
    env: { WEBHOOK_ALLOW_PRIVATE_URLS: "true", WEBHOOK_TIMEOUT_MS: "5000", WEBHOOK_RETRY_BASE_MS: "600000" },
  });
  metricsUrl = app.metricsUrl!;
});
// last started, first stopped (a worker before the database it delivers for)
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});
afterAll(async () => app?.close());

async function post(query: string, operationName?: string): Promise<Record<string, unknown>> {
  const res = await fetch(app.server.url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${app.adminKey}` },
    body: JSON.stringify({ query, operationName }),
  });
  return (await res.json()) as Record<string, unknown>;
}

describe("GET /metrics on the API's port", () => {
  it("answers in Prometheus text format with the process's and the app's series", async () => {
    expect(metricsUrl).toBe(`http://127.0.0.1:${app.server.port}/metrics`);
    const text = await scrape(metricsUrl);
    expect(sample(text, "tvist_process_info", { role: "server" })).toBe(1);
    expect(sample(text, "process_cpu_user_seconds_total")).toBeGreaterThan(0);
    expect(sample(text, "nodejs_eventloop_lag_seconds")).toBeDefined();
    // startTestApp's pool holds 5 connections
    expect(sample(text, "tvist_db_pool_connections_max")).toBe(5);
    expect(sample(text, "tvist_db_pool_connections_in_use")).toBeGreaterThanOrEqual(0);
    expect(sample(text, "tvist_db_pool_waiting")).toBe(0);
    expect(sample(text, "tvist_limit_refusals_total", { limit: "depth" })).toBeDefined();
  });

  it("counts a query under its root field, never under the client's operation name", async () => {
    const labels = { operation: "viewer", type: "query", outcome: "ok" };
    const before = sample(await scrape(metricsUrl), DURATION, labels) ?? 0;
    await app.ok(ViewerDocument);
    await post("query AnyNameAClientLikes { viewer { keyName } }");
    const after = await scrape(metricsUrl);
    expect(sample(after, DURATION, labels)).toBe(before + 2);
    expect(sample(after, "tvist_graphql_request_duration_seconds_bucket", { ...labels, le: "+Inf" })).toBe(before + 2);
    expect(after).not.toContain("AnyNameAClientLikes");
    expect(after).not.toContain('operation="Viewer"');
  });

  it("counts documents that do not validate as invalid, and several root fields as multiple", async () => {
    const text0 = await scrape(metricsUrl);
    const invalid = { operation: "invalid", type: "unknown", outcome: "client_error" };
    const multiple = { operation: "multiple", type: "query", outcome: "ok" };
    const inv0 = sample(text0, DURATION, invalid) ?? 0;
    const mul0 = sample(text0, DURATION, multiple) ?? 0;
    await post("{ noSuchField }");
    await post("{ not even a query");
    await post("{ viewer { keyName } n: __typename }");
    const text = await scrape(metricsUrl);
    expect(sample(text, DURATION, invalid)).toBe(inv0 + 2);
    expect(sample(text, DURATION, multiple)).toBe(mul0 + 1);
    expect(text).not.toContain("noSuchField");
  });

  it("counts a mutation's userErrors by code, and writes nothing", async () => {
    const creditor = await createCreditor(app.orm);
    const labels = { operation: "webhookEndpointCreate", type: "mutation", outcome: "user_error" };
    const text0 = await scrape(metricsUrl);
    const errors0 = sample(text0, "tvist_graphql_user_errors_total", { code: "INVALID_URL" }) ?? 0;
    const requests0 = sample(text0, DURATION, labels) ?? 0;
    const endpoints = await app.count("webhook_endpoint");

    const result = await app.ok(WebhookEndpointCreateDocument, {
      input: { creditorId: toGlobalId("Creditor", creditor.id), url: "not a url" },
    });
    expect(result.webhookEndpointCreate.userErrors.map((e) => e.code)).toEqual(["INVALID_URL"]);

    const text = await scrape(metricsUrl);
    expect(sample(text, "tvist_graphql_user_errors_total", { code: "INVALID_URL" })).toBe(errors0 + 1);
    expect(sample(text, DURATION, labels)).toBe(requests0 + 1);
    expect(await app.count("webhook_endpoint")).toBe(endpoints);
  });

  it("counts refusals by their limit: depth, tokens, and a page size over the cap", async () => {
    const text0 = await scrape(metricsUrl);
    const depth0 = sample(text0, "tvist_limit_refusals_total", { limit: "depth" })!;
    const tokens0 = sample(text0, "tvist_limit_refusals_total", { limit: "tokens" })!;
    const first0 = sample(text0, "tvist_limit_refusals_total", { limit: "first" })!;
    const refused = (operation: string, type = "query") => ({ operation, type, outcome: "refused" });
    const before = (operation: string, type?: string) => sample(text0, DURATION, refused(operation, type)) ?? 0;
    const [case0, cases0, invalid0] = [before("case"), before("cases"), before("invalid", "unknown")];

    const deep = await post(deepQuery(13));
    expect((deep.errors as { extensions: { code: string } }[])[0]!.extensions.code).toBe("QUERY_TOO_DEEP");
    const large = await post(`{ ${"__typename ".repeat(app.config.maxQueryTokens)}}`);
    expect((large.errors as { extensions: { code: string } }[])[0]!.extensions.code).toBe("QUERY_TOO_LARGE");
    const page = await post("{ cases(first: 101) { pageInfo { hasNextPage } } }");
    expect((page.errors as { extensions: { argumentName: string } }[])[0]!.extensions.argumentName).toBe("first");

    const text = await scrape(metricsUrl);
    expect(sample(text, "tvist_limit_refusals_total", { limit: "depth" })).toBe(depth0 + 1);
    expect(sample(text, "tvist_limit_refusals_total", { limit: "tokens" })).toBe(tokens0 + 1);
    expect(sample(text, "tvist_limit_refusals_total", { limit: "first" })).toBe(first0 + 1);
    expect(sample(text, DURATION, refused("case"))).toBe(case0 + 1);
    expect(sample(text, DURATION, refused("cases"))).toBe(cases0 + 1);
    expect(sample(text, DURATION, refused("invalid", "unknown"))).toBe(invalid0 + 1);
  });

  it("counts an unexpected error as internal, and its request's outcome as error", async () => {
    const labels = { operation: "debtors", type: "query", outcome: "error" };
    const text0 = await scrape(metricsUrl);
    const internal0 = sample(text0, "tvist_internal_errors_total", { where: "graphql" })!;
    const requests0 = sample(text0, DURATION, labels) ?? 0;
    await app.sql("alter table debtor rename to debtor_hidden");
    let answer: Record<string, unknown>;
    try {
      answer = await post("{ debtors(first: 5) { nodes { id } } }");
    } finally {
      await app.sql("alter table debtor_hidden rename to debtor");
    }
    expect((answer.errors as { extensions: { code: string } }[])[0]!.extensions.code).toBe("INTERNAL_SERVER_ERROR");
    const text = await scrape(metricsUrl);
    expect(sample(text, "tvist_internal_errors_total", { where: "graphql" })).toBe(internal0 + 1);
    expect(sample(text, DURATION, labels)).toBe(requests0 + 1);
  });

  it("counts the graphql-ws sockets open", async () => {
    const socket = new WebSocket(app.server.wsUrl, "graphql-transport-ws");
    await new Promise<void>((resolve, reject) => {
      socket.once("open", () => resolve());
      socket.once("error", reject);
    });
    closers.push(async () => socket.close());
    expect(sample(await scrape(metricsUrl), "tvist_subscription_sockets_open")).toBe(1);
    socket.close();
    const text = await scrapeUntil(metricsUrl, (t) => sample(t, "tvist_subscription_sockets_open") === 0);
    expect(sample(text, "tvist_subscription_sockets_open")).toBe(0);
  });

  it("reports the legal tables stale exactly when /readyz does", async () => {
    const ready = (await (await fetch(`http://127.0.0.1:${app.server.port}/readyz`)).json()) as {
      legalTables: { staleInterestRate: unknown };
    };
    const text = await scrape(metricsUrl);
    expect(sample(text, "tvist_legal_tables_stale")).toBe(ready.legalTables.staleInterestRate ? 1 : 0);
  });
});

describe("webhook deliveries", () => {
  async function receiver(status: number): Promise<Receiver> {
    const r = await startReceiver(() => status);
    closers.push(() => r.close());
    return r;
  }

  it("count appended events, deliveries by outcome and the open ones in the queue", async () => {
    const ok = await receiver(200);
    const failing = await receiver(500);
    const creditor = await createCreditor(app.orm);
    for (const url of [ok.url, failing.url]) {
      const created = await app.ok(WebhookEndpointCreateDocument, {
        input: { creditorId: toGlobalId("Creditor", creditor.id), url },
      });
      expect(created.webhookEndpointCreate.userErrors).toEqual([]);
    }
    const c = await createCase(app.orm, creditor.id);
    const text0 = await scrape(metricsUrl);
    const delivered0 = sample(text0, "tvist_webhook_deliveries_total", { outcome: "delivered" })!;
    const retrying0 = sample(text0, "tvist_webhook_deliveries_total", { outcome: "retrying" })!;
    const events0 = sample(text0, "tvist_events_appended_total")!;

    const result = await emit(app, c.id, ["invoice.received", "collection.step_recorded"]);
    expect(result.ok).toBe(true);
    await ok.waitFor(2);
    await failing.waitFor(1);

    // 2 delivered; the failing endpoint's first delivery is retrying later, its second waits behind it
    const text = await scrapeUntil(
      metricsUrl,
      (t) =>
        sample(t, "tvist_webhook_deliveries_total", { outcome: "delivered" }) === delivered0 + 2 &&
        sample(t, "tvist_webhook_deliveries_total", { outcome: "retrying" }) === retrying0 + 1,
    );
    expect(sample(text, "tvist_webhook_deliveries_total", { outcome: "delivered" })).toBe(delivered0 + 2);
    expect(sample(text, "tvist_webhook_deliveries_total", { outcome: "retrying" })).toBe(retrying0 + 1);
    expect(sample(text, "tvist_events_appended_total")).toBe(events0 + 2);
    const open = await app.count("webhook_delivery", "status in ('PENDING', 'RETRYING')");
    expect(open).toBeGreaterThanOrEqual(2);
    expect(sample(text, "tvist_webhook_queue_depth")).toBe(open);
    expect(sample(text, "tvist_webhook_queue_oldest_due_age_seconds")).toBeGreaterThanOrEqual(0);
  });
});

describe("METRICS_PORT and METRICS=false", () => {
  it("METRICS_PORT=0 serves /metrics on a free port of its own and not on the API's port", async () => {
    const other = await startTestApp({ attachTo: app, worker: false, env: { METRICS_PORT: "0" } });
    closers.push(() => other.close());
    const own = new URL(other.metricsUrl!);
    expect(Number(own.port)).not.toBe(other.server.port);
    expect(Number(own.port)).toBeGreaterThan(0);
    expect(sample(await scrape(other.metricsUrl!), "tvist_process_info", { role: "server" })).toBe(1);
    const onApi = await fetch(`http://127.0.0.1:${other.server.port}/metrics`);
    expect(onApi.status).toBe(404);
    expect((await fetch(`${own.origin}/graphql`)).status).toBe(404);
  });

  it("METRICS=false serves no /metrics", async () => {
    const other = await startTestApp({ attachTo: app, worker: false, env: { METRICS: "false" } });
    closers.push(() => other.close());
    expect(other.metricsUrl).toBeUndefined();
    expect((await fetch(`http://127.0.0.1:${other.server.port}/metrics`)).status).toBe(404);
  });

  it("a worker serves its own /metrics, with its deliveries", async () => {
    // a database of its own, so that this worker is the only one delivering
    const server = await startTestApp({ worker: false, env: { WEBHOOK_ALLOW_PRIVATE_URLS: "true" } });
    closers.push(() => server.close());
    const config = loadConfig({
      LOG_LEVEL: "silent",
      DATABASE_URL: server.databaseUrl,
      HOST: "127.0.0.1",
      METRICS_PORT: "0",
      WEBHOOK_ALLOW_PRIVATE_URLS: "true",
    });
    const worker: WorkerApp = await createApp({ role: "worker", config, plugins: PluginRegistry.fromConfig(config) });
    closers.push(() => worker.stop());
    expect(worker.metricsUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/metrics$/);

    const ok = await startReceiver(() => 200);
    closers.push(() => ok.close());
    const creditor = await createCreditor(server.orm);
    const created = await server.ok(WebhookEndpointCreateDocument, {
      input: { creditorId: toGlobalId("Creditor", creditor.id), url: ok.url },
    });
    expect(created.webhookEndpointCreate.userErrors).toEqual([]);
    const c = await createCase(server.orm, creditor.id);
    const text0 = await scrape(worker.metricsUrl!);
    expect(sample(text0, "tvist_process_info", { role: "worker" })).toBe(1);
    expect(sample(text0, "tvist_subscription_sockets_open")).toBeUndefined();
    const delivered0 = sample(text0, "tvist_webhook_deliveries_total", { outcome: "delivered" })!;
    await emit(server, c.id, "invoice.received");
    await ok.waitFor(1);
    const text = await scrapeUntil(
      worker.metricsUrl!,
      (t) => sample(t, "tvist_webhook_deliveries_total", { outcome: "delivered" }) === delivered0 + 1,
    );
    expect(sample(text, "tvist_webhook_deliveries_total", { outcome: "delivered" })).toBe(delivered0 + 1);
    expect(sample(text, "tvist_webhook_queue_depth")).toBeDefined();
  });
});

/** A query of `levels` + 2 levels: each level one replacedBy deeper. */
function deepQuery(levels: number): string {
  let inner = "id";
  for (let i = 0; i < levels; i++) inner = `replacedBy { ${inner} }`;
  return `{ case(id: "Q2FzZTox") { ${inner} } }`;
}
