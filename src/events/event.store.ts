import type { EntityManager } from "@mikro-orm/postgresql";
import type { CaseEvent } from "../modules/cases/case-event.entity";
import type { SqlEventSink } from "./append";
import { EVENT_COLUMNS } from "./event-record";
import { eventsAppended } from "../metrics/series";

/**
 * The SQL that appends case_event rows. Every event is written by appendEventsSql's statement, whichever command
 * writes it: the statement takes the event-order lock, so ids follow commit order. Readers can therefore resume from
 * "the last id seen" (subscription cursors, LISTEN catch-up, eventsSince) without missing an event that committed
 * late.
 */

/** The PostgreSQL NOTIFY channel that tells every tvist process about committed events. */
export const EVENTS_CHANNEL = "tvist_events";

/** Transaction-scoped advisory lock key that serialises the writing of case events ("tvist" in ASCII). */
export const EVENT_ORDER_LOCK = 0x7476697374;

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

/** The columns an event source gives appendEventsSql, in this order, plus `n` (the order to write them in). */
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
 * the event-order lock (ids follow commit order), `prior` (the id sequence's last value under the lock: the last
 * event id drawn before this command's; equal to the last committed event id unless a transaction that drew ids
 * rolled back), the insert in `n` order, then the sinks over the inserted rows. The lock is then held only for this
 * statement and the COMMIT after it. Returns `id, case_id, sequence` of each event and one column per sink.
 */
export function appendEventsSql(parts: AppendSqlParts): string {
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

/** appendEventsSql over a JSON array of event rows (the one parameter). */
function appendRowsSql(sinks: readonly SqlEventSink[]): string {
  return appendEventsSql({
    source: `rows from (json_to_recordset(?::json) as (case_id bigint, creditor_id bigint, sequence int, type text, occurred_at timestamptz, actor text,
         summary text, status_before text, status_after text, data jsonb)) with ordinality as r(${EVENT_SOURCE_COLUMNS}, n)`,
    sinks,
  });
}

/**
 * Writes a command's events and runs the SQL sinks in ONE statement, after the ORM's flush (appendEventsSql): two
 * round trips under the lock (this statement and the COMMIT), where writing the events through the ORM and running
 * each sink on its own took six, each of which waits for its turn on a busy event loop while every other command
 * waits for the lock. Sets each event's id.
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
  const out = await em.execute<{ id: string; case_id: string; sequence: number }[]>(appendRowsSql(sinks), [
    JSON.stringify(rows),
  ]);
  eventsAppended.inc(out.length);
  const ids = new Map(out.map((r) => [`${r.case_id}#${r.sequence}`, Number(r.id)]));
  for (const e of events) {
    const id = ids.get(`${e.case.id}#${e.sequence}`);
    if (id === undefined) throw new Error(`event ${e.case.id}#${e.sequence} was not written`);
    e.id = id;
  }
}

/**
 * Appends one event without a case (sequence 0) for every creditor and runs the sinks; parameters: type, occurred_at,
 * actor, summary, data. Returns one row per event.
 */
export function appendToEveryCreditorSql(sinks: readonly SqlEventSink[]): string {
  return appendEventsSql({
    source: `(select null::bigint as case_id, c.id as creditor_id, 0 as sequence, ?::text as type, ?::timestamptz as occurred_at, ?::text as actor,
            ?::text as summary, null::text as status_before, null::text as status_after, ?::jsonb as data, row_number() over (order by c.id) as n
          from creditor c) as r(${EVENT_SOURCE_COLUMNS}, n)`,
    sinks,
  });
}

/** NOTIFY payloads are limited to 8000 bytes: a larger one carries no rows. */
const NOTIFY_ROWS_MAX = 7900;

/**
 * Notifies every process of the command's events. NOTIFY is transactional: listeners hear of the events only
 * when (and if) the command commits, and in commit order. One notification per command: {after, lastId, count} and,
 * when they fit in a payload, the events' rows. `after` is the last event id drawn before them (appendEventsSql): a
 * listener that has dispatched exactly up to `after` dispatches the rows as they are; any other listener (it missed
 * a notification, an id was rolled back, the rows did not fit) reads every event after the last one it dispatched.
 */
export function notifySink(): SqlEventSink {
  return {
    kind: "sql",
    name: "notified",
    ctes: `notify_payload as (
         select json_build_object('after', (select after from prior), 'lastId', max(a.id), 'count', count(*))::text as hint,
           json_build_object('after', (select after from prior), 'lastId', max(a.id), 'count', count(*), 'rows', json_agg(a order by a.id))::text as full
         from appended a having count(*) > 0
       ),
       notified as (select pg_notify('${EVENTS_CHANNEL}', case when octet_length(p.full) <= ${NOTIFY_ROWS_MAX} then p.full else p.hint end) from notify_payload p)`,
    result: "(select count(*) from notified)",
  };
}

/** The newest event of each case in a list (parameter: the case ids). */
export const LATEST_EVENT_PER_CASE = `select distinct on (case_id) * from case_event where case_id in (?) order by case_id, sequence desc`;

/** The last event id (null: no events). */
export const LAST_EVENT_ID = "select max(id)::text as id from case_event";

/** The last event id after a given one (null: none after it). */
export const LAST_EVENT_ID_AFTER = "select max(id)::text as id from case_event where id > ?";

/** Events after an id, in id (= commit) order, at most `limit`. */
export function eventsAfterIdSql(limit: number): string {
  return `select ${EVENT_COLUMNS} from case_event where id > ? order by id limit ${Math.floor(limit)}`;
}

/** Events matching every condition of `where` (SQL over case_event's columns), in id order, at most `limit`. */
export function eventsWhereSql(where: readonly string[], limit: number): string {
  return `select ${EVENT_COLUMNS} from case_event where ${where.join(" and ")} order by id limit ${Math.floor(limit)}`;
}
