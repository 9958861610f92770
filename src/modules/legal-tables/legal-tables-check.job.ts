import type { MikroORM } from "@mikro-orm/postgresql";
import type { Logger } from "pino";
import type { EventSink } from "../../events/command";
import type { Clock } from "../../shared/clock";
import { legalTablesStaleness } from "./legal-table.service";

/** The graphile-worker task that checks the legal tables (run on LEGAL_TABLES_CHECK_CRON). */
export const LEGAL_TABLES_CHECK_TASK = "legal_tables_check";

export interface LegalTablesCheckDeps {
  orm: MikroORM;
  sinks: readonly EventSink[];
  clock: Clock;
  logger: Logger;
}

/**
 * One check: when today's half-year has no confirmed late-interest rate, records it and appends legal_table.stale for
 * every creditor, exactly once per half-year however many processes run it at once (recordStaleNotice). Returns the
 * stale half-year, or null when the rate is confirmed.
 */
export async function runLegalTablesCheck(deps: LegalTablesCheckDeps): Promise<string | null> {
  const log = deps.logger.child({ job: LEGAL_TABLES_CHECK_TASK });
  const stale = await legalTablesStaleness(deps.orm.em.fork(), deps.clock.today(), {
    sinks: deps.sinks,
    now: deps.clock.now(),
    logger: log,
  });
  return stale?.halfYear ?? null;
}

/**
 * The crontab line of the check for graphile-worker (schedule in UTC): graphile-worker adds each run's job once
 * however many processes run the crontab, and `fill=1d` runs a run missed within the last day (every process was down).
 */
export function legalTablesCheckCrontab(schedule: string): string {
  return `${schedule} ${LEGAL_TABLES_CHECK_TASK} ?max=5&fill=1d`;
}
