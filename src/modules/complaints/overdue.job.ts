import type { MikroORM } from "@mikro-orm/postgresql";
import type { AppServices } from "../../app/services";
import { systemClock, type Clock } from "../../shared/clock";
import { markOverdueComplaints } from "./overdue.sweep";

export interface OverdueJobOptions {
  orm: MikroORM;
  services: Pick<AppServices, "eventSinks" | "logger">;
  /** Default: the system clock. */
  clock?: Clock;
  /** Milliseconds between runs; default 60 000 (every minute). */
  intervalMs?: number;
}

export interface OverdueJob {
  /** One run now; resolves to the number of complaint.overdue events emitted. */
  runOnce(): Promise<number>;
  /** Stops the timer and waits for a run in progress. */
  stop(): Promise<void>;
}

/**
 * Emits complaint.overdue for complaints past their due date, at start (to catch up after a restart) and then every
 * interval, in this process. Exactly once per complaint, however many processes run it: see markOverdueComplaints.
 */
export function startOverdueJob(options: OverdueJobOptions): OverdueJob {
  const clock = options.clock ?? systemClock;
  const log = options.services.logger.child({ job: "complaint-overdue" });
  let running: Promise<number> | null = null;
  let stopped = false;

  const runOnce = (): Promise<number> => {
    running ??= markOverdueComplaints(options.orm.em.fork(), options.services, clock.today(), clock.now())
      .then((emitted) => {
        if (emitted > 0) log.info({ emitted }, "complaints marked overdue");
        return emitted;
      })
      .catch((err: unknown) => {
        log.error({ err }, "overdue complaint run failed; the next run tries again");
        return 0;
      })
      .finally(() => {
        running = null;
      });
    return running;
  };

  const tick = () => {
    if (!stopped) void runOnce();
  };
  const timer = setInterval(tick, options.intervalMs ?? 60_000);
  timer.unref();
  tick();

  return {
    runOnce,
    async stop() {
      stopped = true;
      clearInterval(timer);
      if (running) await running;
    },
  };
}
