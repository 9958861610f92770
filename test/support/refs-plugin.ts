import {
  definePlugin,
  type TvistPlugin,
  type CreditorRef,
  type InvoiceRef,
  type NormalizedCreditNote,
  type NormalizedInvoice,
  type NormalizedPayment,
  type PayloadError,
} from "@tvist/plugin-sdk";

/**
 * A test plugin whose payloads are tvist's normalised shapes themselves, so that tests can push every kind of
 * creditor and invoice reference and payments spread over several invoices (parts) before a real format does.
 * Invoice: a NormalizedInvoice. Payment / credit note: `{ parts: [NormalizedPayment | NormalizedCreditNote] }`,
 * each part's fields at ["parts", "<i>", field].
 */
type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);

function parts(payload: unknown): { ok: true; parts: Obj[] } | { ok: false; errors: PayloadError[] } {
  if (!isObj(payload) || !Array.isArray(payload.parts) || !payload.parts.every(isObj)) {
    return {
      ok: false,
      errors: [{ code: "INVALID_FORMAT", field: ["parts"], message: "parts must be a list of objects." }],
    };
  }
  return { ok: true, parts: payload.parts };
}

const at = (i: number, field: string) => ["parts", String(i), field];

export const refsPlugin = definePlugin<undefined>({
  id: "refs",
  apiVersion: 1,
  version: "1.0.0",
  description: "Test plugin: payloads in tvist's own normalised shapes.",
  validateOptions: () => ({ ok: true, options: undefined }),
  invoiceFields: {
    creditor: ["creditor"],
    invoiceNumber: ["invoiceNumber"],
    externalId: ["externalId"],
    issueDate: ["issueDate"],
    dueDate: ["dueDate"],
    amount: ["amount"],
    currency: ["currency"],
    kid: ["kid"],
    debtor: ["debtor"],
    "debtor.name": ["debtor", "name"],
    "debtor.orgNumber": ["debtor", "orgNumber"],
    "debtor.birthDate": ["debtor", "birthDate"],
    "debtor.address": ["debtor", "address"],
    "debtor.kommunenummer": ["debtor", "kommunenummer"],
  },
  parseInvoice(payload) {
    if (!isObj(payload) || !isObj(payload.creditor) || !isObj(payload.debtor))
      return {
        ok: false,
        errors: [{ code: "INVALID_FORMAT", field: [], message: "Send a NormalizedInvoice object." }],
      };
    return { ok: true, invoice: payload as unknown as NormalizedInvoice };
  },
  paymentFields: {
    creditor: ["creditor"],
    invoice: ["invoice"],
    externalId: ["externalId"],
    amount: ["amount"],
    date: ["date"],
    reference: ["reference"],
  },
  parsePayment(payload) {
    const p = parts(payload);
    if (!p.ok) return p;
    return {
      ok: true,
      payments: p.parts.map((part, i): NormalizedPayment => ({
        creditor: part.creditor as CreditorRef,
        invoice: part.invoice as InvoiceRef,
        externalId: String(part.externalId),
        amount: part.amount as number,
        date: String(part.date),
        reference: null,
        paths: {
          creditor: at(i, "creditor"),
          invoice: at(i, "invoice"),
          externalId: at(i, "externalId"),
          amount: at(i, "amount"),
          date: at(i, "date"),
        },
      })),
    };
  },
  creditNoteFields: {
    creditor: ["creditor"],
    invoice: ["invoice"],
    externalId: ["externalId"],
    creditNoteNumber: ["creditNoteNumber"],
    amount: ["amount"],
    date: ["date"],
  },
  parseCreditNote(payload) {
    const p = parts(payload);
    if (!p.ok) return p;
    return {
      ok: true,
      creditNotes: p.parts.map((part, i): NormalizedCreditNote => ({
        creditor: part.creditor as CreditorRef,
        invoice: part.invoice as InvoiceRef,
        externalId: String(part.externalId),
        creditNoteNumber: String(part.externalId),
        amount: part.amount as number,
        date: String(part.date),
        paths: {
          creditor: at(i, "creditor"),
          invoice: at(i, "invoice"),
          externalId: at(i, "externalId"),
          amount: at(i, "amount"),
          date: at(i, "date"),
        },
      })),
    };
  },
  formatEvent: (event) => ({ id: event.id, type: event.type }),
}) as TvistPlugin<never>;
