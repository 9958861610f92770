import { ChangeSetType, type EventSubscriber, type FlushEventArgs } from "@mikro-orm/core";
import type { EntityManager } from "@mikro-orm/postgresql";
import { CaseEvent } from "../modules/cases/case-event.entity";

/** Transaction-scoped advisory lock key that serialises the writing of case events ("tvist" in ASCII). */
export const EVENT_ORDER_LOCK = 0x7476697374;

/**
 * Makes case_event ids follow commit order. A transaction that inserts events first takes one advisory lock and
 * holds it until it commits, so an event with a higher id can never become visible before one with a lower id.
 * Readers can therefore resume from "the last id seen" (subscription cursors, LISTEN catch-up, eventsSince)
 * without missing an event that committed late. Only transactions that write events wait, and only for the
 * short span between their event insert and their commit.
 */
export class EventOrderSubscriber implements EventSubscriber {
  async onFlush({ em, uow }: FlushEventArgs): Promise<void> {
    if (!em.isInTransaction()) return;
    const writesEvents = uow
      .getChangeSets()
      .some((cs) => cs.type === ChangeSetType.CREATE && cs.entity instanceof CaseEvent);
    if (writesEvents) await (em as EntityManager).execute("select pg_advisory_xact_lock(?)", [EVENT_ORDER_LOCK]);
  }
}
