import "reflect-metadata";
import path from "node:path";
import { loadConfig, ConfigError, type Config } from "./config";
import { createLogger } from "./logger";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "./db/embedded";
import { ensureDatabase } from "./db/database";
import { createOrm, migrate } from "./db/orm";
import { startServer } from "./server";
import { ensureAdminKey } from "./modules/access/access.service";
import type { AppServices } from "./services";
import { PluginRegistry } from "./plugins/registry";

let embedded: EmbeddedPostgres | undefined;

async function main(): Promise<void> {
  let config: Config;
  let plugins: PluginRegistry;
  try {
    config = loadConfig();
    plugins = PluginRegistry.fromConfig(config);
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`tvist cannot start. ${err.message}\n`);
      process.exit(78);
    }
    throw err;
  }
  const logger = createLogger(config.logLevel);

  let databaseUrl = config.databaseUrl;
  if (!databaseUrl) {
    const pgLog = logger.child({ component: "postgres" });
    embedded = await startEmbeddedPostgres({
      dataDir: config.dataDir,
      port: config.embeddedPgPort,
      log: (line) => pgLog.debug(line),
    });
    await ensureDatabase(embedded.url, "tvist");
    databaseUrl = embedded.urlFor("tvist");
    logger.info({ dataDir: path.relative(process.cwd(), config.dataDir) || ".", cluster: embedded.clusterDir, port: config.embeddedPgPort }, "embedded PostgreSQL started");
  }

  const orm = await createOrm(databaseUrl, { poolMax: config.dbPoolMax });
  const applied = await migrate(orm);
  logger.info({ applied }, applied.length ? "migrations applied" : "database schema is current");

  const generated = await ensureAdminKey(orm.em.fork(), config.adminApiKey, !config.databaseUrl, logger);
  const services: AppServices = { config, logger, eventSinks: [], plugins };
  const server = await startServer({ orm, config, logger, services });
  logger.info({ url: server.url }, `tvist is listening: GraphQL and playground at ${server.url}`);
  if (generated) {
    process.stdout.write(
      `\n  First start: an admin API key was created. It is shown this once — store it now:\n\n    ${generated}\n\n` +
        `  Use it as the header  Authorization: Bearer ${generated}\n\n`,
    );
  }


  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "shutting down: draining requests and WebSockets");
    const force = setTimeout(() => {
      logger.error("shutdown took too long; exiting");
      process.exit(1);
    }, config.shutdownGraceMs + 20000);
    force.unref();
    try {
      await Promise.race([server.close(), new Promise((r) => setTimeout(r, config.shutdownGraceMs))]);
      server.httpServer.closeAllConnections();
      await orm.close(true);
      if (embedded) await embedded.stop();
      logger.info("stopped cleanly");
      process.exit(0);
    } catch (err) {
      logger.error({ err }, "error during shutdown");
      process.exit(1);
    }
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
}

main().catch(async (err: unknown) => {
  process.stderr.write(`tvist failed to start: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  await embedded?.stop().catch(() => undefined);
  process.exit(1);
});
