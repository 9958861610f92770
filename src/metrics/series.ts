import { collectDefaultMetrics, Counter, Histogram, Registry } from "prom-client";

/**
 * The process's counters and histograms, counted where things happen (one increment each, nothing per row or field).
 * They live in one registry per process: several apps in one process (tests) share them, so readers compare deltas.
 * What is read at scrape time (pools, queue, sockets) belongs to one app: see scrape.ts.
 */
export const processRegistry = new Registry();

let defaultsOn = false;

/** Node's default process metrics (CPU, memory, event loop lag, GC), once per process. */
export function collectProcessMetrics(): void {
  if (defaultsOn) return;
  defaultsOn = true;
  collectDefaultMetrics({ register: processRegistry });
}

/** Buckets in seconds for GraphQL requests: 2.5 ms to 10 s. */
const REQUEST_BUCKETS = [0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export const graphqlRequestDuration = new Histogram({
  name: "tvist_graphql_request_duration_seconds",
  help: "GraphQL requests over HTTP by operation (root field, or multiple/invalid), type and outcome (ok, user_error, client_error, refused, error); _count is the number of requests",
  labelNames: ["operation", "type", "outcome"] as const,
  buckets: REQUEST_BUCKETS,
  registers: [processRegistry],
});

export const graphqlUserErrors = new Counter({
  name: "tvist_graphql_user_errors_total",
  help: "userErrors answered by mutations, by code",
  labelNames: ["code"] as const,
  registers: [processRegistry],
});

export const internalErrors = new Counter({
  name: "tvist_internal_errors_total",
  help: "Unexpected errors answered as INTERNAL_SERVER_ERROR, by where they surfaced (graphql: an operation over HTTP or WebSocket; http: another route)",
  labelNames: ["where"] as const,
  registers: [processRegistry],
});

export type LimitKind = "depth" | "cost" | "tokens" | "first";

export const limitRefusals = new Counter({
  name: "tvist_limit_refusals_total",
  help: "Operations refused by a limit: depth (MAX_QUERY_DEPTH), cost (MAX_QUERY_COST), tokens (MAX_QUERY_TOKENS), first (page size over the cap)",
  labelNames: ["limit"] as const,
  registers: [processRegistry],
});

export const eventsAppended = new Counter({
  name: "tvist_events_appended_total",
  help: "Case events written by this process (counted when the appending statement returns)",
  registers: [processRegistry],
});

export type DeliveryOutcome = "delivered" | "retrying" | "failed" | "cancelled";

export const webhookDeliveries = new Counter({
  name: "tvist_webhook_deliveries_total",
  help: "Webhook delivery attempts made by this process, by outcome: delivered (2xx), retrying (failed, tried again later), failed (no attempts left, or 410 Gone), cancelled (not sent)",
  labelNames: ["outcome"] as const,
  registers: [processRegistry],
});

// Every label value a counter can have, at 0 from the start: rate() and alerts see a series before its first event.
for (const limit of ["depth", "cost", "tokens", "first"] satisfies LimitKind[]) limitRefusals.labels(limit).inc(0);
for (const outcome of ["delivered", "retrying", "failed", "cancelled"] satisfies DeliveryOutcome[])
  webhookDeliveries.labels(outcome).inc(0);
for (const where of ["graphql", "http"]) internalErrors.labels(where).inc(0);
