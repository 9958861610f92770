import http from "node:http";
import { listen } from "../app/listen";
import type { AppMetrics } from "./scrape";

/** The listener of METRICS_PORT: GET /metrics and nothing else. */
export interface MetricsServer {
  port: number;
  url: string;
  close(): Promise<void>;
}

/** The port a worker serves /metrics on when METRICS_PORT is not set (the OpenTelemetry Prometheus exporter's). */
export const WORKER_METRICS_PORT = 9464;

/** Listens on `port` (0: a free one) of `host`. */
export async function startMetricsServer(metrics: AppMetrics, port: number, host: string): Promise<MetricsServer> {
  const server = http.createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0];
    if (path === "/metrics" && (req.method === "GET" || req.method === "HEAD")) return metrics.handle(req, res);
    res
      .writeHead(404, { "content-type": "text/plain" })
      .end(`There is nothing at ${req.method} ${path}: metrics are at GET /metrics.\n`);
  });
  const { port: actual, shownHost } = await listen(server, port, host);
  let closing: Promise<void> | undefined;
  return {
    port: actual,
    url: `http://${shownHost}:${actual}/metrics`,
    close() {
      closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return closing;
    },
  };
}
