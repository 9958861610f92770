import "reflect-metadata";
import path from "node:path";
import type { MikroORM } from "@mikro-orm/postgresql";
import { loadConfig, orExitOnConfigError, type Config } from "./config";
import { createLogger } from "./logger";
import { startSupervisedPostgres, type EmbeddedPostgres } from "../db/embedded";
import { ensureDatabase } from "../db/database";
import { createOrm, migrate } from "../db/orm";
import { startServer, type RunningServer } from "./server";
import { ensureAdminKey } from "../modules/access/access.service";
import type { AppServices } from "./services";
import { PluginRegistry } from "../modules/plugins/registry";
import { registerPluginWebhookFormats } from "../modules/webhooks/plugin-formats";
import { createDocumentStorage } from "../modules/documents/storage";
import { startEventRuntime, type EventRuntime } from "../events/runtime";
import { startOverdueJob, type OverdueJob } from "../modules/complaints/overdue.job";
import { closeIdempotencyLocks } from "../modules/idempotency/idempotency-locks";

let embedded: EmbeddedPostgres | undefined;
let orm: MikroORM | undefined;
let server: RunningServer | undefined;
let events: EventRuntime | undefined;
let overdueJob: OverdueJob | undefined;
let stopRequested: string | undefined;

async function boot(config: Config, plugins: PluginRegistry, logger: ReturnType<typeof createLogger>): Promise<void> {
  let databaseUrl = config.databaseUrl;
  if (!databaseUrl) {
    const pgLog = logger.child({ component: "postgres" });
    embedded = await startSupervisedPostgres(
      { dataDir: config.dataDir, port: config.embeddedPgPort, log: (line) => pgLog.debug(line), ownProcessGroup: true },
      {
        onExit: () => pgLog.error("embedded PostgreSQL exited; restarting it"),
        onRestart: (restarts) => pgLog.warn({ restarts }, "embedded PostgreSQL restarted"),
        onRestartFailed: (err, retryInMs) =>
          pgLog.error({ err, retryInMs }, "embedded PostgreSQL did not start; trying again"),
      },
    );
    await ensureDatabase(embedded.url, "tvist");
    databaseUrl = embedded.urlFor("tvist");
    logger.info(
      {
        dataDir: path.relative(process.cwd(), config.dataDir) || ".",
        cluster: embedded.clusterDir,
        port: config.embeddedPgPort,
      },
      "embedded PostgreSQL started",
    );
  }
  if (stopRequested) return;

  orm = await createOrm(databaseUrl, { poolMax: config.dbPoolMax });
  const applied = await migrate(orm);
  logger.info({ applied }, applied.length ? "migrations applied" : "database schema is current");

  const generated = await ensureAdminKey(orm.em.fork(), config.adminApiKey, !config.databaseUrl, logger);
  if (stopRequested) return;
  registerPluginWebhookFormats(plugins);
  events = await startEventRuntime({ orm, databaseUrl, config, logger });
  const services: AppServices = {
    config,
    logger,
    eventSinks: events.sinks,
    eventBus: events.bus,
    documents: createDocumentStorage(config),
    plugins,
  };
  server = await startServer({ orm, config, logger, services });
  overdueJob = startOverdueJob({ orm, services });
  if (generated) {
    process.stdout.write(
      `\n  First start: an admin API key was created. It is shown this once — store it now:\n\n    ${generated}\n\n` +
        `  Use it as the header  Authorization: Bearer ${generated}\n\n`,
    );
  }
  // Logged last: once this line is out, start-up is complete.
  logger.info({ url: server.url }, `tvist is listening: GraphQL and playground at ${server.url}`);
}

/** Stops in dependency order: HTTP and WebSockets drained, then the ORM's pool, then the embedded PostgreSQL. */
async function stopAll(config: Config, logger: ReturnType<typeof createLogger>): Promise<void> {
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
  if (orm) await orm.close(true);
  await closeIdempotencyLocks();
  if (embedded) await embedded.stop();
}

async function main(): Promise<void> {
  const { config, plugins } = await orExitOnConfigError("tvist", () => {
    const loaded = loadConfig();
    return { config: loaded, plugins: PluginRegistry.fromConfig(loaded) };
  });
  const logger = createLogger(config.logLevel);

  // Handlers go in before anything is started, so a signal during boot still stops PostgreSQL cleanly.
  let booting: Promise<void> = Promise.resolve();
  const shutdown = async (signal: string) => {
    if (stopRequested) return;
    stopRequested = signal;
    logger.info({ signal }, "shutting down: draining requests and WebSockets");
    const force = setTimeout(() => {
      logger.error("shutdown took too long; exiting");
      process.exit(1);
    }, config.shutdownGraceMs + 20000);
    force.unref();
    await booting.catch(() => undefined);
    try {
      await stopAll(config, logger);
      logger.info("stopped cleanly");
      process.exit(0);
    } catch (err) {
      logger.error({ err }, "error during shutdown");
      process.exit(1);
    }
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));

  booting = boot(config, plugins, logger);
  await booting;
}

main().catch(async (err: unknown) => {
  process.stderr.write(`tvist failed to start: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  await orm?.close(true).catch(() => undefined);
  await embedded?.stop().catch(() => undefined);
  process.exit(1);
});
