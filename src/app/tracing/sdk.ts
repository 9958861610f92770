import { trace } from "@opentelemetry/api";
import { OTLPTraceExporter } from "@opentelemetry/exporter-trace-otlp-http";
import { registerInstrumentations } from "@opentelemetry/instrumentation";
import { HttpInstrumentation } from "@opentelemetry/instrumentation-http";
import { PgInstrumentation } from "@opentelemetry/instrumentation-pg";
import { resourceFromAttributes } from "@opentelemetry/resources";
import { BatchSpanProcessor, NodeTracerProvider } from "@opentelemetry/sdk-trace-node";
import { ATTR_SERVICE_NAME } from "@opentelemetry/semantic-conventions";
import type { Tracing } from "./index";

/** Paths probed often and traced never. */
const UNTRACED_PATHS = new Set(["/healthz", "/readyz", "/metrics", "/favicon.ico"]);

/**
 * The provider (batched OTLP/HTTP JSON export to the endpoint the OTEL_* variables name), registered globally with the
 * AsyncLocalStorage context manager and W3C trace context, and the http and pg instrumentations.
 */
export function startSdk(serviceName: string): Tracing {
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ [ATTR_SERVICE_NAME]: serviceName }),
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter())],
  });
  provider.register();
  const unregister = registerInstrumentations({
    tracerProvider: provider,
    instrumentations: [
      new HttpInstrumentation({
        ignoreIncomingRequestHook: (req) => UNTRACED_PATHS.has((req.url ?? "").split("?")[0]!),
      }),
      // Statements outside a traced operation (the job queue's polling, LISTEN) make no traces of their own.
      new PgInstrumentation({ requireParentSpan: true }),
    ],
  });
  return {
    serviceName,
    logFields(): Record<string, string> {
      const span = trace.getActiveSpan();
      if (!span) return {};
      const { traceId, spanId } = span.spanContext();
      return { trace_id: traceId, span_id: spanId };
    },
    async shutdown() {
      unregister();
      await provider.shutdown();
    },
  };
}
