import type { EntityManager } from "@mikro-orm/postgresql";
import type { FilterQuery } from "@mikro-orm/core";
import type { CommandContext, Recorder } from "../../events/command";
import { ok } from "../../shared/result";
import { refuse, type Outcome } from "../../shared/outcome";
import { amountOutOfRange, sumOutOfRange } from "../../shared/money";
import { idOf } from "../../shared/global-id";
import { addDays, isLocalDate } from "../../shared/local-date";
import { afterCursor, toPage, type Page } from "../../shared/pagination";
import { canSeeCreditor, type Auth } from "../access/auth";
import type { Lean, RowReader } from "../../graphql/fast/lean";
import { legalValueOn } from "../fees/fee-tables";
import { LegalTable } from "../legal-tables/legal-table.rules";
import { loadLegalTables } from "../legal-tables/legal-table.service";
import {
  applyReduction,
  CaseStatus,
  CLOSED_STATUSES,
  CollectionStepKind,
  refuseStep,
  STEP_MIN_DAYS,
  type CaseFacts,
} from "./case.rules";
import { CollectionCase } from "./collection-case.entity";
import { casePageSql, transitionCase } from "./case.store";
import type { CaseFailure } from "./case.errors";
import { CaseTransaction, CollectionStep, MoneyKind } from "./money.entities";
import { CaseEvent } from "./case-event.entity";
import { Objection } from "../objections/objection.entity";
import { LIVE_OBJECTION_STATUSES, objectionFacts } from "../objections/objection.rules";

/** A case the caller may see, by global id; null for unknown ids and other tenants' cases alike. */
export async function findVisibleCase(em: EntityManager, auth: Auth, globalId: string): Promise<CollectionCase | null> {
  const id = idOf(globalId, "Case");
  if (id === undefined) return null;
  const c = await em.findOne(CollectionCase, { id }, { populate: ["invoice"] });
  return c && canSeeCreditor(auth, c.creditor.id) ? c : null;
}

export async function caseFacts(em: EntityManager, c: CollectionCase): Promise<CaseFacts> {
  const steps = await em.find(CollectionStep, { case: c }, { orderBy: { sentOn: "asc", id: "asc" } });
  const objections = await em.find(
    Objection,
    { case: c, status: { $in: [...LIVE_OBJECTION_STATUSES] } },
    { orderBy: { id: "asc" } },
  );
  await em.populate(c, ["invoice"]);
  return {
    status: c.status,
    outstanding: c.outstandingAmount,
    dueDate: c.invoice.dueDate,
    steps,
    objections: objectionFacts(objections),
  };
}

const unknownCase: CaseFailure = { code: "UNKNOWN_CASE", field: "caseId" };

export interface StepInput {
  caseId: string;
  kind: CollectionStepKind;
  sentOn: string;
  deadline?: string | null;
}

export async function recordCollectionStep(
  em: EntityManager,
  rec: Recorder,
  auth: Auth,
  input: StepInput,
): Promise<Outcome<CollectionStep, CaseFailure>> {
  const c = await findVisibleCase(em, auth, input.caseId);
  if (!c) return refuse(unknownCase);
  if (!isLocalDate(input.sentOn)) return refuse({ code: "INVALID_DATE", field: "sentOn" });
  const deadline = input.deadline ?? addDays(input.sentOn, STEP_MIN_DAYS);
  if (!isLocalDate(deadline)) return refuse({ code: "INVALID_DATE", field: "deadline" });
  const refusal = refuseStep(await caseFacts(em, c), input.kind, input.sentOn, deadline);
  if (refusal) {
    const field =
      refusal.code === "DEADLINE_TOO_SHORT"
        ? "deadline"
        : refusal.code === "CASE_FROZEN" || refusal.code === "CASE_CLOSED"
          ? "caseId"
          : "sentOn";
    return refuse({ ...refusal, field });
  }
  const feeTable =
    input.kind === CollectionStepKind.COLLECTION_NOTICE
      ? LegalTable.COLLECTION_NOTICE_FEE
      : LegalTable.PAYMENT_DEMAND_FEE;
  const found = legalValueOn(feeTable, input.sentOn, await loadLegalTables(em));
  if (!found.ok) return refuse({ code: "INVALID_DATE", field: "sentOn", message: found.message });
  const fee = found.value;
  const step = new CollectionStep(c, input.kind, input.sentOn, deadline, fee);
  c.feesAmount += fee;
  em.persist(step);
  const name = input.kind === CollectionStepKind.COLLECTION_NOTICE ? "Inkassovarsel" : "Betalingsoppfordring";
  rec.record(c, {
    type: "collection.step_recorded",
    summary: `${name} sent ${input.sentOn}, deadline ${deadline}, fee ${fee / 100} kr`,
    data: { kind: input.kind, sentOn: input.sentOn, deadline, fee },
  });
  return ok(step);
}

export interface MoneyInput {
  caseId: string;
  amount: number;
  date: string;
  /** The input field the date came in, for the error path. */
  dateField?: string;
  reference?: string | null;
}

/** What a case's money state must allow for a payment or credit note to be registered on it. */
export interface MoneyState {
  id: number;
  status: CaseStatus;
  paidAmount: number;
  creditedAmount: number;
  outstandingAmount: number;
}

/** Why registerMoney would refuse `amount` on a case in `c`'s state: the one check, also for a push's dry run over several parts. */
export function moneyProblems(
  c: MoneyState,
  kind: MoneyKind,
  amount: number,
  date: string,
  dateField = "date",
): CaseFailure[] {
  const errors: CaseFailure[] = [];
  if (CLOSED_STATUSES.has(c.status)) errors.push({ code: "CASE_CLOSED", field: "caseId", status: c.status });
  const sum = kind === MoneyKind.PAYMENT ? "paid" : "credited";
  const was = kind === MoneyKind.PAYMENT ? c.paidAmount : c.creditedAmount;
  if (!Number.isSafeInteger(amount) || amount <= 0) errors.push({ code: "INVALID_AMOUNT", field: "amount" });
  else if (amountOutOfRange(amount, null)) errors.push({ code: "AMOUNT_OUT_OF_RANGE", field: "amount", amount });
  else if (sumOutOfRange(was, amount, null, sum))
    errors.push({ code: "AMOUNT_OUT_OF_RANGE", field: "amount", sum, was, amount });
  else if (kind === MoneyKind.CREDIT_NOTE && amount > c.outstandingAmount && !CLOSED_STATUSES.has(c.status))
    errors.push({ code: "AMOUNT_EXCEEDS_OUTSTANDING", field: "amount", outstanding: c.outstandingAmount });
  if (!isLocalDate(date)) errors.push({ code: "INVALID_DATE", field: dateField });
  return errors;
}

/** The state `c` is in after `amount` is registered on it (what registerMoney does to the entity). */
export function afterMoney(c: MoneyState, kind: MoneyKind, amount: number): MoneyState {
  const outcome = applyReduction(
    { status: c.status, outstanding: c.outstandingAmount },
    amount,
    kind === MoneyKind.PAYMENT ? "payment" : "credit",
  );
  return {
    id: c.id,
    status: outcome.status,
    paidAmount: c.paidAmount + (kind === MoneyKind.PAYMENT ? amount : 0),
    creditedAmount: c.creditedAmount + (kind === MoneyKind.CREDIT_NOTE ? amount : 0),
    outstandingAmount: outcome.outstanding,
  };
}

/**
 * A payment or credit note: reduces what is owed; in full it closes the case (PAID / CREDITED). A failure changes
 * nothing in memory. `known` is the case when the caller has looked it up already (then input.caseId is unused).
 */
export async function registerMoney(
  em: EntityManager,
  rec: Recorder,
  auth: Auth,
  kind: MoneyKind,
  input: MoneyInput,
  known?: CollectionCase,
): Promise<Outcome<{ transaction: CaseTransaction; case: CollectionCase }, CaseFailure>> {
  const c = known
    ? canSeeCreditor(auth, known.creditor.id)
      ? known
      : null
    : await findVisibleCase(em, auth, input.caseId);
  if (!c) return refuse(unknownCase);
  const errors = moneyProblems(c, kind, input.amount, input.date, input.dateField);
  if (errors.length > 0) return refuse(...errors);
  const tx = new CaseTransaction(c, kind, input.amount, input.date);
  tx.reference = input.reference ?? null;
  em.persist(tx);
  const outcome = applyReduction(
    { status: c.status, outstanding: c.outstandingAmount },
    input.amount,
    kind === MoneyKind.PAYMENT ? "payment" : "credit",
  );
  if (kind === MoneyKind.PAYMENT) c.paidAmount += input.amount;
  else c.creditedAmount += input.amount;
  const what = kind === MoneyKind.PAYMENT ? "Payment" : "Credit note";
  rec.record(c, {
    summary: `${what} of ${input.amount / 100} kr registered; ${c.outstandingAmount / 100} kr outstanding`,
    ...(kind === MoneyKind.PAYMENT
      ? {
          type: "payment.registered",
          data: {
            amount: input.amount,
            paidOn: input.date,
            date: input.date,
            reference: input.reference ?? null,
            outstanding: c.outstandingAmount,
          },
        }
      : {
          type: "credit_note.registered",
          data: {
            amount: input.amount,
            issuedOn: input.date,
            date: input.date,
            creditNoteNumber: input.reference ?? null,
            reference: input.reference ?? null,
            outstanding: c.outstandingAmount,
          },
        }),
  });
  if (outcome.status !== c.status) {
    rec.transition(c, outcome.status, {
      type: outcome.status === CaseStatus.PAID ? "case.paid" : "case.credited",
      summary: outcome.status === CaseStatus.PAID ? "Paid in full: case closed" : "Credited in full: case closed",
      data: { paid: c.paidAmount, credited: c.creditedAmount },
    });
  }
  return ok({ transaction: tx, case: c });
}

/**
 * Closes a case (any open status -> CLOSED) in one statement (transitionCase): the hot state change of an
 * integration that gives up on a claim. A failure changes nothing. The closed case is read from the statement's row.
 */
export async function closeCase(
  ctx: CommandContext,
  rows: RowReader,
  auth: Auth,
  caseId: string,
  givenReason: string,
): Promise<Outcome<Lean<CollectionCase>, CaseFailure>> {
  const id = idOf(caseId, "Case");
  if (id === undefined) return refuse(unknownCase);
  const reason = givenReason.trim();
  if (!reason) return refuse({ code: "MISSING_REASON", field: "reason" });
  const map = rows.mapper(CollectionCase);
  // A second try only when the case changed status between the two statements below and is still open.
  for (let attempt = 0; attempt < 2; attempt++) {
    const row = await transitionCase(ctx, {
      caseId: id,
      creditorIds: auth.creditorIds,
      to: CaseStatus.CLOSED,
      event: { type: "case.closed", summary: `Case closed: ${reason}`, data: { reason } },
    });
    if (row) return ok(map(row));
    const c = await ctx.em.fork().findOne(CollectionCase, { id });
    if (!c || !canSeeCreditor(auth, c.creditor.id)) return refuse(unknownCase);
    if (CLOSED_STATUSES.has(c.status)) return refuse({ code: "CASE_CLOSED", field: "caseId", status: c.status });
  }
  throw new Error(`case ${id} could not be closed: its status keeps changing`);
}

export interface CaseFilter {
  status?: CaseStatus[] | null;
  creditorId?: string | null;
  debtorId?: string | null;
  updatedSince?: Date | null;
}

/** Keyset page of the caller's cases, newest id last (ascending id), read by `rows` (src/graphql/fast/lean.ts). */
export async function listCases(
  rows: RowReader,
  auth: Auth,
  filter: CaseFilter,
  first: number,
  after?: string | null,
): Promise<Page<Lean<CollectionCase>>> {
  const empty = () => toPage<Lean<CollectionCase>>([], first, (c) => c.id);
  const where: string[] = [];
  const params: unknown[] = [];
  if (filter.creditorId) {
    const id = idOf(filter.creditorId, "Creditor");
    if (id === undefined || !canSeeCreditor(auth, id)) return empty();
    where.push("creditor_id = ?");
    params.push(id);
  } else if (auth.creditorIds !== "all") {
    if (auth.creditorIds.length === 0) return empty();
    where.push("creditor_id in (?)");
    params.push([...auth.creditorIds]);
  }
  if (filter.debtorId) {
    where.push("debtor_id = ?");
    params.push(idOf(filter.debtorId, "Debtor") ?? 0);
  }
  if (filter.status?.length) {
    where.push("status in (?)");
    params.push([...filter.status]);
  }
  if (filter.updatedSince) {
    where.push("updated_at >= ?");
    params.push(filter.updatedSince);
  }
  const cursor = afterCursor(after);
  if (cursor) {
    where.push("id > ?");
    params.push(cursor[1]);
  }
  params.push(first + 1);
  const page = await rows.query(CollectionCase, () => casePageSql(where), params);
  return toPage(page, first, (c) => c.id);
}

export async function listTimeline(
  em: EntityManager,
  c: CollectionCase,
  first: number,
  after?: string | null,
): Promise<Page<CaseEvent>> {
  const where: FilterQuery<CaseEvent> & Record<string, unknown> = { case: c.id };
  const cursor = afterCursor(after);
  if (cursor) where.sequence = { $gt: Number(cursor[0]) };
  const rows = await em.find(CaseEvent, where, { orderBy: { sequence: "asc" }, limit: first + 1 });
  return toPage(rows, first, (e) => e.sequence);
}
