import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { print } from "graphql";
import { createClient, type Client } from "graphql-ws";
import WebSocket from "ws";

export interface Subscription<T> {
  /** Data of every `next` received, in order. */
  items: T[];
  errors: unknown[];
  completed: boolean;
  /** Resolves when at least `count` items arrived; fails after `timeoutMs` or on an error. */
  waitFor(count: number, timeoutMs?: number): Promise<T[]>;
  /** Resolves with the first error (or errors of a `next`). */
  failure(timeoutMs?: number): Promise<unknown>;
  close(): Promise<void>;
}

/** A real graphql-ws client subscription against a test server. */
export function subscribe<T, V>(
  wsUrl: string,
  doc: TypedDocumentNode<T, V>,
  variables: V,
  key: string | null,
): Subscription<T> {
  const client: Client = createClient({
    url: wsUrl,
    webSocketImpl: WebSocket,
    connectionParams: key ? { authorization: `Bearer ${key}` } : {},
    retryAttempts: 0,
    lazy: true,
  });
  const items: T[] = [];
  const errors: unknown[] = [];
  let notify = () => undefined as void;
  const sub: Subscription<T> = {
    items,
    errors,
    completed: false,
    waitFor(count, timeoutMs = 10000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () =>
            reject(
              new Error(`got ${items.length} of ${count} events within ${timeoutMs} ms: ${JSON.stringify(errors)}`),
            ),
          timeoutMs,
        );
        const check = () => {
          if (items.length >= count) {
            clearTimeout(timer);
            resolve(items);
          } else if (errors.length > 0) {
            clearTimeout(timer);
            reject(new Error(`subscription failed: ${JSON.stringify(errors)}`));
          }
        };
        const prev = notify;
        notify = () => {
          prev();
          check();
        };
        check();
      });
    },
    failure(timeoutMs = 10000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`no error within ${timeoutMs} ms; got ${items.length} events`)),
          timeoutMs,
        );
        const check = () => {
          if (errors.length > 0) {
            clearTimeout(timer);
            resolve(errors[0]);
          }
        };
        const prev = notify;
        notify = () => {
          prev();
          check();
        };
        check();
      });
    },
    async close() {
      unsubscribe();
      await client.dispose();
    },
  };
  const unsubscribe = client.subscribe<T>(
    { query: print(doc), variables: variables as Record<string, unknown> },
    {
      next: (value) => {
        if (value.errors?.length) errors.push(value.errors);
        else if (value.data) items.push(value.data as T);
        notify();
      },
      error: (err) => {
        errors.push(err);
        notify();
      },
      complete: () => {
        sub.completed = true;
        notify();
      },
    },
  );
  return sub;
}

/** Waits until `predicate` holds, polling every 20 ms. */
export async function until(
  predicate: () => boolean | Promise<boolean>,
  timeoutMs = 10000,
  what = "condition",
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await predicate())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
