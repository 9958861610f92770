import type { Express } from "express";
import type { MikroORM } from "@mikro-orm/postgresql";
import type { Logger } from "pino";
import { migrationsCurrent } from "../db/orm";
import { legalTablesStaleness } from "../modules/legal-tables/legal-table.service";
import type { Clock } from "../shared/clock";
import type { EventSink } from "../events/command";

/** How long the readiness probe waits for the database before it answers 503. */
const PROBE_TIMEOUT_MS = 3000;

/**
 * GET /readyz: 200 when the database answers and every migration is applied, else 503 with what is missing. The
 * cause of a failure goes to the log only. A half-year without a confirmed interest rate is reported, never a failure;
 * the first process to notice it (this probe or the scheduled check) records it and tells integrations (legal_table.stale).
 */
export function mountReadiness(
  app: Express,
  orm: MikroORM,
  logger: Logger,
  clock: Clock,
  sinks: readonly EventSink[],
): void {
  const recordedStaleHalfYears = new Set<string>();
  app.get("/readyz", async (_req, res) => {
    let timer: NodeJS.Timeout | undefined;
    try {
      const probe = (async () => {
        await orm.em.getConnection().execute("select 1");
        const current = await migrationsCurrent(orm);
        const stale = current
          ? await legalTablesStaleness(
              orm.em.fork(),
              clock.today(),
              { sinks, now: clock.now(), logger },
              recordedStaleHalfYears,
            )
          : null;
        return { current, stale };
      })();
      const timeout = new Promise<never>(
        (_, reject) =>
          (timer = setTimeout(() => reject(new Error(`no answer within ${PROBE_TIMEOUT_MS} ms`)), PROBE_TIMEOUT_MS)),
      );
      const { current, stale } = await Promise.race([probe, timeout]);
      res.status(current ? 200 : 503).json({
        status: current ? "ready" : "migrations pending",
        database: "up",
        migrationsCurrent: current,
        ...(current ? { legalTables: { staleInterestRate: stale } } : {}),
      });
    } catch (err) {
      logger.warn({ err }, "readiness probe: the database is unreachable");
      res
        .status(503)
        .set("retry-after", "5")
        .json({ status: "database unreachable", database: "down", migrationsCurrent: null });
    } finally {
      clearTimeout(timer);
    }
  });
}
