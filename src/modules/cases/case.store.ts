import type { EntityManager } from "@mikro-orm/postgresql";
import { runPrepared } from "../../db/prepared";
import type { SqlEventSink } from "../../events/append";
import type { CommandContext, EventInput, EventSink } from "../../events/command";
import { appendEventsSql, EVENT_SOURCE_COLUMNS } from "../../events/event.store";
import { eventsAppended } from "../../metrics/series";
import { CASE_STEP, closedAtOn, NEW_CASE, transitionSources, type CaseStatus } from "./case.rules";

/**
 * The hand-written SQL over collection_case. Every value a statement writes comes from case.rules.ts as a parameter
 * (the statuses a change may leave, closed_at, the counters' steps), as the ORM path takes them (events/command.ts).
 */

/** A keyset page of cases: every condition of `where` (over collection_case's columns), ascending id; last parameter the limit. */
export function casePageSql(where: readonly string[]): string {
  return `select * from "collection_case"${where.length ? ` where ${where.join(" and ")}` : ""} order by id asc limit ?`;
}

export interface CaseTransition {
  caseId: number;
  /** Creditors the caller may act for ("all": any). */
  creditorIds: readonly number[] | "all";
  to: CaseStatus;
  event: EventInput;
}

function sqlSinks(sinks: readonly EventSink[]): SqlEventSink[] {
  return sinks.map((s) => {
    if (typeof s === "function")
      throw new Error("a status change in one statement runs SQL sinks only; use runCommand for function sinks");
    return s;
  });
}

/** The statement of transitionCase for a set of sinks (the process's sinks: built once). */
const transitions = new WeakMap<readonly EventSink[], string>();

/**
 * One statement text whatever the caller's tenancy, target and instant (a prepared statement is parsed and planned
 * once). Parameters: $1 case id, $2 the statuses it may leave ($4), $3 creditor ids (null: any), $4 the new status,
 * $5 now, $6 closed_at (null: unchanged), $7 type, $8 actor, $9 summary, $10 data, $11 sequence step, $12 version step.
 */
export function caseTransitionSql(sinks: readonly EventSink[]): string {
  let sql = transitions.get(sinks);
  if (sql === undefined) {
    sql = appendEventsSql({
      before: `old as (select id, status from collection_case where id = $1 and status = any($2::text[]) and ($3::bigint[] is null or creditor_id = any($3::bigint[])) for update),
       changed as (
         update collection_case c set status = $4, last_sequence = c.last_sequence + $11::int, updated_at = $5::timestamptz,
           closed_at = coalesce($6::timestamptz, c.closed_at), version = c.version + $12::int
         from old where c.id = old.id
         returning c.*, old.status as status_was
       )`,
      lockAfter: "changed",
      source: `(select c.id as case_id, c.creditor_id, c.last_sequence as sequence, $7::text as type, $5::timestamptz as occurred_at, $8::text as actor,
         $9::text as summary, c.status_was as status_before, c.status as status_after, $10::jsonb as data, 1 as n from changed c) ev(${EVENT_SOURCE_COLUMNS}, n)`,
      sinks: sqlSinks(sinks),
      select: "(select row_to_json(c) from changed c) as case_row",
    });
    transitions.set(sinks, sql);
  }
  return sql;
}

/**
 * A status change that needs nothing of the case but its status, in ONE statement and its own transaction: the case
 * row moves to `to` if the rules (case.rules.ts) allow that from the status it has when the row is locked, its event
 * is appended and the sinks run (appendEventsSql). runCommand's recorder does the same through the ORM in five round
 * trips (BEGIN, select, update, append, COMMIT); test/integration/write-parity.test.ts holds them to the same rows.
 * Returns the updated case row (`row_to_json` of collection_case), or null when nothing changed: an unknown case,
 * another tenant's, or a status the rules do not allow leaving for `to`. The caller says which.
 */
export async function transitionCase(ctx: CommandContext, t: CaseTransition): Promise<Record<string, unknown> | null> {
  if (t.creditorIds !== "all" && t.creditorIds.length === 0) return null;
  const values = [
    t.caseId,
    transitionSources(t.to),
    t.creditorIds === "all" ? null : [...t.creditorIds],
    t.to,
    ctx.now.toISOString(),
    closedAtOn(t.to, ctx.now)?.toISOString() ?? null,
    t.event.type,
    ctx.actor,
    t.event.summary,
    JSON.stringify(t.event.data ?? {}),
    CASE_STEP.sequence,
    CASE_STEP.version,
  ];
  const rows = await runPrepared<{ case_row: Record<string, unknown> }>(
    ctx.em as EntityManager,
    caseTransitionSql(ctx.sinks),
    values,
  );
  if (rows.length > 0) eventsAppended.inc(rows.length);
  return rows[0]?.case_row ?? null;
}

/** The collection_case column of each NEW_CASE value (every one: the compiler checks). */
const NEW_CASE_COLUMNS = {
  status: "status",
  frozenFromStatus: "frozen_from_status",
  feesAmount: "fees_amount",
  paidAmount: "paid_amount",
  creditedAmount: "credited_amount",
  judgmentAmount: "judgment_amount",
  reducedBeforeJudgment: "reduced_before_judgment",
  lastSequence: "last_sequence",
  closedAt: "closed_at",
  enforcementConcludedOn: "enforcement_concluded_on",
  version: "version",
} as const satisfies Record<keyof typeof NEW_CASE, string>;

/** `NEW_CASE`-shaped values as one collection_case-typed JSON object (json_populate_record). */
function newCaseJson(values: Record<keyof typeof NEW_CASE, unknown>): string {
  return JSON.stringify(
    Object.fromEntries(
      (Object.keys(NEW_CASE_COLUMNS) as (keyof typeof NEW_CASE)[]).map((k) => [NEW_CASE_COLUMNS[k], values[k]]),
    ),
  );
}

const NEW_CASE_COLUMN_LIST = Object.values(NEW_CASE_COLUMNS);

/** Ids for the rows of a bulk insert, drawn from the tables' sequences (so the rows can refer to each other). */
export async function drawNewCaseIds(
  em: EntityManager,
  debtors: number,
  cases: number,
): Promise<{ debtorIds: number[]; invoiceIds: number[]; caseIds: number[] }> {
  const [drawn] = await em.execute<{ d: string[]; i: string[]; c: string[] }[]>(
    `select array(select nextval('debtor_id_seq') from generate_series(1, ?::int))::text[] as d,
            array(select nextval('invoice_id_seq') from generate_series(1, ?::int))::text[] as i,
            array(select nextval('collection_case_id_seq') from generate_series(1, ?::int))::text[] as c`,
    [debtors, cases, cases],
  );
  return { debtorIds: drawn!.d.map(Number), invoiceIds: drawn!.i.map(Number), caseIds: drawn!.c.map(Number) };
}

export interface NewDebtorRow {
  id: number | undefined;
  creditor_id: number;
  kind: string;
  name: string;
  org_number: string | null;
  birth_date: string | null;
  street: string;
  postal_code: string;
  city: string;
  country: string;
  municipality_id: number;
}

export interface NewInvoiceRow {
  id: number;
  case_id: number;
  creditor_id: number;
  debtor_id: number | undefined;
  invoice_number: string;
  source_system: string;
  external_id: string;
  issue_date: string;
  due_date: string;
  amount: number;
  currency: string | null | undefined;
  kid: string | null;
}

/**
 * New cases with their invoices and new debtors, by one multi-row INSERT per table in one statement (ids drawn by
 * drawNewCaseIds). Each case starts as NEW_CASE with `state`'s changes (e.g. its first event's sequence), its
 * principal the invoice's amount, as the entity's constructor makes it.
 */
export async function insertNewCases(
  em: EntityManager,
  now: Date,
  debtors: readonly NewDebtorRow[],
  invoices: readonly NewInvoiceRow[],
  state: Partial<Record<keyof typeof NEW_CASE, unknown>>,
): Promise<void> {
  await em.execute(
    `with d as (
       insert into debtor (id, created_at, updated_at, creditor_id, kind, name, org_number, birth_date, address_street, address_postal_code, address_city, address_country, municipality_id)
       select r.id, ?::timestamptz, ?::timestamptz, r.creditor_id, r.kind, r.name, r.org_number, r.birth_date, r.street, r.postal_code, r.city, r.country, r.municipality_id
       from json_to_recordset(?::json) as r(id bigint, creditor_id bigint, kind text, name text, org_number text, birth_date date, street text, postal_code text, city text, country text, municipality_id bigint)
       returning 1
     ),
     r as (
       select * from json_to_recordset(?::json) as r(id bigint, case_id bigint, creditor_id bigint, debtor_id bigint, invoice_number text, source_system text,
         external_id text, issue_date date, due_date date, amount bigint, currency text, kid text)
     ),
     i as (
       insert into invoice (id, created_at, updated_at, creditor_id, debtor_id, invoice_number, source_system, external_id, issue_date, due_date, amount, currency, kid)
       select r.id, ?::timestamptz, ?::timestamptz, r.creditor_id, r.debtor_id, r.invoice_number, r.source_system, r.external_id, r.issue_date, r.due_date, r.amount, r.currency, r.kid from r
       returning 1
     ),
     c as (
       insert into collection_case (id, created_at, updated_at, invoice_id, creditor_id, debtor_id, principal_amount, ${NEW_CASE_COLUMN_LIST.join(", ")})
       select r.case_id, ?::timestamptz, ?::timestamptz, r.id, r.creditor_id, r.debtor_id, r.amount, ${NEW_CASE_COLUMN_LIST.map((c) => `n.${c}`).join(", ")}
       from r, json_populate_record(null::collection_case, ?::json) n
       returning 1
     )
     select (select count(*) from d) as debtors, (select count(*) from i) as invoices, (select count(*) from c) as cases`,
    [
      now,
      now,
      JSON.stringify(debtors),
      JSON.stringify(invoices),
      now,
      now,
      now,
      now,
      newCaseJson({ ...NEW_CASE, ...state }),
    ],
  );
}
