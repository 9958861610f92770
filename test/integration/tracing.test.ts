import http from "node:http";
import type { AddressInfo } from "node:net";
import { randomBytes } from "node:crypto";
import { spawnSync } from "node:child_process";
import path from "node:path";
import { print } from "graphql";
import { CaseCloseDocument, WebhookEndpointCreateDocument } from "../generated/graphql";
import { startTestApp, type TestApp } from "../support/app";
import { createCase, createCreditor } from "../support/event-factories";
import { startReceiver, type Receiver } from "../support/receiver";
import { cleanEnv, startTvist, type TvistProcess } from "../support/tvist-process";
import { freePort } from "../../src/db/ephemeral";
import { toGlobalId } from "../../src/shared/global-id";

/** OpenTelemetry traces of a real `npm start` process, received by an OTLP/HTTP receiver in this test. */

interface OtlpValue {
  stringValue?: string;
  intValue?: string | number;
  boolValue?: boolean;
}
interface ReceivedSpan {
  service: string;
  scope: string;
  traceId: string;
  spanId: string;
  parentSpanId: string;
  name: string;
  kind: number;
  start: bigint;
  end: bigint;
  attributes: Record<string, string | number | boolean | undefined>;
  status: number;
}

/** OTLP span kinds in JSON. */
const SERVER = 2;

interface OtlpReceiver {
  url: string;
  spans: ReceivedSpan[];
  contentTypes: string[];
  close(): Promise<void>;
}

/** POST /v1/traces, OTLP/JSON: every span received, flattened. */
async function startOtlpReceiver(): Promise<OtlpReceiver> {
  const spans: ReceivedSpan[] = [];
  const contentTypes: string[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      if (req.method !== "POST" || req.url !== "/v1/traces") return void res.writeHead(404).end();
      contentTypes.push(req.headers["content-type"] ?? "");
      const body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as {
        resourceSpans: {
          resource: { attributes: { key: string; value: OtlpValue }[] };
          scopeSpans: {
            scope: { name: string };
            spans: {
              traceId: string;
              spanId: string;
              parentSpanId?: string;
              name: string;
              kind: number;
              startTimeUnixNano: string;
              endTimeUnixNano: string;
              attributes?: { key: string; value: OtlpValue }[];
              status?: { code?: number };
            }[];
          }[];
        }[];
      };
      const values = (attrs: { key: string; value: OtlpValue }[] = []) =>
        Object.fromEntries(
          attrs.map((a) => [
            a.key,
            a.value.stringValue ??
              (a.value.intValue !== undefined ? Number(a.value.intValue) : undefined) ??
              a.value.boolValue,
          ]),
        );
      for (const rs of body.resourceSpans) {
        const service = String(values(rs.resource.attributes)["service.name"]);
        for (const ss of rs.scopeSpans)
          for (const s of ss.spans)
            spans.push({
              service,
              scope: ss.scope.name,
              traceId: s.traceId,
              spanId: s.spanId,
              parentSpanId: s.parentSpanId ?? "",
              name: s.name,
              kind: s.kind,
              start: BigInt(s.startTimeUnixNano),
              end: BigInt(s.endTimeUnixNano),
              attributes: values(s.attributes),
              status: s.status?.code ?? 0,
            });
      }
      res.writeHead(200, { "content-type": "application/json" }).end("{}");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    spans,
    contentTypes,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** The spans of one trace as an indented tree: name, span id, parent id, duration. */
function printTrace(spans: ReceivedSpan[]): string {
  const ids = new Set(spans.map((s) => s.spanId));
  const lines: string[] = [];
  const walk = (parent: string, depth: number) => {
    for (const s of spans.filter((x) => x.parentSpanId === parent).sort((a, b) => Number(a.start - b.start))) {
      const ms = (Number(s.end - s.start) / 1e6).toFixed(2);
      lines.push(
        `${"  ".repeat(depth)}${s.name}  [${s.service}] span ${s.spanId} parent ${s.parentSpanId || "-"}  ${ms} ms`,
      );
      walk(s.spanId, depth + 1);
    }
  };
  for (const root of new Set(spans.filter((s) => !ids.has(s.parentSpanId)).map((s) => s.parentSpanId))) walk(root, 0);
  return lines.join("\n");
}

function ancestors(span: ReceivedSpan, spans: ReceivedSpan[]): ReceivedSpan[] {
  const chain: ReceivedSpan[] = [];
  for (
    let p = spans.find((s) => s.spanId === span.parentSpanId);
    p;
    p = spans.find((s) => s.spanId === p!.parentSpanId)
  )
    chain.push(p);
  return chain;
}

async function until<T>(what: string, get: () => T | undefined, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = get();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`${what} did not happen within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function stop(proc: TvistProcess) {
  proc.child.kill("SIGTERM");
  return proc.exited;
}

let app: TestApp;
let webhooks: Receiver;
let otlp: OtlpReceiver;
const running: TvistProcess[] = [];

beforeAll(async () => {
  app = await startTestApp({ worker: false, env: { WEBHOOK_ALLOW_PRIVATE_URLS: "true" } });
  webhooks = await startReceiver();
  otlp = await startOtlpReceiver();
});
afterAll(async () => {
  for (const proc of running) if (proc.child.exitCode === null && proc.child.signalCode === null) await stop(proc);
  await otlp?.close();
  await webhooks?.close();
  await app?.close();
});

async function closeCase(port: number, caseId: number, headers: Record<string, string> = {}) {
  const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${app.adminKey}`, ...headers },
    body: JSON.stringify({
      query: print(CaseCloseDocument),
      variables: { input: { caseId: toGlobalId("Case", caseId), reason: "WITHDRAWN_BY_CREDITOR" } },
    }),
  });
  return (await res.json()) as {
    data?: { caseClose: { userErrors: unknown[]; case: { status: string } | null } };
    errors?: unknown[];
    extensions?: Record<string, unknown>;
  };
}

it("traces one mutation: HTTP span, operation span, SQL spans, the webhook delivery; trace id in the response and the log", async () => {
  const creditor = await createCreditor(app.orm);
  const c = await createCase(app.orm, creditor.id);
  const endpoint = await app.ok(WebhookEndpointCreateDocument, {
    input: { creditorId: toGlobalId("Creditor", creditor.id), url: webhooks.url, eventTypes: [] },
  });
  expect(endpoint.webhookEndpointCreate.userErrors).toEqual([]);

  const port = await freePort();
  const traced = {
    DATABASE_URL: app.databaseUrl,
    WEBHOOK_ALLOW_PRIVATE_URLS: "true",
    OTEL_EXPORTER_OTLP_ENDPOINT: otlp.url,
    // nothing is exported before the SIGTERMs below: the spans arrive only if stopping flushes them
    OTEL_BSP_SCHEDULE_DELAY: "600000",
  };
  // An API process and a webhook worker process (npm start, npm run worker).
  const proc = startTvist({ ...traced, PORT: String(port), LOG_LEVEL: "debug", WEBHOOK_WORKER: "false" });
  const worker = startTvist(traced, "node", "worker");
  running.push(proc, worker);
  await proc.listening;
  await worker.waitForLog("tvist webhook worker running", 60_000);

  // A caller's W3C trace context is continued.
  const traceId = randomBytes(16).toString("hex");
  const callerSpanId = randomBytes(8).toString("hex");
  const result = await closeCase(port, c.id, { traceparent: `00-${traceId}-${callerSpanId}-01` });
  expect(result.errors).toBeUndefined();
  expect(result.data!.caseClose.userErrors).toEqual([]);
  expect(result.extensions).toMatchObject({ traceId });

  const logged = await until("the operation's log line", () =>
    proc.logs().find((l) => l.msg === "graphql operation" && l.trace_id === traceId),
  );
  expect(logged).toMatchObject({ operation: "mutation caseClose", outcome: "ok", trace_id: traceId });

  // The delivery is recorded before the process is stopped.
  await webhooks.waitFor(1, 30_000);
  for (let i = 0; i < 600; i++) {
    const [row] = await app.sql<{ status: string }>(
      "select d.status from webhook_delivery d join case_event e on e.id = d.event_id where e.case_id = ?",
      [c.id],
    );
    if (row?.status === "DELIVERED") break;
    await new Promise((r) => setTimeout(r, 50));
  }
  expect(otlp.spans).toEqual([]);
  expect(await stop(proc)).toEqual({ code: 0, signal: null });
  expect(await stop(worker)).toEqual({ code: 0, signal: null });

  expect(otlp.contentTypes.length).toBeGreaterThan(0);
  for (const type of otlp.contentTypes) expect(type).toMatch(/^application\/json/);

  const spans = otlp.spans.filter((s) => s.traceId === traceId);
  const operation = spans.find((s) => s.name === "mutation caseClose");
  expect(operation).toBeDefined();
  expect(operation!.attributes).toMatchObject({
    "graphql.operation.type": "mutation",
    "graphql.operation.name": "CaseClose",
    "tvist.outcome": "ok",
  });
  expect(operation!.service).toBe("tvist");
  const httpSpan = spans.find((s) => s.spanId === operation!.parentSpanId);
  expect(httpSpan).toMatchObject({
    name: "POST /graphql",
    kind: SERVER,
    scope: "@opentelemetry/instrumentation-http",
    parentSpanId: callerSpanId,
  });
  const sql = spans.filter((s) => s.scope === "@opentelemetry/instrumentation-pg" && s.name !== "pg-pool.connect");
  const underOperation = sql.filter((s) => ancestors(s, spans).includes(operation!));
  expect(underOperation.length).toBeGreaterThan(0);
  expect(underOperation.some((s) => s.parentSpanId === operation!.spanId)).toBe(true);

  const delivery = otlp.spans.find(
    (s) => s.name === "webhook delivery" && s.attributes["tvist.outcome"] === "DELIVERED",
  );
  expect(delivery).toMatchObject({ service: "tvist-worker" });
  expect(delivery!.attributes).toMatchObject({
    "tvist.event.type": "case.closed",
    "tvist.webhook.endpoint_id": endpoint.webhookEndpointCreate.webhookEndpoint!.id,
    "http.response.status_code": 200,
  });
  expect(delivery!.attributes["tvist.webhook.delivery_id"]).toEqual(expect.any(String));
  const deliverySpans = otlp.spans.filter((s) => s.traceId === delivery!.traceId);
  // the receiver can continue the delivery's trace
  expect(webhooks.requests[0]!.headers.traceparent).toMatch(new RegExp(`^00-${delivery!.traceId}-[0-9a-f]{16}-01$`));
  // the exporter's own requests are not traced
  expect(
    otlp.spans.filter((s) => `${s.attributes["http.url"] ?? s.attributes["url.full"] ?? ""}`.startsWith(otlp.url)),
  ).toEqual([]);
  expect(deliverySpans.some((s) => s.scope === "@opentelemetry/instrumentation-pg")).toBe(true);

  console.log(
    `The trace of one mutation:\n${printTrace(spans)}\n\nIts webhook delivery:\n${printTrace(deliverySpans)}`,
  );
}, 120_000);

it("a user error: outcome user_error, status not ERROR; an unknown field: outcome error, status ERROR", async () => {
  const port = await freePort();
  const proc = startTvist({
    DATABASE_URL: app.databaseUrl,
    PORT: String(port),
    OTEL_EXPORTER_OTLP_ENDPOINT: otlp.url,
    OTEL_SERVICE_NAME: "tvist-api-1",
  });
  running.push(proc);
  await proc.listening;
  const refused = await closeCase(port, 999_999_999);
  expect(refused.data!.caseClose.userErrors).not.toEqual([]);
  const refusedTrace = refused.extensions!.traceId as string;
  const bad = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${app.adminKey}` },
    body: JSON.stringify({ query: "{ noSuchField }" }),
  });
  const badTrace = ((await bad.json()) as { extensions: { traceId: string } }).extensions.traceId;
  expect(await stop(proc)).toEqual({ code: 0, signal: null });

  const op = (traceId: string) =>
    otlp.spans.find((s) => s.traceId === traceId && s.scope === "tvist-graphql" && s.service === "tvist-api-1");
  expect(op(refusedTrace)).toMatchObject({
    name: "mutation caseClose",
    attributes: { "tvist.outcome": "user_error" },
    status: 0,
  });
  expect(op(badTrace)).toMatchObject({ name: "graphql", attributes: { "tvist.outcome": "error" }, status: 2 });
}, 120_000);

it("off without OTEL_EXPORTER_OTLP_ENDPOINT: no module of the SDK loaded, no traceId in responses, no trace fields in logs", async () => {
  const port = await freePort();
  const proc = startTvist({ DATABASE_URL: app.databaseUrl, PORT: String(port), LOG_LEVEL: "debug" });
  running.push(proc);
  await proc.listening;
  const c = await createCase(app.orm, (await createCreditor(app.orm)).id);
  const result = await closeCase(port, c.id);
  expect(result.data!.caseClose.userErrors).toEqual([]);
  expect(result.extensions).toBeDefined();
  expect(result.extensions).not.toHaveProperty("traceId");
  expect(await stop(proc)).toEqual({ code: 0, signal: null });
  expect(proc.logs().some((l) => "trace_id" in l || l.msg === "graphql operation")).toBe(false);

  // What the server's modules load, in a child process without the variable and with it.
  const loaded = (modules: string[], extra: Record<string, string>) => {
    const probe = spawnSync(
      process.execPath,
      [
        "-r",
        "ts-node/register/transpile-only",
        "-e",
        `${modules.map((m) => `require(${JSON.stringify(m)});`).join(" ")} ` +
          'console.log(JSON.stringify(Object.keys(require.cache).filter((f) => f.includes("@opentelemetry"))))',
      ],
      { cwd: path.resolve(__dirname, "../.."), env: cleanEnv(extra), encoding: "utf8" },
    );
    expect(probe.stderr).toBe("");
    return [
      ...new Set(
        (JSON.parse(probe.stdout.trim().split("\n").pop()!) as string[]).map(
          (f) => /@opentelemetry\/([^/]+)/.exec(f)![1]!,
        ),
      ),
    ];
  };
  // the API alone (the webhook worker's no-op tracer)
  expect(loaded(["./src/app/tracing/server", "./src/app/server", "./src/modules/webhooks/webhook-worker"], {})).toEqual(
    ["api"],
  );
  expect(loaded(["./src/app/tracing/server"], { OTEL_EXPORTER_OTLP_ENDPOINT: "http://127.0.0.1:9" })).toEqual(
    expect.arrayContaining([
      "sdk-trace-node",
      "instrumentation-http",
      "instrumentation-pg",
      "exporter-trace-otlp-http",
    ]),
  );
}, 120_000);
