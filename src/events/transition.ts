import type { EntityManager } from "@mikro-orm/postgresql";
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
    if (typeof s === "function") throw new Error("a status change in one statement runs SQL sinks only; use runCommand for function sinks");
    return s;
  });
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
  const tenant = t.creditorIds === "all" ? "" : "and creditor_id = any(array[?]::bigint[])";
  const now = ctx.now.toISOString();
  const sql = appendSql({
    before: `old as (select id, status from collection_case where id = ? and status = any(array[?]::text[]) ${tenant} for update),
     changed as (
       update collection_case c set status = ?, last_sequence = c.last_sequence + 1, updated_at = ?::timestamptz,
         ${t.closes ? "closed_at = ?::timestamptz," : ""} version = c.version + 1
       from old where c.id = old.id
       returning c.*, old.status as status_was
     )`,
    lockAfter: "changed",
    source: `(select c.id as case_id, c.creditor_id, c.last_sequence as sequence, ?::text as type, ?::timestamptz as occurred_at, ?::text as actor,
       ?::text as summary, c.status_was as status_before, c.status as status_after, ?::jsonb as data, 1 as n from changed c) ev(${EVENT_SOURCE_COLUMNS}, n)`,
    sinks: sqlSinks(ctx.sinks),
    select: "(select row_to_json(c) from changed c) as case_row",
  });
  const params: unknown[] = [t.caseId, from];
  if (t.creditorIds !== "all") params.push([...t.creditorIds]);
  params.push(t.to, now);
  if (t.closes) params.push(now);
  params.push(t.event.type, now, ctx.actor, t.event.summary, JSON.stringify(t.event.data ?? {}));
  const rows = await (ctx.em as EntityManager).getConnection().execute<{ case_row: Record<string, unknown> }[]>(sql, params as never[]);
  return rows[0]?.case_row ?? null;
}
