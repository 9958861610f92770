import pino, { type Logger } from "pino";
import { tracing } from "./tracing";

export function createLogger(level: string): Logger {
  const traced = tracing();
  return pino({
    level,
    base: { service: "tvist" },
    timestamp: pino.stdTimeFunctions.isoTime,
    // trace_id and span_id of the active span, only when tracing is on
    ...(traced ? { mixin: () => traced.logFields() } : {}),
  });
}
