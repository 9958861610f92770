import type { EntityManager } from "@mikro-orm/postgresql";
import type { SqlEventSink } from "../../events/append";

/** graphile-worker task that makes one delivery attempt. */
export const DELIVER_TASK = "deliver_webhook";
/** Retries of the job itself (database trouble, a crash); HTTP failures are rescheduled by the task, not counted here. */
export const JOB_MAX_ATTEMPTS = 25;

const JOB_KEY_PREFIX = "webhook-delivery-";

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
export function addDeliveryJobSql(id: string, runAt: string, manual?: string, newDelivery = false): string {
  return `graphile_worker.add_job('${DELIVER_TASK}', json_build_object('deliveryId', ${id}${manual === undefined ? "" : `, 'manual', ${manual}`}),
    run_at := ${runAt}, max_attempts := ${JOB_MAX_ATTEMPTS}, job_key := '${JOB_KEY_PREFIX}' || ${id}${newDelivery ? ", job_key_mode := 'unsafe_dedupe'" : ""})`;
}

/**
 * One delivery row and one job per event and matching enabled endpoint (an event without a case only to TVIST-format
 * endpoints: the plugin formats describe a case), in the command's own transaction
 * (em.execute runs on the transaction's connection): a rolled-back command leaves neither. Jobs run side by side
 * (WEBHOOK_CONCURRENCY per worker process); the order of a case's events per endpoint is kept by the delivery
 * itself, which waits behind an earlier open delivery of the same case (runDelivery). Their run_at follows event
 * order, so a backlog drains oldest first.
 */
export function webhookSink(): SqlEventSink {
  return {
    kind: "sql",
    name: "enqueued",
    ctes: `wh_base as (select clock_timestamp() as t),
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
       )`,
    result: "(select jobs from wh_jobs)",
  };
}

/**
 * (Re)schedules a delivery's job, in the caller's transaction. The job key replaces a waiting job; a running one
 * loses its key and finishes, so there is one job per delivery.
 */
export async function scheduleDelivery(
  em: EntityManager,
  deliveryId: number,
  runAt: Date,
  manual = false,
): Promise<void> {
  await em.execute(
    `with job as (select ?::bigint as id, ?::boolean as manual, ?::timestamptz as run_at) select ${addDeliveryJobSql("job.id", "job.run_at", "job.manual")} from job`,
    [deliveryId, manual, runAt.toISOString()],
  );
}

/** Most stranded deliveries given a job again by one sweep. */
const SWEEP_LIMIT = 500;

/**
 * Gives every open delivery that has no job able to run it a job again, due at its next attempt (at the latest now):
 * no job under its key that is running or may still run, and no running job for it without the key. Nothing should
 * ever be left so (each statement that leaves a delivery open adds its job), so this is the safety net that makes a
 * stranded delivery impossible whatever a crash or a race in the queue left behind. Returns how many it enqueued.
 */
export async function enqueueStrandedDeliveries(em: EntityManager): Promise<number> {
  const rows = await em.getConnection().execute<{ n: number }[]>(
    `with stranded as (
       select d.id, greatest(coalesce(d.next_attempt_at, now()), now()) as run_at from webhook_delivery d
       where d.status in ('PENDING', 'RETRYING')
         and not exists (select 1 from graphile_worker._private_jobs j where j.key = '${JOB_KEY_PREFIX}' || d.id and (j.locked_at is not null or j.attempts < j.max_attempts))
         and not exists (
           select 1 from graphile_worker._private_jobs j join graphile_worker._private_tasks t on t.id = j.task_id
           where t.identifier = '${DELIVER_TASK}' and j.locked_at is not null and j.payload->>'deliveryId' = d.id::text
         )
       order by d.id limit ${SWEEP_LIMIT}
     )
     select count(${addDeliveryJobSql("stranded.id", "stranded.run_at")})::int as n from stranded`,
  );
  return rows[0]?.n ?? 0;
}

/**
 * Deletes deliver jobs that graphile-worker superseded: adding a job under a key whose job is locked clears that
 * job's key and sets its attempts to the maximum, so it never runs again. When its process dies before completing it
 * (a job that started early and re-enqueued itself), it stays in the queue for good once unlocked. Returns how many.
 */
export async function removeSupersededJobs(em: EntityManager): Promise<number> {
  const rows = await em.getConnection().execute<{ n: number }[]>(
    `select count(*)::int as n from graphile_worker.complete_jobs(array(
       select id from graphile_worker.jobs
       where task_identifier = ? and key is null and locked_at is null and attempts >= max_attempts
       limit ${SWEEP_LIMIT}
     ))`,
    [DELIVER_TASK],
  );
  return rows[0]?.n ?? 0;
}
