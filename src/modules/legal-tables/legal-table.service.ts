import type { EntityManager } from "@mikro-orm/postgresql";
import type { LocalDate } from "../../shared/local-date";
import { fail, ok, type Result } from "../../shared/result";
import type { Auth } from "../access/auth";
import { LegalTableRow, LegalTableStaleNotice } from "./legal-table-row.entity";
import { checkNewRow, groupRows, interestStaleness, LegalTable, type InterestStaleness, type LegalRowCandidate, type LegalTableErrorCode, type LegalTables } from "./legal-table.rules";

/** Serialises row additions: two admins adding to one table at once both see the other's row. */
const LEGAL_TABLE_LOCK = 7_401_001;

/** Every legal table's rows, for the rules. One small read (tens of rows). */
export async function loadLegalTables(em: EntityManager): Promise<LegalTables> {
  const rows = await em.fork().find(LegalTableRow, {}, { orderBy: { table: "asc", validFrom: "asc" } });
  return groupRows(rows);
}

export async function listLegalTableRows(em: EntityManager): Promise<LegalTableRow[]> {
  return em.find(LegalTableRow, {}, { orderBy: { table: "asc", validFrom: "asc" } });
}

/** Appends a row; nothing is written unless every check passes. */
export async function addLegalTableRow(em: EntityManager, auth: Auth, input: LegalRowCandidate): Promise<Result<LegalTableRow, LegalTableErrorCode>> {
  return em.transactional(async (tx) => {
    await tx.execute("select pg_advisory_xact_lock(?)", [LEGAL_TABLE_LOCK]);
    const existing = await tx.find(LegalTableRow, { table: input.table });
    const errors = checkNewRow(input, existing);
    if (errors.length > 0) return fail(...errors);
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

/**
 * Records that `staleness`'s half-year was found stale; true only for the first caller of that half-year, however
 * many processes ask (a unique row per half-year), so legal_table.stale is told exactly once.
 */
export async function recordStaleNotice(em: EntityManager, staleness: InterestStaleness): Promise<boolean> {
  const inserted = await em
    .getConnection()
    .execute<{ id: string }[]>(`insert into "legal_table_stale_notice" ("half_year", "message") values (?, ?) on conflict ("half_year") do nothing returning "id"`, [
      staleness.halfYear,
      staleness.message,
    ]);
  return inserted.length === 1;
}

export async function staleNotices(em: EntityManager): Promise<LegalTableStaleNotice[]> {
  return em.find(LegalTableStaleNotice, {}, { orderBy: { halfYear: "desc" } });
}

/**
 * The late-interest staleness on `today` for /readyz and the legalTables query; the first time a half-year is found
 * stale it is recorded (legal_table_stale_notice) and logged as legal_table.stale, once per half-year. `recorded`
 * holds the half-years this caller already knows to be recorded, so a probe asking every few seconds writes nothing.
 */
export async function legalTablesStaleness(
  em: EntityManager,
  today: LocalDate,
  logger: { warn(obj: object, msg: string): void },
  recorded: Set<string> = new Set(),
): Promise<{ halfYear: string; message: string } | null> {
  const stale = staleInterestOn(await loadLegalTables(em), today);
  if (!stale) return null;
  if (!recorded.has(stale.halfYear)) {
    if (await recordStaleNotice(em, stale)) logger.warn({ event: "legal_table.stale", halfYear: stale.halfYear }, stale.message);
    recorded.add(stale.halfYear);
  }
  return { halfYear: stale.halfYear, message: stale.message };
}
