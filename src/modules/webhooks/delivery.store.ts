import type { EntityManager } from "@mikro-orm/postgresql";
import { runPrepared } from "../../db/prepared";
import { EVENT_COLUMNS, type EventRow } from "../../events/event-record";
import { GONE_CANCEL_REASON, OPEN_STATES, type AttemptRecord } from "./webhook.rules";

/**
 * Every hand-written SQL statement over webhook_delivery, webhook_endpoint and their jobs in graphile-worker's queue,
 * one named statement per purpose. The values a statement writes come from webhook.rules.ts.
 */

/** graphile-worker task that makes one delivery attempt. */
export const DELIVER_TASK = "deliver_webhook";
/** Retries of the job itself (database trouble, a crash); HTTP failures are rescheduled by the task, not counted here. */
export const JOB_MAX_ATTEMPTS = 25;
const JOB_KEY_PREFIX = "webhook-delivery-";
/** Most stranded deliveries (or superseded jobs) handled by one sweep. */
const SWEEP_LIMIT = 500;

const OPEN_SQL = OPEN_STATES.map((s) => `'${s}'`).join(", ");

/**
 * The add_job call of a delivery's job, over SQL expressions for the delivery id, the run_at and (when given) the
 * manual flag: one job per delivery, keyed by it, so adding it again replaces a waiting job.
 *
 * `newDelivery`: the delivery row was inserted by this same statement, so no job can hold its key yet, and
 * job_key_mode 'unsafe_dedupe' (insert, or leave an existing job alone) does exactly what 'replace' would. It is the
 * cheaper path: 'replace' goes through add_jobs, whose clearing of a running job's key plans as a sequential scan of
 * the whole jobs table (graphile-worker 0.17.3), so each enqueue costs more the more jobs (and dead rows) the table
 * holds: 0.9–1.6 ms of PostgreSQL CPU per add_job with a few thousand rows, against 0.2–0.3 ms.
 */
function addDeliveryJobSql(id: string, runAt: string, manual?: string, newDelivery = false): string {
  return `graphile_worker.add_job('${DELIVER_TASK}', json_build_object('deliveryId', ${id}${manual === undefined ? "" : `, 'manual', ${manual}`}),
    run_at := ${runAt}, max_attempts := ${JOB_MAX_ATTEMPTS}, job_key := '${JOB_KEY_PREFIX}' || ${id}${newDelivery ? ", job_key_mode := 'unsafe_dedupe'" : ""})`;
}

/**
 * ENQUEUE_DELIVERIES: CTEs of the statement that appends a command's events (an SqlEventSink over `appended`): one
 * delivery row and one job per event and matching enabled endpoint (an event without a case only to TVIST-format
 * endpoints: the plugin formats describe a case). Their run_at follows event order, so a backlog drains oldest
 * first. ENQUEUE_DELIVERIES_RESULT: the number of jobs added.
 */
export const ENQUEUE_DELIVERIES = `wh_base as (select clock_timestamp() as t),
       wh_ins as (
         insert into webhook_delivery (endpoint_id, event_id, case_id, status, next_attempt_at)
         select w.id, ev.id, ev.case_id, 'PENDING', (select t from wh_base)
         from appended ev join webhook_endpoint w on w.creditor_id = ev.creditor_id and w.enabled
           and (cardinality(w.event_types) = 0 or ev.type = any(w.event_types))
           and (ev.case_id is not null or w.format = 'TVIST')
         returning id, endpoint_id, event_id
       ),
       wh_jobs as (
         select count(${addDeliveryJobSql("o.id", "(select t from wh_base) + o.n * interval '1 microsecond'", undefined, true)}) as jobs
         from (select wh_ins.*, row_number() over (order by event_id, endpoint_id) as n from wh_ins) o
       )`;
export const ENQUEUE_DELIVERIES_RESULT = "(select jobs from wh_jobs)";

/**
 * QUEUE_STATS, read when /metrics is scraped: the open deliveries and the age in seconds of the oldest one due
 * (0 when none is due).
 */
export const QUEUE_STATS = `select count(*)::int as depth,
    coalesce(extract(epoch from now() - min(next_attempt_at) filter (where next_attempt_at <= now())), 0)::float8 as oldest_due_age
  from webhook_delivery where status in (${OPEN_SQL})`;

export async function queueStats(em: EntityManager): Promise<{ depth: number; oldestDueAgeSeconds: number }> {
  const [row] = await em.getConnection().execute<{ depth: number; oldest_due_age: number }[]>(QUEUE_STATS);
  return { depth: Number(row?.depth ?? 0), oldestDueAgeSeconds: Number(row?.oldest_due_age ?? 0) };
}

/** An open delivery, its endpoint, its event (null columns when gone) and the head it waits behind (h_id null when none). */
export type LoadedDelivery = Omit<EventRow, "id"> & {
  /** The job that asked for it (null when not asked by a job). */
  q_job_id: string | null;
  d_id: string;
  d_endpoint_id: string;
  d_attempt_count: number;
  id: string | number | null;
  d_next_attempt_at: Date | string | null;
  w_url: string;
  w_format: string;
  w_secret: string;
  w_previous_secret: string | null;
  w_secret_rotated_at: Date | string | null;
  w_enabled: boolean;
  h_id: string | number | null;
  h_next_attempt_at: Date | string | null;
};

/** A delivery to load, and the job that runs it (null: run outside the job queue). */
export interface DeliveryJob {
  deliveryId: number;
  jobId: string | null;
}

/**
 * A batch of deliveries ($1: their ids, $2: the job running each): each one still open, with what sending it needs,
 * and the earliest open delivery of its case to its endpoint before it (the head it waits behind). A job that lost
 * its key loads nothing: add_job gave the delivery a new job while this one was already locked (fetched into a
 * worker's local queue), and the new one sends it.
 */
export const LOAD_DELIVERIES = `select q.job_id::text as q_job_id, d.id as d_id, d.endpoint_id as d_endpoint_id, d.attempt_count as d_attempt_count, d.next_attempt_at as d_next_attempt_at,
    w.url as w_url, w.format as w_format, w.secret as w_secret, w.previous_secret as w_previous_secret,
    w.secret_rotated_at as w_secret_rotated_at, w.enabled as w_enabled,
    h.id as h_id, h.next_attempt_at as h_next_attempt_at,
    ${EVENT_COLUMNS.split(", ")
      .map((c) => `e.${c}`)
      .join(", ")}
  from unnest($1::bigint[], $2::bigint[]) as q(delivery_id, job_id)
  join webhook_delivery d on d.id = q.delivery_id
  join webhook_endpoint w on w.id = d.endpoint_id
  left join case_event e on e.id = d.event_id
  left join lateral (
    select h.id, h.next_attempt_at from webhook_delivery h
    where h.endpoint_id = d.endpoint_id and h.case_id = d.case_id and h.event_id < d.event_id and h.status in (${OPEN_SQL})
    order by h.event_id limit 1
  ) h on true
  where d.status in (${OPEN_SQL})
    and (q.job_id is null or exists (select 1 from graphile_worker._private_jobs j where j.id = q.job_id and j.key is not null))`;

export async function loadDeliveries(em: EntityManager, jobs: readonly DeliveryJob[]): Promise<LoadedDelivery[]> {
  return runPrepared<LoadedDelivery>(em, LOAD_DELIVERIES, [jobs.map((j) => j.deliveryId), jobs.map((j) => j.jobId)]);
}

/**
 * The wake-up of the next open delivery of each settled one's case to the same endpoint (it was waiting behind it),
 * as CTEs over `settled` (endpoint_id, case_id, event_id, at): when the endpoint is enabled, the next delivery is due
 * at its settled one's `at` and its job is added again for then. Deliveries in `exclude` (a relation with `id`, the
 * rest of the batch being recorded by the same statement) are not woken. `jobs` counts the jobs added.
 */
function wakeNextSql(settled: string, exclude: string): { ctes: string; jobs: string } {
  return {
    ctes: `nxt as (
    select n.id, s.at from ${settled} s
    join webhook_endpoint w on w.id = s.endpoint_id and w.enabled
    cross join lateral (
      select n.id from webhook_delivery n
      where n.endpoint_id = s.endpoint_id and n.case_id = s.case_id and n.event_id > s.event_id and n.status in (${OPEN_SQL})
      order by n.event_id limit 1
    ) n
    where not exists (select 1 from ${exclude} x where x.id = n.id)
  ), woken as (
    update webhook_delivery n set next_attempt_at = nxt.at from nxt where n.id = nxt.id returning n.id, nxt.at
  )`,
    jobs: `(select count(${addDeliveryJobSql("woken.id", "woken.at", "false")}) from woken)::int`,
  };
}

const RECORD_WAKE = wakeNextSql("settled", "r");

/**
 * One autocommit statement for a batch of attempt records ($1: a JSON array, one AttemptRecord per delivery, see
 * recordAttempts). Each delivery whose attempt count is still the one its record was computed from gets the record:
 * the attempt appended to its log and its status, last answer and next attempt set. Then, in the same statement: a
 * RETRYING one gets its job again for its next attempt; a 410 Gone disables its endpoint and cancels the endpoint's
 * other open deliveries; a settled one (DELIVERED, FAILED) wakes the next open delivery of its case (wakeNextSql).
 * `recorded`: the ids recorded; `gone`: the endpoints disabled.
 */
export const RECORD_ATTEMPTS = `with r as (
    select * from jsonb_to_recordset($1::jsonb) as r(id bigint, expected int, attempt int, entry jsonb, status text,
      status_code int, latency_ms int, error text, next_attempt_at timestamptz, delivered_at timestamptz, at timestamptz,
      disabled_reason text)
  ), d as (
    update webhook_delivery w set status = r.status, attempt_count = r.attempt, attempts = w.attempts || jsonb_build_array(r.entry),
      last_status_code = r.status_code, last_latency_ms = r.latency_ms, last_error = r.error, next_attempt_at = r.next_attempt_at,
      delivered_at = coalesce(r.delivered_at, w.delivered_at), updated_at = r.at
    from r where w.id = r.id and w.attempt_count = r.expected
    returning w.id, w.endpoint_id, w.case_id, w.event_id, w.status, w.next_attempt_at, r.at, r.disabled_reason
  ), gone as (
    update webhook_endpoint e set enabled = false, disabled_at = g.at, disabled_reason = g.disabled_reason, updated_at = g.at
    from (select distinct on (endpoint_id) endpoint_id, at, disabled_reason from d where disabled_reason is not null order by endpoint_id, id) g
    where e.id = g.endpoint_id
    returning e.id
  ), cancelled as (
    update webhook_delivery o set status = 'CANCELLED', next_attempt_at = null, last_error = '${GONE_CANCEL_REASON.replace(/'/g, "''")}'
    from gone where o.endpoint_id = gone.id and o.status in (${OPEN_SQL}) and not exists (select 1 from r where r.id = o.id)
    returning o.id
  ), retried as (
    select count(${addDeliveryJobSql("d.id", "d.next_attempt_at", "false")})::int as jobs from d where d.status = 'RETRYING'
  ), settled as (
    select s.endpoint_id, s.case_id, s.event_id, s.at from d s
    where s.status in ('DELIVERED', 'FAILED') and not exists (select 1 from d g where g.endpoint_id = s.endpoint_id and g.disabled_reason is not null)
  ), ${RECORD_WAKE.ctes}
  select coalesce((select array_agg(d.id::text) from d), '{}') as recorded,
    coalesce((select array_agg(gone.id::text) from gone), '{}') as gone,
    (select count(*) from cancelled)::int as cancelled, (select jobs from retried) as retried, ${RECORD_WAKE.jobs} as woken`;

/** An attempt record for one delivery (RECORD_ATTEMPTS). */
export interface DeliveryRecord {
  deliveryId: number;
  record: AttemptRecord;
}

/** Records a batch of attempts in one statement (RECORD_ATTEMPTS): which deliveries were recorded, which endpoints disabled. */
export async function recordAttempts(
  em: EntityManager,
  items: readonly DeliveryRecord[],
): Promise<{ recorded: Set<number>; gone: number[] }> {
  const rows = items.map(({ deliveryId, record: r }) => ({
    id: deliveryId,
    expected: r.expectedAttemptCount,
    attempt: r.entry.attempt,
    entry: r.entry,
    status: r.status,
    status_code: r.lastStatusCode,
    latency_ms: r.lastLatencyMs,
    error: r.lastError,
    next_attempt_at: r.nextAttemptAt?.toISOString() ?? null,
    delivered_at: r.deliveredAt?.toISOString() ?? null,
    at: r.entry.at,
    disabled_reason: r.endpointDisabledReason,
  }));
  const [row] = await runPrepared<{ recorded: string[]; gone: string[] }>(em, RECORD_ATTEMPTS, [JSON.stringify(rows)]);
  return { recorded: new Set(row!.recorded.map(Number)), gone: row!.gone.map(Number) };
}

/** A delivery's attempt count now; null when it is gone (its endpoint was deleted). */
export const ATTEMPT_COUNT = "select attempt_count from webhook_delivery where id = ?";

export async function attemptCountOf(em: EntityManager, deliveryId: number): Promise<number | null> {
  const rows = await em.execute<{ attempt_count: number }[]>(ATTEMPT_COUNT, [deliveryId]);
  return rows[0]?.attempt_count ?? null;
}

/** Settles an open delivery as not sent, with the reason as its last error. */
export const CANCEL_DELIVERY = `update webhook_delivery set status = 'CANCELLED', next_attempt_at = null, last_error = ?
  where id = ? and status in (${OPEN_SQL})`;

export async function cancelDelivery(em: EntityManager, deliveryId: number, reason: string): Promise<void> {
  await em.execute(CANCEL_DELIVERY, [reason, deliveryId]);
}

/** (Re)schedules a delivery's job: the job key replaces a waiting job; a running one loses its key and finishes. */
export const SCHEDULE_DELIVERY = `with job as (select ?::bigint as id, ?::boolean as manual, ?::timestamptz as run_at)
  select ${addDeliveryJobSql("job.id", "job.run_at", "job.manual")} from job`;

/** Runs SCHEDULE_DELIVERY in the caller's transaction (em.execute runs on the transaction's connection). */
export async function scheduleDelivery(
  em: EntityManager,
  deliveryId: number,
  runAt: Date,
  manual = false,
): Promise<void> {
  await em.execute(SCHEDULE_DELIVERY, [deliveryId, manual, runAt.toISOString()]);
}

/** A delivery waiting behind an earlier one of its case: due at `run_at`, and its job moved there. */
export const DEFER_DELIVERY = `with job as (select ?::bigint as id, ?::boolean as manual, ?::timestamptz as run_at),
  moved as (update webhook_delivery d set next_attempt_at = job.run_at from job where d.id = job.id)
  select ${addDeliveryJobSql("job.id", "job.run_at", "job.manual")} from job`;

export async function deferDelivery(
  em: EntityManager,
  deliveryId: number,
  runAt: Date,
  manual: boolean,
): Promise<void> {
  await em.execute(DEFER_DELIVERY, [deliveryId, manual, runAt.toISOString()]);
}

/**
 * Every open delivery that has no job able to run it gets one again, due at its next attempt (at the latest now):
 * no job under its key that is running or may still run, and no running job for it without the key.
 */
export const ENQUEUE_STRANDED = `with stranded as (
       select d.id, greatest(coalesce(d.next_attempt_at, now()), now()) as run_at from webhook_delivery d
       where d.status in (${OPEN_SQL})
         and not exists (select 1 from graphile_worker._private_jobs j where j.key = '${JOB_KEY_PREFIX}' || d.id and (j.locked_at is not null or j.attempts < j.max_attempts))
         and not exists (
           select 1 from graphile_worker._private_jobs j join graphile_worker._private_tasks t on t.id = j.task_id
           where t.identifier = '${DELIVER_TASK}' and j.locked_at is not null and j.payload->>'deliveryId' = d.id::text
         )
       order by d.id limit ${SWEEP_LIMIT}
     )
     select count(${addDeliveryJobSql("stranded.id", "stranded.run_at")})::int as n from stranded`;

/**
 * Runs ENQUEUE_STRANDED. Nothing should ever be left so (each statement that leaves a delivery open adds its job), so
 * this is the safety net that makes a stranded delivery impossible whatever a crash or a race in the queue left
 * behind. Returns how many it enqueued.
 */
export async function enqueueStrandedDeliveries(em: EntityManager): Promise<number> {
  const rows = await em.getConnection().execute<{ n: number }[]>(ENQUEUE_STRANDED);
  return rows[0]?.n ?? 0;
}

/**
 * Deletes deliver jobs that graphile-worker superseded: adding a job under a key whose job is locked clears that
 * job's key and sets its attempts to the maximum, so it never runs again. When its process dies before completing it
 * (a job that started early and re-enqueued itself), it stays in the queue for good once unlocked.
 */
export const REMOVE_SUPERSEDED_JOBS = `select count(*)::int as n from graphile_worker.complete_jobs(array(
       select id from graphile_worker.jobs
       where task_identifier = '${DELIVER_TASK}' and key is null and locked_at is null and attempts >= max_attempts
       limit ${SWEEP_LIMIT}
     ))`;

/** Runs REMOVE_SUPERSEDED_JOBS; returns how many it removed. */
export async function removeSupersededJobs(em: EntityManager): Promise<number> {
  const rows = await em.getConnection().execute<{ n: number }[]>(REMOVE_SUPERSEDED_JOBS);
  return rows[0]?.n ?? 0;
}

/** Unlocks the delivery jobs of workers that have held one for longer than the lock timeout (? ms). */
export const RELEASE_STALE_DELIVERIES = `select graphile_worker.force_unlock_workers(w.ids), cardinality(w.ids) as n
     from (select array(
       select distinct locked_by from graphile_worker.jobs
       where task_identifier = '${DELIVER_TASK}' and locked_by is not null and locked_at < now() - (? * interval '1 millisecond')
     ) as ids) w
     where cardinality(w.ids) > 0`;

/**
 * Releases delivery jobs locked for longer than the lock timeout: their process vanished mid-delivery (a delivery
 * never runs longer than the request timeout). The job runs again, with the same webhook-id. Returns the workers.
 */
export async function releaseStaleDeliveries(em: EntityManager, lockTimeoutMs: number): Promise<number> {
  const rows = await em.getConnection().execute<{ n: number }[]>(RELEASE_STALE_DELIVERIES, [lockTimeoutMs]);
  return rows[0]?.n ?? 0;
}

/** Unlocks every job held by the given graphile-worker ids (a runner that stopped on an error). */
export const UNLOCK_WORKERS = "select graphile_worker.force_unlock_workers(string_to_array(?, ','))";

export async function unlockWorkers(em: EntityManager, workerIds: readonly string[]): Promise<void> {
  await em.getConnection().execute(UNLOCK_WORKERS, [workerIds.join(",")]);
}

/** Serialises the writers of one creditor's endpoint in one format, to the end of the transaction. */
export const LOCK_FORMAT_ENDPOINT = "select pg_advisory_xact_lock(hashtextextended(?, 0))";

export async function lockFormatEndpoint(tx: EntityManager, creditorId: number, format: string): Promise<void> {
  await tx.execute(LOCK_FORMAT_ENDPOINT, [`webhook_endpoint:${creditorId}:${format}`]);
}

/** What a plugin's payload format is told about an event's case (plugin-formats.ts outboundEvent). */
export interface OutboundCaseRow {
  case_number: number;
  status: string;
  principal_amount: string;
  fees_amount: string;
  paid_amount: string;
  credited_amount: string;
  judgment_amount: string | null;
  reduced_before_judgment: string;
  org_number: string;
  source_system: string | null;
  external_id: string | null;
  invoice_number: string | null;
}

/** A case with its creditor's org number and its invoice's identity in the accounting system (? = case id). */
export const OUTBOUND_CASE = `select c.case_number, c.status, c.principal_amount, c.fees_amount, c.paid_amount, c.credited_amount,
    c.judgment_amount, c.reduced_before_judgment, cr.org_number, i.source_system, i.external_id, i.invoice_number
  from collection_case c join creditor cr on cr.id = c.creditor_id left join invoice i on i.id = c.invoice_id where c.id = ?`;

export async function loadOutboundCase(em: EntityManager, caseId: number): Promise<OutboundCaseRow | undefined> {
  const rows = await em.getConnection().execute<OutboundCaseRow[]>(OUTBOUND_CASE, [caseId]);
  return rows[0];
}
