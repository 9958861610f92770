import { LockMode } from "@mikro-orm/core";
import type { EntityManager, MikroORM } from "@mikro-orm/postgresql";
import { Logger as WorkerLogger, run, runMigrations, type Runner } from "graphile-worker";
import type { Logger } from "pino";
import type { WebhookConfig } from "../config";
import { DeliveryStatus, WebhookDelivery } from "../modules/webhooks/webhook-delivery.entity";
import { outcomeOf, retryDelayMs, signingSecrets } from "../modules/webhooks/webhook.rules";
import { WebhookEndpoint } from "../modules/webhooks/webhook-endpoint.entity";
import { eventGlobalId, toEventRecord, EVENT_COLUMNS, type EventRow } from "./event-record";
import { webhookFormatter } from "./webhook-formats";
import { DELIVER_TASK, scheduleDelivery } from "./webhook-queue";
import { postWebhook, signedHeaders, type SendResult } from "./webhook-sender";

function workerLogger(logger: Logger): WorkerLogger {
  const log = logger.child({ component: "webhook-worker" });
  return new WorkerLogger(() => (level, message, meta) => {
    const method = level === "error" ? "error" : level === "warning" ? "warn" : level === "info" ? "info" : "debug";
    log[method](meta ?? {}, message);
  });
}

/** Installs or upgrades graphile-worker's schema (graphile_worker) in the database. */
export async function migrateJobQueue(databaseUrl: string, logger: Logger): Promise<void> {
  await runMigrations({ connectionString: databaseUrl, logger: workerLogger(logger) });
}

export interface DeliveryDeps {
  orm: MikroORM;
  config: WebhookConfig;
  logger: Logger;
  random?: () => number;
}

const OPEN = [DeliveryStatus.PENDING, DeliveryStatus.RETRYING];
/** A job that starts this much before its delivery's due time belongs to an older schedule and does nothing. */
const EARLY_SLACK_MS = 1000;

/** Signs and POSTs an event to an endpoint (used by deliveries and by webhookEndpointTest). */
export async function sendSigned(endpoint: WebhookEndpoint, msgId: string, body: string, config: WebhookConfig, now = new Date()): Promise<SendResult> {
  const headers = signedHeaders(msgId, now, body, signingSecrets(endpoint.secret, endpoint.previousSecret, endpoint.secretRotatedAt, now));
  return postWebhook(endpoint.url, body, headers, { timeoutMs: config.timeoutMs, allowPrivate: config.allowPrivateUrls });
}

/**
 * One run of a delivery job: skip what is settled or scheduled later, wait behind an earlier open delivery of the
 * same case to the same endpoint (order by case sequence), else make one attempt and record it. A failure
 * reschedules the job with backoff; 410 disables the endpoint and cancels its open deliveries.
 */
export async function runDelivery(deps: DeliveryDeps, deliveryId: number, manual: boolean): Promise<void> {
  const em = deps.orm.em.fork();
  const delivery = await em.findOne(WebhookDelivery, { id: deliveryId }, { populate: ["endpoint"] });
  if (!delivery || !OPEN.includes(delivery.status)) return;
  const now = new Date();
  if (delivery.nextAttemptAt && delivery.nextAttemptAt.getTime() > now.getTime() + EARLY_SLACK_MS) return;
  const endpoint = delivery.endpoint;
  if (!endpoint.enabled) {
    await em.nativeUpdate(WebhookDelivery, { id: delivery.id, status: { $in: OPEN } }, { status: DeliveryStatus.CANCELLED, nextAttemptAt: null, lastError: "not sent: the endpoint is disabled" });
    return;
  }
  const eventId = delivery.event.id;
  const head = await em.findOne(
    WebhookDelivery,
    { endpoint: endpoint.id, caseId: delivery.caseId, event: { $lt: eventId }, status: { $in: OPEN } },
    { orderBy: { event: "asc" }, fields: ["id", "nextAttemptAt"] },
  );
  if (head) {
    // Wait behind it: until its next attempt when it is retrying later; when it is due or in flight, until it settles
    // (a settled delivery wakes the next one of its case, see recordAttempt) or at the latest a request timeout on.
    const headDue = head.nextAttemptAt?.getTime() ?? 0;
    const after = new Date((headDue > now.getTime() ? headDue : now.getTime() + deps.config.timeoutMs) + 50);
    await em.transactional(async (tx) => {
      await tx.nativeUpdate(WebhookDelivery, { id: delivery.id }, { nextAttemptAt: after });
      await scheduleDelivery(tx, delivery.id, after, manual);
    });
    return;
  }

  const rows = await em.getConnection().execute<EventRow[]>(`select ${EVENT_COLUMNS} from case_event where id = ?`, [eventId]);
  const format = webhookFormatter(endpoint.format);
  let result: SendResult;
  if (!rows[0]) result = { statusCode: null, latencyMs: 0, error: "the event no longer exists" };
  else if (!format) result = { statusCode: null, latencyMs: 0, error: `no formatter for the payload format ${endpoint.format}` };
  else result = await sendSigned(endpoint, eventGlobalId(eventId), JSON.stringify(await format(toEventRecord(rows[0]), em)), deps.config);
  await recordAttempt(deps, em, delivery.id, result, manual);
}

async function recordAttempt(deps: DeliveryDeps, em: EntityManager, deliveryId: number, result: SendResult, manual: boolean): Promise<void> {
  const random = deps.random ?? Math.random;
  await em.fork().transactional(async (tx) => {
    // Locks the delivery row only: FOR UPDATE over a join with the endpoint would also lock the endpoint's row, which
    // every command that enqueues a delivery for it must share (its foreign key), holding them all up.
    const d = await tx.findOneOrFail(WebhookDelivery, { id: deliveryId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    await tx.findOneOrFail(WebhookEndpoint, { id: d.endpoint.id });
    const now = new Date();
    d.attemptCount += 1;
    d.attempts = [...d.attempts, { attempt: d.attemptCount, at: now.toISOString(), statusCode: result.statusCode, latencyMs: result.latencyMs, error: result.error, trigger: manual ? "MANUAL" : "AUTO" }];
    d.lastStatusCode = result.statusCode;
    d.lastLatencyMs = result.latencyMs;
    d.lastError = result.error ?? (result.statusCode !== null && outcomeOf(result.statusCode) !== "DELIVERED" ? `the receiver answered ${result.statusCode}` : null);
    const outcome = outcomeOf(result.statusCode);
    if (outcome === "DELIVERED") {
      d.status = DeliveryStatus.DELIVERED;
      d.deliveredAt = now;
      d.nextAttemptAt = null;
    } else if (outcome === "GONE") {
      d.status = DeliveryStatus.FAILED;
      d.nextAttemptAt = null;
      const endpoint = d.endpoint;
      endpoint.enabled = false;
      endpoint.disabledAt = now;
      endpoint.disabledReason = `The receiver answered 410 Gone at ${now.toISOString()}: deliveries stopped. Enable the endpoint again with webhookEndpointUpdate.`;
      await tx.flush();
      await tx.nativeUpdate(
        WebhookDelivery,
        { endpoint: endpoint.id, status: { $in: OPEN }, id: { $ne: d.id } },
        { status: DeliveryStatus.CANCELLED, nextAttemptAt: null, lastError: "not sent: the endpoint was disabled (410 Gone)" },
      );
      deps.logger.warn({ endpointId: endpoint.id }, "webhook endpoint answered 410 Gone; disabled");
    } else if (d.attemptCount >= deps.config.maxAttempts) {
      d.status = DeliveryStatus.FAILED;
      d.nextAttemptAt = null;
    }
    if (outcome === "DELIVERED" || d.status === DeliveryStatus.FAILED) {
      await wakeNextOfCase(tx, d, now);
    } else {
      d.status = DeliveryStatus.RETRYING;
      d.nextAttemptAt = new Date(now.getTime() + retryDelayMs(d.attemptCount, deps.config.retryBaseMs, random()));
      await scheduleDelivery(tx, d.id, d.nextAttemptAt);
    }
  });
}

/** Settled: the next open delivery of the same case to the same endpoint may go now (it was waiting behind this one). */
async function wakeNextOfCase(tx: EntityManager, d: WebhookDelivery, now: Date): Promise<void> {
  if (!d.endpoint.enabled) return;
  const next = await tx.findOne(
    WebhookDelivery,
    { endpoint: d.endpoint.id, caseId: d.caseId, event: { $gt: d.event.id }, status: { $in: OPEN } },
    { orderBy: { event: "asc" }, fields: ["id"] },
  );
  if (!next) return;
  await tx.nativeUpdate(WebhookDelivery, { id: next.id }, { nextAttemptAt: now });
  await scheduleDelivery(tx, next.id, now);
}

export interface WebhookWorker {
  /** Graceful: waits for deliveries in flight, then releases the jobs. */
  stop(): Promise<void>;
  readonly runner: Runner;
}

export interface WebhookWorkerOptions extends DeliveryDeps {
  databaseUrl: string;
  /** How often due retries are looked for (default 1000 ms); new jobs are picked up at once via LISTEN. */
  pollIntervalMs?: number;
}

/**
 * Releases delivery jobs locked for longer than the lock timeout: their process vanished mid-delivery (a delivery
 * never runs longer than the request timeout). The job runs again, with the same webhook-id.
 */
export async function releaseStaleDeliveries(em: EntityManager, lockTimeoutMs: number): Promise<number> {
  const rows = await em.getConnection().execute<{ n: number }[]>(
    `select graphile_worker.force_unlock_workers(w.ids), cardinality(w.ids) as n
     from (select array(
       select distinct locked_by from graphile_worker.jobs
       where task_identifier = ? and locked_by is not null and locked_at < now() - (? * interval '1 millisecond')
     ) as ids) w
     where cardinality(w.ids) > 0`,
    [DELIVER_TASK, lockTimeoutMs],
  );
  return rows[0]?.n ?? 0;
}

/** The in-process delivery worker: graphile-worker runs up to WEBHOOK_CONCURRENCY deliver_webhook jobs at once. */
export async function startWebhookWorker(options: WebhookWorkerOptions): Promise<WebhookWorker> {
  const { orm, config, logger } = options;
  const runner = await run({
    connectionString: options.databaseUrl,
    concurrency: config.concurrency,
    maxPoolSize: config.concurrency + 2,
    noHandleSignals: true,
    pollInterval: options.pollIntervalMs ?? 1000,
    logger: workerLogger(logger),
    taskList: {
      [DELIVER_TASK]: async (payload) => {
        const { deliveryId, manual } = payload as { deliveryId: number; manual?: boolean };
        await runDelivery(options, Number(deliveryId), manual === true);
      },
    },
  });
  const reapEvery = Math.max(500, Math.min(config.lockTimeoutMs / 2, 60_000));
  const reaper = setInterval(() => {
    releaseStaleDeliveries(orm.em.fork(), config.lockTimeoutMs).then(
      (n) => n > 0 && logger.warn({ workers: n }, "released webhook deliveries held by a vanished worker"),
      (err: unknown) => logger.error({ err }, "releasing stale webhook deliveries failed"),
    );
  }, reapEvery);
  reaper.unref();
  let stopping: Promise<void> | undefined;
  return {
    runner,
    stop() {
      stopping ??= (async () => {
        clearInterval(reaper);
        await runner.stop();
      })();
      return stopping;
    },
  };
}
