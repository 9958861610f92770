import type { MikroORM } from "@mikro-orm/postgresql";
import type { Logger } from "pino";
import { ConfigError, type Config } from "./config";
import { createLogger } from "./logger";
import { startServer, type RunningServer } from "./server";
import type { AppServices } from "./services";
import { createOrm, migrate } from "../db/orm";
import { startEventRuntime, type EventRuntime } from "../events/runtime";
import type { Clock } from "../shared/clock";
import type { PluginRegistry } from "../modules/plugins/registry";
import { webhookFormatsOf } from "../modules/webhooks/plugin-formats";
import { createDocumentStorage } from "../modules/documents/storage";
import { startOverdueJob, type OverdueJob } from "../modules/complaints/overdue.job";
import { closeIdempotencyLocks } from "../modules/idempotency/idempotency-locks";
import { appMetrics, type AppMetrics } from "../metrics/scrape";
import { startMetricsServer, WORKER_METRICS_PORT, type MetricsServer } from "../metrics/server";
import { systemClock } from "../shared/clock";

/** "server": the API (with the webhook worker unless WEBHOOK_WORKER=false); "worker": webhook deliveries only. */
export type AppRole = "server" | "worker";

export interface AppOptions {
  role: AppRole;
  config: Config;
  /** Plugins enabled by PLUGINS, options validated. */
  plugins: PluginRegistry;
  /** Default: a logger at LOG_LEVEL. */
  logger?: Logger;
  /** Default: DATABASE_URL (npm start passes its embedded PostgreSQL's). */
  databaseUrl?: string;
  /** Connections in the ORM's pool; default DB_POOL_MAX. */
  poolMax?: number;
  /** Called with every SQL statement the ORM sends (statement counts in tests and benchmarks). */
  onQuery?: (sql: string) => void;
  /** Apply pending migrations first and log what was applied. */
  migrate?: boolean;
  /** Runs after the migrations, before anything else starts (npm start: the admin key). */
  prepare?: (orm: MikroORM) => Promise<void>;
  /** A server's webhook worker; default WEBHOOK_WORKER. A worker always delivers. */
  webhookWorker?: boolean;
  /** Default: the system clock. */
  clock?: Clock;
  /** Where a server listens; default PORT and HOST. */
  port?: number;
  host?: string;
  /** Run the complaint overdue job in a server (default true). */
  overdueJob?: boolean;
  /** Aborted by a shutdown during start-up: what started is stopped and createApp rejects. */
  signal?: AbortSignal;
}

export interface TvistApp {
  role: AppRole;
  config: Config;
  logger: Logger;
  databaseUrl: string;
  orm: MikroORM;
  /** The LISTEN fan-out (a server) and the webhook worker (when it delivers). */
  events: EventRuntime;
  /** Where GET /metrics answers (METRICS_PORT's listener, or a server's own port); undefined when METRICS=false. */
  metricsUrl: string | undefined;
  /** Stops everything in dependency order; at most once. */
  stop(): Promise<void>;
}

export interface ServerApp extends TvistApp {
  role: "server";
  services: AppServices;
  server: RunningServer;
  overdueJob: OverdueJob | undefined;
}

export interface WorkerApp extends TvistApp {
  role: "worker";
}

/**
 * The composition root: builds one tvist process from its configuration. npm start, npm run worker, the tests and
 * the benchmark children all start through here and keep only what is theirs (embedded PostgreSQL, signals, IPC).
 */
export function createApp(options: AppOptions & { role: "server" }): Promise<ServerApp>;
export function createApp(options: AppOptions & { role: "worker" }): Promise<WorkerApp>;
export async function createApp(options: AppOptions): Promise<ServerApp | WorkerApp> {
  const { role, config, plugins } = options;
  const logger = options.logger ?? createLogger(config.logLevel);
  const databaseUrl = options.databaseUrl ?? config.databaseUrl;
  if (!databaseUrl)
    throw new ConfigError([
      role === "worker"
        ? "set DATABASE_URL to the database of the tvist server this worker delivers for (a worker does not start PostgreSQL)"
        : "set DATABASE_URL to the database tvist keeps its data in",
    ]);

  let orm: MikroORM | undefined;
  let events: EventRuntime | undefined;
  let server: RunningServer | undefined;
  let overdueJob: OverdueJob | undefined;
  let metricsServer: MetricsServer | undefined;
  let stopping: Promise<void> | undefined;
  // HTTP and WebSockets drained (for at most SHUTDOWN_GRACE_MS), the overdue job, the event runtime (deliveries in
  // flight), the METRICS_PORT listener, then the ORM's pool and the idempotency lock connections.
  const stop = () =>
    (stopping ??= (async () => {
      if (server) {
        const s = server;
        const drained = await Promise.race([
          s.close().then(() => true),
          new Promise<false>((r) => setTimeout(() => r(false), config.shutdownGraceMs).unref()),
        ]);
        if (!drained)
          logger.warn(
            { graceMs: config.shutdownGraceMs },
            "requests still running after SHUTDOWN_GRACE_MS; closing their connections",
          );
        s.httpServer.closeAllConnections();
      }
      if (overdueJob) await overdueJob.stop();
      if (events) await events.stop();
      if (metricsServer) await metricsServer.close();
      if (orm) await orm.close(true);
      await closeIdempotencyLocks();
    })());

  try {
    orm = await createOrm(databaseUrl, {
      poolMax: options.poolMax ?? config.dbPoolMax,
      ...(options.onQuery ? { onQuery: options.onQuery } : {}),
    });
    if (options.migrate) {
      const applied = await migrate(orm);
      logger.info({ applied }, applied.length ? "migrations applied" : "database schema is current");
    }
    await options.prepare?.(orm);
    options.signal?.throwIfAborted();

    const formats = webhookFormatsOf(plugins);
    const metricsOn = (openSockets?: () => number): AppMetrics | undefined =>
      config.metrics
        ? appMetrics({ role, orm: orm!, clock: options.clock ?? systemClock, logger, openSockets })
        : undefined;
    // METRICS_PORT (a worker: always, default 9464): a listener of its own, started before the work it reports on.
    const listenMetrics = async (metrics: AppMetrics | undefined, port: number | undefined) => {
      if (!metrics || port === undefined) return;
      metricsServer = await startMetricsServer(metrics, port, options.host ?? config.host);
      logger.info({ port: metricsServer.port, url: metricsServer.url }, "metrics served on their own port");
    };
    if (role === "worker") {
      const metrics = metricsOn();
      await listenMetrics(metrics, config.metricsPort ?? WORKER_METRICS_PORT);
      events = await startEventRuntime({ orm, databaseUrl, config, logger, worker: true, listen: false, formats });
      return { role, config, logger, databaseUrl, orm, events, metricsUrl: metricsServer?.url, stop };
    }

    events = await startEventRuntime({
      orm,
      databaseUrl,
      config,
      logger,
      formats,
      worker: options.webhookWorker,
      clock: options.clock,
    });
    const services: AppServices = {
      config,
      logger,
      eventSinks: events.sinks,
      eventBus: events.bus,
      documents: createDocumentStorage(config),
      plugins,
    };
    const metrics = metricsOn(() => server?.openSockets() ?? 0);
    await listenMetrics(metrics, config.metricsPort);
    server = await startServer(
      {
        orm,
        config,
        logger,
        services,
        clock: options.clock,
        ...(metrics ? { metrics: { app: metrics, route: config.metricsPort === undefined } } : {}),
      },
      options.port ?? config.port,
      options.host ?? config.host,
    );
    if (options.overdueJob ?? true) overdueJob = startOverdueJob({ orm, services, clock: options.clock });
    const metricsUrl = metricsServer?.url ?? (metrics ? server.url.replace(/\/graphql$/, "/metrics") : undefined);
    return { role, config, logger, databaseUrl, orm, events, metricsUrl, services, server, overdueJob, stop };
  } catch (err) {
    await stop().catch(() => undefined);
    throw err;
  }
}
