import type { EntityManager } from "@mikro-orm/postgresql";
import type { Recorder } from "../../events/command";
import { idOf } from "../../shared/global-id";
import { isLocalDate, type LocalDate } from "../../shared/local-date";
import { ok } from "../../shared/result";
import { refuse, type Outcome } from "../../shared/outcome";
import { canSeeCreditor, type Auth } from "../access/auth";
import { CaseStatus, CLOSED_STATUSES } from "../cases/case.rules";
import { findVisibleCase } from "../cases/case.service";
import { ClaimOrigin, ClaimOriginatorKind } from "../cases/claim-origin";
import type { CollectionCase } from "../cases/collection-case.entity";
import { enforcementAvailability, type EnforcementAvailability } from "../conciliation/claim.rules";
import type { Judgment } from "../judgments/judgment.entity";
import { latestJudgment } from "../judgments/judgment.service";
import type { LegalTables } from "../legal-tables/legal-table.rules";
import type { Creditor } from "../parties/creditor.entity";
import { DeductorKind, MeasureKind } from "../complaints/complaint.rules";
import { EnforcementMeasure, MeasureStatus } from "./enforcement-measure.entity";
import type { PetitionFailure } from "./enforcement.errors";

/** Who acts and on which day, from the request. */
export interface Acting {
  actor: string;
  now: Date;
  /** The legal date today (Europe/Oslo). */
  today: LocalDate;
}

export interface MeasureOutcome {
  measure: EnforcementMeasure;
  case: CollectionCase;
}

export const KIND_NAME: Record<MeasureKind, string> = {
  [MeasureKind.DEDUCTION]: "Utleggstrekk",
  [MeasureKind.LIEN]: "Utleggspant",
};
export const DEDUCTOR_NAME: Record<DeductorKind, string> = {
  [DeductorKind.EMPLOYER]: "employer",
  [DeductorKind.NAV]: "NAV",
};

/** The case's claim origin as stored, or the creditor itself when none was recorded. */
export function effectiveClaimOrigin(
  c: Pick<CollectionCase, "claimOrigin">,
  creditor: Pick<Creditor, "name" | "orgNumber">,
): ClaimOrigin {
  return c.claimOrigin ?? new ClaimOrigin(ClaimOriginatorKind.CREDITOR, creditor.name, creditor.orgNumber);
}

/** A measure the caller may see, by global id; null for unknown ids and other tenants' alike. */
export async function findVisibleMeasure(
  em: EntityManager,
  auth: Auth,
  globalId: string,
): Promise<EnforcementMeasure | null> {
  const id = idOf(globalId, "EnforcementMeasure");
  if (id === undefined) return null;
  const m = await em.findOne(EnforcementMeasure, { id }, { populate: ["case", "case.invoice"] });
  return m && canSeeCreditor(auth, m.creditor.id) ? m : null;
}

/** Ends every active measure of the case on `on`, with one timeline entry each. */
export async function endActiveMeasures(
  em: EntityManager,
  rec: Recorder,
  c: CollectionCase,
  on: LocalDate,
  reason: string,
): Promise<EnforcementMeasure[]> {
  const active = await em.find(
    EnforcementMeasure,
    { case: c, status: MeasureStatus.ACTIVE },
    { orderBy: { id: "asc" } },
  );
  for (const m of active) endMeasure(rec, c, m, on, reason);
  return active;
}

export function endMeasure(
  rec: Recorder,
  c: CollectionCase,
  m: EnforcementMeasure,
  on: LocalDate,
  reason: string,
): void {
  m.end(on, reason);
  rec.record(c, {
    type: "enforcement.measure_updated",
    summary: `${KIND_NAME[m.kind]} ended ${on}: ${reason}`,
    data: { measureId: m.globalId, kind: m.kind, status: m.status, endedOn: on, reason, periodEnd: m.periodEnd },
  });
}

/** Whether the judgment of a case may be enforced on `today`, as the rules say. */
export function enforcementFor(
  c: CollectionCase,
  judgment: Judgment,
  againstState: boolean,
  today: LocalDate,
  tables: LegalTables,
): EnforcementAvailability {
  return enforcementAvailability(
    {
      outcome: judgment.outcome,
      amountOwed: c.outstandingAmount,
      paymentDueDate: judgment.paymentDueDate ?? judgment.judgmentDate,
      judgmentDate: judgment.judgmentDate,
      finalOn: judgment.finalOn,
      noticeSentOn: judgment.enforcementNoticeSentOn,
      againstState,
      transferredFromEnforcement: judgment.conciliationCase.transferredFromEnforcement,
      today,
    },
    tables,
  );
}

/** A case in JUDGMENT the caller may see, with its newest judgment: what a notice or a petition starts from. */
export async function judgmentOfCase(
  em: EntityManager,
  auth: Auth,
  caseId: string,
): Promise<Outcome<{ case: CollectionCase; judgment: Judgment }, PetitionFailure>> {
  const c = await findVisibleCase(em, auth, caseId);
  if (!c) return refuse({ code: "UNKNOWN_CASE", field: "caseId" });
  if (CLOSED_STATUSES.has(c.status))
    return refuse({ code: "CASE_CLOSED", field: "caseId", status: c.status, nothingToEnforce: true });
  if (c.status === CaseStatus.FROZEN) return refuse({ code: "CASE_FROZEN", field: "caseId" });
  const judgment = await latestJudgment(em, c);
  if (!judgment) return refuse({ code: "NO_JUDGMENT", field: "caseId" });
  if (c.status !== CaseStatus.JUDGMENT) return refuse({ code: "WRONG_STATUS", field: "caseId", status: c.status });
  return ok({ case: c, judgment });
}

/** A notice's or petition's date: a calendar date, not after today, not before the judgment. */
export function judgmentStepDateFailure(
  field: "sentOn" | "petitionDate",
  value: string,
  judgment: Judgment,
  today: LocalDate,
): PetitionFailure | null {
  if (!isLocalDate(value)) return { code: "INVALID_DATE", field, problem: "NOT_A_DATE" };
  if (value > today) return { code: "DATE_IN_FUTURE", field, value, today };
  if (value < judgment.judgmentDate)
    return { code: "DATE_OUT_OF_ORDER", field, value, judgmentDate: judgment.judgmentDate };
  return null;
}
