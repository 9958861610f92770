import type { EntityManager } from "@mikro-orm/postgresql";
import type { CaseEvent } from "../modules/cases/case-event.entity";
import { EVENT_ORDER_LOCK } from "./commit-order";

/**
 * A sink that runs inside the statement that appends a command's events: SQL over the CTE `appended`
 * (id, type, creditor_id, case_id, sequence) of the events just written. `ctes` are `name as (...)` entries; `result`
 * is a scalar expression that refers to them (PostgreSQL runs a plain CTE only when something refers to it).
 */
export interface SqlEventSink {
  kind: "sql";
  name: string;
  ctes: string;
  result: string;
}

const COLUMNS = "id, type, creditor_id, case_id, sequence";

/** An event to write: a recorded CaseEvent, or one a bulk writer made for the rows it inserted. `id` is set here. */
export type NewEvent = Pick<CaseEvent, "id" | "creditorId" | "sequence" | "type" | "occurredAt" | "actor" | "summary" | "statusBefore" | "statusAfter" | "data"> & {
  case: { id: number };
};

function sinkSql(sinks: readonly SqlEventSink[]): { ctes: string; results: string } {
  return {
    ctes: sinks.map((s) => `, ${s.ctes}`).join("\n"),
    results: sinks.map((s) => `, ${s.result} as "${s.name}"`).join(""),
  };
}

/**
 * Writes a command's events and runs the SQL sinks in ONE statement, after the ORM's flush: it takes the event-order
 * lock (so ids follow commit order, see commit-order.ts), inserts the events in recording order, and notifies and
 * enqueues from the inserted rows. The lock is then held only for this statement and the COMMIT that follows it:
 * two round trips, where writing the events through the ORM and running each sink on its own took six, each of which
 * waits for its turn on a busy event loop while every other command waits for the lock.
 * Sets each event's id.
 */
export async function appendEvents(em: EntityManager, events: readonly NewEvent[], sinks: readonly SqlEventSink[]): Promise<void> {
  if (events.length === 0) return;
  const rows = events.map((e) => ({
    case_id: e.case.id,
    creditor_id: e.creditorId,
    sequence: e.sequence,
    type: e.type,
    occurred_at: e.occurredAt.toISOString(),
    actor: e.actor,
    summary: e.summary,
    status_before: e.statusBefore,
    status_after: e.statusAfter,
    data: e.data,
  }));
  const s = sinkSql(sinks);
  // The uncorrelated EXISTS is a one-time filter: evaluated (the lock taken) before the first row, and its id, is made.
  const out = await em.execute<{ id: string; case_id: string; sequence: number }[]>(
    `with lock as materialized (select pg_advisory_xact_lock(?) as locked),
     appended as (
       insert into case_event (case_id, creditor_id, sequence, type, occurred_at, actor, summary, status_before, status_after, data)
       select r.case_id, r.creditor_id, r.sequence, r.type, r.occurred_at, r.actor, r.summary, r.status_before, r.status_after, r.data
       from rows from (json_to_recordset(?::json) as (case_id bigint, creditor_id bigint, sequence int, type text, occurred_at timestamptz, actor text,
         summary text, status_before text, status_after text, data jsonb)) with ordinality as r(case_id, creditor_id, sequence, type, occurred_at, actor,
         summary, status_before, status_after, data, n)
       where exists (select 1 from lock)
       order by r.n
       returning ${COLUMNS}
     )
     ${s.ctes}
     select a.id::text, a.case_id::text, a.sequence${s.results} from appended a order by a.id`,
    [EVENT_ORDER_LOCK, JSON.stringify(rows)],
  );
  const ids = new Map(out.map((r) => [`${r.case_id}#${r.sequence}`, Number(r.id)]));
  for (const e of events) {
    const id = ids.get(`${e.case.id}#${e.sequence}`);
    if (id === undefined) throw new Error(`event ${e.case.id}#${e.sequence} was not written`);
    e.id = id;
  }
}
