import type { ApolloServerPlugin } from "@apollo/server";
import {
  context,
  createContextKey,
  SpanStatusCode,
  trace,
  type Context as OtelContext,
  type Span,
} from "@opentelemetry/api";
import type { RequestHandler } from "express";
import type { DocumentNode, OperationDefinitionNode } from "graphql";
import type { Logger } from "pino";
import { rootFieldNames } from "./root-fields";

const tracer = trace.getTracer("tvist-graphql");
const OPERATION_SPAN = createContextKey("tvist graphql operation span");
const CAPTURED = "tvistTraceContext";
/** Root fields named in a span name at most; more show as "…". */
const MAX_NAMED_FIELDS = 3;

/**
 * express middleware for /graphql when tracing is on, mounted before the body parser: names the HTTP server span after
 * the route and keeps its context, which the parser's stream callbacks lose.
 */
export function captureTraceContext(): RequestHandler {
  return (req, res, next) => {
    const active = context.active();
    res.locals[CAPTURED] = active;
    trace.getSpan(active)?.updateName(`${req.method} /graphql`).setAttribute("http.route", "/graphql");
    next();
  };
}

/**
 * Mounted after the body parser: starts the GraphQL operation's span, a child of the HTTP server span, and runs the
 * rest of the request with it active, so the SQL statements' spans are its children. operationTracing() names and
 * ends it.
 */
export function enterOperationSpan(): RequestHandler {
  return (_req, res, next) => {
    const parent = (res.locals[CAPTURED] as OtelContext | undefined) ?? context.active();
    const span = tracer.startSpan("graphql", {}, parent);
    // a request that ends before Apollo answers (a client gone) still ends its span
    res.once("close", () => span.isRecording() && span.end());
    context.with(trace.setSpan(parent, span).setValue(OPERATION_SPAN, span), next);
  };
}

/** "mutation caseClose": the operation type and its root fields (rootFieldNames). */
export function operationSpanName(operation: OperationDefinitionNode, document: DocumentNode): string {
  const fields = rootFieldNames(operation, document);
  const named = fields.slice(0, MAX_NAMED_FIELDS).join(",") + (fields.length > MAX_NAMED_FIELDS ? ",…" : "");
  return named ? `${operation.operation} ${named}` : operation.operation;
}

/** ok, user_error (a payload's userErrors not empty) or error (errors in the response). */
function outcomeOf(data: Record<string, unknown> | null | undefined, errors: readonly unknown[] | undefined) {
  if (errors?.length) return "error";
  for (const key in data) {
    const userErrors = (data[key] as { userErrors?: unknown[] } | null)?.userErrors;
    if (userErrors?.length) return "user_error";
  }
  return "ok";
}

/**
 * Names, describes and ends the operation span enterOperationSpan() started: graphql.operation.name and .type, the
 * outcome (status ERROR on errors), and the trace id in the response's extensions (extensions.traceId). One debug
 * log line per operation carries the trace id too.
 */
export function operationTracing<T extends object>(logger: Logger): ApolloServerPlugin<T> {
  return {
    async requestDidStart({ request }) {
      const span = context.active().getValue(OPERATION_SPAN) as Span | undefined;
      if (!span) return;
      let name = "graphql";
      return {
        async didResolveOperation({ operation, document }) {
          if (!operation) return;
          name = operationSpanName(operation, document);
          span.updateName(name);
          span.setAttribute("graphql.operation.type", operation.operation);
          const operationName = operation.name?.value ?? request.operationName;
          if (operationName) span.setAttribute("graphql.operation.name", operationName);
        },
        async willSendResponse({ response, errors }) {
          const { traceId } = span.spanContext();
          let outcome = errors?.length ? "error" : "ok";
          if (response.body.kind === "single") {
            const result = response.body.singleResult;
            outcome = outcomeOf(result.data, errors ?? result.errors);
            result.extensions = { ...result.extensions, traceId };
          }
          span.setAttribute("tvist.outcome", outcome);
          if (outcome === "error") span.setStatus({ code: SpanStatusCode.ERROR });
          logger.debug({ operation: name, outcome }, "graphql operation");
          span.end();
        },
      };
    },
  };
}
