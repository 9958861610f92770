import "reflect-metadata";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { loadConfig } from "../../src/app/config";
import { createApp } from "../../src/app/create-app";
import { PluginRegistry } from "../../src/modules/plugins/registry";
import { instrument } from "./instrument";

/**
 * The real tvist server in its own process, built by src/app/create-app.ts as npm start builds it (plugins, event
 * runtime with the webhook worker, overdue job, HTTP and WebSockets) over a database the runner migrated and seeded.
 * BENCH_COUNT_SQL=1 counts the statements sent (answered on a "sql" message).
 */
async function main(): Promise<void> {
  const statements: string[] = [];
  const counting = process.env.BENCH_COUNT_SQL === "1";
  const documentDir = fs.mkdtempSync(path.join(os.tmpdir(), "tvist-bench-documents-"));
  const config = loadConfig({
    DOCUMENT_DIR: documentDir,
    ...process.env,
    DATABASE_URL: process.env.BENCH_DATABASE_URL!,
    HOST: "127.0.0.1",
    LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? "warn",
  });
  const app = await createApp({
    role: "server",
    config,
    plugins: PluginRegistry.fromConfig(config),
    port: 0,
    ...(counting ? { onQuery: (sql: string) => statements.push(sql) } : {}),
  });
  instrument(app.server.httpServer);
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await app.stop();
    fs.rmSync(documentDir, { recursive: true, force: true });
    process.exit(0);
  };
  process.on("message", (m: { type: string }) => {
    if (m.type === "sql") process.send!({ type: "sql", count: statements.length, statements: statements.splice(0) });
    else if (m.type === "stop") void stop();
  });
  process.on("disconnect", () => void stop());
  process.send!({ type: "ready", port: app.server.port });
}

main().catch((err: unknown) => {
  process.send?.({ type: "error", message: err instanceof Error ? (err.stack ?? err.message) : String(err) });
  process.exit(1);
});
