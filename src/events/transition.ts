import type { EntityManager } from "@mikro-orm/postgresql";
import { runPrepared } from "../db/prepared";
import { appendSql, EVENT_SOURCE_COLUMNS, type SqlEventSink } from "./append";
import type { CommandContext, EventInput, EventSink } from "./command";
import { canTransition, CaseStatus } from "../modules/cases/case.rules";

export interface CaseTransition {
  caseId: number;
  /** Creditors the caller may act for ("all": any). */
  creditorIds: readonly number[] | "all";
  to: CaseStatus;
  event: EventInput;
  /** Stamp closed_at with the command's instant (a change to a closed status). */
  closes?: boolean;
}

const STATUSES = Object.values(CaseStatus);

function sqlSinks(sinks: readonly EventSink[]): SqlEventSink[] {
  return sinks.map((s) => {
    if (typeof s === "function")
      throw new Error("a status change in one statement runs SQL sinks only; use runCommand for function sinks");
    return s;
  });
}

/** The statement of transitionCase for a set of sinks (the process's sinks: built once). */
const statements = new WeakMap<readonly EventSink[], string>();

function transitionSql(sinks: readonly EventSink[]): string {
  let sql = statements.get(sinks);
  if (sql === undefined) {
    // One statement text whatever the caller's tenancy and target (a prepared statement is parsed and planned once).
    sql = appendSql({
      before: `old as (select id, status from collection_case where id = $1 and status = any($2::text[]) and ($3::bigint[] is null or creditor_id = any($3::bigint[])) for update),
       changed as (
         update collection_case c set status = $4, last_sequence = c.last_sequence + 1, updated_at = $5::timestamptz,
           closed_at = case when $6::boolean then $5::timestamptz else c.closed_at end, version = c.version + 1
         from old where c.id = old.id
         returning c.*, old.status as status_was
       )`,
      lockAfter: "changed",
      source: `(select c.id as case_id, c.creditor_id, c.last_sequence as sequence, $7::text as type, $5::timestamptz as occurred_at, $8::text as actor,
         $9::text as summary, c.status_was as status_before, c.status as status_after, $10::jsonb as data, 1 as n from changed c) ev(${EVENT_SOURCE_COLUMNS}, n)`,
      sinks: sqlSinks(sinks),
      select: "(select row_to_json(c) from changed c) as case_row",
    });
    statements.set(sinks, sql);
  }
  return sql;
}

/**
 * A status change that needs nothing of the case but its status, in ONE statement and its own transaction: the case
 * row moves to `to` if the rules (case.rules.ts) allow that from the status it has when the row is locked, its event
 * is appended and the sinks run (appendSql). runCommand does the same through the ORM in five round trips (BEGIN,
 * select, update, append, COMMIT). Returns the updated case row (`row_to_json` of collection_case), or null when
 * nothing changed: an unknown case, another tenant's, or a status the rules do not allow leaving for `to`. The
 * caller says which.
 */
export async function transitionCase(ctx: CommandContext, t: CaseTransition): Promise<Record<string, unknown> | null> {
  if (t.creditorIds !== "all" && t.creditorIds.length === 0) return null;
  const from = STATUSES.filter((s) => s !== t.to && canTransition(s, t.to));
  const sql = transitionSql(ctx.sinks);
  const values = [
    t.caseId,
    from,
    t.creditorIds === "all" ? null : [...t.creditorIds],
    t.to,
    ctx.now.toISOString(),
    t.closes === true,
    t.event.type,
    ctx.actor,
    t.event.summary,
    JSON.stringify(t.event.data ?? {}),
  ];
  const rows = await runPrepared<{ case_row: Record<string, unknown> }>(ctx.em as EntityManager, sql, values);
  return rows[0]?.case_row ?? null;
}
