import type { EntityManager } from "@mikro-orm/postgresql";
import type { Recorder } from "../../../events/command";
import { ok } from "../../../shared/result";
import { refuse, type Outcome } from "../../../shared/outcome";
import type { Auth } from "../../access/auth";
import type { ObjectionFailure } from "../objection.errors";
import { isLocalDate } from "../../../shared/local-date";
import { CaseStatus } from "../../cases/case.rules";
import { registerMoney } from "../../cases/case.service";
import type { CollectionCase } from "../../cases/collection-case.entity";
import { MoneyKind, type CaseTransaction } from "../../cases/money.entities";
import { Invoice } from "../../invoices/invoice.entity";
import type { InvoiceFieldFailure } from "../../invoices/invoice.errors";
import { registerInvoice, validateInvoiceFields } from "../../invoices/invoice.service";
import type { NewInvoiceFieldFailure, ObjectionErrorCode } from "../objection.errors";
import { ObjectionStatus, planCredit } from "../objection.rules";
import {
  liveObjections,
  loadForResolution,
  resolve,
  unknownObjection,
  type ObjectionOutcome,
} from "../objection.service";

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
