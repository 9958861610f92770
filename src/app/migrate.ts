import "reflect-metadata";
import { loadConfig, orExitOnConfigError, ConfigError } from "./config";
import { createLogger } from "./logger";
import { createOrm, migrate } from "../db/orm";
import { migrateJobQueue } from "../modules/webhooks/webhook-worker";

/**
 * `npm run migrate`: applies pending migrations (tvist's and the job queue's) to DATABASE_URL and exits, as a deploy
 * step before servers started with MIGRATE=false. Safe beside running servers: migrations take MIGRATION_LOCK.
 */
async function main(): Promise<void> {
  const { config, logger } = await orExitOnConfigError("tvist migrate", () => {
    const loaded = loadConfig();
    if (!loaded.databaseUrl) throw new ConfigError(["set DATABASE_URL to the database to migrate"]);
    return { config: loaded, logger: createLogger(loaded.logLevel) };
  });
  const orm = await createOrm(config.databaseUrl!, { poolMax: 2 });
  try {
    const applied = await migrate(orm);
    await migrateJobQueue(config.databaseUrl!, logger);
    logger.info({ applied }, applied.length ? "migrations applied" : "database schema is current");
  } finally {
    await orm.close(true);
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    process.stderr.write(`tvist migrate failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
  },
);
