import { setTimeout as delay } from "node:timers/promises";
import { DeadlockException, LockWaitTimeoutException, OptimisticLockError } from "@mikro-orm/core";
import type { EntityManager } from "@mikro-orm/postgresql";
import { CaseEvent } from "../modules/cases/case-event.entity";
import type { SqlEventSink } from "./append";
import { appendEvents, type NewEvent } from "./event.store";
import type { CollectionCase } from "../modules/cases/collection-case.entity";
import { changeStatus, nextSequence, type CaseStatus } from "../modules/cases/case.rules";
import { FailureSignal, fail, failure, type Result } from "../shared/result";
import { CHANGED_AT } from "../shared/base.entity";
import type { EventData, EventType } from "./catalogue";

/** What the sinks need of an event: a CaseEvent, or an event a bulk writer inserted itself. */
export interface SinkEvent {
  id: number;
  type: string;
  creditorId: number;
  case: { id: number };
}

/**
 * Runs after a command's events are written, inside its transaction. The built-in sinks (NOTIFY, webhook enqueue)
 * are SQL run in the statement that writes the events (appendEvents, event.store.ts); a function sink runs after that statement.
 */
export type EventSink = SqlEventSink | ((em: EntityManager, events: readonly SinkEvent[]) => Promise<void>);

/**
 * Rows a command writes itself, by multi-row INSERT, after the ORM's flush and in the same transaction (the bulk
 * path of invoicesPush). It returns the events of those rows, which are written with the command's own (appendEvents).
 */
export type BulkWriter = (em: EntityManager) => Promise<readonly NewEvent[]>;

/** An event to record; its `data` has the shape the catalogue declares for its type. */
export type EventInput = { [T in EventType]: { type: T; summary: string; data: EventData[T] } }[EventType];

export interface Recorder {
  /** Appends an event to the case's timeline without a status change. */
  record(c: CollectionCase, event: EventInput): CaseEvent;
  /**
   * Moves the case to `to` (the rules must allow it; entering a closed status stamps closedAt, changeStatus) and
   * records the event with the status before and after.
   */
  transition(c: CollectionCase, to: CaseStatus, event: EventInput): CaseEvent;
  /** Queues rows the command writes itself after the flush (see BulkWriter). */
  afterFlush(write: BulkWriter): void;
  readonly events: readonly CaseEvent[];
  /** The command's instant: every event it records happens now. */
  readonly now: Date;
  /** Who the events are recorded for. */
  readonly actor: string;
}

interface CommandRecorder extends Recorder {
  readonly bulk: readonly BulkWriter[];
}

function recorder(em: EntityManager, actor: string, now: Date): CommandRecorder {
  const events: CaseEvent[] = [];
  const bulk: BulkWriter[] = [];
  const append = (c: CollectionCase, event: EventInput, before: CaseStatus | null, after: CaseStatus | null) => {
    c.lastSequence = nextSequence(c.lastSequence);
    c.updatedAt = c[CHANGED_AT] = now;
    const e = new CaseEvent({
      case: c,
      creditorId: c.creditor.id,
      sequence: c.lastSequence,
      type: event.type,
      actor,
      summary: event.summary,
      statusBefore: before,
      statusAfter: after,
      data: event.data ?? {},
      occurredAt: now,
    });
    events.push(e);
    return e;
  };
  return {
    events,
    bulk,
    now,
    actor,
    afterFlush: (write) => bulk.push(write),
    record: (c, event) => append(c, event, c.status, c.status),
    transition(c, to, event) {
      const before = c.status;
      const after = changeStatus(c, to, now);
      if (!after) throw new Error(`The rules do not allow ${before} -> ${to}`);
      c.status = after.status;
      c.closedAt = after.closedAt;
      return append(c, event, before, to);
    },
  };
}

export interface CommandContext {
  em: EntityManager;
  actor: string;
  now: Date;
  sinks: readonly EventSink[];
}

/** Tries of one command that keeps losing the race for its rows; each lost try means another command committed. */
export const COMMAND_ATTEMPTS = 10;

/** A write that lost a race with a concurrent command on the same rows (the case's version moved on, a deadlock). */
export function isLostRace(err: unknown): boolean {
  return (
    err instanceof OptimisticLockError || err instanceof DeadlockException || err instanceof LockWaitTimeoutException
  );
}

/**
 * One command, one transaction: the changes, their timeline events and the sinks (notifications, webhook jobs)
 * commit together or not at all. A failed Result rolls everything back. A try that lost the race for its rows to a
 * concurrent command is rolled back and run again on a fresh EntityManager (so it reads what the winner wrote); after
 * COMMAND_ATTEMPTS the caller gets CONCURRENT_UPDATE.
 */
export async function runCommand<T, C extends string>(
  ctx: CommandContext,
  fn: (em: EntityManager, rec: Recorder) => Promise<Result<T, C>>,
): Promise<Result<T, C | "CONCURRENT_UPDATE">> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await attemptCommand(attempt === 1 ? ctx.em : ctx.em.fork({ clear: true }), ctx, fn);
    } catch (err) {
      if (err instanceof FailureSignal) return fail(...(err.errors as never[]));
      if (!isLostRace(err)) throw err;
      if (attempt >= COMMAND_ATTEMPTS) {
        return fail(
          failure(
            "CONCURRENT_UPDATE",
            null,
            "Other requests kept changing the same case at the same time: send the request again.",
          ),
        );
      }
      // A little jitter so that the losers of one race do not meet again in the next.
      await delay(Math.floor(Math.random() * 5 * attempt));
    }
  }
}

async function attemptCommand<T, C extends string>(
  base: EntityManager,
  ctx: CommandContext,
  fn: (em: EntityManager, rec: Recorder) => Promise<Result<T, C>>,
): Promise<Result<T, C>> {
  return base.transactional(async (em) => {
    const rec = recorder(em, ctx.actor, ctx.now);
    const result = await fn(em, rec);
    if (!result.ok) throw new FailureSignal(result.errors);
    await em.flush();
    // a command records events on its cases only (Recorder.record / transition), so each has its case
    const events: NewEvent[] = [...(rec.events as readonly NewEvent[])];
    for (const write of rec.bulk) events.push(...(await write(em)));
    await appendEvents(
      em,
      events,
      ctx.sinks.filter((s): s is SqlEventSink => typeof s !== "function"),
    );
    if (events.length > 0) for (const sink of ctx.sinks) if (typeof sink === "function") await sink(em, events);
    return result;
  });
}
