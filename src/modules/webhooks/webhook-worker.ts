import { LockMode } from "@mikro-orm/core";
import DataLoader from "dataloader";
import { runPrepared } from "../../db/prepared";
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
import type { WebhookConfig } from "../../app/config";
import { DeliveryStatus, WebhookDelivery } from "./webhook-delivery.entity";
import { outcomeOf, retryDelayMs, signingSecrets } from "./webhook.rules";
import { WebhookEndpoint } from "./webhook-endpoint.entity";
import {
  eventGlobalId,
  isCaseEvent,
  toEventRecord,
  tvistPayload,
  EVENT_COLUMNS,
  type EventRow,
} from "../../events/event-record";
import { webhookFormatter } from "./webhook-formats";
import {
  addDeliveryJobSql,
  DELIVER_TASK,
  enqueueStrandedDeliveries,
  removeSupersededJobs,
  scheduleDelivery,
} from "./webhook-queue";
import { bodySigner, postWebhook, signedHeaders, type SendResult } from "./webhook-sender";

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
  /** How long a 2xx waits for others to be recorded with it (default RECORD_BATCH_MS). */
  recordBatchMs?: number;
}

const OPEN = [DeliveryStatus.PENDING, DeliveryStatus.RETRYING];
/** A job that starts this much before its delivery's due time belongs to an older schedule and does nothing. */
const EARLY_SLACK_MS = 1000;

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

const OPEN_SQL = OPEN.map((s) => `'${s}'`).join(", ");

/** An open delivery, its endpoint, its event (null columns when gone) and the head it waits behind (h_id null when none). */
type LoadedDelivery = Omit<EventRow, "id"> & {
  d_id: string;
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

/**
 * One statement for a batch of deliveries ($1: their ids): each one still open, with what sending it needs, and the
 * earliest open delivery of its case to its endpoint before it (the head it waits behind).
 */
const LOAD_DELIVERIES = `select d.id as d_id, d.next_attempt_at as d_next_attempt_at,
    w.url as w_url, w.format as w_format, w.secret as w_secret, w.previous_secret as w_previous_secret,
    w.secret_rotated_at as w_secret_rotated_at, w.enabled as w_enabled,
    h.id as h_id, h.next_attempt_at as h_next_attempt_at,
    ${EVENT_COLUMNS.split(", ")
      .map((c) => `e.${c}`)
      .join(", ")}
  from webhook_delivery d
  join webhook_endpoint w on w.id = d.endpoint_id
  left join case_event e on e.id = d.event_id
  left join lateral (
    select h.id, h.next_attempt_at from webhook_delivery h
    where h.endpoint_id = d.endpoint_id and h.case_id = d.case_id and h.event_id < d.event_id and h.status in (${OPEN_SQL})
    order by h.event_id limit 1
  ) h on true
  where d.id = any($1::bigint[]) and d.status in (${OPEN_SQL})`;

/**
 * The wake-up of the next open delivery of each settled one's case to the same endpoint (it was waiting behind it),
 * as CTEs over `settled` (endpoint_id, case_id, event_id, at): when the endpoint is enabled, the next delivery is due
 * at its settled one's `at` and its job is added again for then. Deliveries in `exclude` (a relation with `id`, e.g.
 * the rest of a batch being settled by the same statement) are not woken. `jobs` counts the jobs added.
 */
function wakeNextSql(settled: string, exclude?: string): { ctes: string; jobs: string } {
  return {
    ctes: `nxt as (
    select n.id, s.at from ${settled} s
    join webhook_endpoint w on w.id = s.endpoint_id and w.enabled
    cross join lateral (
      select n.id from webhook_delivery n
      where n.endpoint_id = s.endpoint_id and n.case_id = s.case_id and n.event_id > s.event_id and n.status in (${OPEN_SQL})
      order by n.event_id limit 1
    ) n
    ${exclude ? `where not exists (select 1 from ${exclude} x where x.id = n.id)` : ""}
  ), woken as (
    update webhook_delivery n set next_attempt_at = nxt.at from nxt where n.id = nxt.id returning n.id, nxt.at
  )`,
    jobs: `(select count(${addDeliveryJobSql("woken.id", "woken.at", "false")}) from woken)::int`,
  };
}

const RECORD_WAKE = wakeNextSql("d", "r");

/**
 * One autocommit statement for a batch of 2xx answers to open deliveries (arrays, one entry per delivery: $1 id,
 * $2 at (ISO text), $3 status code, $4 latency, $5 error, $6 trigger): records each attempt as recordAttempt does,
 * and wakes the next open delivery of each one's case (wakeNextSql). `recorded`: the ids that were still open.
 */
const RECORD_DELIVERED = `with r as (
    select * from unnest($1::bigint[], $2::text[], $3::int[], $4::int[], $5::text[], $6::text[]) as r(id, at, status_code, latency_ms, error, trigger)
  ), d as (
    update webhook_delivery w set status = '${DeliveryStatus.DELIVERED}', attempt_count = w.attempt_count + 1,
      attempts = w.attempts || jsonb_build_array(jsonb_build_object(
        'attempt', w.attempt_count + 1, 'at', r.at, 'statusCode', r.status_code, 'latencyMs', r.latency_ms, 'error', r.error, 'trigger', r.trigger)),
      last_status_code = r.status_code, last_latency_ms = r.latency_ms, last_error = r.error, next_attempt_at = null,
      delivered_at = r.at::timestamptz, updated_at = r.at::timestamptz
    from r where w.id = r.id and w.status in (${OPEN_SQL})
    returning w.id, w.endpoint_id, w.case_id, w.event_id, r.at::timestamptz as at
  ), ${RECORD_WAKE.ctes}
  select coalesce((select array_agg(d.id::text) from d), '{}') as recorded, ${RECORD_WAKE.jobs} as woken`;

const SETTLED_WAKE = wakeNextSql("settled");

/** The wake-up of recordAttempt, in its transaction: after the settled delivery's endpoint change (410) is flushed. */
const WAKE_NEXT_OF = `with settled as (select endpoint_id, case_id, event_id, ?::timestamptz as at from webhook_delivery where id = ?), ${SETTLED_WAKE.ctes}
  select ${SETTLED_WAKE.jobs} as woken`;

/** A 2xx to record (RECORD_DELIVERED). */
interface Delivered {
  deliveryId: number;
  at: string;
  result: SendResult;
  manual: boolean;
}

/** How long a 2xx waits for others to be recorded with it (the receiver has its request already). */
const RECORD_BATCH_MS = 5;
/** Most deliveries loaded or recorded by one statement. */
const MAX_BATCH = 64;

/**
 * The loads and the records of the deliveries running in one process, batched: jobs handed out together (a fetch of
 * several) load in one statement, and 2xx answers that come within RECORD_BATCH_MS of each other are recorded in
 * one. Under load this is one statement per batch instead of one per delivery each way; alone, a delivery still
 * takes one of each. A failed statement fails each job of its batch, which then runs again (at least once).
 */
interface DeliveryBatches {
  load: DataLoader<number, LoadedDelivery | null>;
  record: DataLoader<Delivered, boolean>;
}

const batchesByDeps = new WeakMap<DeliveryDeps, DeliveryBatches>();

function deliveryBatches(deps: DeliveryDeps): DeliveryBatches {
  let batches = batchesByDeps.get(deps);
  if (!batches) {
    const em = deps.orm.em as EntityManager;
    const recordBatchMs = deps.recordBatchMs ?? RECORD_BATCH_MS;
    batches = {
      load: new DataLoader(
        async (ids) => {
          const rows = await runPrepared<LoadedDelivery>(em, LOAD_DELIVERIES, [ids]);
          const byId = new Map(rows.map((r) => [Number(r.d_id), r]));
          return ids.map((id) => byId.get(id) ?? null);
        },
        { cache: false, maxBatchSize: MAX_BATCH },
      ),
      record: new DataLoader(
        async (items) => {
          const [row] = await runPrepared<{ recorded: string[] }>(em, RECORD_DELIVERED, [
            items.map((i) => i.deliveryId),
            items.map((i) => i.at),
            items.map((i) => i.result.statusCode),
            items.map((i) => i.result.latencyMs),
            items.map((i) => i.result.error),
            items.map((i) => (i.manual ? "MANUAL" : "AUTO")),
          ]);
          const recorded = new Set(row!.recorded.map(Number));
          return items.map((i) => recorded.has(i.deliveryId));
        },
        { cache: false, maxBatchSize: MAX_BATCH, batchScheduleFn: (run) => setTimeout(run, recordBatchMs) },
      ),
    };
    batchesByDeps.set(deps, batches);
  }
  return batches;
}

const toDate = (v: Date | string): Date => (v instanceof Date ? v : new Date(v));

/**
 * One run of a delivery job: skip what is settled or scheduled later, wait behind an earlier open delivery of the
 * same case to the same endpoint (order by case sequence), else make one attempt and record it. A failure
 * reschedules the job with backoff; 410 disables the endpoint and cancels its open deliveries. The common case (due,
 * nothing to wait for, 2xx) takes two statements, each shared with the deliveries running alongside:
 * LOAD_DELIVERIES and RECORD_DELIVERED (DeliveryBatches).
 */
export async function runDelivery(deps: DeliveryDeps, deliveryId: number, manual: boolean): Promise<void> {
  const em = deps.orm.em.fork();
  const batches = deliveryBatches(deps);
  const row = await batches.load.load(deliveryId);
  if (!row) return;
  const now = new Date();
  if (row.d_next_attempt_at && toDate(row.d_next_attempt_at).getTime() > now.getTime() + EARLY_SLACK_MS) {
    // A job of an older schedule: the delivery's own schedule must still have a job. add_job keeps or moves a waiting
    // one, and when the one it finds is running (this one), leaves it and adds a new one.
    await scheduleDelivery(em, deliveryId, toDate(row.d_next_attempt_at), manual);
    return;
  }
  if (!row.w_enabled) {
    await em.nativeUpdate(
      WebhookDelivery,
      { id: deliveryId, status: { $in: OPEN } },
      { status: DeliveryStatus.CANCELLED, nextAttemptAt: null, lastError: "not sent: the endpoint is disabled" },
    );
    return;
  }
  if (row.id !== null && row.case_id === null && row.w_format !== "TVIST") {
    // plugin payload formats describe a case: an event without one is not sent to them (webhookSink adds none; this
    // catches an endpoint whose format changed after the delivery was queued)
    await em.nativeUpdate(
      WebhookDelivery,
      { id: deliveryId, status: { $in: OPEN } },
      {
        status: DeliveryStatus.CANCELLED,
        nextAttemptAt: null,
        lastError: `not sent: the ${row.w_format} format carries case events only`,
      },
    );
    return;
  }
  if (row.h_id !== null) {
    // Wait behind it: until its next attempt when it is retrying later; when it is due or in flight, until it settles
    // (a settled delivery wakes the next one of its case: RECORD_DELIVERED, recordAttempt) or at the latest a request timeout on.
    const headDue = row.h_next_attempt_at === null ? 0 : toDate(row.h_next_attempt_at).getTime();
    const after = new Date((headDue > now.getTime() ? headDue : now.getTime() + deps.config.timeoutMs) + 50);
    await em.transactional(async (tx) => {
      await tx.nativeUpdate(WebhookDelivery, { id: deliveryId }, { nextAttemptAt: after });
      await scheduleDelivery(tx, deliveryId, after, manual);
    });
    return;
  }

  const format = webhookFormatter(row.w_format);
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
  // The lean record of a 2xx; false when the delivery was settled meanwhile (recordAttempt then records it as it always did).
  if (
    outcomeOf(result.statusCode) === "DELIVERED" &&
    (await batches.record.load({ deliveryId, at: new Date().toISOString(), result, manual }))
  )
    return;
  await recordAttempt(deps, em, deliveryId, result, manual);
}

async function recordAttempt(
  deps: DeliveryDeps,
  em: EntityManager,
  deliveryId: number,
  result: SendResult,
  manual: boolean,
): Promise<void> {
  const random = deps.random ?? Math.random;
  await em.fork().transactional(async (tx) => {
    // Locks the delivery row only: FOR UPDATE over a join with the endpoint would also lock the endpoint's row, which
    // every command that enqueues a delivery for it must share (its foreign key), holding them all up.
    const d = await tx.findOneOrFail(WebhookDelivery, { id: deliveryId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    await tx.findOneOrFail(WebhookEndpoint, { id: d.endpoint.id });
    const now = new Date();
    d.attemptCount += 1;
    d.attempts = [
      ...d.attempts,
      {
        attempt: d.attemptCount,
        at: now.toISOString(),
        statusCode: result.statusCode,
        latencyMs: result.latencyMs,
        error: result.error,
        trigger: manual ? "MANUAL" : "AUTO",
      },
    ];
    d.lastStatusCode = result.statusCode;
    d.lastLatencyMs = result.latencyMs;
    d.lastError =
      result.error ??
      (result.statusCode !== null && outcomeOf(result.statusCode) !== "DELIVERED"
        ? `the receiver answered ${result.statusCode}`
        : null);
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
        {
          status: DeliveryStatus.CANCELLED,
          nextAttemptAt: null,
          lastError: "not sent: the endpoint was disabled (410 Gone)",
        },
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
  await tx.execute(WAKE_NEXT_OF, [now.toISOString(), d.id]);
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
        [DELIVER_TASK]: async (payload) => {
          const { deliveryId, manual } = payload as { deliveryId: number; manual?: boolean };
          await runDelivery(options, Number(deliveryId), manual === true);
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
          await orm.em
            .fork()
            .getConnection()
            .execute("select graphile_worker.force_unlock_workers(string_to_array(?, ','))", [deadWorkerIds.join(",")]);
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
