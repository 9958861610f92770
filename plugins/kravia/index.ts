/**
 * Kravia API v2 (api.kravia.ai): invoicesPush takes the body of POST /api/v2/invoice/register, paymentsPush that of
 * POST /api/v2/invoice/payment and creditNotesPush that of POST /api/v2/invoice/creditnote, unchanged.
 */
import { definePlugin, type Json, type OutboundEvent } from "../../src/plugins/port";
import { creditNoteFields, invoiceFields, parseCreditNote, parseInvoice, parsePayment, paymentFields, validateOptions, type KraviaOptions } from "./inbound";

export type { KraviaOptions } from "./inbound";

const STATUS: Record<string, string> = {
  ACTIVE: "Active",
  FROZEN: "OnHold",
  IN_CONCILIATION: "InConciliation",
  JUDGMENT: "Judgment",
  ENFORCEMENT: "Enforcement",
  PAID: "Paid",
  CREDITED: "Credited",
  CLOSED: "Closed",
};

export const plugin = definePlugin<KraviaOptions>({
  id: "kravia",
  version: "2.0.0",
  description: "Kravia API v2: the register-invoice, payment and credit-note bodies of api.kravia.ai, property names in any casing.",
  validateOptions,
  invoiceFields,
  parseInvoice,
  paymentFields,
  parsePayment,
  creditNoteFields,
  parseCreditNote,

  /** Thin on purpose: receivers pull the case for details. */
  formatEvent(event: OutboundEvent): Json {
    return { caseId: event.case.id, status: STATUS[event.case.status] ?? event.case.status, updatedAt: event.occurredAt };
  },
});

export default plugin;
