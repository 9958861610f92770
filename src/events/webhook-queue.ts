import type { EntityManager } from "@mikro-orm/postgresql";
import type { SqlEventSink } from "./append";

/** graphile-worker task that makes one delivery attempt. */
export const DELIVER_TASK = "deliver_webhook";
/** Retries of the job itself (database trouble, a crash); HTTP failures are rescheduled by the task, not counted here. */
export const JOB_MAX_ATTEMPTS = 25;

export const JOB_KEY_PREFIX = "webhook-delivery-";
export const jobKeyOf = (deliveryId: number): string => `${JOB_KEY_PREFIX}${deliveryId}`;

/**
 * One delivery row and one job per event and matching enabled endpoint, in the command's own transaction
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
         returning id, endpoint_id, event_id
       ),
       wh_jobs as (
         select count(graphile_worker.add_job(
           '${DELIVER_TASK}', json_build_object('deliveryId', o.id),
           run_at := (select t from wh_base) + o.n * interval '1 microsecond',
           max_attempts := ${JOB_MAX_ATTEMPTS},
           job_key := '${JOB_KEY_PREFIX}' || o.id)) as jobs
         from (select wh_ins.*, row_number() over (order by event_id, endpoint_id) as n from wh_ins) o
       )`,
    result: "(select jobs from wh_jobs)",
  };
}

/**
 * (Re)schedules a delivery's job, in the caller's transaction. The job key replaces a waiting job; a running one
 * loses its key and finishes, so there is one job per delivery.
 */
export async function scheduleDelivery(em: EntityManager, deliveryId: number, runAt: Date, manual = false): Promise<void> {
  await em.execute(
    `select graphile_worker.add_job(?, json_build_object('deliveryId', ?::bigint, 'manual', ?::boolean), run_at := ?::timestamptz, max_attempts := ?, job_key := ?)`,
    [DELIVER_TASK, deliveryId, manual, runAt.toISOString(), JOB_MAX_ATTEMPTS, jobKeyOf(deliveryId)],
  );
}
