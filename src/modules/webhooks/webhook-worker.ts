import DataLoader from "dataloader";
import type { EntityManager, MikroORM } from "@mikro-orm/postgresql";
import { EventEmitter } from "node:events";
import {
  Logger as WorkerLogger,
  run,
  runMigrations,
  type Runner,
  type TaskList,
  type WorkerEvents,
} from "graphile-worker";
import type { Logger } from "pino";
import { SpanStatusCode, trace } from "@opentelemetry/api";
import { toGlobalId } from "../../shared/global-id";
import type { WebhookConfig } from "../../app/config";
import { caseOnlyCancelReason, DISABLED_CANCEL_REASON, recordAttempt, signingSecrets } from "./webhook.rules";
import type { WebhookEndpoint } from "./webhook-endpoint.entity";
import { eventGlobalId, isCaseEvent, toEventRecord, tvistPayload, type EventRow } from "../../events/event-record";
import { BUILT_IN_WEBHOOK_FORMATS, type WebhookFormats } from "./webhook-formats";
import {
  attemptCountOf,
  cancelDelivery,
  deferDelivery,
  DELIVER_TASK,
  enqueueStrandedDeliveries,
  loadDeliveries,
  type DeliveryJob,
  recordAttempts,
  releaseStaleDeliveries,
  removeSupersededJobs,
  scheduleDelivery,
  unlockWorkers,
  type DeliveryRecord,
  type LoadedDelivery,
} from "./delivery.store";
import { bodySigner, postWebhook, signedHeaders, type SendResult } from "./webhook-sender";
import { webhookDeliveries, type DeliveryOutcome } from "../../metrics/series";

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
  /** The payload formats endpoints may ask for (webhookFormatsOf(plugins); default: TVIST alone). */
  formats?: WebhookFormats;
  random?: () => number;
  /** How long an answer waits for others to be recorded with it (default RECORD_BATCH_MS). */
  recordBatchMs?: number;
}

/** A job that starts this much before its delivery's due time belongs to an older schedule and does nothing. */
const EARLY_SLACK_MS = 1000;
/** Times an attempt is recomputed when the delivery's attempt count changed under it (another attempt was recorded). */
const MAX_RECORD_TRIES = 5;

/** What signing and posting need of an endpoint (a WebhookEndpoint entity is one). */
export type SigningEndpoint = Pick<WebhookEndpoint, "url" | "secret" | "previousSecret" | "secretRotatedAt">;

/** Signs and POSTs an event to an endpoint (used by deliveries and by webhookEndpointTest). */
export async function sendSigned(
  endpoint: SigningEndpoint,
  msgId: string,
  body: string,
  config: WebhookConfig,
  now = new Date(),
): Promise<SendResult> {
  const headers = signedHeaders(
    msgId,
    now,
    body,
    signingSecrets(endpoint.secret, endpoint.previousSecret, endpoint.secretRotatedAt, now),
  );
  return postWebhook(endpoint.url, body, headers, {
    timeoutMs: config.timeoutMs,
    allowPrivate: config.allowPrivateUrls,
  });
}

/** How long an answer waits for others to be recorded with it (the receiver has its request already). */
const RECORD_BATCH_MS = 5;
/** Most deliveries loaded or recorded by one statement. */
const MAX_BATCH = 64;

/**
 * The loads and the records of the deliveries running in one process, batched: jobs handed out together (a fetch of
 * several) load in one statement (LOAD_DELIVERIES), and answers that come within RECORD_BATCH_MS of each other are
 * recorded in one (RECORD_ATTEMPTS). Under load this is one statement per batch instead of one per delivery each way;
 * alone, a delivery still takes one of each. A failed statement fails each job of its batch, which then runs again
 * (at least once).
 */
interface DeliveryBatches {
  load: DataLoader<DeliveryJob, LoadedDelivery | null>;
  record: DataLoader<DeliveryRecord, boolean>;
}

const batchesByDeps = new WeakMap<DeliveryDeps, DeliveryBatches>();

function deliveryBatches(deps: DeliveryDeps): DeliveryBatches {
  let batches = batchesByDeps.get(deps);
  if (!batches) {
    const em = deps.orm.em as EntityManager;
    const recordBatchMs = deps.recordBatchMs ?? RECORD_BATCH_MS;
    batches = {
      load: new DataLoader(
        async (jobs) => {
          const rows = await loadDeliveries(em, jobs);
          const byJob = new Map(rows.map((r) => [`${r.d_id}:${r.q_job_id ?? ""}`, r]));
          return jobs.map((j) => byJob.get(`${j.deliveryId}:${j.jobId ?? ""}`) ?? null);
        },
        { cache: false, maxBatchSize: MAX_BATCH },
      ),
      record: new DataLoader(
        async (items) => {
          // Two jobs of one delivery (a superseded one still running) answered together: the second is computed again
          // from the count the first leaves.
          const ids = new Set<number>();
          const once = items.filter((i) => !ids.has(i.deliveryId) && ids.add(i.deliveryId));
          const { recorded, gone } = await recordAttempts(em, once);
          for (const endpointId of gone)
            deps.logger.warn({ endpointId }, "webhook endpoint answered 410 Gone; disabled");
          return items.map((i) => once.includes(i) && recorded.has(i.deliveryId));
        },
        { cache: false, maxBatchSize: MAX_BATCH, batchScheduleFn: (run) => setTimeout(run, recordBatchMs) },
      ),
    };
    batchesByDeps.set(deps, batches);
  }
  return batches;
}

const toDate = (v: Date | string): Date => (v instanceof Date ? v : new Date(v));

/** What one run of a delivery job did (its span's attributes). */
export interface DeliveryRun {
  /** DELIVERED, RETRYING or FAILED after an attempt; otherwise what was done instead of one. */
  outcome: "DELIVERED" | "RETRYING" | "FAILED" | "SETTLED" | "RESCHEDULED" | "CANCELLED" | "WAITING";
  eventType?: string;
  endpointId?: string;
  statusCode?: number | null;
}

/**
 * One run of a delivery job: skip what is settled or scheduled later (or superseded: `jobId` lost its key to a newer job of the delivery), wait behind an earlier open delivery of the
 * same case to the same endpoint (order by case sequence), else make one attempt and record it (webhook.rules.ts
 * recordAttempt gives every value). A failure reschedules the job with backoff; 410 disables the endpoint and cancels
 * its open deliveries. The common case (due, nothing to wait for) takes two statements, each shared with the
 * deliveries running alongside: LOAD_DELIVERIES and RECORD_ATTEMPTS (DeliveryBatches). Its outcome is counted in
 * tvist_webhook_deliveries_total (COUNTED_OUTCOMES).
 */
export async function runDelivery(
  deps: DeliveryDeps,
  deliveryId: number,
  manual: boolean,
  jobId: string | null = null,
): Promise<DeliveryRun> {
  const run = await deliveryRun(deps, deliveryId, manual, jobId);
  const counted = COUNTED_OUTCOMES[run.outcome];
  if (counted) webhookDeliveries.labels(counted).inc();
  return run;
}

/** The runs tvist_webhook_deliveries_total counts: an attempt recorded, or a delivery cancelled unsent. */
const COUNTED_OUTCOMES: Partial<Record<DeliveryRun["outcome"], DeliveryOutcome>> = {
  DELIVERED: "delivered",
  RETRYING: "retrying",
  FAILED: "failed",
  CANCELLED: "cancelled",
};

async function deliveryRun(
  deps: DeliveryDeps,
  deliveryId: number,
  manual: boolean,
  jobId: string | null,
): Promise<DeliveryRun> {
  const em = deps.orm.em.fork();
  const batches = deliveryBatches(deps);
  const row = await batches.load.load({ deliveryId, jobId });
  if (!row) return { outcome: "SETTLED" };
  const run = { eventType: row.type ?? undefined, endpointId: String(row.d_endpoint_id) };
  const now = new Date();
  if (row.d_next_attempt_at && toDate(row.d_next_attempt_at).getTime() > now.getTime() + EARLY_SLACK_MS) {
    // A job of an older schedule: the delivery's own schedule must still have a job. add_job keeps or moves a waiting
    // one, and when the one it finds is running (this one), leaves it and adds a new one.
    await scheduleDelivery(em, deliveryId, toDate(row.d_next_attempt_at), manual);
    return { ...run, outcome: "RESCHEDULED" };
  }
  if (!row.w_enabled) {
    await cancelDelivery(em, deliveryId, DISABLED_CANCEL_REASON);
    return { ...run, outcome: "CANCELLED" };
  }
  if (row.id !== null && row.case_id === null && row.w_format !== "TVIST") {
    // plugin payload formats describe a case: an event without one is not sent to them (ENQUEUE_DELIVERIES adds none;
    // this catches an endpoint whose format changed after the delivery was queued)
    await cancelDelivery(em, deliveryId, caseOnlyCancelReason(row.w_format));
    return { ...run, outcome: "CANCELLED" };
  }
  if (row.h_id !== null) {
    // Wait behind it: until its next attempt when it is retrying later; when it is due or in flight, until it settles
    // (a settled delivery wakes the next one of its case: RECORD_ATTEMPTS) or at the latest a request timeout on.
    const headDue = row.h_next_attempt_at === null ? 0 : toDate(row.h_next_attempt_at).getTime();
    const after = new Date((headDue > now.getTime() ? headDue : now.getTime() + deps.config.timeoutMs) + 50);
    await deferDelivery(em, deliveryId, after, manual);
    return { ...run, outcome: "WAITING" };
  }

  const format = (deps.formats ?? BUILT_IN_WEBHOOK_FORMATS).formatter(row.w_format);
  let result: SendResult;
  if (row.id === null) result = { statusCode: null, latencyMs: 0, error: "the event no longer exists" };
  else if (!format)
    result = { statusCode: null, latencyMs: 0, error: `no formatter for the payload format ${row.w_format}` };
  else {
    const endpoint: SigningEndpoint = {
      url: row.w_url,
      secret: row.w_secret,
      previousSecret: row.w_previous_secret,
      secretRotatedAt: row.w_secret_rotated_at === null ? null : toDate(row.w_secret_rotated_at),
    };
    const event = toEventRecord(row as EventRow);
    const body = isCaseEvent(event) ? await format(event, em, bodySigner(endpoint.secret)) : tvistPayload(event);
    result = await sendSigned(endpoint, eventGlobalId(event.id), JSON.stringify(body), deps.config);
  }
  const random = deps.random ?? Math.random;
  let attemptCount: number | null = row.d_attempt_count;
  // The record holds only while the attempt count it was computed from is current (a concurrent attempt recorded
  // meanwhile moves it): then it is computed again from the count now. A settled delivery is recorded all the same.
  for (let tries = 0; attemptCount !== null; tries++) {
    if (tries === MAX_RECORD_TRIES) throw new Error(`delivery ${deliveryId}: its attempt count kept changing`);
    const record = recordAttempt(attemptCount, result, manual, new Date(), deps.config, random());
    if (await batches.record.load({ deliveryId, record }))
      return { ...run, outcome: record.status, statusCode: result.statusCode };
    attemptCount = await attemptCountOf(em, deliveryId);
  }
  return { ...run, outcome: "SETTLED", statusCode: result.statusCode };
}

const tracer = trace.getTracer("tvist-webhooks");

/** runDelivery in a span of its own ("webhook delivery"); a no-op span when tracing is off. */
function tracedDelivery(deps: DeliveryDeps, deliveryId: number, manual: boolean, jobId: string): Promise<void> {
  return tracer.startActiveSpan("webhook delivery", async (span) => {
    span.setAttribute("tvist.webhook.delivery_id", toGlobalId("WebhookDelivery", deliveryId));
    try {
      const run = await runDelivery(deps, deliveryId, manual, jobId);
      span.setAttribute("tvist.outcome", run.outcome);
      if (run.eventType !== undefined) span.setAttribute("tvist.event.type", run.eventType);
      if (run.endpointId !== undefined)
        span.setAttribute("tvist.webhook.endpoint_id", toGlobalId("WebhookEndpoint", run.endpointId));
      if (run.statusCode != null) span.setAttribute("http.response.status_code", run.statusCode);
      if (run.outcome === "FAILED") span.setStatus({ code: SpanStatusCode.ERROR });
    } catch (err) {
      span.setAttribute("tvist.outcome", "ERROR");
      span.setStatus({ code: SpanStatusCode.ERROR });
      throw err;
    } finally {
      span.end();
    }
  });
}

/** How long fetched jobs may wait in the local queue before they go back to the database. */
const LOCAL_QUEUE_TTL_MS = 60_000;
/** After a fetch that found few jobs, the next one waits this long (unless many new jobs are announced meanwhile). */
const REFETCH_DELAY_MS = 20;
/** Completions within this many ms of each other are written in one statement. */
const COMPLETE_BATCH_DELAY_MS = 10;

export interface WebhookWorker {
  /** Graceful: waits for deliveries in flight, then releases the jobs. */
  stop(): Promise<void>;
  readonly runner: Runner;
}

export interface WebhookWorkerOptions extends DeliveryDeps {
  databaseUrl: string;
  /** How often due retries are looked for (default 1000 ms); new jobs are picked up at once via LISTEN. */
  pollIntervalMs?: number;
  /** More tasks this process's job queue runs (scheduled checks), beside the deliveries. */
  tasks?: TaskList;
  /** graphile-worker crontab lines for `tasks` (default none). */
  crontab?: string;
}

/** First delay before a webhook runner that stopped on an error is started again; doubled per failure up to the max. */
const RESTART_FIRST_MS = 1000;
const RESTART_MAX_MS = 30_000;

/**
 * The in-process delivery worker: graphile-worker runs up to WEBHOOK_CONCURRENCY deliver_webhook jobs at once. A
 * runner that stops on its own (its database went away mid-job and it could not record the outcome) is replaced by
 * a new one once the database answers again, after the jobs the old one held are unlocked.
 */
export async function startWebhookWorker(options: WebhookWorkerOptions): Promise<WebhookWorker> {
  const { orm, config, logger } = options;
  const log = logger.child({ component: "webhook-worker" });
  let stopped = false;
  let restartTimer: NodeJS.Timeout | undefined;
  let restarting: Promise<void> | undefined;

  interface RunnerInstance {
    runner: Runner;
    workerIds: string[];
    /** Set once the runner is given up (a fatal error or its end), so that it is replaced only once. */
    dead: boolean;
  }
  const startRunner = async (): Promise<RunnerInstance> => {
    const workerIds: string[] = [];
    const events = new EventEmitter() as WorkerEvents;
    events.on("pool:create", ({ workerPool }) => workerIds.push(workerPool.id));
    events.on("worker:create", ({ worker }) => workerIds.push(worker.workerId));
    // A pool that could not record a job's outcome shuts down, and its graceful shutdown waits for the database.
    const started: { instance?: RunnerInstance } = {};
    events.on("pool:fatalError", ({ error }) => started.instance && ended(started.instance, error));
    const runner = await run({
      connectionString: options.databaseUrl,
      concurrency: config.concurrency,
      maxPoolSize: config.concurrency + 2,
      noHandleSignals: true,
      pollInterval: options.pollIntervalMs ?? 1000,
      logger: workerLogger(logger),
      events,
      // Jobs fetched and completed in batches (graphile-worker's local queue and batched completion): under load one
      // statement takes up to `concurrency` jobs and one completes those that finished together, instead of a
      // get_job and a complete_job per delivery. A job completed but not yet recorded as such when the process dies
      // runs again: its delivery is already settled then and does nothing (runDelivery skips a settled delivery).
      // Failures are batched too: unbatched, a failJob that cannot reach the database is an unhandled rejection
      // (graphile-worker 0.17.3 does not await it), which would end the process.
      preset: {
        worker: {
          localQueue: {
            size: config.concurrency,
            ttl: LOCAL_QUEUE_TTL_MS,
            refetchDelay: {
              durationMs: REFETCH_DELAY_MS,
              threshold: Math.max(0, Math.floor(config.concurrency / 2) - 1),
            },
          },
          completeJobBatchDelay: COMPLETE_BATCH_DELAY_MS,
          failJobBatchDelay: COMPLETE_BATCH_DELAY_MS,
        },
      },
      crontab: options.crontab ?? "",
      taskList: {
        ...options.tasks,
        [DELIVER_TASK]: async (payload, helpers) => {
          const { deliveryId, manual } = payload as { deliveryId: number; manual?: boolean };
          await tracedDelivery(options, Number(deliveryId), manual === true, helpers.job.id);
        },
      },
    });
    const instance: RunnerInstance = { runner, workerIds, dead: false };
    started.instance = instance;
    runner.promise.then(
      () => ended(instance),
      (err: unknown) => ended(instance, err),
    );
    return instance;
  };

  const ended = (instance: RunnerInstance, err?: unknown) => {
    if (stopped || instance.dead) return;
    instance.dead = true;
    log.error({ err }, "webhook runner stopped on an error; starting a new one when the database answers");
    instance.runner.kill().catch(() => undefined);
    restartAfter(instance.workerIds, 0);
  };
  let current = await startRunner();
  const restartAfter = (deadWorkerIds: string[], attempt: number) => {
    const delay = Math.min(RESTART_MAX_MS, RESTART_FIRST_MS * 2 ** attempt);
    restartTimer = setTimeout(() => {
      restarting = (async () => {
        if (stopped) return;
        try {
          // The stopped runner's jobs go back to the queue now rather than after WEBHOOK_LOCK_TIMEOUT_MS.
          await unlockWorkers(orm.em.fork(), deadWorkerIds);
          const next = await startRunner();
          if (stopped) {
            await next.runner.stop();
            return;
          }
          current = next;
          log.warn({ attempt: attempt + 1 }, "webhook runner started again");
        } catch (err) {
          log.warn({ err, attempt: attempt + 1 }, "webhook runner could not start yet; trying again");
          restartAfter(deadWorkerIds, attempt + 1);
        }
      })();
    }, delay);
  };
  // Jobs held by a vanished process go back to the queue, then open deliveries with no job get one (at start too).
  const reap = async () => {
    const released = await releaseStaleDeliveries(orm.em.fork(), config.lockTimeoutMs);
    if (released > 0) log.warn({ workers: released }, "released webhook deliveries held by a vanished worker");
    const enqueued = await enqueueStrandedDeliveries(orm.em.fork());
    if (enqueued > 0) log.warn({ deliveries: enqueued }, "open webhook deliveries without a job were given one");
    const removed = await removeSupersededJobs(orm.em.fork());
    if (removed > 0) log.info({ jobs: removed }, "removed superseded webhook jobs left by a vanished worker");
  };
  let reaping: Promise<void> | undefined;
  const tick = () => {
    reaping ??= reap()
      .catch((err: unknown) => log.error({ err }, "sweeping webhook deliveries failed; the next sweep tries again"))
      .finally(() => (reaping = undefined));
  };
  const reapEvery = Math.max(500, Math.min(config.lockTimeoutMs / 2, 60_000));
  const reaper = setInterval(tick, reapEvery);
  reaper.unref();
  tick();
  let stopping: Promise<void> | undefined;
  return {
    get runner() {
      return current.runner;
    },
    stop() {
      stopping ??= (async () => {
        stopped = true;
        clearInterval(reaper);
        clearTimeout(restartTimer);
        await reaping;
        await restarting;
        await current.runner.stop().catch((err: unknown) => log.warn({ err }, "webhook runner stopped with an error"));
      })();
      return stopping;
    },
  };
}
