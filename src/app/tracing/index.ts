/**
 * OpenTelemetry tracing, on when OTEL_EXPORTER_OTLP_ENDPOINT (or OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) is set. Off, no
 * module of the SDK is loaded and nothing is added to the request path. The entry points start it first (server.ts,
 * worker.ts in this folder) because the instrumentations patch `http` and `pg` when these are required.
 */
export interface Tracing {
  serviceName: string;
  /** The active span's trace_id and span_id, for log lines. */
  logFields(): Record<string, string>;
  /** Sends the spans not yet exported and stops the provider. */
  shutdown(): Promise<void>;
}

let active: Tracing | undefined;

/** The running tracing, or undefined when tracing is off. */
export function tracing(): Tracing | undefined {
  return active;
}

/** An OTLP/HTTP endpoint tracing accepts: an http(s) URL. */
export function isHttpUrl(value: string): boolean {
  return URL.canParse(value) && /^https?:\/\//.test(value);
}

/** The OTLP endpoint the environment names, when it is a URL. */
export function tracesEndpoint(env: NodeJS.ProcessEnv): string | undefined {
  const given = env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT || env.OTEL_EXPORTER_OTLP_ENDPOINT;
  // anything else config.ts reports, and the process does not start
  return given && isHttpUrl(given) ? given : undefined;
}

/** Starts tracing when the environment asks for it; `defaultServiceName` unless OTEL_SERVICE_NAME is set. */
export function startTracing(defaultServiceName: string, env: NodeJS.ProcessEnv = process.env): Tracing | undefined {
  if (active || !tracesEndpoint(env)) return active;
  const { startSdk } = require("./sdk") as typeof import("./sdk");
  active = startSdk(env.OTEL_SERVICE_NAME || defaultServiceName);
  return active;
}

/** Flushes and stops tracing; nothing when it is off. */
export async function stopTracing(): Promise<void> {
  const running = active;
  active = undefined;
  await running?.shutdown();
}
