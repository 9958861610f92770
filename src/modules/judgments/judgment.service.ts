import type { EntityManager } from "@mikro-orm/postgresql";
import type { Recorder } from "../../events/command";
import { ok } from "../../shared/result";
import { refuse, type Outcome } from "../../shared/outcome";
import { notADate } from "../../shared/event-date";
import { isLocalDate, type LocalDate } from "../../shared/local-date";
import { formatOre } from "../../shared/format-no";
import type { Auth } from "../access/auth";
import { finalDate, reviewDeadline } from "../calendar/court-calendar.rules";
import { CaseStatus, CLOSED_STATUSES } from "../cases/case.rules";
import type { CollectionCase } from "../cases/collection-case.entity";
import type { JudgmentOutcome } from "../conciliation/claim.rules";
import { claimFees, ConciliationStatus, type ConciliationCase } from "../conciliation/conciliation-case.entity";
import { findVisibleConciliationCase } from "../conciliation/conciliation.service";
import { loadDocumentsForAttachment } from "../documents/documents.service";
import { Judgment } from "./judgment.entity";
import type { JudgmentFailure } from "./judgment.errors";
import { decidesClaim, judgmentAmount, judgmentDateProblems, type AmountSplit } from "./judgment.rules";

export interface BreakdownInput extends AmountSplit {
  interestTo?: string | null;
}

export interface JudgmentRegisterInput {
  conciliationCaseId: string;
  judgmentDate: string;
  serviceDate: string;
  outcome: JudgmentOutcome;
  /** Øre. */
  amountOwed?: number | null;
  paymentDueDate?: string | null;
  breakdown?: BreakdownInput | null;
  caseNumber?: string | null;
  documentId?: string | null;
}

export interface JudgmentDeps {
  today: LocalDate;
  courtHolidaysSuspendReviewDeadline: boolean;
}

/** The conciliation claim as a split: principal, interest, fees (forliksklage and collection fees), legal costs. */
export function claimSplit(cc: ConciliationCase): AmountSplit {
  return {
    principal: cc.principalAmount,
    interest: cc.interestAmount,
    fees: claimFees(cc.claim),
    costs: cc.legalCostsClaimed,
  };
}

/** The newest judgment of a case, with its conciliation case. */
export function latestJudgment(em: EntityManager, c: CollectionCase): Promise<Judgment | null> {
  return em.findOne(Judgment, { case: c }, { orderBy: { id: "desc" }, populate: ["conciliationCase"] });
}

/** Registers the forliksråd's judgment on a sent forliksklage; the case goes to JUDGMENT. */
export async function registerJudgment(
  em: EntityManager,
  rec: Recorder,
  auth: Auth,
  input: JudgmentRegisterInput,
  deps: JudgmentDeps,
): Promise<Outcome<Judgment, JudgmentFailure>> {
  const cc = await findVisibleConciliationCase(em, auth, input.conciliationCaseId);
  if (!cc) return refuse({ code: "UNKNOWN_CONCILIATION_CASE", field: "conciliationCaseId" });
  const c = cc.case;
  if (CLOSED_STATUSES.has(c.status))
    return refuse({ code: "CASE_CLOSED", field: "conciliationCaseId", status: c.status });
  if (cc.status !== ConciliationStatus.SENT && cc.status !== ConciliationStatus.HEARING_SCHEDULED)
    return refuse({ code: "WRONG_STATUS", field: "conciliationCaseId", status: cc.status });

  const errors: JudgmentFailure[] = [];
  const datesValid =
    isLocalDate(input.judgmentDate) &&
    isLocalDate(input.serviceDate) &&
    (input.paymentDueDate == null || isLocalDate(input.paymentDueDate));
  if (!isLocalDate(input.judgmentDate)) errors.push(notADate("judgmentDate"));
  if (!isLocalDate(input.serviceDate)) errors.push(notADate("serviceDate"));
  if (input.paymentDueDate != null && !isLocalDate(input.paymentDueDate)) errors.push(notADate("paymentDueDate"));
  if (datesValid) {
    errors.push(
      ...judgmentDateProblems({
        sentOn: cc.sentOn!,
        judgmentDate: input.judgmentDate,
        serviceDate: input.serviceDate,
        paymentDueDate: input.paymentDueDate ?? null,
        today: deps.today,
      }),
    );
  }
  const ordered = judgmentAmount(input, { total: cc.totalAmount, split: claimSplit(cc), filingDate: cc.filingDate });
  errors.push(...ordered.problems);
  const { amount, split, interestTo } = ordered;

  let documentId: number | null = null;
  if (input.documentId) {
    const docs = await loadDocumentsForAttachment(em, auth, cc.creditor.id, [input.documentId], ["documentId"]);
    if (docs.ok) documentId = docs.value[0]!.id;
    else
      errors.push(...docs.errors.map((document) => ({ code: document.code, field: "documentId" as const, document })));
  }
  if (errors.length > 0) return refuse(...errors);

  const options = { suspendInCourtHolidays: deps.courtHolidaysSuspendReviewDeadline };
  const judgment = new Judgment(cc, {
    outcome: input.outcome,
    judgmentDate: input.judgmentDate,
    serviceDate: input.serviceDate,
    amountOwed: amount,
    split,
    reviewDeadline: reviewDeadline(input.serviceDate, options),
    finalOn: finalDate(input.serviceDate, options),
    courtHolidaysSuspended: deps.courtHolidaysSuspendReviewDeadline,
  });
  judgment.interestTo = interestTo;
  judgment.paymentDueDate = amount > 0 ? input.paymentDueDate! : null;
  judgment.caseNumber = input.caseNumber?.trim() || null;
  judgment.documentId = documentId;
  em.persist(judgment);
  cc.status = ConciliationStatus.DECIDED;
  if (decidesClaim(input.outcome)) {
    c.judgmentAmount = amount;
    c.reducedBeforeJudgment = c.paidAmount + c.creditedAmount;
  }
  await em.flush();
  rec.transition(c, CaseStatus.JUDGMENT, {
    type: "judgment.registered",
    summary: `Judgment ${input.outcome} of ${input.judgmentDate}${amount > 0 ? `: ${formatOre(amount)} to pay by ${input.paymentDueDate}` : ""}; final on ${judgment.finalOn}`,
    data: {
      judgmentId: judgment.globalId,
      conciliationCaseId: cc.globalId,
      outcome: input.outcome,
      judgmentDate: input.judgmentDate,
      serviceDate: input.serviceDate,
      amountOwed: amount,
      paymentDueDate: judgment.paymentDueDate,
      reviewDeadline: judgment.reviewDeadline,
      finalOn: judgment.finalOn,
    },
  });
  return ok(judgment);
}
