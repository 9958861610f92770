import "reflect-metadata";
import { loadConfig } from "../../src/app/config";
import { createApp } from "../../src/app/create-app";
import { PluginRegistry } from "../../src/modules/plugins/registry";
import { sendCpu } from "./child";

/** The webhook worker process of src/app/worker.ts (npm run worker) for the events benchmark. */
async function main(): Promise<void> {
  const config = loadConfig({
    ...process.env,
    DATABASE_URL: process.env.BENCH_DATABASE_URL!,
    LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? "warn",
    // several workers run side by side: each takes a free port for its /metrics
    METRICS_PORT: process.env.METRICS_PORT ?? "0",
  });
  const worker = await createApp({ role: "worker", config, plugins: PluginRegistry.fromConfig(config) });
  const stop = () => void worker.stop().then(() => process.exit(0));
  process.on("message", (m: { type: string }) => {
    if (m.type === "cpu") sendCpu();
    else if (m.type === "stop") stop();
  });
  process.on("disconnect", stop);
  process.send!({ type: "ready", port: 0 });
}

main().catch((err: unknown) => {
  process.send?.({ type: "error", message: err instanceof Error ? (err.stack ?? err.message) : String(err) });
  process.exit(1);
});
