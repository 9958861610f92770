import type { EntityManager } from "@mikro-orm/postgresql";
import { GraphQLError } from "graphql";
import type { Auth } from "../modules/access/auth";
import { toEventRecord, type LoggedEvent, type EventRow } from "./event-record";
import { eventsWhereSql } from "./event.store";
import type { EventBus } from "./pubsub";

/** What a subscriber or poller asks for; creditorIds is the tenant scope ("all" for an all-creditor key). */
export interface EventScope {
  creditorIds: readonly number[] | "all";
  /** Case events (default) or events without a case (creditor events). */
  kind?: "case" | "creditor";
  caseId?: number;
  creditorId?: number;
  types?: readonly string[];
}

export function scopeOf(auth: Auth, filter: Omit<EventScope, "creditorIds">): EventScope {
  return { ...filter, creditorIds: auth.creditorIds };
}

export function matches(scope: EventScope, e: LoggedEvent): boolean {
  if ((e.caseId === null) !== (scope.kind === "creditor")) return false;
  if (scope.creditorIds !== "all" && !scope.creditorIds.includes(e.creditorId)) return false;
  if (scope.creditorId !== undefined && e.creditorId !== scope.creditorId) return false;
  if (scope.caseId !== undefined && e.caseId !== scope.caseId) return false;
  if (scope.types && scope.types.length > 0 && !scope.types.includes(e.type)) return false;
  return true;
}

/** Events after `afterId` in the scope, in id (= commit) order. */
export async function eventsAfter(
  em: EntityManager,
  scope: EventScope,
  afterId: number,
  limit: number,
): Promise<LoggedEvent[]> {
  const where = ["id > ?", scope.kind === "creditor" ? "case_id is null" : "case_id is not null"];
  const params: unknown[] = [afterId];
  if (scope.creditorIds !== "all") {
    if (scope.creditorIds.length === 0) return [];
    where.push(`creditor_id in (${scope.creditorIds.map(() => "?").join(", ")})`);
    params.push(...scope.creditorIds);
  }
  if (scope.creditorId !== undefined) {
    where.push("creditor_id = ?");
    params.push(scope.creditorId);
  }
  if (scope.caseId !== undefined) {
    where.push("case_id = ?");
    params.push(scope.caseId);
  }
  if (scope.types && scope.types.length > 0) {
    where.push(`type in (${scope.types.map(() => "?").join(", ")})`);
    params.push(...scope.types);
  }
  const rows = await em.getConnection().execute<EventRow[]>(eventsWhereSql(where, limit), params as never[]);
  return rows.map(toEventRecord);
}

/** Events a subscriber may fall behind by before it is cut off (it can resume with its last cursor). */
export const MAX_BUFFERED = 10_000;
const REPLAY_PAGE = 500;

/**
 * A push/pull queue that is also the subscription's async iterator. Unlike an async generator, return() takes
 * effect at once even while next() is waiting, so an unsubscribing client never leaves a listener behind.
 */
class Channel<T> implements AsyncIterableIterator<T> {
  private readonly items: T[] = [];
  private waiting: { resolve: (r: IteratorResult<T>) => void; reject: (err: unknown) => void } | undefined;
  private done = false;
  private error: unknown;
  private drainWaiter: { below: number; resolve: () => void } | undefined;

  constructor(private readonly onClose: () => void) {}

  get size(): number {
    return this.items.length;
  }

  push(item: T): void {
    if (this.done) return;
    if (this.waiting) {
      const w = this.waiting;
      this.waiting = undefined;
      w.resolve({ value: item, done: false });
    } else this.items.push(item);
  }

  fail(err: unknown): void {
    if (this.done) return;
    this.error = err;
    this.finish();
    if (this.waiting) {
      const w = this.waiting;
      this.waiting = undefined;
      w.reject(err);
    }
  }

  /** Resolves once the consumer has taken items until fewer than `below` wait (or the channel closed). */
  drained(below: number): Promise<void> {
    if (this.items.length < below || this.done) return Promise.resolve();
    return new Promise((resolve) => (this.drainWaiter = { below, resolve }));
  }

  next(): Promise<IteratorResult<T>> {
    if (this.items.length > 0) {
      const value = this.items.shift()!;
      if (this.drainWaiter && this.items.length < this.drainWaiter.below) {
        this.drainWaiter.resolve();
        this.drainWaiter = undefined;
      }
      return Promise.resolve({ value, done: false });
    }
    if (this.error !== undefined) {
      const err = this.error;
      this.error = undefined;
      return Promise.reject(err);
    }
    if (this.done) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve, reject) => (this.waiting = { resolve, reject }));
  }

  return(): Promise<IteratorResult<T>> {
    this.items.length = 0;
    this.finish();
    if (this.waiting) {
      const w = this.waiting;
      this.waiting = undefined;
      w.resolve({ value: undefined, done: true });
    }
    return Promise.resolve({ value: undefined, done: true });
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<T> {
    return this;
  }

  get closed(): boolean {
    return this.done;
  }

  private finish(): void {
    if (this.done) return;
    this.done = true;
    this.drainWaiter?.resolve();
    this.drainWaiter = undefined;
    this.onClose();
  }
}

/**
 * The events of a subscription: with a cursor, first every event after it from the log, then live ones, without
 * gaps or duplicates. Live delivery starts listening before the replay; events heard meanwhile are buffered and,
 * once the replay is done, delivered when their id is past the last replayed one.
 */
export function eventStream(
  bus: EventBus,
  em: EntityManager,
  scope: EventScope,
  afterId: number | undefined,
): AsyncIterableIterator<LoggedEvent> {
  let replaying = afterId !== undefined;
  let last = afterId ?? 0;
  const buffered: LoggedEvent[] = [];
  const tooSlow = () =>
    new GraphQLError(
      `The subscriber fell more than ${MAX_BUFFERED} events behind: resubscribe with the cursor of the last event received.`,
      { extensions: { code: "SUBSCRIBER_TOO_SLOW" } },
    );

  const deliver = (e: LoggedEvent) => {
    if (e.id <= last) return;
    last = e.id;
    channel.push(e);
    if (channel.size > MAX_BUFFERED) channel.fail(tooSlow());
  };
  const unsubscribe = bus.subscribe((e) => {
    if (!matches(scope, e)) return;
    if (!replaying) deliver(e);
    else if (buffered.push(e) > MAX_BUFFERED) channel.fail(tooSlow());
  });
  const channel = new Channel<LoggedEvent>(unsubscribe);

  if (replaying) {
    void (async () => {
      for (;;) {
        const page = await eventsAfter(em, scope, last, REPLAY_PAGE);
        for (const e of page) deliver(e);
        if (page.length < REPLAY_PAGE || channel.closed) break;
        await channel.drained(REPLAY_PAGE);
      }
      for (const e of buffered) deliver(e);
      buffered.length = 0;
      replaying = false;
    })().catch((err: unknown) => channel.fail(err));
  }
  return channel;
}
