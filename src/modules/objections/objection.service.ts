import type { EntityManager } from "@mikro-orm/postgresql";
import type { FilterQuery } from "@mikro-orm/core";
import type { Recorder } from "../../events/command";
import { osloToday } from "../../shared/clock";
import { ok } from "../../shared/result";
import { refuse, type Outcome } from "../../shared/outcome";
import { idOf } from "../../shared/global-id";
import { addDays, isLocalDate } from "../../shared/local-date";
import { afterCursor, toPage, type Page } from "../../shared/pagination";
import { canSeeCreditor, creditorScope, type Auth } from "../access/auth";
import { CaseStatus, CLOSED_STATUSES, type CasePolicy } from "../cases/case.rules";
import { findVisibleCase, registerMoney } from "../cases/case.service";
import { CollectionCase } from "../cases/collection-case.entity";
import { MoneyKind, type CaseTransaction } from "../cases/money.entities";
import { loadDocumentsForAttachment } from "../documents/documents.service";
import { Invoice } from "../invoices/invoice.entity";
import { registerInvoice, validateInvoiceFields } from "../invoices/invoice.service";
import type { InvoiceFieldFailure } from "../invoices/invoice.errors";
import { Objection } from "./objection.entity";
import type { NewInvoiceFieldFailure, ObjectionErrorCode, ObjectionFailure } from "./objection.errors";
import {
  freezesOnRegistration,
  isWritten,
  LIVE_OBJECTION_STATUSES,
  objectionFacts,
  ObjectionChannel,
  ObjectionStatus,
  planCredit,
  refuseReason,
  refuseRegistration,
  refuseResolution,
  unfreezes,
  type Resolution,
} from "./objection.rules";

type Errors = ObjectionFailure[];

const unknownObjection: ObjectionFailure = { code: "UNKNOWN_OBJECTION", field: "objectionId" };

/** An objection the caller may see, with its case and invoice; null for unknown ids and other tenants' alike. */
export async function findVisibleObjection(em: EntityManager, auth: Auth, globalId: string): Promise<Objection | null> {
  const id = idOf(globalId, "Objection");
  if (id === undefined) return null;
  const o = await em.findOne(Objection, { id }, { populate: ["case", "case.invoice"] });
  return o && canSeeCreditor(auth, o.creditor.id) ? o : null;
}

/** The case's objections that still matter (open or escalated), oldest first. */
export async function liveObjections(em: EntityManager, c: CollectionCase): Promise<Objection[]> {
  return em.find(Objection, { case: c, status: { $in: [...LIVE_OBJECTION_STATUSES] } }, { orderBy: { id: "asc" } });
}

export interface ObjectionRegisterData {
  caseId: string;
  channel: ObjectionChannel;
  receivedOn: string;
  text: string;
  documentIds?: readonly string[] | null;
}

export interface ObjectionOutcome {
  objection: Objection;
  case: CollectionCase;
}

/**
 * Registers the debtor's objection. A written one on a running case freezes it in the same transaction
 * (`case.frozen`); an oral one, or a second objection on a frozen case, is only recorded.
 */
export async function registerObjection(
  em: EntityManager,
  rec: Recorder,
  auth: Auth,
  input: ObjectionRegisterData,
  policy: CasePolicy,
): Promise<Outcome<ObjectionOutcome, ObjectionFailure>> {
  const c = await findVisibleCase(em, auth, input.caseId);
  if (!c) return refuse({ code: "UNKNOWN_CASE", field: "caseId" });
  const errors: Errors = [];
  const refusal = refuseRegistration(c.status);
  if (refusal) errors.push({ ...refusal, field: "caseId" });
  const today = osloToday(rec.now);
  const receivedOn = input.receivedOn;
  if (!isLocalDate(receivedOn)) errors.push({ code: "INVALID_DATE", field: "receivedOn", problem: "FORMAT" });
  else if (receivedOn > today)
    errors.push({ code: "INVALID_DATE", field: "receivedOn", problem: "FUTURE", receivedOn, today });
  else if (receivedOn < c.invoice.issueDate) {
    const issueDate = c.invoice.issueDate;
    errors.push({ code: "INVALID_DATE", field: "receivedOn", problem: "BEFORE_ISSUE", receivedOn, issueDate });
  }
  if (!input.text.trim()) errors.push({ code: "MISSING_FIELD", field: "text" });
  const documents = await loadDocumentsForAttachment(em, auth, c.creditor.id, input.documentIds ?? [], ["documentIds"]);
  if (!documents.ok)
    errors.push(...documents.errors.map((error) => ({ code: error.code, field: "documentIds" as const, error })));
  if (errors.length > 0 || !documents.ok) return refuse(...errors);

  const written = isWritten(input.channel, documents.value.length);
  const objection = new Objection({
    case: c,
    channel: input.channel,
    receivedOn: input.receivedOn,
    text: input.text.trim(),
    written,
  });
  objection.documents.set(documents.value);
  await em.persist(objection).flush();
  const how = input.channel === ObjectionChannel.ORAL ? "orally" : `by ${input.channel.toLowerCase()}`;
  rec.record(c, {
    type: "objection.registered",
    summary: `${written ? "Written objection" : "Oral objection"} (innsigelse) received ${how} on ${input.receivedOn}`,
    data: {
      objectionId: objection.globalId,
      channel: input.channel,
      receivedOn: input.receivedOn,
      written,
      documentIds: documents.value.map((d) => d.globalId),
    },
  });
  if (freezesOnRegistration(c.status, written)) {
    const responseDueOn = addDays(input.receivedOn, policy.objectionResponseDays);
    c.frozenFromStatus = c.status;
    rec.transition(c, CaseStatus.FROZEN, {
      type: "case.frozen",
      summary: `Collection frozen by the written objection of ${input.receivedOn}; the creditor's answer is due ${responseDueOn}`,
      data: { objectionId: objection.globalId, responseDueOn },
    });
  }
  return ok({ objection, case: c });
}

const RESOLUTION_WORDS: Record<Resolution, string> = {
  [ObjectionStatus.WITHDRAWN]: "withdrawn by the debtor",
  [ObjectionStatus.UNFOUNDED]: "marked obviously unfounded (åpenbart grunnløs)",
  [ObjectionStatus.RESOLVED_BY_CREDIT]: "resolved by a credit note",
  [ObjectionStatus.ESCALATED]: "escalated to the forliksråd",
};

/** Ends an objection as `resolution` with who recorded it, and records `objection.resolved`. */
function resolve(
  rec: Recorder,
  auth: Auth,
  o: Objection,
  resolution: Resolution,
  reason: string | null,
  data: Record<string, unknown> = {},
): void {
  o.status = resolution;
  o.resolutionReason = reason;
  o.decidedBy = auth.keyName;
  o.decidedAt = rec.now;
  rec.record(o.case, {
    type: "objection.resolved",
    summary: `Objection of ${o.receivedOn} ${RESOLUTION_WORDS[resolution]}${reason ? `: ${reason}` : ""}`,
    data: { objectionId: o.globalId, resolution, reason, decidedBy: auth.keyName, ...data },
  });
}

/** Lifts the freeze when no other written objection holds the case; back to the status before the freeze. */
async function unfreezeIfLast(em: EntityManager, rec: Recorder, o: Objection, resolution: Resolution): Promise<void> {
  const c = o.case;
  const others = (await liveObjections(em, c)).filter((x) => x.id !== o.id);
  if (!unfreezes(c.status, objectionFacts(others))) return;
  const to = c.frozenFromStatus ?? CaseStatus.ACTIVE;
  c.frozenFromStatus = null;
  rec.transition(c, to, {
    type: "case.unfrozen",
    summary: `Freeze lifted: the last written objection was ${RESOLUTION_WORDS[resolution]}; collection may go on`,
    data: { objectionId: o.globalId, resolution },
  });
}

/** The objection and the errors every resolution shares: unknown, closed case, wrong objection status. */
async function loadForResolution(
  em: EntityManager,
  auth: Auth,
  objectionId: string,
  resolution: Resolution,
): Promise<{ objection: Objection; errors: Errors } | null> {
  const objection = await findVisibleObjection(em, auth, objectionId);
  if (!objection) return null;
  const errors: Errors = [];
  if (CLOSED_STATUSES.has(objection.case.status))
    errors.push({ code: "CASE_CLOSED", field: "objectionId", status: objection.case.status });
  else {
    const refusal = refuseResolution(objection.status, resolution);
    if (refusal) errors.push({ ...refusal, field: "objectionId" });
  }
  return { objection, errors };
}

export async function withdrawObjection(
  em: EntityManager,
  rec: Recorder,
  auth: Auth,
  input: { objectionId: string; withdrawnOn: string },
): Promise<Outcome<ObjectionOutcome, ObjectionFailure>> {
  const loaded = await loadForResolution(em, auth, input.objectionId, ObjectionStatus.WITHDRAWN);
  if (!loaded) return refuse(unknownObjection);
  const { objection: o, errors } = loaded;
  const today = osloToday(rec.now);
  if (!isLocalDate(input.withdrawnOn)) errors.push({ code: "INVALID_DATE", field: "withdrawnOn", problem: "FORMAT" });
  else if (input.withdrawnOn < o.receivedOn || input.withdrawnOn > today) {
    const receivedOn = o.receivedOn;
    errors.push({ code: "INVALID_DATE", field: "withdrawnOn", problem: "OUT_OF_RANGE", receivedOn, today });
  }
  if (errors.length > 0) return refuse(...errors);
  o.withdrawnOn = input.withdrawnOn;
  resolve(rec, auth, o, ObjectionStatus.WITHDRAWN, null, { withdrawnOn: input.withdrawnOn });
  await unfreezeIfLast(em, rec, o, ObjectionStatus.WITHDRAWN);
  return ok({ objection: o, case: o.case });
}

/** Åpenbart grunnløs: the caseworker's judgement, with a reason and who decided; collection may go on. */
export async function markObjectionUnfounded(
  em: EntityManager,
  rec: Recorder,
  auth: Auth,
  input: { objectionId: string; reason: string },
): Promise<Outcome<ObjectionOutcome, ObjectionFailure>> {
  const loaded = await loadForResolution(em, auth, input.objectionId, ObjectionStatus.UNFOUNDED);
  if (!loaded) return refuse(unknownObjection);
  const { objection: o, errors } = loaded;
  const reasonProblem = refuseReason(input.reason);
  if (reasonProblem) errors.push({ code: "MISSING_REASON", field: "reason", message: reasonProblem });
  if (errors.length > 0) return refuse(...errors);
  resolve(rec, auth, o, ObjectionStatus.UNFOUNDED, input.reason.trim());
  await unfreezeIfLast(em, rec, o, ObjectionStatus.UNFOUNDED);
  return ok({ objection: o, case: o.case });
}

/**
 * The creditor takes the claim to the forliksråd: the objection is ESCALATED and the case stays FROZEN until the
 * forliksklage is sent. The conciliation module calls this when it creates the draft conciliation case.
 */
export async function escalateObjection(
  em: EntityManager,
  rec: Recorder,
  auth: Auth,
  objectionId: string,
): Promise<Outcome<ObjectionOutcome, ObjectionFailure>> {
  const loaded = await loadForResolution(em, auth, objectionId, ObjectionStatus.ESCALATED);
  if (!loaded) return refuse(unknownObjection);
  if (loaded.errors.length > 0) return refuse(...loaded.errors);
  resolve(rec, auth, loaded.objection, ObjectionStatus.ESCALATED, null);
  return ok({ objection: loaded.objection, case: loaded.objection.case });
}

export interface ReplacementInvoiceData {
  invoiceNumber: string;
  externalId: string;
  issueDate: string;
  dueDate: string;
  /** Øre. */
  amount: number;
  kid?: string | null;
}

export interface CreditResolutionData {
  objectionId: string;
  /** Øre. */
  creditNoteAmount: number;
  issuedOn: string;
  creditNoteNumber: string;
  newInvoice?: ReplacementInvoiceData | null;
}

export interface CreditOutcome extends ObjectionOutcome {
  creditNote: CaseTransaction;
  newInvoice: Invoice | null;
  newCase: CollectionCase | null;
}

const NEW_INVOICE_CODES: ReadonlySet<string> = new Set<ObjectionErrorCode>([
  "MISSING_FIELD",
  "INVALID_AMOUNT",
  "AMOUNT_OUT_OF_RANGE",
  "INVALID_DATE",
  "DUE_BEFORE_ISSUE",
  "INVALID_KID",
]);
const isNewInvoiceProblem = (f: InvoiceFieldFailure): f is NewInvoiceFieldFailure => NEW_INVOICE_CODES.has(f.code);

/**
 * Agreement: a credit note. In full the case closes as CREDITED (optionally reissued as a new invoice); in part the
 * old case closes (CLOSED) and a new invoice for what remains opens a new case linked to the old invoice. Every
 * live objection of the case ends as RESOLVED_BY_CREDIT.
 */
export async function resolveObjectionByCreditNote(
  em: EntityManager,
  rec: Recorder,
  auth: Auth,
  input: CreditResolutionData,
): Promise<Outcome<CreditOutcome, ObjectionFailure>> {
  const loaded = await loadForResolution(em, auth, input.objectionId, ObjectionStatus.RESOLVED_BY_CREDIT);
  if (!loaded) return refuse(unknownObjection);
  const { objection: o, errors } = loaded;
  const c = o.case;
  const old = c.invoice;
  if (!isLocalDate(input.issuedOn)) errors.push({ code: "INVALID_DATE", field: "issuedOn", problem: "FORMAT" });
  if (!input.creditNoteNumber.trim()) errors.push({ code: "MISSING_FIELD", field: "creditNoteNumber" });
  const plan = planCredit(c.outstandingAmount, input.creditNoteAmount, input.newInvoice?.amount ?? null);
  if ("code" in plan && errors.every((e) => e.code !== "CASE_CLOSED")) errors.push(plan);
  const replacement = input.newInvoice ?? null;
  if (replacement) {
    const data = { ...replacement, sourceSystem: old.sourceSystem, currency: "NOK" };
    for (const problem of validateInvoiceFields(data)) {
      if (!isNewInvoiceProblem(problem)) throw new Error(`Unexpected invoice error ${problem.code}`);
      // planCredit may have said it already (the amount)
      const path = ["newInvoice", problem.field].join(".");
      if (!errors.some((x) => x.code === problem.code && [x.field].flat().join(".") === path))
        errors.push({ code: "NEW_INVOICE", field: "newInvoice", problem });
    }
    if (
      replacement.externalId.trim() &&
      (await em.count(Invoice, {
        creditor: c.creditor,
        sourceSystem: old.sourceSystem,
        externalId: replacement.externalId,
      })) > 0
    ) {
      errors.push({
        code: "INVOICE_EXISTS",
        field: ["newInvoice", "externalId"],
        externalId: replacement.externalId,
        sourceSystem: old.sourceSystem,
      });
    }
  }
  if (errors.length > 0 || "code" in plan) return refuse(...errors);

  let newInvoice: Invoice | null = null;
  let newCase: CollectionCase | null = null;
  if (replacement) {
    const registered = await registerInvoice(em, rec, auth, {
      ...replacement,
      creditorId: c.creditor.id,
      debtorId: c.debtor.id,
      sourceSystem: old.sourceSystem,
      currency: "NOK",
    });
    if (!registered.ok)
      throw new Error(
        `The replacement invoice was checked but not registered: ${registered.errors.map((e) => e.code).join(", ")}`,
      );
    newInvoice = registered.value.invoice;
    newCase = registered.value.case;
    newInvoice.replacesInvoice = old;
    await em.flush();
  }
  const links = newInvoice && newCase ? { newInvoiceId: newInvoice.globalId, newCaseId: newCase.globalId } : {};
  const credit = { creditNoteNumber: input.creditNoteNumber, creditNoteAmount: input.creditNoteAmount, ...links };
  for (const live of await liveObjections(em, c))
    resolve(rec, auth, live, ObjectionStatus.RESOLVED_BY_CREDIT, `Credit note ${input.creditNoteNumber}`, credit);

  const money = await registerMoney(em, rec, auth, MoneyKind.CREDIT_NOTE, {
    caseId: c.globalId,
    amount: input.creditNoteAmount,
    date: input.issuedOn,
    dateField: "issuedOn",
    reference: input.creditNoteNumber,
  });
  if (!money.ok)
    throw new Error(`The credit note was checked but not registered: ${money.errors.map((e) => e.code).join(", ")}`);
  c.frozenFromStatus = null;
  if (plan.kind === "PARTIAL") {
    c.closedAt = rec.now;
    rec.transition(c, CaseStatus.CLOSED, {
      type: "case.closed",
      summary: `Case closed after a partial credit note: invoice ${newInvoice!.invoiceNumber} for the agreed ${plan.remainder / 100} kr replaces it`,
      data: { reason: "REPLACED_BY_NEW_INVOICE", ...links },
    });
  }
  return ok({ objection: o, case: c, creditNote: money.value.transaction, newInvoice, newCase });
}

export interface ObjectionFilter {
  caseId?: string | null;
  creditorId?: string | null;
  status?: ObjectionStatus[] | null;
  channel?: ObjectionChannel[] | null;
}

/** Keyset page of the caller's objections, oldest first. */
export async function listObjections(
  em: EntityManager,
  auth: Auth,
  filter: ObjectionFilter,
  first: number,
  after?: string | null,
): Promise<Page<Objection>> {
  const where: FilterQuery<Objection> & Record<string, unknown> = {};
  const scope = creditorScope(auth);
  if (scope) where.creditor = scope;
  if (filter.creditorId) {
    const id = idOf(filter.creditorId, "Creditor");
    if (id === undefined || !canSeeCreditor(auth, id)) return toPage<Objection>([], first, (o) => o.id);
    where.creditor = id;
  }
  if (filter.caseId) where.case = idOf(filter.caseId, "Case") ?? 0;
  if (filter.status?.length) where.status = { $in: filter.status };
  if (filter.channel?.length) where.channel = { $in: filter.channel };
  const cursor = afterCursor(after);
  if (cursor) where.id = { $gt: cursor[1] };
  const rows = await em.find(Objection, where, { orderBy: { id: "asc" }, limit: first + 1 });
  return toPage(rows, first, (o) => o.id);
}
