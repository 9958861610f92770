import type { EntityManager } from "@mikro-orm/postgresql";
import type { SqlEventSink } from "../../events/append";
import { appendToEveryCreditorSql } from "../../events/event.store";
import type { EventSink } from "../../events/command";
import type { LocalDate } from "../../shared/local-date";
import { eventsAppended } from "../../metrics/series";
import { ok } from "../../shared/result";
import { refuse, type Outcome } from "../../shared/outcome";
import type { LegalTableFailure } from "./legal-table.errors";
import type { Auth } from "../access/auth";
import { LegalTableRow, LegalTableStaleNotice } from "./legal-table-row.entity";
import {
  checkNewRow,
  groupRows,
  interestStaleness,
  LegalTable,
  type InterestStaleness,
  type LegalRowCandidate,
  type LegalTables,
} from "./legal-table.rules";
import { insertStaleNotice, lockLegalTables } from "./legal-table.store";

/** Every legal table's rows, for the rules. One small read (tens of rows). */
export async function loadLegalTables(em: EntityManager): Promise<LegalTables> {
  const rows = await em.fork().find(LegalTableRow, {}, { orderBy: { table: "asc", validFrom: "asc" } });
  return groupRows(rows);
}

export async function listLegalTableRows(em: EntityManager): Promise<LegalTableRow[]> {
  return em.find(LegalTableRow, {}, { orderBy: { table: "asc", validFrom: "asc" } });
}

/** Appends a row; nothing is written unless every check passes. */
export async function addLegalTableRow(
  em: EntityManager,
  auth: Auth,
  input: LegalRowCandidate,
): Promise<Outcome<LegalTableRow, LegalTableFailure>> {
  return em.transactional(async (tx) => {
    await lockLegalTables(tx);
    const existing = await tx.find(LegalTableRow, { table: input.table });
    const errors = checkNewRow(input, existing);
    if (errors.length > 0) return refuse(...errors);
    const row = new LegalTableRow({
      table: input.table,
      validFrom: input.validFrom,
      value: input.value,
      sourceTitle: input.sourceTitle.trim(),
      sourceUrl: input.sourceUrl.trim(),
      confirmed: input.confirmed,
      createdBy: auth.keyName,
    });
    tx.persist(row);
    await tx.flush();
    return ok(row);
  });
}

/** Whether the late-interest rate is stale on `today` (no confirmed row for its half-year). */
export function staleInterestOn(tables: LegalTables, today: LocalDate): InterestStaleness | null {
  return interestStaleness(tables[LegalTable.LATE_INTEREST_RATE], today);
}

/** The legal_table.stale event's data (docs/events.md). */
export function staleEventData(staleness: InterestStaleness): Record<string, unknown> {
  const c = staleness.carried;
  return {
    table: LegalTable.LATE_INTEREST_RATE,
    halfYear: staleness.halfYear,
    halfYearStart: staleness.halfYearStart,
    carried: c
      ? {
          validFrom: c.validFrom,
          value: c.value,
          confirmed: c.confirmed,
          sourceTitle: c.sourceTitle,
          sourceUrl: c.sourceUrl,
        }
      : null,
    message: staleness.message,
  };
}

/**
 * Records that `staleness`'s half-year was found stale and, in the same transaction, appends legal_table.stale for
 * every creditor (an event without a case, one row per creditor, so each tenant sees only its own) through the SQL
 * sinks (NOTIFY, webhook deliveries). Only the first caller of a half-year records it, however many processes ask at
 * once (the unique half_year: a second insert waits for the first to commit, then does nothing), so the event is told
 * exactly once. Returns the number of events appended, or null when the half-year was already recorded.
 */
export async function recordStaleNotice(
  em: EntityManager,
  staleness: InterestStaleness,
  sinks: readonly EventSink[],
  now: Date,
): Promise<number | null> {
  return em.fork().transactional(async (tx) => {
    if (!(await insertStaleNotice(tx, staleness.halfYear, staleness.message))) return null;
    const carried = staleness.carried
      ? `${staleness.carried.value / 100} % from ${staleness.carried.validFrom} is carried forward`
      : "there is no rate at all";
    const summary = `No confirmed late-payment interest rate for ${staleness.halfYear}: ${carried}`;
    const appended = await tx.execute<{ id: string }[]>(
      appendToEveryCreditorSql(sinks.filter((s): s is SqlEventSink => typeof s !== "function")),
      ["legal_table.stale", now.toISOString(), "system", summary, JSON.stringify(staleEventData(staleness))],
    );
    eventsAppended.inc(appended.length);
    return appended.length;
  });
}

export async function staleNotices(em: EntityManager): Promise<LegalTableStaleNotice[]> {
  return em.find(LegalTableStaleNotice, {}, { orderBy: { halfYear: "desc" } });
}

/**
 * The late-interest staleness on `today`, for /readyz and the scheduled check; the first time a half-year is found
 * stale it is recorded with its legal_table.stale events (recordStaleNotice), once per half-year. `recorded` holds
 * the half-years this caller already knows to be recorded, so a probe asking every few seconds writes nothing.
 */
export async function legalTablesStaleness(
  em: EntityManager,
  today: LocalDate,
  deps: { sinks: readonly EventSink[]; now: Date; logger: { warn(obj: object, msg: string): void } },
  recorded: Set<string> = new Set(),
): Promise<{ halfYear: string; message: string } | null> {
  const stale = staleInterestOn(await loadLegalTables(em), today);
  if (!stale) return null;
  if (!recorded.has(stale.halfYear)) {
    const events = await recordStaleNotice(em, stale, deps.sinks, deps.now);
    if (events !== null)
      deps.logger.warn({ event: "legal_table.stale", halfYear: stale.halfYear, creditors: events }, stale.message);
    recorded.add(stale.halfYear);
  }
  return { halfYear: stale.halfYear, message: stale.message };
}
