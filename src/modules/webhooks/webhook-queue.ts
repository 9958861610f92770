import type { SqlEventSink } from "../../events/append";
import { ENQUEUE_DELIVERIES, ENQUEUE_DELIVERIES_RESULT } from "./delivery.store";

/**
 * The webhook sink of a command: its deliveries and their jobs are written by the statement that appends its events
 * (ENQUEUE_DELIVERIES), in the command's own transaction, so a rolled-back command leaves neither. Jobs run side by
 * side (WEBHOOK_CONCURRENCY per worker process); the order of a case's events per endpoint is kept by the delivery
 * itself, which waits behind an earlier open delivery of the same case (runDelivery).
 */
export function webhookSink(): SqlEventSink {
  return { kind: "sql", name: "enqueued", ctes: ENQUEUE_DELIVERIES, result: ENQUEUE_DELIVERIES_RESULT };
}
