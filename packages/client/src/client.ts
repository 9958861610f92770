import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { getOperationAST, print } from "graphql";
import { createClient as createWsClient, type Client as WsClient } from "graphql-ws";
import { TvistError, type TvistGraphQLError } from "./errors";
import { CaseEventsDocument, type CaseEventsSubscription } from "./generated/graphql";

export interface ClientOptions {
  /** tvist's GraphQL endpoint, e.g. `https://tvist.example.no/graphql`; subscriptions use the same URL over ws(s). */
  url: string;
  /** An API key, `tvk_…`; sent as `Authorization: Bearer`. */
  apiKey: string;
  /** The fetch to use; default: the global fetch (Node 18+). */
  fetch?: typeof fetch;
  /** A WebSocket class for subscriptions (e.g. the `ws` package's); default: the global WebSocket where there is one. */
  webSocketImpl?: unknown;
  /** Reconnection attempts of a subscription after its socket drops, in a row; default Infinity (until close()). */
  retryAttempts?: number;
  /** Longest wait between two reconnection attempts, in ms; default 30000 (doubling from 1000, with jitter). */
  maxRetryWaitMs?: number;
}

/** A case event as `caseEvents` delivers it; `cursor` resumes after it. */
export type CaseEventMessage = CaseEventsSubscription["caseEvents"];

export interface CaseEventsArgs {
  /** Only this case's events. */
  caseId?: string;
  /** Only this creditor's events. */
  creditorId?: string;
  /** Only these event types (catalogue names); none for all. */
  types?: string[];
  /** Start after this cursor: first the events missed since then, in order, then live ones. None: from now on. */
  after?: string;
}

/** A live stream of case events; iterate it with `for await`, or pass a callback to caseEvents. */
export interface CaseEventStream extends AsyncIterableIterator<CaseEventMessage> {
  /** The cursor of the last event delivered: the stream resumes from it after a reconnect (and so can you). */
  readonly cursor: string | undefined;
  /** Stops the stream; a pending `next()` resolves as done. */
  close(): Promise<void>;
}

export interface CaseEventSubscription {
  readonly cursor: string | undefined;
  /** Settles when the stream ends: resolves on close(), rejects with a TvistError (or the callback's error). */
  readonly done: Promise<void>;
  close(): Promise<void>;
}

export interface TvistClient {
  /** Runs a query or mutation over HTTP. Top-level errors throw TvistError; userErrors are data. */
  request<TResult, TVariables>(
    document: TypedDocumentNode<TResult, TVariables>,
    ...variables: TVariables extends Record<string, never> ? [] | [TVariables] : [TVariables]
  ): Promise<TResult>;
  /** Case events, resuming from the last cursor delivered after a dropped connection: none lost, none repeated. */
  caseEvents(args: CaseEventsArgs): CaseEventStream;
  caseEvents(args: CaseEventsArgs, onEvent: (event: CaseEventMessage) => void | Promise<void>): CaseEventSubscription;
  /** Closes every subscription and the WebSocket. */
  close(): Promise<void>;
}

interface GraphQLResponse {
  data?: unknown;
  errors?: TvistGraphQLError[];
}

function wsUrlOf(url: string): string {
  const u = new URL(url);
  u.protocol = u.protocol === "https:" ? "wss:" : u.protocol === "http:" ? "ws:" : u.protocol;
  return u.toString();
}

function isCloseEvent(e: unknown): e is { code: number; reason: string } {
  return typeof e === "object" && e !== null && "code" in e && "reason" in e;
}

/** The key was revoked (4403) or the request is refused for good: reconnecting would not help. */
const FINAL_CLOSE_CODES = new Set([4400, 4401, 4403, 4406, 4409, 4429, 4500]);

function subscriptionError(err: unknown): TvistError {
  if (err instanceof TvistError) return err;
  if (Array.isArray(err)) return TvistError.fromErrors(err as TvistGraphQLError[]);
  if (isCloseEvent(err))
    return new TvistError(`The subscription's connection closed (${err.code}${err.reason ? `: ${err.reason}` : ""}).`, {
      code: err.code === 4403 ? "FORBIDDEN" : "CONNECTION_CLOSED",
      cause: err,
    });
  return new TvistError(err instanceof Error ? err.message : "The subscription failed.", {
    code: "NETWORK_ERROR",
    cause: err,
  });
}

/** A client for one tvist server and API key. */
export function createClient(options: ClientOptions): TvistClient {
  const doFetch = options.fetch ?? globalThis.fetch;
  const authorization = `Bearer ${options.apiKey}`;
  const maxWait = options.maxRetryWaitMs ?? 30000;
  const streams = new Set<CaseEventStream>();
  let ws: WsClient | undefined;

  const socket = (): WsClient => {
    if (ws) return ws;
    const impl = options.webSocketImpl ?? (globalThis as { WebSocket?: unknown }).WebSocket;
    if (!impl)
      throw new TvistError('No WebSocket here: pass webSocketImpl (e.g. require("ws")) to createClient.', {
        code: "NO_WEBSOCKET",
      });
    ws = createWsClient({
      url: wsUrlOf(options.url),
      webSocketImpl: impl,
      connectionParams: { authorization },
      lazy: true,
      retryAttempts: options.retryAttempts ?? Infinity,
      shouldRetry: (e) => isCloseEvent(e) && !FINAL_CLOSE_CODES.has(e.code),
      retryWait: async (retries) => {
        const wait = Math.min(1000 * 2 ** retries, maxWait);
        await new Promise((resolve) => setTimeout(resolve, wait / 2 + Math.random() * (wait / 2)));
      },
    });
    return ws;
  };

  async function request<TResult, TVariables>(
    document: TypedDocumentNode<TResult, TVariables>,
    variables?: TVariables,
  ): Promise<TResult> {
    let res: Response;
    try {
      res = await doFetch(options.url, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          accept: "application/graphql-response+json, application/json",
          authorization,
        },
        body: JSON.stringify({
          query: print(document),
          variables: variables ?? {},
          operationName: getOperationAST(document)?.name?.value,
        }),
      });
    } catch (err) {
      throw new TvistError(`tvist could not be reached at ${options.url}: ${(err as Error).message}`, {
        code: "NETWORK_ERROR",
        cause: err,
      });
    }
    const requestId = res.headers.get("x-request-id") ?? undefined;
    let body: GraphQLResponse;
    try {
      body = (await res.json()) as GraphQLResponse;
    } catch (err) {
      throw new TvistError(`tvist answered HTTP ${res.status} without a GraphQL response.`, {
        code: res.status >= 500 ? "SERVICE_UNAVAILABLE" : "BAD_RESPONSE",
        requestId,
        status: res.status,
        cause: err,
      });
    }
    if (body.errors?.length) throw TvistError.fromErrors(body.errors, requestId, res.status);
    if (body.data === undefined || body.data === null)
      throw new TvistError(`tvist answered HTTP ${res.status} without data.`, {
        code: "BAD_RESPONSE",
        requestId,
        status: res.status,
      });
    return body.data as TResult;
  }

  function stream(args: CaseEventsArgs): CaseEventStream {
    const queue: CaseEventMessage[] = [];
    const waiting: { resolve: (r: IteratorResult<CaseEventMessage>) => void; reject: (e: unknown) => void }[] = [];
    let cursor = args.after;
    let failure: TvistError | undefined;
    let ended = false;
    const filter =
      args.caseId || args.creditorId || args.types
        ? { caseId: args.caseId, creditorId: args.creditorId, types: args.types }
        : undefined;
    // graphql-ws sends this payload again on every reconnect: the getter makes it resume from the last cursor
    const payload = {
      query: print(CaseEventsDocument),
      operationName: "CaseEvents",
      get variables() {
        return { filter, after: cursor ?? null };
      },
    };
    const finish = () => {
      if (ended) return;
      ended = true;
      unsubscribe();
      streams.delete(it);
      for (const w of waiting.splice(0)) {
        if (failure) w.reject(failure);
        else w.resolve({ value: undefined, done: true });
      }
    };
    const unsubscribe = socket().subscribe<CaseEventsSubscription>(payload, {
      next: (value) => {
        if (ended) return;
        if (value.errors?.length) {
          failure = TvistError.fromErrors(value.errors as unknown as TvistGraphQLError[]);
          return finish();
        }
        const event = value.data?.caseEvents;
        if (!event) return;
        cursor = event.cursor;
        const w = waiting.shift();
        if (w) w.resolve({ value: event, done: false });
        else queue.push(event);
      },
      error: (err) => {
        failure = subscriptionError(err);
        finish();
      },
      complete: () => finish(),
    });
    const it: CaseEventStream = {
      get cursor() {
        return cursor;
      },
      next() {
        const event = queue.shift();
        if (event) return Promise.resolve({ value: event, done: false });
        if (ended) {
          if (failure) return Promise.reject(failure);
          return Promise.resolve({ value: undefined, done: true });
        }
        return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
      },
      async return() {
        queue.length = 0;
        failure = undefined;
        finish();
        return { value: undefined, done: true };
      },
      async close() {
        await it.return!();
      },
      [Symbol.asyncIterator]() {
        return it;
      },
    };
    streams.add(it);
    return it;
  }

  function caseEvents(args: CaseEventsArgs): CaseEventStream;
  function caseEvents(
    args: CaseEventsArgs,
    onEvent: (event: CaseEventMessage) => void | Promise<void>,
  ): CaseEventSubscription;
  function caseEvents(
    args: CaseEventsArgs,
    onEvent?: (event: CaseEventMessage) => void | Promise<void>,
  ): CaseEventStream | CaseEventSubscription {
    const events = stream(args);
    if (!onEvent) return events;
    const done = (async () => {
      try {
        for await (const event of events) await onEvent(event);
      } finally {
        await events.close();
      }
    })();
    done.catch(() => undefined);
    return {
      get cursor() {
        return events.cursor;
      },
      done,
      close: () => events.close(),
    };
  }

  return {
    request: request as TvistClient["request"],
    caseEvents,
    async close() {
      await Promise.all([...streams].map((s) => s.close()));
      await ws?.dispose();
      ws = undefined;
    },
  };
}
