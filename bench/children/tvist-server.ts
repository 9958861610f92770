import "reflect-metadata";
import { loadConfig } from "../../src/config";
import { createLogger } from "../../src/logger";
import { createOrm } from "../../src/db/orm";
import { startServer } from "../../src/server";
import type { AppServices } from "../../src/services";
import { instrument } from "./instrument";

/**
 * The real tvist server (src/server.ts with the ORM of src/db/orm.ts) in its own process, for the load generator
 * to hit over loopback. BENCH_COUNT_SQL=1 counts the statements sent (answered on a "sql" message).
 */
async function main(): Promise<void> {
  const databaseUrl = process.env.BENCH_DATABASE_URL!;
  const statements: string[] = [];
  const counting = process.env.BENCH_COUNT_SQL === "1";
  const config = loadConfig({ ...process.env, DATABASE_URL: databaseUrl, HOST: "127.0.0.1", LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? "warn" });
  const logger = createLogger(config.logLevel);
  const orm = await createOrm(databaseUrl, { poolMax: config.dbPoolMax, ...(counting ? { onQuery: (sql: string) => statements.push(sql) } : {}) });
  const services: AppServices = { config, logger, eventSinks: [] };
  const server = await startServer({ orm, config, logger, services }, 0, "127.0.0.1");
  instrument(server.httpServer);
  process.on("message", (m: { type: string }) => {
    if (m.type === "sql") {
      process.send!({ type: "sql", count: statements.length, statements: statements.splice(0) });
    } else if (m.type === "stop") {
      void (async () => {
        await server.close();
        await orm.close(true);
        process.exit(0);
      })();
    }
  });
  process.on("disconnect", () => process.exit(0));
  process.send!({ type: "ready", port: server.port });
}

main().catch((err: unknown) => {
  process.send?.({ type: "error", message: err instanceof Error ? (err.stack ?? err.message) : String(err) });
  process.exit(1);
});
