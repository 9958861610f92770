import type { EntityManager } from "@mikro-orm/postgresql";
import type { EventInput, Recorder } from "../../events/command";
import { ok } from "../../shared/result";
import { refuse, type Outcome } from "../../shared/outcome";
import { idOf } from "../../shared/global-id";
import { isLocalDate } from "../../shared/local-date";
import { amountOutOfRange } from "../../shared/money";
import { canSeeCreditor, type Auth } from "../access/auth";
import { CollectionCase } from "../cases/collection-case.entity";
import { Creditor } from "../parties/creditor.entity";
import { Debtor } from "../parties/debtor.entity";
import { isValidKid } from "../parties/identifiers.rules";
import { Invoice } from "./invoice.entity";
import { loadDocumentsForAttachment } from "../documents/documents.service";
import type { InvoiceFailure, InvoiceFieldFailure } from "./invoice.errors";

/** An invoice in tvist's own format: amounts in øre, dates ISO. */
export interface InvoiceData {
  creditorId: number;
  debtorId: number;
  invoiceNumber: string;
  sourceSystem: string;
  externalId: string;
  issueDate: string;
  dueDate: string;
  amount: number;
  currency?: string | null;
  kid?: string | null;
  /** Global id of an uploaded PDF of the invoice (POST /documents). */
  pdfDocumentId?: string | null;
}

/** Checks an invoice's own fields. */
export function validateInvoiceFields(data: Omit<InvoiceData, "creditorId" | "debtorId">): InvoiceFieldFailure[] {
  const errors: InvoiceFieldFailure[] = [];
  for (const key of ["invoiceNumber", "sourceSystem", "externalId"] as const) {
    if (!data[key] || !data[key].trim()) errors.push({ code: "MISSING_FIELD", field: key });
  }
  if (!Number.isSafeInteger(data.amount) || data.amount <= 0) errors.push({ code: "INVALID_AMOUNT", field: "amount" });
  else if (amountOutOfRange(data.amount, null))
    errors.push({ code: "AMOUNT_OUT_OF_RANGE", field: "amount", amount: data.amount });
  const issueOk = isLocalDate(data.issueDate);
  const dueOk = isLocalDate(data.dueDate);
  if (!issueOk) errors.push({ code: "INVALID_DATE", field: "issueDate" });
  if (!dueOk) errors.push({ code: "INVALID_DATE", field: "dueDate" });
  if (issueOk && dueOk && data.dueDate < data.issueDate)
    errors.push({ code: "DUE_BEFORE_ISSUE", field: "dueDate", dueDate: data.dueDate, issueDate: data.issueDate });
  const currency = data.currency ?? "NOK";
  if (currency !== "NOK") errors.push({ code: "UNKNOWN_CURRENCY", field: "currency", currency });
  if (data.kid != null && data.kid !== "" && !isValidKid(data.kid)) errors.push({ code: "INVALID_KID", field: "kid" });
  return errors;
}

export interface RegisteredInvoice {
  invoice: Invoice;
  case: CollectionCase;
  created: boolean;
}

/** Records a caller has already looked up (a batch push loads them for many invoices at once). */
export interface KnownRecords {
  creditor: Creditor;
  debtor: Debtor;
  /** The creditor's invoice with this (sourceSystem, externalId) and its case, or null when there is none. */
  existing: { invoice: Invoice; case: CollectionCase } | null;
}

/**
 * Registers an invoice and opens its collection case, or — for a (sourceSystem, externalId) the creditor sent
 * before — updates the invoice; another creditor's external ids never count. Idempotent: the same data twice
 * changes nothing the second time. A failure changes no entity in memory, so a batch can go on with the next
 * invoice. `known` skips the lookups.
 */
export async function registerInvoice(
  em: EntityManager,
  rec: Recorder,
  auth: Auth,
  data: InvoiceData,
  known?: KnownRecords,
): Promise<Outcome<RegisteredInvoice, InvoiceFailure>> {
  const errors: InvoiceFailure[] = validateInvoiceFields(data);
  let creditor: Creditor | null;
  let debtor: Debtor | null;
  if (known) {
    creditor = canSeeCreditor(auth, known.creditor.id) ? known.creditor : null;
    debtor = known.debtor;
  } else {
    creditor = canSeeCreditor(auth, data.creditorId) ? await em.findOne(Creditor, { id: data.creditorId }) : null;
    debtor = creditor ? await em.findOne(Debtor, { id: data.debtorId, creditor }) : null;
  }
  if (!creditor) errors.push({ code: "UNKNOWN_CREDITOR", field: "creditorId" });
  if (creditor && !debtor) errors.push({ code: "UNKNOWN_DEBTOR", field: "debtorId" });
  let pdfDocumentId: number | undefined;
  if (creditor && data.pdfDocumentId) {
    const pdf = await loadDocumentsForAttachment(em, auth, creditor.id, [data.pdfDocumentId], []);
    if (pdf.ok) pdfDocumentId = pdf.value[0]!.id;
    else errors.push(...pdf.errors.map((error) => ({ code: error.code, field: "pdfDocumentId" as const, error })));
  }
  if (errors.length > 0 || !creditor || !debtor) return refuse(...errors);

  const existing = known
    ? (known.existing?.invoice ?? null)
    : await em.findOne(Invoice, { creditor, sourceSystem: data.sourceSystem, externalId: data.externalId });
  if (existing && existing.creditor.id !== creditor.id)
    throw new Error("An invoice of another creditor was passed as this creditor's");
  if (existing) {
    const c = known?.existing?.case ?? (await em.findOneOrFail(CollectionCase, { invoice: existing }));
    const next = {
      invoiceNumber: data.invoiceNumber,
      issueDate: data.issueDate,
      dueDate: data.dueDate,
      amount: data.amount,
      kid: data.kid || null,
      pdfDocumentId: pdfDocumentId ?? existing.pdfDocumentId,
    };
    const changed: string[] = (Object.keys(next) as (keyof typeof next)[]).filter((key) => existing[key] !== next[key]);
    if (existing.debtor.id !== debtor.id) changed.push("debtorId");
    if (changed.length === 0) return ok({ invoice: existing, case: c, created: false });
    if (c.closedAt) return refuse({ code: "CASE_CLOSED", field: "externalId", status: c.status });
    Object.assign(existing, next);
    if (changed.includes("amount")) c.principalAmount = data.amount;
    if (changed.includes("debtorId")) {
      existing.debtor = debtor;
      c.debtor = debtor;
    }
    rec.record(c, {
      type: "invoice.received",
      summary: `Invoice ${existing.invoiceNumber} updated by ${data.sourceSystem}`,
      data: { invoiceId: existing.globalId, updated: changed },
    });
    return ok({ invoice: existing, case: c, created: false });
  }

  const invoice = new Invoice(creditor, debtor, data);
  invoice.kid = data.kid || null;
  invoice.pdfDocumentId = pdfDocumentId ?? null;
  const c = new CollectionCase(invoice);
  em.persist([invoice, c]);
  rec.record(
    c,
    invoiceReceived(invoice, () => invoice.globalId),
  );
  return ok({ invoice, case: c, created: true });
}

/** The first event of a case: its invoice arrived and the case opened. */
export function invoiceReceived(
  invoice: Pick<InvoiceData, "invoiceNumber" | "amount" | "dueDate" | "sourceSystem" | "externalId">,
  invoiceId: () => string,
): EventInput & { type: "invoice.received" } {
  return {
    type: "invoice.received",
    summary: `Invoice ${invoice.invoiceNumber} received from ${invoice.sourceSystem}; collection case opened`,
    data: {
      // Read when the event is written, after the flush that gives a new invoice its id.
      get invoiceId() {
        return invoiceId();
      },
      invoiceNumber: invoice.invoiceNumber,
      amount: invoice.amount,
      dueDate: invoice.dueDate,
      sourceSystem: invoice.sourceSystem,
      externalId: invoice.externalId,
    },
  };
}

/** Parses a global creditor/debtor id pair from GraphQL input; undefined ids become 0 (never found). */
export function numericIds(creditorId: string, debtorId: string): { creditorId: number; debtorId: number } {
  return { creditorId: idOf(creditorId, "Creditor") ?? 0, debtorId: idOf(debtorId, "Debtor") ?? 0 };
}
