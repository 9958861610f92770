import type { MikroORM } from "@mikro-orm/postgresql";
import type { Logger } from "pino";
import type { Config } from "../app/config";
import type { EventSink } from "./command";
import { EventBus } from "./pubsub";
import { notifySink } from "./event.store";
import { webhookSink } from "../modules/webhooks/webhook-queue";
import { migrateJobQueue, startWebhookWorker, type WebhookWorker } from "../modules/webhooks/webhook-worker";
import type { WebhookFormats } from "../modules/webhooks/webhook-formats";
import { systemClock, type Clock } from "../shared/clock";
import {
  legalTablesCheckCrontab,
  LEGAL_TABLES_CHECK_TASK,
  runLegalTablesCheck,
} from "../modules/legal-tables/legal-tables-check.job";

export interface EventRuntime {
  /** Absent in a process that serves no subscriptions (a worker-only process). */
  bus: EventBus | undefined;
  /** NOTIFY for subscribers, then webhook deliveries: both inside each command's transaction. */
  sinks: EventSink[];
  /** Present when this process delivers webhooks (WEBHOOK_WORKER). */
  worker: WebhookWorker | undefined;
  /** Stops the worker (waiting for deliveries in flight) and the LISTEN connection; call before closing the ORM. */
  stop(): Promise<void>;
}

export interface EventRuntimeOptions {
  orm: MikroORM;
  databaseUrl: string;
  config: Config;
  logger: Logger;
  /** Override WEBHOOK_WORKER (tests that start the worker themselves). */
  worker?: boolean;
  /** Listen for committed events to serve subscriptions (default true; a worker-only process serves none). */
  listen?: boolean;
  /** The clock of the scheduled checks (default: the system clock). */
  clock?: Clock;
  /** The webhook payload formats the worker may use (webhookFormatsOf(plugins); default: TVIST alone). */
  formats?: WebhookFormats;
}

/**
 * Event delivery of one process: the job queue schema, the LISTEN fan-out and (optionally) the job queue's runner,
 * which delivers webhooks and runs the legal-tables check on LEGAL_TABLES_CHECK_CRON.
 */
export async function startEventRuntime(options: EventRuntimeOptions): Promise<EventRuntime> {
  const { orm, databaseUrl, config, logger } = options;
  await migrateJobQueue(databaseUrl, logger);
  const bus =
    options.listen === false
      ? undefined
      : new EventBus({ databaseUrl, orm, logger: logger.child({ component: "event-bus" }) });
  await bus?.start();
  const sinks = [notifySink(), webhookSink()];
  const clock = options.clock ?? systemClock;
  const worker =
    (options.worker ?? config.webhooks.worker)
      ? await startWebhookWorker({
          orm,
          databaseUrl,
          config: config.webhooks,
          logger,
          ...(options.formats ? { formats: options.formats } : {}),
          tasks: {
            [LEGAL_TABLES_CHECK_TASK]: async () => void (await runLegalTablesCheck({ orm, sinks, clock, logger })),
          },
          crontab: legalTablesCheckCrontab(config.legalTablesCheckCron),
        })
      : undefined;
  let stopping: Promise<void> | undefined;
  return {
    bus,
    sinks,
    worker,
    stop() {
      stopping ??= (async () => {
        await worker?.stop();
        await bus?.stop();
      })();
      return stopping;
    },
  };
}
