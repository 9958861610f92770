import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";
import type { ErrorRequestHandler, RequestHandler } from "express";
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { unwrapResolverError } from "@apollo/server/errors";
import type { Logger } from "pino";
import { internalErrors, limitRefusals } from "../metrics/series";

/** Header carrying the request id, both ways: a sane incoming one is kept, else one is made. */
export const REQUEST_ID_HEADER = "X-Request-Id";
const SANE_REQUEST_ID = /^[A-Za-z0-9._:@/+=-]{1,128}$/;

const requestScope = new AsyncLocalStorage<string>();

/** The id of the HTTP request being handled, if any. */
export function currentRequestId(): string | undefined {
  return requestScope.getStore();
}

/**
 * Gives each request an id (res.locals.requestId, the X-Request-Id response header) and runs the rest of the chain
 * with it as the current one. Mount it again after a body parser: the parser's stream callbacks lose the scope.
 */
export function requestIds(): RequestHandler {
  return (req, res, next) => {
    let id = res.locals.requestId as string | undefined;
    if (!id) {
      const given = req.get(REQUEST_ID_HEADER);
      id = given && SANE_REQUEST_ID.test(given) ? given : randomUUID();
      res.locals.requestId = id;
      res.setHeader(REQUEST_ID_HEADER, id);
    }
    requestScope.run(id, next);
  };
}

export function internalErrorMessage(requestId: string | undefined): string {
  return `The request failed unexpectedly on the server. Nothing was changed unless a result says so; try again, and if it persists, report requestId ${requestId ?? "(none)"} to the operator.`;
}

export interface ErrorFormatOptions {
  logger: Logger;
  /** Keep stack traces in responses (DEBUG_ERRORS). */
  debug: boolean;
}

const TOO_MANY_TOKENS = /^Syntax Error: Document contains more tha[nt] (\d+) tokens/;

/**
 * Apollo's formatError and the WebSocket equivalent: errors with a code of their own pass with the request id added;
 * anything else is logged with the request id and the real error, and answered with a generic message.
 */
export function errorFormatter({
  logger,
  debug,
}: ErrorFormatOptions): (
  formatted: GraphQLFormattedError,
  error: unknown,
  requestId?: string,
) => GraphQLFormattedError {
  return (formatted, error, requestId = currentRequestId()) => {
    const { stacktrace, code, http: _http, ...rest } = formatted.extensions ?? {};
    const trace = debug && stacktrace ? { stacktrace } : {};
    if (code === undefined || code === "INTERNAL_SERVER_ERROR") {
      logger.error({ err: unwrapResolverError(error), requestId, path: formatted.path }, "request failed unexpectedly");
      internalErrors.labels("graphql").inc();
      return {
        message: internalErrorMessage(requestId),
        ...(formatted.path ? { path: formatted.path } : {}),
        extensions: { code: "INTERNAL_SERVER_ERROR", requestId, ...trace },
      };
    }
    const tokens = code === "GRAPHQL_PARSE_FAILED" ? TOO_MANY_TOKENS.exec(formatted.message) : null;
    if (tokens) {
      limitRefusals.labels("tokens").inc();
      return {
        message: `The query has more than ${tokens[1]} tokens, the limit. Split it into smaller queries, or pass long values as variables.`,
        extensions: { code: "QUERY_TOO_LARGE", maxTokens: Number(tokens[1]), requestId },
      };
    }
    return { ...formatted, extensions: { code, ...rest, requestId, ...trace } };
  };
}

/** The error with an extensions code, as Apollo gives parse, validation and variable errors (graphql-ws does not). */
export function withCode(error: GraphQLError, code: string): GraphQLError {
  if (error.extensions.code) return error;
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    originalError: error.originalError,
    extensions: { ...error.extensions, code },
  });
}

/** Code for an error of a graphql-ws execution result: one with neither path nor cause is about the variables. */
export function executionErrorCode(error: GraphQLError): GraphQLError {
  return !error.path && !error.originalError ? withCode(error, "BAD_USER_INPUT") : error;
}

/** A top-level error answer in the GraphQL shape, for failures outside GraphQL execution. */
export function errorBody(
  message: string,
  code: string,
  requestId: string | undefined,
  extra: Record<string, unknown> = {},
) {
  return { errors: [{ message, extensions: { code, ...extra, requestId } }] };
}

/** Unknown routes: a JSON 404 instead of Express's HTML page. */
export function notFound(): RequestHandler {
  return (req, res) => {
    res
      .status(404)
      .json(
        errorBody(
          `There is nothing at ${req.method} ${req.path}: GraphQL is at POST /graphql.`,
          "NOT_FOUND",
          res.locals.requestId as string | undefined,
        ),
      );
  };
}

interface HttpError extends Error {
  type?: string;
  status?: number;
  statusCode?: number;
  expose?: boolean;
  limit?: number;
}

/**
 * Last handler: malformed and oversized bodies and anything a route let through answer in the GraphQL error shape
 * (never Express's HTML page, never a stack); unexpected errors are logged with the request id.
 */
export function errorHandler({ logger, debug }: ErrorFormatOptions): ErrorRequestHandler {
  return (err: HttpError, req, res, next) => {
    if (res.headersSent) {
      next(err);
      return;
    }
    const requestId = res.locals.requestId as string | undefined;
    const status = err.status ?? err.statusCode ?? 500;
    if (err.type === "entity.parse.failed") {
      res
        .status(400)
        .json(
          errorBody(
            'The request body is not valid JSON: send a JSON object such as {"query": "{ viewer { keyName } }"}.',
            "BAD_REQUEST",
            requestId,
          ),
        );
    } else if (err.type === "entity.too.large") {
      res
        .status(413)
        .json(
          errorBody(
            `The request body is larger than the limit of ${err.limit} bytes: send smaller batches.`,
            "PAYLOAD_TOO_LARGE",
            requestId,
            { maxBytes: err.limit },
          ),
        );
    } else if (status >= 400 && status < 500 && err.expose) {
      res.status(status).json(errorBody(`The request was refused: ${err.message}.`, "BAD_REQUEST", requestId));
    } else {
      logger.error({ err, requestId, method: req.method, path: req.path }, "request failed unexpectedly");
      internalErrors.labels("http").inc();
      res
        .status(500)
        .json(
          errorBody(
            internalErrorMessage(requestId),
            "INTERNAL_SERVER_ERROR",
            requestId,
            debug && err.stack ? { stacktrace: err.stack.split("\n") } : {},
          ),
        );
    }
  };
}
