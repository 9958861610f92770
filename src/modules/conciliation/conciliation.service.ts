import type { EntityManager } from "@mikro-orm/postgresql";
import { ok, type Result } from "../../shared/result";
import { refuse, type Outcome } from "../../shared/outcome";
import { idOf } from "../../shared/global-id";
import type { LocalDate } from "../../shared/local-date";
import { formatDate } from "../../shared/format-no";
import { canSeeCreditor, type Auth } from "../access/auth";
import { CLOSED_STATUSES, CollectionStepKind } from "../cases/case.rules";
import type { CollectionCase } from "../cases/collection-case.entity";
import { CollectionStep } from "../cases/money.entities";
import { DebtorKind } from "../parties/debtor.entity";
import { ConciliationBoard } from "../register/conciliation-board.entity";
import { Municipality } from "../register/municipality.entity";
import type { AttendanceInput } from "./attendance.rules";
import { buildClaim, type ClaimErrorCode, type ConciliationClaim, type ExtraFee } from "./claim.rules";
import { LegalTable, type LegalTables } from "../legal-tables/legal-table.rules";
import { assessEligibility, type CaseCategory, type Eligibility } from "./eligibility.rules";
import { ConciliationCase, OPEN_CONCILIATION_STATUSES, type ConciliationStatus } from "./conciliation-case.entity";
import type { ConciliationFailure } from "./conciliation.errors";

export type R<T> = Outcome<T, ConciliationFailure>;

/** A conciliation case the caller may see, by global id; null for unknown ids and other tenants' alike. */
export async function findVisibleConciliationCase(
  em: EntityManager,
  auth: Auth,
  globalId: string,
): Promise<ConciliationCase | null> {
  const id = idOf(globalId, "ConciliationCase");
  if (id === undefined) return null;
  const cc = await em.findOne(ConciliationCase, { id }, { populate: ["case", "board"] });
  return cc && canSeeCreditor(auth, cc.creditor.id) ? cc : null;
}

/** The open conciliation case of a collection case, if any. */
export function findOpenConciliationCase(em: EntityManager, c: CollectionCase): Promise<ConciliationCase | null> {
  return em.findOne(ConciliationCase, { case: c, status: { $in: [...OPEN_CONCILIATION_STATUSES] } });
}

/** Øre in dispute (tvistesum, tvisteloven § 17-3): the principal less payments and credits; interest and costs do not count. */
export function disputedAmount(c: CollectionCase): number {
  return Math.max(0, c.principalAmount - c.paidAmount - c.creditedAmount);
}

export interface EligibilityQuestion {
  category: CaseCategory;
  claimantHasLawyer: boolean;
  debtorHasLawyer: boolean;
  bindingNemnd?: string | null;
  againstState?: boolean | null;
  statutoryExclusion?: string | null;
  filingDate: LocalDate;
}

export function eligibilityOf(
  c: CollectionCase,
  q: EligibilityQuestion,
  tables: LegalTables,
): Eligibility & { claimAmount: number } {
  const claimAmount = disputedAmount(c);
  const result = assessEligibility(
    {
      category: q.category,
      claimAmount,
      creditorHasLawyer: q.claimantHasLawyer,
      debtorHasLawyer: q.debtorHasLawyer,
      againstState: q.againstState ?? false,
      decidedByNemnd: q.bindingNemnd ?? null,
      statutoryExclusion: q.statutoryExclusion?.trim() || null,
      filingDate: q.filingDate,
    },
    {
      thresholdTable: tables[LegalTable.LAWYER_BYPASS_THRESHOLD].map((r) => ({
        validFrom: r.validFrom,
        lawyerBypassThreshold: r.value,
      })),
    },
  );
  return { ...result, claimAmount };
}

/** The forliksråd of the debtor's kommune, from the register; null when the kommune has none. */
export async function boardForDebtor(
  em: EntityManager,
  c: CollectionCase,
): Promise<{ board: ConciliationBoard | null; kommune: Municipality }> {
  await em.populate(c, ["debtor.municipality.board"]);
  const kommune = c.debtor.municipality;
  return { board: kommune.board ?? null, kommune };
}

export async function boardById(em: EntityManager, globalId: string): Promise<ConciliationBoard | null> {
  const id = idOf(globalId, "ConciliationBoard");
  return id === undefined ? null : em.findOne(ConciliationBoard, { id });
}

const STEP_LABEL: Record<CollectionStepKind, string> = {
  [CollectionStepKind.COLLECTION_NOTICE]: "Inkassovarsel",
  [CollectionStepKind.PAYMENT_DEMAND]: "Betalingsoppfordring",
};

/**
 * The claim of a case filed on `filingDate`. Payments and credits so far reduce the principal (which keeps the claim
 * on the safe side: interest on the paid part up to its payment day is not claimed); collection fees are claimed as
 * incurred.
 */
export async function claimFor(
  em: EntityManager,
  c: CollectionCase,
  tables: LegalTables,
  input: {
    filingDate: LocalDate;
    legalCosts: number;
    requestJudgmentInAbsence: boolean;
    claimStandardCompensation?: boolean | null;
    today: LocalDate;
  },
): Promise<Result<ConciliationClaim, ClaimErrorCode>> {
  await em.populate(c, ["invoice", "debtor"]);
  const steps = await em.find(CollectionStep, { case: c }, { orderBy: { sentOn: "asc", id: "asc" } });
  const extraFees: ExtraFee[] = steps
    .filter((s) => s.fee > 0)
    .map((s) => ({ label: `${STEP_LABEL[s.kind]} ${formatDate(s.sentOn)}`, amount: s.fee }));
  return buildClaim(
    {
      principal: disputedAmount(c),
      dueDate: c.invoice.dueDate,
      filingDate: input.filingDate,
      legalCosts: input.legalCosts,
      extraFees,
      requestJudgmentInAbsence: input.requestJudgmentInAbsence,
      debtorIsBusiness: c.debtor.kind === DebtorKind.ORGANISATION,
      claimStandardCompensation: input.claimStandardCompensation ?? false,
      today: input.today,
    },
    tables,
  );
}

export interface Deps {
  today: LocalDate;
}

/** A conciliation case the caller may change in one of the `allowed` statuses (`what` names the change). */
export async function openForUpdate(
  em: EntityManager,
  auth: Auth,
  id: string,
  allowed: readonly ConciliationStatus[],
  what: string,
): Promise<R<ConciliationCase>> {
  const cc = await findVisibleConciliationCase(em, auth, id);
  if (!cc) return refuse({ code: "UNKNOWN_CONCILIATION_CASE", field: "id" });
  if (CLOSED_STATUSES.has(cc.case.status)) return refuse({ code: "CASE_CLOSED", field: "id", status: cc.case.status });
  if (!allowed.includes(cc.status))
    return refuse({ code: "WRONG_STATUS", field: "id", status: cc.status, allowed, what });
  return ok(cc);
}

/** The kommuner a board serves on a date, and every neighbour pair that touches them (register reference data). */
export async function boardArea(
  em: EntityManager,
  board: ConciliationBoard,
  date: LocalDate,
): Promise<Pick<AttendanceInput, "boardKommuner" | "neighbours">> {
  const served = await em.find(
    Municipality,
    { board, validFrom: { $lte: date }, $or: [{ validTo: null }, { validTo: { $gte: date } }] },
    { orderBy: { code: "asc" }, populate: ["neighbours"] },
  );
  const neighbours = served.flatMap((m) => m.neighbours.getItems().map((n) => [m.code, n.code] as const));
  return { boardKommuner: [...new Set(served.map((m) => m.code))], neighbours };
}
