import "reflect-metadata";
import { loadConfig, ConfigError, orExitOnConfigError, type Config } from "./config";
import { createLogger } from "./logger";
import { createOrm } from "../db/orm";
import { PluginRegistry } from "../modules/plugins/registry";
import { registerPluginWebhookFormats } from "../modules/webhooks/plugin-formats";
import { startEventRuntime } from "../events/runtime";

export interface RunningWorker {
  /** After the deliveries in flight; closes the pool. */
  stop(): Promise<void>;
}

/** The webhook worker of a worker-only process over a migrated database (see main below). */
export async function startWorker(
  config: Config,
  plugins: PluginRegistry,
  logger = createLogger(config.logLevel),
): Promise<RunningWorker> {
  if (!config.databaseUrl)
    throw new ConfigError([
      "set DATABASE_URL to the database of the tvist server this worker delivers for (a worker does not start PostgreSQL)",
    ]);
  const orm = await createOrm(config.databaseUrl, { poolMax: config.dbPoolMax });
  registerPluginWebhookFormats(plugins);
  const events = await startEventRuntime({
    orm,
    databaseUrl: config.databaseUrl,
    config,
    logger,
    worker: true,
    listen: false,
  });
  logger.info({ concurrency: config.webhooks.concurrency }, "tvist webhook worker running");
  return {
    async stop() {
      await events.stop();
      await orm.close(true);
    },
  };
}

/**
 * `npm run worker`: a webhook delivery worker on its own, next to servers started with WEBHOOK_WORKER=false, so
 * deliveries get a process (a core) of their own and scale apart from the API. It serves no HTTP and runs no
 * migrations: DATABASE_URL must name a database a tvist server has migrated. SIGINT/SIGTERM stop it after the
 * deliveries in flight.
 */
async function main(): Promise<void> {
  const { worker, logger } = await orExitOnConfigError("tvist worker", async () => {
    const config = loadConfig();
    const log = createLogger(config.logLevel);
    return { worker: await startWorker(config, PluginRegistry.fromConfig(config), log), logger: log };
  });
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "webhook worker stopping after the deliveries in flight");
    worker.stop().then(
      () => process.exit(0),
      (err: unknown) => {
        logger.error({ err }, "error while stopping");
        process.exit(1);
      },
    );
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));
}

if (require.main === module) {
  main().catch((err: unknown) => {
    process.stderr.write(
      `tvist worker failed to start: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
    );
    process.exit(1);
  });
}
