/**
 * Kravia API v2 (api.kravia.ai): invoicesPush takes the body of POST /api/v2/invoice/register, paymentsPush that of
 * POST /api/v2/invoice/payment and creditNotesPush that of POST /api/v2/invoice/creditnote, unchanged.
 */
import { definePlugin } from "@tvist/plugin-sdk";
import {
  creditNoteFields,
  invoiceFields,
  parseCreditNote,
  parseInvoice,
  parsePayment,
  paymentFields,
  validateOptions,
  type KraviaOptions,
} from "./inbound";
import { formatEnvelope } from "./outbound";
import { routes } from "./routes";

export type { KraviaOptions } from "./inbound";

export const plugin = definePlugin<KraviaOptions>({
  id: "kravia",
  apiVersion: 1,
  version: "2.0.0",
  description:
    "Kravia API v2: the register-invoice, payment and credit-note bodies of api.kravia.ai, property names in any casing.",
  validateOptions,
  invoiceFields,
  parseInvoice,
  paymentFields,
  parsePayment,
  creditNoteFields,
  parseCreditNote,

  formatEvent: (event, _options, tools) => formatEnvelope(event, tools),
  routes,
});

export default plugin;
