import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError } from "graphql";

/** Node socket errors and PostgreSQL SQLSTATEs that mean the database cannot be reached right now. */
const UNAVAILABLE_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "EPIPE",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EAI_AGAIN",
  "57P01",
  "57P02",
  "57P03",
  "53300",
]);
const UNAVAILABLE_MESSAGES =
  /Connection terminated|Client has encountered a connection error|Timeout acquiring a connection|Connection ended unexpectedly|the database system is (starting up|shutting down|in recovery mode)/i;

/** Whether an error (or what it wraps) says the database is out of reach rather than that a statement was wrong. */
export function isDatabaseUnavailable(err: unknown, depth = 0): boolean {
  if (!err || typeof err !== "object" || depth > 5) return false;
  const e = err as {
    code?: unknown;
    message?: unknown;
    name?: unknown;
    cause?: unknown;
    originalError?: unknown;
    previous?: unknown;
  };
  if (typeof e.code === "string" && (UNAVAILABLE_CODES.has(e.code) || e.code.startsWith("08"))) return true;
  if (e.name === "KnexTimeoutError" || e.name === "ConnectionException") return true;
  if (typeof e.message === "string" && UNAVAILABLE_MESSAGES.test(e.message)) return true;
  return [e.originalError, e.cause, e.previous].some(
    (inner) => inner !== err && isDatabaseUnavailable(inner, depth + 1),
  );
}

/** The typed answer while the database is out of reach: HTTP 503, code SERVICE_UNAVAILABLE, nothing internal. */
export function serviceUnavailableError(path?: readonly (string | number)[]): GraphQLError {
  return new GraphQLError(
    "The database is unavailable right now; nothing was changed by this request. Try again in a few seconds.",
    {
      path,
      extensions: { code: "SERVICE_UNAVAILABLE", http: { status: 503, headers: new Map([["retry-after", "5"]]) } },
    },
  );
}

/** Rethrows a database-unreachable error as serviceUnavailableError, anything else as it is. */
export function rethrowUnavailable(err: unknown): never {
  throw isDatabaseUnavailable(err) ? serviceUnavailableError() : err;
}

/**
 * Replaces errors caused by an unreachable database with serviceUnavailableError before they are formatted, so a
 * client gets a typed 503 it can retry instead of an internal error.
 */
export function databaseAvailabilityPlugin<T extends object>(): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors }) {
          const list = errors as GraphQLError[];
          for (let i = 0; i < list.length; i++) {
            const error = list[i]!;
            if (error.extensions?.code !== "SERVICE_UNAVAILABLE" && isDatabaseUnavailable(error.originalError))
              list[i] = serviceUnavailableError(error.path);
          }
        },
      };
    },
  };
}
