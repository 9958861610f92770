import "reflect-metadata";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { loadConfig } from "../../src/app/config";
import { createLogger } from "../../src/app/logger";
import { createOrm } from "../../src/db/orm";
import { startServer } from "../../src/app/server";
import type { AppServices } from "../../src/app/services";
import { PluginRegistry } from "../../src/modules/plugins/registry";
import { registerPluginWebhookFormats } from "../../src/modules/webhooks/plugin-formats";
import { createDocumentStorage } from "../../src/modules/documents/storage";
import { startEventRuntime } from "../../src/events/runtime";
import { startOverdueJob } from "../../src/modules/complaints/overdue.job";
import { instrument } from "./instrument";

/**
 * The real tvist server in its own process, booted as src/app/main.ts boots it (ORM of src/db/orm.ts, plugins, event
 * runtime with the webhook worker, overdue job, src/app/server.ts) over a database the runner migrated and seeded.
 * BENCH_COUNT_SQL=1 counts the statements sent (answered on a "sql" message).
 */
async function main(): Promise<void> {
  const databaseUrl = process.env.BENCH_DATABASE_URL!;
  const statements: string[] = [];
  const counting = process.env.BENCH_COUNT_SQL === "1";
  const documentDir = fs.mkdtempSync(path.join(os.tmpdir(), "tvist-bench-documents-"));
  const config = loadConfig({
    DOCUMENT_DIR: documentDir,
    ...process.env,
    DATABASE_URL: databaseUrl,
    HOST: "127.0.0.1",
    LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? "warn",
  });
  const logger = createLogger(config.logLevel);
  const orm = await createOrm(databaseUrl, {
    poolMax: config.dbPoolMax,
    ...(counting ? { onQuery: (sql: string) => statements.push(sql) } : {}),
  });
  const plugins = PluginRegistry.fromConfig(config);
  registerPluginWebhookFormats(plugins);
  const events = await startEventRuntime({ orm, databaseUrl, config, logger });
  const services: AppServices = {
    config,
    logger,
    eventSinks: events.sinks,
    eventBus: events.bus,
    documents: createDocumentStorage(config),
    plugins,
  };
  const server = await startServer({ orm, config, logger, services }, 0, "127.0.0.1");
  const overdueJob = startOverdueJob({ orm, services });
  instrument(server.httpServer);
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await server.close();
    await overdueJob.stop();
    await events.stop();
    await orm.close(true);
    fs.rmSync(documentDir, { recursive: true, force: true });
    process.exit(0);
  };
  process.on("message", (m: { type: string }) => {
    if (m.type === "sql") process.send!({ type: "sql", count: statements.length, statements: statements.splice(0) });
    else if (m.type === "stop") void stop();
  });
  process.on("disconnect", () => void stop());
  process.send!({ type: "ready", port: server.port });
}

main().catch((err: unknown) => {
  process.send?.({ type: "error", message: err instanceof Error ? (err.stack ?? err.message) : String(err) });
  process.exit(1);
});
