import { toGlobalId } from "../../shared/global-id";
import type { EntityManager } from "@mikro-orm/postgresql";
import type { NewEvent } from "../../events/event.store";
import { NEW_CASE, nextSequence } from "../cases/case.rules";
import { drawNewCaseIds, insertNewCases, type NewDebtorRow, type NewInvoiceRow } from "../cases/case.store";
import { invoiceReceived, type InvoiceData } from "../invoices/invoice.service";
import type { DebtorSlot } from "./debtors";

/** A new invoice of a push; `invoice.id` and `case.id` are set by the insert (read them after the commit). */
export interface PendingInvoice {
  data: InvoiceData;
  slot: DebtorSlot;
  invoice: { id: number };
  case: { id: number };
}

/**
 * The new invoices of one push, written without the ORM: their new debtors, the invoices and their collection cases
 * by one multi-row INSERT per table, in one statement, in the push's transaction after the ORM's flush. Each case's
 * first event (invoice.received, sequence 1) is returned and written with the command's events (appendEvents). The
 * rows are the ones the ORM path writes for a new invoice (registerInvoice); a push checks every item before it gets
 * here. Ids are drawn from the tables' sequences first, so the rows can refer to each other in one statement.
 */
export class InvoiceBulk {
  private readonly pending: PendingInvoice[] = [];

  get size(): number {
    return this.pending.length;
  }

  add(data: InvoiceData, slot: DebtorSlot): PendingInvoice {
    const p: PendingInvoice = { data, slot, invoice: { id: 0 }, case: { id: 0 } };
    this.pending.push(p);
    return p;
  }

  async write(em: EntityManager, now: Date, actor: string): Promise<NewEvent[]> {
    const items = this.pending;
    if (items.length === 0) return [];
    const newDebtors = [...new Set(items.filter((p) => p.slot.id === undefined).map((p) => p.slot))];
    const { debtorIds, invoiceIds, caseIds } = await drawNewCaseIds(em, newDebtors.length, items.length);
    newDebtors.forEach((slot, n) => (slot.insertedId = debtorIds[n]));
    const debtors = newDebtors.map((slot): NewDebtorRow => {
      const f = slot.fresh!;
      return {
        id: slot.insertedId,
        creditor_id: slot.creditor.id,
        kind: f.kind,
        name: f.name,
        org_number: f.orgNumber,
        birth_date: f.birthDate,
        street: f.address.street,
        postal_code: f.address.postalCode,
        city: f.address.city,
        country: f.address.country,
        municipality_id: f.municipality.id,
      };
    });
    const invoices = items.map((p, n): NewInvoiceRow => {
      p.invoice.id = invoiceIds[n]!;
      p.case.id = caseIds[n]!;
      const d = p.data;
      return {
        id: p.invoice.id,
        case_id: p.case.id,
        creditor_id: d.creditorId,
        debtor_id: p.slot.id,
        invoice_number: d.invoiceNumber,
        source_system: d.sourceSystem,
        external_id: d.externalId,
        issue_date: d.issueDate,
        due_date: d.dueDate,
        amount: d.amount,
        currency: d.currency,
        kid: d.kid || null,
      };
    });
    // Each case is written with its first event (invoice.received) recorded, as the recorder leaves a new entity.
    const sequence = nextSequence(NEW_CASE.lastSequence);
    await insertNewCases(em, now, debtors, invoices, { lastSequence: sequence });
    return items.map((p) => {
      const event = invoiceReceived(p.data, () => toGlobalId("Invoice", p.invoice.id));
      return {
        type: event.type,
        summary: event.summary,
        data: event.data ?? {},
        id: 0,
        case: p.case,
        creditorId: p.data.creditorId,
        sequence,
        occurredAt: now,
        actor,
        statusBefore: NEW_CASE.status,
        statusAfter: NEW_CASE.status,
      };
    });
  }
}
