import type { EntityManager } from "@mikro-orm/postgresql";
import type { Recorder } from "../../../events/command";
import { ok } from "../../../shared/result";
import { refuse } from "../../../shared/outcome";
import type { Auth } from "../../access/auth";
import type { ConciliationFailure } from "../conciliation.errors";
import { amountOutOfRange } from "../../../shared/money";
import { formatOre } from "../../../shared/format-no";
import { isLocalDate } from "../../../shared/local-date";
import { CaseStatus, CLOSED_STATUSES } from "../../cases/case.rules";
import type { CollectionCase } from "../../cases/collection-case.entity";
import { findVisibleCase } from "../../cases/case.service";
import { loadDocumentsForAttachment } from "../../documents/documents.service";
import { loadLegalTables } from "../../legal-tables/legal-table.service";
import { Objection } from "../../objections/objection.entity";
import { ObjectionStatus } from "../../objections/objection.rules";
import { escalateObjection } from "../../objections/commands/escalate";
import type { ConciliationBoard } from "../../register/conciliation-board.entity";
import { isOutsideMainland } from "../../register/postal-code.rules";
import { ConciliationCase } from "../conciliation-case.entity";
import type { CaseCategory } from "../eligibility.rules";
import {
  boardById,
  boardForDebtor,
  claimFor,
  disputedAmount,
  eligibilityOf,
  findOpenConciliationCase,
  type Deps,
  type R,
} from "../conciliation.service";

function statusFailure(c: CollectionCase, open: ConciliationCase | null): ConciliationFailure | null {
  if (CLOSED_STATUSES.has(c.status)) return { code: "CASE_CLOSED", field: "caseId", status: c.status };
  if (open)
    return {
      code: "CONCILIATION_ALREADY_OPEN",
      field: "caseId",
      status: open.status,
      conciliationCaseId: open.globalId,
    };
  if (c.status !== CaseStatus.ACTIVE && c.status !== CaseStatus.FROZEN)
    return { code: "CASE_PAST_CONCILIATION", field: "caseId", status: c.status };
  return null;
}

export interface ConciliationCreateInput {
  caseId: string;
  category: CaseCategory;
  factualDescription: string;
  /** Øre. */
  legalCostsRequested: number;
  requestJudgmentInAbsence: boolean;
  claimStandardCompensation?: boolean | null;
  filingDate?: string | null;
  documentIds?: string[] | null;
  boardId?: string | null;
  againstState?: boolean | null;
  transferredFromEnforcement?: boolean | null;
  bindingNemnd?: string | null;
  statutoryExclusion?: string | null;
}

export async function createConciliationCase(
  em: EntityManager,
  rec: Recorder,
  auth: Auth,
  input: ConciliationCreateInput,
  deps: Deps,
): Promise<R<ConciliationCase>> {
  const c = await findVisibleCase(em, auth, input.caseId);
  if (!c) return refuse({ code: "UNKNOWN_CASE", field: "caseId" });
  const blocked = statusFailure(c, await findOpenConciliationCase(em, c));
  if (blocked) return refuse(blocked);

  const errors: ConciliationFailure[] = [];
  const filingDate = input.filingDate ?? deps.today;
  if (!isLocalDate(filingDate)) errors.push({ code: "INVALID_DATE", field: "filingDate" });
  else if (filingDate <= c.invoice.dueDate)
    errors.push({ code: "NOT_DUE", field: "filingDate", dueDate: c.invoice.dueDate });
  const factualDescription = input.factualDescription.trim();
  if (factualDescription.length < 10) errors.push({ code: "MISSING_FIELD", field: "factualDescription" });
  if (!Number.isSafeInteger(input.legalCostsRequested) || input.legalCostsRequested < 0)
    errors.push({ code: "INVALID_AMOUNT", field: "legalCostsRequested" });
  if (c.outstandingAmount <= 0 || disputedAmount(c) <= 0) errors.push({ code: "NOTHING_OWED", field: "caseId" });

  const tables = await loadLegalTables(em);
  const eligibility = eligibilityOf(
    c,
    {
      category: input.category,
      claimantHasLawyer: false,
      debtorHasLawyer: false,
      bindingNemnd: input.bindingNemnd,
      againstState: input.againstState,
      statutoryExclusion: input.statutoryExclusion,
      filingDate: isLocalDate(filingDate) ? filingDate : deps.today,
    },
    tables,
  );
  for (const reason of eligibility.reasons) {
    errors.push({
      code: "NOT_ELIGIBLE",
      field: "category",
      reason: reason.code,
      message: reason.message,
      instance: eligibility.instance,
    });
  }

  let board: ConciliationBoard | null = null;
  if (input.boardId) {
    board = await boardById(em, input.boardId);
    if (!board) errors.push({ code: "UNKNOWN_BOARD", field: "boardId", boardId: input.boardId });
  } else {
    const found = await boardForDebtor(em, c);
    board = found.board;
    const kommune = found.kommune.code;
    if (!board && isOutsideMainland(kommune)) errors.push({ code: "OUTSIDE_MAINLAND", field: "boardId", kommune });
    else if (!board)
      errors.push({ code: "NO_BOARD_FOR_KOMMUNE", field: "boardId", kommune, kommuneName: found.kommune.name });
  }

  let given: number[] = [];
  if (input.documentIds?.length) {
    const docs = await loadDocumentsForAttachment(em, auth, c.creditor.id, input.documentIds, ["documentIds"]);
    if (docs.ok) given = docs.value.map((d) => d.id);
    else errors.push(...docs.errors.map((error) => ({ code: error.code, field: "documentIds" as const, error })));
  }
  if (errors.length > 0) return refuse(...errors);

  // the forliksklage answers the debtor's open objections: they are escalated, and their documents attached
  const live = await em.find(
    Objection,
    { case: c, status: { $in: [ObjectionStatus.OPEN, ObjectionStatus.ESCALATED] } },
    { orderBy: { id: "asc" }, populate: ["documents"] },
  );
  const open = live.filter((o) => o.status === ObjectionStatus.OPEN);
  for (const o of open) {
    const escalated = await escalateObjection(em, rec, auth, o.globalId);
    if (!escalated.ok)
      throw new Error(`Could not escalate objection ${o.globalId}: ${escalated.errors.map((e) => e.code).join(", ")}`);
  }
  const objectionDocuments = live.flatMap((o) => o.documents.getItems().map((d) => d.id));
  // attachments: the invoice PDF when the accounting system sent one, the objections' documents, then those given
  const documentIds: number[] = [];
  for (const id of [...(c.invoice.pdfDocumentId ? [c.invoice.pdfDocumentId] : []), ...objectionDocuments, ...given])
    if (!documentIds.includes(id)) documentIds.push(id);

  const computed = await claimFor(em, c, tables, {
    filingDate,
    legalCosts: input.legalCostsRequested,
    requestJudgmentInAbsence: input.requestJudgmentInAbsence,
    claimStandardCompensation: input.claimStandardCompensation,
    today: deps.today,
  });
  if (!computed.ok) {
    return refuse(
      ...computed.errors.map((e): ConciliationFailure => ({
        code: e.code,
        field:
          e.code === "NOT_B2B" ? "claimStandardCompensation" : e.code === "NO_RATE_IN_FORCE" ? "caseId" : "filingDate",
        message: e.message,
      })),
    );
  }
  const claim = computed.value;
  if (amountOutOfRange(claim.total, null))
    return refuse({ code: "AMOUNT_OUT_OF_RANGE", field: "caseId", total: claim.total });
  const cc = new ConciliationCase(c, board!, {
    category: input.category,
    subject: `Krav om betaling av faktura nr. ${c.invoice.invoiceNumber}`,
    factualDescription,
    requestJudgmentInAbsence: input.requestJudgmentInAbsence,
    filingDate,
    claim,
  });
  cc.againstState = input.againstState ?? false;
  cc.transferredFromEnforcement = input.transferredFromEnforcement ?? false;
  cc.documentIds = documentIds;
  em.persist(cc);
  await em.flush();
  rec.record(c, {
    type: "conciliation.created",
    summary: `Forliksklage drafted for ${board!.name}: claim ${formatOre(claim.total)}`,
    data: {
      conciliationCaseId: cc.globalId,
      boardId: board!.globalId,
      filingDate,
      total: claim.total,
      principal: claim.principal,
      interest: claim.interest.total,
      legalCostsClaimed: claim.legalCosts.claimed,
      escalatedObjectionIds: open.map((o) => o.globalId),
    },
  });
  return ok(cc);
}
