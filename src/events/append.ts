import type { EntityManager } from "@mikro-orm/postgresql";
import type { CaseEvent } from "../modules/cases/case-event.entity";
import { EVENT_ORDER_LOCK } from "./commit-order";
import { EVENT_COLUMNS } from "./event-record";

/**
 * A sink that runs inside the statement that appends a command's events: SQL over the CTEs `appended` (the events
 * just written, columns EVENT_COLUMNS) and `prior` (one row, `after`: the last event id drawn before them, see
 * appendSql). `ctes` are `name as (...)` entries; `result` is a scalar expression that refers to them (PostgreSQL
 * runs a plain CTE only when something refers to it).
 */
export interface SqlEventSink {
  kind: "sql";
  name: string;
  ctes: string;
  result: string;
}

/** An event to write: a recorded CaseEvent, or one a bulk writer made for the rows it inserted. `id` is set here. */
export type NewEvent = Pick<
  CaseEvent,
  | "id"
  | "creditorId"
  | "sequence"
  | "type"
  | "occurredAt"
  | "actor"
  | "summary"
  | "statusBefore"
  | "statusAfter"
  | "data"
> & {
  case: { id: number };
};

/** The columns an event source gives appendSql, in this order, plus `n` (the order to write them in). */
export const EVENT_SOURCE_COLUMNS =
  "case_id, creditor_id, sequence, type, occurred_at, actor, summary, status_before, status_after, data";

export interface AppendSqlParts {
  /** CTEs before the lock (`name as (...)`, comma-separated), e.g. the data-modifying CTE the events come from. */
  before?: string;
  /** FROM of the lock: when set, the lock is taken once that relation has a row (after it is computed), else always. */
  lockAfter?: string;
  /** A FROM item with the EVENT_SOURCE_COLUMNS and `n`. */
  source: string;
  sinks: readonly SqlEventSink[];
  /** More columns of the result (expressions over the CTEs). */
  select?: string;
}

/**
 * The statement that appends events and runs the sinks. In order: `before` (e.g. the row change the events record),
 * the event-order lock (see commit-order.ts: ids follow commit order), `prior` (the id sequence's last value under
 * the lock: the last event id drawn before this command's; equal to the last committed event id unless a
 * transaction that drew ids rolled back), the insert in `n` order, then the sinks over the inserted rows. The lock
 * is then held only for this statement and the COMMIT after it. Returns `id, case_id, sequence` of each event and one
 * column per sink.
 */
export function appendSql(parts: AppendSqlParts): string {
  // The uncorrelated EXISTS is a one-time filter: evaluated (the lock taken, the sequence read) before the first
  // row, and its id, is made.
  return `with ${parts.before ? `${parts.before},\n` : ""}
     lock as materialized (select pg_advisory_xact_lock(${EVENT_ORDER_LOCK}) as locked ${parts.lockAfter ? `from (select 1 from ${parts.lockAfter} limit 1) l` : ""}),
     prior as materialized (select case when s.is_called then s.last_value else 0 end as after from case_event_id_seq s, lock),
     appended as (
       insert into case_event (${EVENT_SOURCE_COLUMNS})
       select ${EVENT_SOURCE_COLUMNS} from ${parts.source}
       where exists (select 1 from prior)
       order by n
       returning ${EVENT_COLUMNS}
     )
     ${parts.sinks.map((s) => `, ${s.ctes}`).join("\n")}
     select a.id::text, a.case_id::text, a.sequence${parts.sinks.map((s) => `, ${s.result} as "${s.name}"`).join("")}${parts.select ? `, ${parts.select}` : ""} from appended a order by a.id`;
}

/**
 * Writes a command's events and runs the SQL sinks in ONE statement, after the ORM's flush (appendSql): two round
 * trips under the lock (this statement and the COMMIT), where writing the events through the ORM and running each
 * sink on its own took six, each of which waits for its turn on a busy event loop while every other command waits
 * for the lock. Sets each event's id.
 */
export async function appendEvents(
  em: EntityManager,
  events: readonly NewEvent[],
  sinks: readonly SqlEventSink[],
): Promise<void> {
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
  const out = await em.execute<{ id: string; case_id: string; sequence: number }[]>(
    appendSql({
      source: `rows from (json_to_recordset(?::json) as (case_id bigint, creditor_id bigint, sequence int, type text, occurred_at timestamptz, actor text,
         summary text, status_before text, status_after text, data jsonb)) with ordinality as r(${EVENT_SOURCE_COLUMNS}, n)`,
      sinks,
    }),
    [JSON.stringify(rows)],
  );
  const ids = new Map(out.map((r) => [`${r.case_id}#${r.sequence}`, Number(r.id)]));
  for (const e of events) {
    const id = ids.get(`${e.case.id}#${e.sequence}`);
    if (id === undefined) throw new Error(`event ${e.case.id}#${e.sequence} was not written`);
    e.id = id;
  }
}
