import type { IncomingMessage, ServerResponse } from "node:http";
import type { MikroORM } from "@mikro-orm/postgresql";
import type { Logger } from "pino";
import { Gauge, Registry } from "prom-client";
import type { Clock } from "../shared/clock";
import { queueStats } from "../modules/webhooks/delivery.store";
import { loadLegalTables, staleInterestOn } from "../modules/legal-tables/legal-table.service";
import { collectProcessMetrics, processRegistry } from "./series";

export interface ScrapeSources {
  role: "server" | "worker";
  orm: MikroORM;
  clock: Clock;
  logger: Logger;
  /** graphql-ws sockets open now (a server). */
  openSockets?: () => number;
}

/** One app's /metrics: the process's counters plus what is read from this app's pool, sockets and database per scrape. */
export interface AppMetrics {
  readonly contentType: string;
  render(): Promise<string>;
  /** A GET /metrics handler (node:http or express). */
  handle(req: IncomingMessage, res: ServerResponse): void;
}

/** The parts of tarn's pool (MikroORM's knex pool) read here. */
interface TarnPool {
  numUsed(): number;
  numFree(): number;
  numPendingAcquires(): number;
  numPendingCreates(): number;
  max: number;
}

function poolOf(orm: MikroORM): TarnPool | undefined {
  return (orm.em.getConnection().getKnex().client as { pool?: TarnPool }).pool;
}

/** The gauges of one app, in a registry of its own: nothing of them runs except when /metrics is scraped. */
export function appMetrics(sources: ScrapeSources): AppMetrics {
  const { orm, logger } = sources;
  collectProcessMetrics();
  const registry = new Registry();
  const registers = [registry];

  new Gauge({
    name: "tvist_process_info",
    help: "Always 1; the role label says whether this process is a server (API) or a worker (webhook deliveries only)",
    labelNames: ["role"] as const,
    registers,
  })
    .labels(sources.role)
    .set(1);

  const poolGauge = (name: string, help: string, read: (pool: TarnPool) => number) =>
    new Gauge({
      name,
      help,
      registers,
      collect() {
        const pool = poolOf(orm);
        this.set(pool ? read(pool) : 0);
      },
    });
  poolGauge("tvist_db_pool_connections_in_use", "Database connections of the pool lent out now", (p) => p.numUsed());
  poolGauge("tvist_db_pool_connections_idle", "Database connections of the pool open and idle", (p) => p.numFree());
  poolGauge(
    "tvist_db_pool_waiting",
    "Requests for a database connection waiting for the pool (connections being opened included)",
    (p) => p.numPendingAcquires(),
  );
  poolGauge("tvist_db_pool_connections_max", "Largest size of the pool (DB_POOL_MAX)", (p) => p.max);

  if (sources.openSockets) {
    const open = sources.openSockets;
    new Gauge({
      name: "tvist_subscription_sockets_open",
      help: "GraphQL WebSocket (graphql-ws) connections open on this server",
      registers,
      collect() {
        this.set(open());
      },
    });
  }

  // One statement per scrape serves both queue gauges (they are collected side by side).
  let stats: Promise<{ depth: number; oldestDueAgeSeconds: number } | undefined> | undefined;
  const readQueue = () =>
    (stats ??= queueStats(orm.em.fork())
      .catch((err: unknown) => {
        logger.warn({ err }, "metrics: the webhook queue could not be read");
        return undefined;
      })
      .finally(() => (stats = undefined)));
  new Gauge({
    name: "tvist_webhook_queue_depth",
    help: "Webhook deliveries still open (pending or retrying), in the whole database",
    registers,
    async collect() {
      this.set((await readQueue())?.depth ?? Number.NaN);
    },
  });
  new Gauge({
    name: "tvist_webhook_queue_oldest_due_age_seconds",
    help: "How long the oldest open delivery that is due has been due (0 when none is)",
    registers,
    async collect() {
      this.set((await readQueue())?.oldestDueAgeSeconds ?? Number.NaN);
    },
  });

  new Gauge({
    name: "tvist_legal_tables_stale",
    help: "1 when no confirmed late-payment interest rate covers today's half-year (see /readyz), else 0",
    registers,
    async collect() {
      try {
        this.set(staleInterestOn(await loadLegalTables(orm.em.fork()), sources.clock.today()) ? 1 : 0);
      } catch (err) {
        logger.warn({ err }, "metrics: the legal tables could not be read");
        this.set(Number.NaN);
      }
    },
  });

  const merged = Registry.merge([processRegistry, registry]);
  const render = () => merged.metrics();
  return {
    contentType: merged.contentType,
    render,
    handle(req, res) {
      render().then(
        (body) => {
          res.writeHead(200, { "content-type": merged.contentType, "cache-control": "no-store" });
          res.end(req.method === "HEAD" ? undefined : body);
        },
        (err: unknown) => {
          logger.error({ err }, "metrics could not be collected");
          res.writeHead(500, { "content-type": "text/plain" }).end("metrics could not be collected\n");
        },
      );
    },
  };
}
