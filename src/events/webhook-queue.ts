import type { EntityManager } from "@mikro-orm/postgresql";
import type { EventSink } from "./command";

/** graphile-worker task that makes one delivery attempt. */
export const DELIVER_TASK = "deliver_webhook";
/** Retries of the job itself (database trouble, a crash); HTTP failures are rescheduled by the task, not counted here. */
export const JOB_MAX_ATTEMPTS = 25;

export const queueOf = (endpointId: number): string => `webhook-endpoint-${endpointId}`;
export const jobKeyOf = (deliveryId: number): string => `webhook-delivery-${deliveryId}`;

/**
 * One delivery row and one job per event and matching enabled endpoint, in the command's own transaction
 * (em.execute runs on the transaction's connection): a rolled-back command leaves neither. Jobs of an endpoint
 * share a named queue, so they run one at a time, and their run_at follows event order.
 */
export function webhookSink(): EventSink {
  return async (em, events) => {
    const rows = events.map((e) => ({ id: e.id, type: e.type, creditor_id: e.creditorId, case_id: e.case.id }));
    await em.execute(
      `with ev as (
         select * from json_to_recordset(?::json) as e(id bigint, type text, creditor_id bigint, case_id bigint)
       ),
       base as (select clock_timestamp() as t),
       ins as (
         insert into webhook_delivery (endpoint_id, event_id, case_id, status, next_attempt_at)
         select w.id, ev.id, ev.case_id, 'PENDING', (select t from base)
         from ev join webhook_endpoint w on w.creditor_id = ev.creditor_id and w.enabled
           and (cardinality(w.event_types) = 0 or ev.type = any(w.event_types))
         returning id, endpoint_id, event_id
       ),
       ordered as (select ins.*, row_number() over (order by event_id, endpoint_id) as n from ins)
       select count(graphile_worker.add_job(
         '${DELIVER_TASK}', json_build_object('deliveryId', o.id),
         queue_name := 'webhook-endpoint-' || o.endpoint_id,
         run_at := (select t from base) + o.n * interval '1 microsecond',
         max_attempts := ${JOB_MAX_ATTEMPTS},
         job_key := 'webhook-delivery-' || o.id)) as jobs
       from ordered o`,
      [JSON.stringify(rows)],
    );
  };
}

/**
 * (Re)schedules a delivery's job, in the caller's transaction. The job key replaces a waiting job; a running one
 * loses its key and finishes, so there is one job per delivery.
 */
export async function scheduleDelivery(em: EntityManager, delivery: { id: number; endpointId: number }, runAt: Date, manual = false): Promise<void> {
  await em.execute(
    `select graphile_worker.add_job(?, json_build_object('deliveryId', ?::bigint, 'manual', ?::boolean), queue_name := ?, run_at := ?::timestamptz, max_attempts := ?, job_key := ?)`,
    [DELIVER_TASK, delivery.id, manual, queueOf(delivery.endpointId), runAt.toISOString(), JOB_MAX_ATTEMPTS, jobKeyOf(delivery.id)],
  );
}
