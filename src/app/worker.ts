import "./tracing/worker";
import "reflect-metadata";
import { loadConfig, orExitOnConfigError } from "./config";
import { createLogger } from "./logger";
import { createApp } from "./create-app";
import { PluginRegistry } from "../modules/plugins/registry";
import { stopTracing } from "./tracing";

/**
 * `npm run worker`: a webhook delivery worker on its own, next to servers started with WEBHOOK_WORKER=false, so
 * deliveries get a process (a core) of their own and scale apart from the API. It serves no API (only its own
 * /metrics, METRICS_PORT default 9464) and runs no migrations: DATABASE_URL must name a database a tvist server has migrated. SIGINT/SIGTERM stop it after the
 * deliveries in flight.
 */
async function main(): Promise<void> {
  const { worker, logger } = await orExitOnConfigError("tvist worker", async () => {
    const config = loadConfig();
    const log = createLogger(config.logLevel);
    return {
      worker: await createApp({ role: "worker", config, plugins: PluginRegistry.fromConfig(config), logger: log }),
      logger: log,
    };
  });
  logger.info({ concurrency: worker.config.webhooks.concurrency }, "tvist webhook worker running");
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "webhook worker stopping after the deliveries in flight");
    worker
      .stop()
      .then(() => stopTracing())
      .then(
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

main().catch((err: unknown) => {
  process.stderr.write(
    `tvist worker failed to start: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
  );
  process.exit(1);
});
