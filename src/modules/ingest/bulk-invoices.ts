import { toGlobalId } from "../../shared/global-id";
import type { EntityManager } from "@mikro-orm/postgresql";
import type { NewEvent } from "../../events/append";
import { CaseStatus } from "../cases/case.rules";
import { invoiceReceived, type InvoiceData } from "../invoices/invoice.service";
import type { DebtorSlot } from "./debtors";

/** A new invoice of a push; `invoice.id` and `case.id` are set by the insert (read them after the commit). */
export interface PendingInvoice {
  data: InvoiceData;
  slot: DebtorSlot;
  invoice: { id: number };
  case: { id: number };
}

const ids = (rows: unknown): number[] => (rows as string[]).map(Number);

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
    const [drawn] = await em.execute<{ d: unknown; i: unknown; c: unknown }[]>(
      `select array(select nextval('debtor_id_seq') from generate_series(1, ?::int))::text[] as d,
              array(select nextval('invoice_id_seq') from generate_series(1, ?::int))::text[] as i,
              array(select nextval('collection_case_id_seq') from generate_series(1, ?::int))::text[] as c`,
      [newDebtors.length, items.length, items.length],
    );
    const debtorIds = ids(drawn!.d);
    const invoiceIds = ids(drawn!.i);
    const caseIds = ids(drawn!.c);
    newDebtors.forEach((slot, n) => (slot.insertedId = debtorIds[n]));
    const debtors = newDebtors.map((slot) => {
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
    const invoices = items.map((p, n) => {
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
    await em.execute(
      `with d as (
         insert into debtor (id, created_at, updated_at, creditor_id, kind, name, org_number, birth_date, address_street, address_postal_code, address_city, address_country, municipality_id)
         select r.id, ?::timestamptz, ?::timestamptz, r.creditor_id, r.kind, r.name, r.org_number, r.birth_date, r.street, r.postal_code, r.city, r.country, r.municipality_id
         from json_to_recordset(?::json) as r(id bigint, creditor_id bigint, kind text, name text, org_number text, birth_date date, street text, postal_code text, city text, country text, municipality_id bigint)
         returning 1
       ),
       r as (
         select * from json_to_recordset(?::json) as r(id bigint, case_id bigint, creditor_id bigint, debtor_id bigint, invoice_number text, source_system text,
           external_id text, issue_date date, due_date date, amount bigint, currency text, kid text)
       ),
       i as (
         insert into invoice (id, created_at, updated_at, creditor_id, debtor_id, invoice_number, source_system, external_id, issue_date, due_date, amount, currency, kid)
         select r.id, ?::timestamptz, ?::timestamptz, r.creditor_id, r.debtor_id, r.invoice_number, r.source_system, r.external_id, r.issue_date, r.due_date, r.amount, r.currency, r.kid from r
         returning 1
       ),
       c as (
         insert into collection_case (id, created_at, updated_at, invoice_id, creditor_id, debtor_id, status, principal_amount, last_sequence)
         select r.case_id, ?::timestamptz, ?::timestamptz, r.id, r.creditor_id, r.debtor_id, '${CaseStatus.ACTIVE}', r.amount, 1 from r
         returning 1
       )
       select (select count(*) from d) as debtors, (select count(*) from i) as invoices, (select count(*) from c) as cases`,
      [now, now, JSON.stringify(debtors), JSON.stringify(invoices), now, now, now, now],
    );
    return items.map((p) => {
      const event = invoiceReceived(p.data, () => toGlobalId("Invoice", p.invoice.id));
      return {
        type: event.type,
        summary: event.summary,
        data: event.data ?? {},
        id: 0,
        case: p.case,
        creditorId: p.data.creditorId,
        sequence: 1,
        occurredAt: now,
        actor,
        statusBefore: CaseStatus.ACTIVE,
        statusAfter: CaseStatus.ACTIVE,
      };
    });
  }
}
