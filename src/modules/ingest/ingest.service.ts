import {
  DeadlockException,
  ForeignKeyConstraintViolationException,
  LockWaitTimeoutException,
  OptimisticLockError,
  UniqueConstraintViolationException,
} from "@mikro-orm/core";
import type { EntityManager } from "@mikro-orm/postgresql";
import type { Context } from "../../graphql/context";
import { runCommand, type Recorder } from "../../events/command";
import { commandContext } from "../../events/context";
import {
  formatKroner,
  type CreditorRef,
  type FieldMap,
  type InvoiceField,
  type InvoiceRef,
  type NormalizedInvoice,
  type PayloadError,
  type PayloadErrorCode,
  type PaymentField,
} from "@tvist/plugin-sdk";
import type { EnabledPlugin } from "../plugins/registry";
import { failure, ok, type Failure } from "../../shared/result";
import { amountOutOfRange } from "../../shared/money";
import { JSON_TEXT, jsonTextProblems, lineTextProblems, type TextErrorCode } from "../../shared/text";
import type { Auth } from "../access/auth";
import { requireAuth } from "../access/authorization";
import { afterMoney, moneyProblems, registerMoney, type MoneyState } from "../cases/case.service";
import { caseUserErrors, type CaseErrorCode } from "../cases/case.errors";
import { CollectionCase } from "../cases/collection-case.entity";
import { CaseTransaction, MoneyKind } from "../cases/money.entities";
import { withIdempotency, type IdempotencyErrorCode } from "../idempotency/idempotency.service";
import { Invoice } from "../invoices/invoice.entity";
import { registerInvoice, validateInvoiceFields, type InvoiceData } from "../invoices/invoice.service";
import { invoiceUserErrors, type InvoiceErrorCode } from "../invoices/invoice.errors";
import { Creditor } from "../parties/creditor.entity";
import { isValidOrgNumber } from "../parties/identifiers.rules";
import { InvoiceBulk } from "./bulk-invoices";
import type { PartyWarningCode } from "../register/postal-code.rules";
import { DebtorBook } from "./debtors";
import { CreditorBook, requestCreditor, type RequestCreditor } from "./creditors";

/** Most items one push takes. */
export const MAX_BATCH = 1000;

export type InvoicePushItemErrorCode =
  | PayloadErrorCode
  | InvoiceErrorCode
  | TextErrorCode
  | "INVALID_ORG_NUMBER"
  | "UNKNOWN_KOMMUNE"
  | "UNKNOWN_POSTAL_CODE"
  | "CONCURRENT_UPDATE";
export type MoneyPushItemErrorCode =
  | PayloadErrorCode
  | TextErrorCode
  | "AMOUNT_OUT_OF_RANGE"
  | "UNKNOWN_CREDITOR"
  | "INVALID_ORG_NUMBER"
  | "UNKNOWN_INVOICE"
  | "CASE_CLOSED"
  | "AMOUNT_EXCEEDS_OUTSTANDING"
  | "CONFLICTING_REPEAT"
  | "CONCURRENT_UPDATE";
export type PushErrorCode = "UNKNOWN_PLUGIN" | "BATCH_TOO_LARGE" | "UNKNOWN_CREDITOR" | IdempotencyErrorCode;
export type PushOperation = "invoicesPush" | "paymentsPush" | "creditNotesPush";

/** One item's outcome, as plain JSON (it is what an idempotency key stores and replays). */
export interface PushItemResult<C extends string> {
  index: number;
  externalId: string | null;
  /** The invoice's id (invoicesPush) or the transaction's (paymentsPush, creditNotesPush). */
  recordId: number | null;
  caseId: number | null;
  created: boolean;
  userErrors: Failure<C>[];
  /** Checks the item passed with (absent in responses stored before warnings existed). */
  warnings?: Failure<PartyWarningCode>[];
  /** Payments and credit notes: one per invoice the item is for (absent in responses stored before parts existed). */
  parts?: PushPartResult[];
}

/** One part of a pushed payment or credit note: its own transaction on its own case. */
export interface PushPartResult {
  externalId: string;
  recordId: number;
  caseId: number;
  created: boolean;
}

export interface PushResponse<C extends string> {
  results: PushItemResult<C>[];
  userErrors: Failure<PushErrorCode>[];
}

export interface PushInput {
  pluginId: string;
  items: unknown[];
  idempotencyKey?: string | null;
  /** The creditor of the items whose payload does not name one ({ fromRequest: true }). */
  creditorId?: string | null;
}

const itemPath = (index: number) => ["input", "items", String(index)];

/** Maps a field of tvist's shape (or of the plugin's payload) to its path inside `input.items[i]`. */
export function fieldMapper<F extends string>(fields: FieldMap<F>, index: number, aliases: Record<string, F> = {}) {
  const prefix = itemPath(index);
  return {
    payload: (e: PayloadError): Failure<PayloadErrorCode> => failure(e.code, [...prefix, ...e.field], e.message),
    tvist: <C extends string>(e: Failure<C>): Failure<C> => {
      const key = (e.field ?? []).join(".");
      const mapped = (fields as Record<string, readonly string[]>)[aliases[key] ?? key];
      return failure(e.code, [...prefix, ...(mapped ?? [])], e.message);
    },
  };
}

/**
 * The text rules for one item (src/shared/text.ts), checked before the database sees it: every string of the payload
 * (no NUL, lone surrogate or control character but tab and line breaks), then every string of the plugin's
 * normalized item as one line of at most 255 characters, at the payload field it came from.
 */
function itemTextFailures(
  payload: unknown,
  normalized: object | null,
  fields: FieldMap<string>,
  index: number,
): Failure<TextErrorCode>[] {
  const prefix = itemPath(index);
  const raw = jsonTextProblems(payload, JSON_TEXT, []);
  if (raw.length > 0 || normalized === null) return raw.map((p) => failure(p.code, [...prefix, ...p.field], p.message));
  const map = fields as Record<string, readonly string[]>;
  return lineTextProblems(normalized).map((p) => {
    let key = p.field;
    while (key.length > 0 && !map[key.join(".")]) key = key.slice(0, -1);
    return failure(p.code, [...prefix, ...(map[key.join(".")] ?? [])], p.message);
  });
}

/** The batch-level checks, then the idempotency key, then `run`. */
async function pushBatch<C extends string>(
  ctx: Context,
  operation: PushOperation,
  input: PushInput,
  run: (plugin: EnabledPlugin, fromRequest: RequestCreditor) => Promise<PushResponse<C>>,
): Promise<PushResponse<C>> {
  const plugin = ctx.services.plugins.get(input.pluginId);
  if (!plugin) {
    const ids = ctx.services.plugins.ids();
    return {
      results: [],
      userErrors: [
        failure(
          "UNKNOWN_PLUGIN",
          ["input", "pluginId"],
          `No plugin "${input.pluginId}" is enabled: use one of ${ids.join(", ") || "(none — set PLUGINS)"}.`,
        ),
      ],
    };
  }
  if (input.items.length > MAX_BATCH) {
    return {
      results: [],
      userErrors: [
        failure(
          "BATCH_TOO_LARGE",
          ["input", "items"],
          `${input.items.length} items is more than ${MAX_BATCH}: split the batch into pushes of at most ${MAX_BATCH} items.`,
        ),
      ],
    };
  }
  const fromRequest = await requestCreditor(ctx.em, requireAuth(ctx), input.creditorId);
  if (!fromRequest.ok) return { results: [], userErrors: [fromRequest.error] };
  const request = {
    pluginId: input.pluginId,
    items: input.items,
    ...(input.creditorId == null ? {} : { creditorId: input.creditorId }),
  };
  const outcome = await withIdempotency(ctx, operation, input.idempotencyKey, request, () =>
    run(plugin, fromRequest.creditor),
  );
  return outcome.ok ? outcome.value.response : { results: [], userErrors: outcome.errors };
}

interface Candidate<T, C extends string> {
  index: number;
  externalId: string | null;
  value: T | null;
  /** Problems found without the database. */
  errors: Failure<C>[];
  /** The plugin's warnings about the payload, shown when the item lands. */
  warnings?: Failure<PartyWarningCode>[];
}

interface Written<C extends string> {
  errors: Failure<C>[];
  /** Ids are read after the commit. */
  record: { id: number } | null;
  case: { id: number } | null;
  created: boolean;
  warnings?: Failure<PartyWarningCode>[];
  /** Payments and credit notes: each part's record and case. */
  parts?: { externalId: string; record: { id: number }; case: { id: number }; created: boolean }[];
}

type Writer<T, C extends string> = (
  em: EntityManager,
  rec: Recorder,
  batch: readonly Candidate<T, C>[],
) => Promise<Written<C>[]>;

/** A write that lost a race with another request (the same item pushed twice at once, a case changed meanwhile). */
function isConflict(err: unknown): boolean {
  return (
    err instanceof UniqueConstraintViolationException ||
    err instanceof OptimisticLockError ||
    err instanceof DeadlockException ||
    err instanceof LockWaitTimeoutException ||
    err instanceof ForeignKeyConstraintViolationException
  );
}

/**
 * Writes the items that passed the checks in one transaction, with batched lookups and one flush. A writer checks
 * every item completely before it changes anything for it, so a bad item only gets its errors. Should the batch
 * lose a race, it is done again one item per transaction, so that only the items in conflict fail
 * (CONCURRENT_UPDATE, to be pushed again).
 */
async function ingest<T, C extends string>(
  ctx: Context,
  candidates: readonly Candidate<T, C | "CONCURRENT_UPDATE">[],
  write: Writer<T, C | "CONCURRENT_UPDATE">,
): Promise<PushResponse<C | "CONCURRENT_UPDATE">> {
  type Code = C | "CONCURRENT_UPDATE";
  const base = commandContext(ctx);
  const good = candidates.filter((c) => c.errors.length === 0);
  const outcomes = new Map<number, Written<Code>>();
  const run = (batch: readonly Candidate<T, Code>[]) =>
    runCommand({ ...base, em: ctx.em.fork() }, async (em, rec) => ok(await write(em, rec, batch)));
  const conflict = (c: Candidate<T, Code>): Written<Code> => ({
    errors: [
      failure(
        "CONCURRENT_UPDATE" as Code,
        itemPath(c.index),
        "Another request changed this item's records at the same time: push the item again.",
      ),
    ],
    record: null,
    case: null,
    created: false,
  });
  // runCommand retries a batch that lost a race for its rows; a batch that keeps losing, or meets a unique key
  // taken meanwhile, is done again one item per transaction.
  let whole = good.length === 0;
  try {
    if (good.length > 0) {
      const result = await run(good);
      if (result.ok) {
        good.forEach((c, i) => outcomes.set(c.index, result.value[i]!));
        whole = true;
      }
    }
  } catch (err) {
    if (!isConflict(err)) throw err;
  }
  if (!whole) {
    for (const c of good) {
      try {
        const result = await run([c]);
        outcomes.set(c.index, result.ok ? result.value[0]! : conflict(c));
      } catch (itemErr) {
        if (!isConflict(itemErr)) throw itemErr;
        outcomes.set(c.index, conflict(c));
      }
    }
  }
  const results = candidates.map((c): PushItemResult<Code> => {
    const done = outcomes.get(c.index);
    return {
      index: c.index,
      externalId: c.externalId,
      recordId: done?.record?.id ?? null,
      caseId: done?.case?.id ?? null,
      created: done?.created ?? false,
      userErrors: done ? done.errors : c.errors,
      warnings: done?.warnings ?? [],
      ...(done?.parts
        ? {
            parts: done.parts.map((p) => ({
              externalId: p.externalId,
              recordId: p.record.id,
              caseId: p.case.id,
              created: p.created,
            })),
          }
        : {}),
    };
  });
  return { results, userErrors: [] };
}

/** An external id within its creditor: external ids are unique per creditor (and source system), never across creditors. */
const ownId = (creditor: { id: number }, externalId: string) => `${creditor.id}:${externalId}`;

/** The creditors' invoices of one source system by ownId, each with its case. */
async function invoicesByExternalId(
  em: EntityManager,
  sourceSystem: string,
  wanted: readonly { creditor: Creditor; externalId: string }[],
): Promise<Map<string, { invoice: Invoice; case: CollectionCase }>> {
  const found = new Map<string, { invoice: Invoice; case: CollectionCase }>();
  if (wanted.length === 0) return found;
  const creditors = [...new Set(wanted.map((w) => w.creditor.id))];
  const invoices = await em.find(Invoice, {
    creditor: { $in: creditors },
    sourceSystem,
    externalId: { $in: [...new Set(wanted.map((w) => w.externalId))] },
  });
  if (invoices.length === 0) return found;
  const cases = new Map((await em.find(CollectionCase, { invoice: { $in: invoices } })).map((c) => [c.invoice.id, c]));
  for (const invoice of invoices)
    found.set(ownId(invoice.creditor, invoice.externalId), { invoice, case: cases.get(invoice.id)! });
  return found;
}

function invalidOrgNumber(field: string[], orgNumber: string, whose: string): Failure<"INVALID_ORG_NUMBER"> {
  return failure(
    "INVALID_ORG_NUMBER",
    field,
    `${orgNumber} is not a valid organisasjonsnummer (its MOD11 check digit is wrong): check ${whose}.`,
  );
}

// --- invoices -------------------------------------------------------------------------------------------------

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
  const map = fieldMapper(fields, index, INVOICE_ALIASES);
  const text = itemTextFailures(payload, parsed.ok ? { ...parsed.invoice, paths: undefined } : null, fields, index);
  if (!parsed.ok)
    return {
      index,
      externalId: parsed.externalId ?? null,
      value: null,
      errors: [...text, ...parsed.errors.map(map.payload)],
    };
  const invoice = parsed.invoice;
  if (text.length > 0) return { index, externalId: null, value: null, errors: text };
  const errors: Failure<InvoicePushItemErrorCode>[] = invoiceUserErrors(
    validateInvoiceFields(invoiceData(plugin, invoice, 0, 0)),
    [],
  ).map(map.tvist);
  if ("orgNumber" in invoice.creditor && !isValidOrgNumber(invoice.creditor.orgNumber))
    errors.push(map.tvist(invalidOrgNumber(["creditor"], invoice.creditor.orgNumber, "the number")));
  if (invoice.debtor.kind === "ORGANISATION" && !isValidOrgNumber(invoice.debtor.orgNumber)) {
    errors.push(
      map.tvist(invalidOrgNumber(["debtor", "orgNumber"], invoice.debtor.orgNumber, "the customer's number")),
    );
  }
  const warnings = (parsed.warnings ?? []).map((w) => failure(w.code, [...itemPath(index), ...w.field], w.message));
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
      const map = fieldMapper(invoiceFieldsOf(plugin, invoice), candidate.index, INVOICE_ALIASES);
      const errors: Failure<InvoicePushItemErrorCode>[] = [];
      const found = creditors.find(invoice.creditor);
      const creditor = found.ok ? found.creditor : null;
      if (!found.ok) errors.push(map.tvist(found.error));
      const placed = debtors.place(invoice.debtor);
      if (!placed.ok) errors.push(map.tvist(placed.error));
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
export async function pushInvoices(ctx: Context, input: PushInput): Promise<PushResponse<InvoicePushItemErrorCode>> {
  return pushBatch(ctx, "invoicesPush", input, (plugin, fromRequest) => {
    const candidates = input.items.map((payload, index) => prepareInvoice(plugin, payload, index));
    return ingest(ctx, candidates, invoiceWriter(requireAuth(ctx), plugin, ctx.clock.today(), fromRequest));
  });
}

// --- payments and credit notes --------------------------------------------------------------------------------

/** A payment or a credit note in tvist's shape; `reference` is the payment reference or the credit note number. */
interface NormalizedMoney {
  creditor: CreditorRef;
  invoice: InvoiceRef;
  externalId: string;
  amount: number;
  date: string;
  reference: string | null;
  paths?: Partial<FieldMap<MoneyField>>;
}

type MoneyField = PaymentField;

/** registerMoney's failures that a pushed payment or credit note can meet. */
function moneyFailure(e: Failure<CaseErrorCode>): Failure<MoneyPushItemErrorCode> {
  const field = e.field?.[0] === "input" ? e.field.slice(1) : e.field;
  switch (e.code) {
    case "CASE_CLOSED":
    case "INVALID_AMOUNT":
    case "INVALID_DATE":
    case "AMOUNT_EXCEEDS_OUTSTANDING":
    case "AMOUNT_OUT_OF_RANGE":
    case "CONCURRENT_UPDATE":
      return failure(e.code, field, e.message);
    default:
      throw new Error(`registerMoney gave ${e.code} for a case found by the push`);
  }
}

function moneyFields(plugin: EnabledPlugin, kind: MoneyKind, part?: NormalizedMoney): FieldMap<MoneyField> {
  const fields =
    kind === MoneyKind.PAYMENT
      ? plugin.paymentFields
      : { ...plugin.creditNoteFields, reference: plugin.creditNoteFields.creditNoteNumber };
  return part?.paths ? ({ ...fields, ...part.paths } as FieldMap<MoneyField>) : fields;
}

/** A pushed payment or credit note: the parts the plugin parsed it into (one per invoice it is for). */
type MoneyItem = NormalizedMoney[];

function parseMoney(
  plugin: EnabledPlugin,
  kind: MoneyKind,
  payload: unknown,
): { ok: true; parts: NormalizedMoney[] } | { ok: false; errors: PayloadError[]; externalId: string | null } {
  if (kind === MoneyKind.PAYMENT) {
    const parsed = plugin.parsePayment(payload);
    return parsed.ok
      ? { ok: true, parts: parsed.payments }
      : { ok: false, errors: parsed.errors, externalId: parsed.externalId ?? null };
  }
  const parsed = plugin.parseCreditNote(payload);
  if (!parsed.ok) return { ok: false, errors: parsed.errors, externalId: parsed.externalId ?? null };
  return {
    ok: true,
    parts: parsed.creditNotes.map(({ creditNoteNumber, ...note }) => ({ ...note, reference: creditNoteNumber })),
  };
}

function prepareMoney(
  plugin: EnabledPlugin,
  kind: MoneyKind,
  payload: unknown,
  index: number,
): Candidate<MoneyItem, MoneyPushItemErrorCode> {
  const parsed = parseMoney(plugin, kind, payload);
  if (!parsed.ok) {
    const map = fieldMapper(moneyFields(plugin, kind), index);
    return {
      index,
      externalId: parsed.externalId,
      value: null,
      errors: [...itemTextFailures(payload, null, moneyFields(plugin, kind), index), ...parsed.errors.map(map.payload)],
    };
  }
  const text = parsed.parts.flatMap((part) => {
    const { paths: _paths, ...shape } = part;
    return itemTextFailures(payload, shape, moneyFields(plugin, kind, part), index);
  });
  if (text.length > 0)
    return {
      index,
      externalId: null,
      value: null,
      errors: [...new Map(text.map((e) => [JSON.stringify(e), e])).values()],
    };
  if (parsed.parts.length === 0) {
    return {
      index,
      externalId: null,
      value: null,
      errors: [
        failure(
          "MISSING_FIELD",
          itemPath(index),
          `The ${kind === MoneyKind.PAYMENT ? "payment" : "credit note"} names no invoice: give at least one invoice it is for.`,
        ),
      ],
    };
  }
  const errors: Failure<MoneyPushItemErrorCode>[] = [];
  const ids = new Set<string>();
  for (const part of parsed.parts) {
    const map = fieldMapper(moneyFields(plugin, kind, part), index);
    if ("orgNumber" in part.creditor && !isValidOrgNumber(part.creditor.orgNumber))
      errors.push(map.tvist(invalidOrgNumber(["creditor"], part.creditor.orgNumber, "the number")));
    if (ids.has(part.externalId))
      errors.push(
        map.tvist(
          failure(
            "CONFLICTING_REPEAT",
            ["externalId"],
            `Two parts of the item have the id ${part.externalId}: give each invoice's part its own id.`,
          ),
        ),
      );
    ids.add(part.externalId);
    if (!Number.isSafeInteger(part.amount) || part.amount <= 0)
      errors.push(map.tvist(failure("INVALID_AMOUNT", ["amount"], "The amount must be above 0.")));
    else {
      const range = amountOutOfRange(part.amount, ["amount"]);
      if (range) errors.push(map.tvist(range));
    }
  }
  return { index, externalId: parsed.parts[0]!.externalId, value: parsed.parts, errors };
}

/** The cases payments and credit notes of a batch name, by the creditor's invoice (external id) or by case number. */
class CaseBook {
  private constructor(
    private readonly byInvoice: ReadonlyMap<string, { invoice: Invoice; case: CollectionCase }>,
    private readonly byNumber: ReadonlyMap<number, CollectionCase>,
  ) {}

  static async load(
    em: EntityManager,
    sourceSystem: string,
    wanted: readonly { creditor: Creditor; invoice: InvoiceRef }[],
  ): Promise<CaseBook> {
    const byInvoice = await invoicesByExternalId(
      em,
      sourceSystem,
      wanted.flatMap((w) =>
        "externalId" in w.invoice ? [{ creditor: w.creditor, externalId: w.invoice.externalId }] : [],
      ),
    );
    const numbers = wanted.flatMap((w) =>
      "caseNumber" in w.invoice && Number.isSafeInteger(w.invoice.caseNumber) ? [w.invoice.caseNumber] : [],
    );
    const creditors = [...new Set(wanted.map((w) => w.creditor.id))];
    const cases =
      numbers.length === 0
        ? []
        : await em.find(CollectionCase, { caseNumber: { $in: [...new Set(numbers)] }, creditor: { $in: creditors } });
    return new CaseBook(byInvoice, new Map(cases.map((c) => [c.caseNumber, c])));
  }

  /** The creditor's case the reference names: case numbers are unique on the server, yet only the creditor's own count. */
  find(creditor: Creditor, ref: InvoiceRef): CollectionCase | undefined {
    if ("externalId" in ref) return this.byInvoice.get(ownId(creditor, ref.externalId))?.case;
    const c = this.byNumber.get(ref.caseNumber);
    return c && c.creditor.id === creditor.id ? c : undefined;
  }
}

/** One part's outcome: its transaction (new, or the one a repeat names) and case. */
interface PartDone {
  part: NormalizedMoney;
  earlier: CaseTransaction | null;
  case: CollectionCase;
}

/**
 * Every part of an item is checked against the cases as they will be after the parts before it (a dry run of
 * registerMoney's rules), and only when all pass is any registered: an item lands whole or not at all.
 */
function moneyWriter(
  auth: Auth,
  plugin: EnabledPlugin,
  kind: MoneyKind,
  fromRequest: RequestCreditor,
): Writer<MoneyItem, MoneyPushItemErrorCode> {
  const what = kind === MoneyKind.PAYMENT ? "payment" : "credit note";
  return async (em, rec, batch) => {
    const parts = batch.flatMap((c) => c.value!);
    const creditors = await CreditorBook.load(
      em,
      auth,
      plugin.id,
      parts.map((p) => p.creditor),
      fromRequest,
    );
    const mine = parts.flatMap((p) => {
      const found = creditors.find(p.creditor);
      return found.ok ? [{ creditor: found.creditor, invoice: p.invoice }] : [];
    });
    const cases = await CaseBook.load(em, plugin.id, mine);
    const earlierOnes = await em.find(CaseTransaction, {
      creditor: { $in: [...new Set(mine.map((m) => m.creditor.id))] },
      sourceSystem: plugin.id,
      kind,
      externalId: { $in: [...new Set(parts.map((p) => p.externalId))] },
    });
    const seen = new Map(earlierOnes.map((t) => [ownId(t.creditor, t.externalId!), t]));

    const written: Written<MoneyPushItemErrorCode>[] = [];
    for (const candidate of batch) {
      const errors: Failure<MoneyPushItemErrorCode>[] = [];
      const done: PartDone[] = [];
      const states = new Map<number, MoneyState>();
      for (const part of candidate.value!) {
        const map = fieldMapper(moneyFields(plugin, kind, part), candidate.index, { caseId: "invoice" });
        const refuse = (...problems: Failure<MoneyPushItemErrorCode>[]) => errors.push(...problems.map(map.tvist));
        const found = creditors.find(part.creditor);
        if (!found.ok) {
          refuse(found.error);
          continue;
        }
        const creditor = found.creditor;
        const c = cases.find(creditor, part.invoice);
        if (!c) {
          refuse(
            "externalId" in part.invoice
              ? failure(
                  "UNKNOWN_INVOICE",
                  ["invoice"],
                  `No invoice ${part.invoice.externalId} from ${plugin.id} for this creditor: push the invoice first (invoicesPush), then its ${what}s.`,
                )
              : failure(
                  "UNKNOWN_INVOICE",
                  ["invoice"],
                  `No case number ${part.invoice.caseNumber} for this creditor: use the caseNumber invoicesPush answered for the invoice.`,
                ),
          );
          continue;
        }
        const earlier = seen.get(ownId(creditor, part.externalId));
        if (earlier) {
          if (earlier.case.id === c.id && earlier.amount === part.amount && earlier.date === part.date)
            done.push({ part, earlier, case: c });
          else {
            refuse(
              failure(
                "CONFLICTING_REPEAT",
                ["externalId"],
                `The ${what} ${part.externalId} was registered before with ${formatKroner(earlier.amount)} kr on ${earlier.date}: a registered ${what} cannot change; push a new one with its own id to correct it.`,
              ),
            );
          }
          continue;
        }
        const state = states.get(c.id) ?? c;
        const problems = moneyProblems(state, kind, part.amount, part.date);
        if (problems.length > 0) {
          refuse(...caseUserErrors(problems).map(moneyFailure));
          continue;
        }
        states.set(c.id, afterMoney(state, kind, part.amount));
        done.push({ part, earlier: null, case: c });
      }
      if (errors.length > 0) {
        written.push({ errors, record: null, case: null, created: false });
        continue;
      }
      const results: { record: { id: number }; case: { id: number }; created: boolean; externalId: string }[] = [];
      for (const d of done) {
        if (d.earlier) {
          results.push({ record: d.earlier, case: d.case, created: false, externalId: d.part.externalId });
          continue;
        }
        const result = await registerMoney(
          em,
          rec,
          auth,
          kind,
          { caseId: "", amount: d.part.amount, date: d.part.date, reference: d.part.reference },
          d.case,
        );
        if (!result.ok)
          throw new Error(
            `registerMoney refused a part its dry run passed: ${result.errors.map((e) => e.code).join(", ")}`,
          );
        const tx = result.value.transaction;
        tx.sourceSystem = plugin.id;
        tx.externalId = d.part.externalId;
        seen.set(ownId(d.case.creditor, d.part.externalId), tx);
        results.push({ record: tx, case: result.value.case, created: true, externalId: d.part.externalId });
      }
      const first = results[0]!;
      written.push({
        errors: [],
        record: first.record,
        case: first.case,
        created: results.some((r) => r.created),
        parts: results,
      });
    }
    return written;
  };
}

/** paymentsPush / creditNotesPush: each item's parts matched to their cases, then registered all together or not at all. */
export async function pushMoney(
  ctx: Context,
  kind: MoneyKind,
  input: PushInput,
): Promise<PushResponse<MoneyPushItemErrorCode>> {
  return pushBatch(
    ctx,
    kind === MoneyKind.PAYMENT ? "paymentsPush" : "creditNotesPush",
    input,
    (plugin, fromRequest) => {
      const candidates = input.items.map((payload, index) => prepareMoney(plugin, kind, payload, index));
      return ingest(ctx, candidates, moneyWriter(requireAuth(ctx), plugin, kind, fromRequest));
    },
  );
}
