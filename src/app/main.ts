import "./tracing/server";
import "reflect-metadata";
import path from "node:path";
import type { MikroORM } from "@mikro-orm/postgresql";
import type { Logger } from "pino";
import { loadConfig, orExitOnConfigError, type Config } from "./config";
import { createLogger } from "./logger";
import { startSupervisedPostgres, type EmbeddedPostgres } from "../db/embedded";
import { ensureDatabase } from "../db/database";
import { migrationsCurrent } from "../db/orm";
import { createApp, type ServerApp } from "./create-app";
import { ensureAdminKey } from "../modules/access/access.service";
import { PluginRegistry } from "../modules/plugins/registry";
import { stopTracing } from "./tracing";

const MIGRATIONS_POLL_MS = 1000;

let embedded: EmbeddedPostgres | undefined;
let app: ServerApp | undefined;
let stopRequested: string | undefined;
const stopBoot = new AbortController();

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

  let generated: string | undefined;
  try {
    app = await createApp({
      role: "server",
      config,
      plugins,
      logger,
      databaseUrl,
      // the embedded PostgreSQL has no deploy step of its own: it is always migrated here
      migrate: config.migrate || !config.databaseUrl,
      prepare: async (orm) => {
        if (!config.migrate && config.databaseUrl) await waitForMigrations(orm, logger);
        generated = await ensureAdminKey(orm.em.fork(), config.adminApiKey, !config.databaseUrl, logger);
      },
      signal: stopBoot.signal,
    });
  } catch (err) {
    if (stopBoot.signal.aborted) return;
    throw err;
  }
  if (generated) {
    process.stdout.write(
      `\n  First start: an admin API key was created. It is shown this once — store it now:\n\n    ${generated}\n\n` +
        `  Use it as the header  Authorization: Bearer ${generated}\n\n`,
    );
  }
  // Logged last: once this line is out, start-up is complete.
  logger.info({ url: app.server.url }, `tvist is listening: GraphQL and playground at ${app.server.url}`);
}

/** MIGRATE=false: waits (not listening, so not ready) until `npm run migrate` has brought the schema up to date. */
async function waitForMigrations(orm: MikroORM, logger: Logger): Promise<void> {
  if (await migrationsCurrent(orm)) return;
  logger.warn("the database schema is behind this version (MIGRATE=false): waiting for npm run migrate");
  while (!(await migrationsCurrent(orm))) {
    stopBoot.signal.throwIfAborted();
    await new Promise((resolve) => setTimeout(resolve, MIGRATIONS_POLL_MS));
  }
  logger.info("database schema is current");
}

/** Stops in dependency order: the app (HTTP and WebSockets drained first, the ORM's pool last), then PostgreSQL. */
async function stopAll(): Promise<void> {
  if (app) await app.stop();
  if (embedded) await embedded.stop();
  await stopTracing();
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
    stopBoot.abort();
    logger.info({ signal }, "shutting down: draining requests and WebSockets");
    const force = setTimeout(() => {
      logger.error("shutdown took too long; exiting");
      process.exit(1);
    }, config.shutdownGraceMs + 20000);
    force.unref();
    await booting.catch(() => undefined);
    try {
      await stopAll();
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
  await embedded?.stop().catch(() => undefined);
  process.exit(1);
});
