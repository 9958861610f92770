import type { FieldMap, InvoiceField, NormalizedInvoice } from "@tvist/plugin-sdk";
import { failure } from "../../../shared/result";
import type { Auth } from "../../access/auth";
import { registerInvoice, validateInvoiceFields, type InvoiceData } from "../../invoices/invoice.service";
import { invoiceUserErrors } from "../../invoices/invoice.errors";
import { isValidOrgNumber } from "../../parties/identifiers.rules";
import type { EnabledPlugin } from "../../plugins/registry";
import { InvoiceBulk } from "../bulk-invoices";
import { CreditorBook, type RequestCreditor } from "../creditors";
import { DebtorBook } from "../debtors";
import type { InvoicePushItemErrorCode, ItemFailure } from "../ingest.errors";
import {
  fieldMapper,
  ingest,
  invoicesByExternalId,
  itemTextFailures,
  ownId,
  pushBatch,
  type Candidate,
  type PushContext,
  type PushInput,
  type PushOutcome,
  type Writer,
  type Written,
} from "../ingest.service";

const INVOICE_ALIASES = { creditorId: "creditor", debtorId: "debtor" } as const;

function invoiceData(
  plugin: EnabledPlugin,
  invoice: NormalizedInvoice,
  creditorId: number,
  debtorId: number,
): InvoiceData {
  return {
    creditorId,
    debtorId,
    invoiceNumber: invoice.invoiceNumber,
    sourceSystem: plugin.id,
    externalId: invoice.externalId,
    issueDate: invoice.issueDate,
    dueDate: invoice.dueDate,
    amount: invoice.amount,
    currency: invoice.currency,
    kid: invoice.kid,
  };
}

/** The plugin's field map, with this invoice's own paths (e.g. its payload's spelling) over it. */
function invoiceFieldsOf(plugin: EnabledPlugin, invoice: NormalizedInvoice | null): FieldMap<InvoiceField> {
  return invoice?.paths
    ? ({ ...plugin.invoiceFields, ...invoice.paths } as FieldMap<InvoiceField>)
    : plugin.invoiceFields;
}

function prepareInvoice(
  plugin: EnabledPlugin,
  payload: unknown,
  index: number,
): Candidate<NormalizedInvoice, InvoicePushItemErrorCode> {
  const parsed = plugin.parseInvoice(payload);
  const fields = invoiceFieldsOf(plugin, parsed.ok ? parsed.invoice : null);
  const map = fieldMapper(fields, INVOICE_ALIASES);
  const text = itemTextFailures(payload, parsed.ok ? { ...parsed.invoice, paths: undefined } : null, fields);
  if (!parsed.ok)
    return {
      index,
      externalId: parsed.externalId ?? null,
      value: null,
      errors: [...text, ...parsed.errors.map(map.payload)],
    };
  const invoice = parsed.invoice;
  if (text.length > 0) return { index, externalId: null, value: null, errors: text };
  const errors: ItemFailure<InvoicePushItemErrorCode>[] = invoiceUserErrors(
    validateInvoiceFields(invoiceData(plugin, invoice, 0, 0)),
    [],
  ).map(map.tvist);
  if ("orgNumber" in invoice.creditor && !isValidOrgNumber(invoice.creditor.orgNumber))
    errors.push(
      map.own({
        code: "INVALID_ORG_NUMBER",
        field: ["creditor"],
        orgNumber: invoice.creditor.orgNumber,
        party: "creditor",
      }),
    );
  if (invoice.debtor.kind === "ORGANISATION" && !isValidOrgNumber(invoice.debtor.orgNumber)) {
    errors.push(
      map.own({
        code: "INVALID_ORG_NUMBER",
        field: ["debtor", "orgNumber"],
        orgNumber: invoice.debtor.orgNumber,
        party: "debtor",
      }),
    );
  }
  const warnings = (parsed.warnings ?? []).map((w) => failure(w.code, [...w.field], w.message));
  return { index, externalId: invoice.externalId, value: invoice, errors, warnings };
}

function invoiceWriter(
  auth: Auth,
  plugin: EnabledPlugin,
  today: string,
  fromRequest: RequestCreditor,
): Writer<NormalizedInvoice, InvoicePushItemErrorCode> {
  return async (em, rec, batch) => {
    const items = batch.map((c) => c.value!);
    const creditors = await CreditorBook.load(
      em,
      auth,
      plugin.id,
      items.map((i) => i.creditor),
      fromRequest,
    );
    const wanted = items.flatMap((i) => {
      const found = creditors.find(i.creditor);
      return found.ok ? [{ creditor: found.creditor, debtor: i.debtor, externalId: i.externalId }] : [];
    });
    const known = await invoicesByExternalId(em, plugin.id, wanted);
    const debtors = await DebtorBook.load(
      em,
      wanted,
      items.map((i) => i.debtor),
      today,
    );

    // An external id that comes more than once in the batch and is not stored yet goes through the ORM path, where
    // the later items update the invoice the first one makes.
    const seen = new Map<string, number>();
    for (const w of wanted)
      seen.set(ownId(w.creditor, w.externalId), (seen.get(ownId(w.creditor, w.externalId)) ?? 0) + 1);
    const bulk = new InvoiceBulk();
    const written: Written<InvoicePushItemErrorCode>[] = [];
    for (const candidate of batch) {
      const invoice = candidate.value!;
      const map = fieldMapper(invoiceFieldsOf(plugin, invoice), INVOICE_ALIASES);
      const errors: ItemFailure<InvoicePushItemErrorCode>[] = [];
      const found = creditors.find(invoice.creditor);
      const creditor = found.ok ? found.creditor : null;
      if (!found.ok) errors.push(map.own(found.error));
      const placed = debtors.place(invoice.debtor);
      if (!placed.ok) errors.push(map.own(placed.error));
      const municipality = placed.ok ? placed.municipality : undefined;
      if (!creditor || !municipality) {
        written.push({ errors, record: null, case: null, created: false });
        continue;
      }
      const warnings = [...(candidate.warnings ?? []), ...(placed.ok ? placed.warnings.map(map.tvist) : [])];
      const { slot } = debtors.findOrCreate(creditor, invoice.debtor, municipality);
      const own = ownId(creditor, invoice.externalId);
      const existing = known.get(own) ?? null;
      if (!existing && seen.get(own) === 1) {
        // A new invoice, checked in full by prepareInvoice and above: written by the bulk insert after the flush.
        const pending = bulk.add(invoiceData(plugin, invoice, creditor.id, 0), slot);
        written.push({ errors: [], record: pending.invoice, case: pending.case, created: true, warnings });
        continue;
      }
      const debtor = debtors.entity(slot);
      const result = await registerInvoice(em, rec, auth, invoiceData(plugin, invoice, creditor.id, debtor.id ?? 0), {
        creditor,
        debtor,
        existing,
      });
      if (!result.ok) {
        written.push({
          errors: invoiceUserErrors(result.errors, []).map(map.tvist),
          record: null,
          case: null,
          created: false,
        });
        continue;
      }
      if (slot.fresh) em.persist(debtor);
      known.set(own, { invoice: result.value.invoice, case: result.value.case });
      written.push({
        errors: [],
        record: result.value.invoice,
        case: result.value.case,
        created: result.value.created,
        warnings,
      });
    }
    if (bulk.size > 0) rec.afterFlush((tx) => bulk.write(tx, rec.now, rec.actor));
    return written;
  };
}

/** invoicesPush: each item parsed by the plugin, its creditor and debtor found (the debtor created if new), then registered. */
export async function pushInvoices(ctx: PushContext, input: PushInput): Promise<PushOutcome<InvoicePushItemErrorCode>> {
  return pushBatch(ctx, "invoicesPush", input, (plugin, fromRequest) => {
    const candidates = input.items.map((payload, index) => prepareInvoice(plugin, payload, index));
    return ingest(ctx, candidates, invoiceWriter(ctx.auth, plugin, ctx.clock.today(), fromRequest));
  });
}
