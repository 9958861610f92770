import { DeadlockException, ForeignKeyConstraintViolationException, LockWaitTimeoutException, OptimisticLockError, UniqueConstraintViolationException } from "@mikro-orm/core";
import type { EntityManager } from "@mikro-orm/postgresql";
import type { Context } from "../../context";
import { runCommand, type Recorder } from "../../events/command";
import { commandContext } from "../../events/context";
import { formatKroner, type CreditorRef, type FieldMap, type InvoiceRef, type NormalizedInvoice, type PayloadError, type PayloadErrorCode, type PaymentField } from "../../plugins/port";
import type { EnabledPlugin } from "../../plugins/registry";
import { failure, ok, type Failure } from "../../shared/result";
import { amountOutOfRange } from "../../shared/money";
import { JSON_TEXT, jsonTextProblems, lineTextProblems, type TextErrorCode } from "../../shared/text";
import type { Auth } from "../access/auth";
import { requireAuth } from "../access/authorization";
import { registerMoney, type CaseErrorCode } from "../cases/case.service";
import { CollectionCase } from "../cases/collection-case.entity";
import { CaseTransaction, MoneyKind } from "../cases/money.entities";
import { withIdempotency, type IdempotencyErrorCode } from "../idempotency/idempotency.service";
import { Invoice } from "../invoices/invoice.entity";
import { registerInvoice, validateInvoiceFields, type InvoiceData, type InvoiceErrorCode } from "../invoices/invoice.service";
import { Creditor } from "../parties/creditor.entity";
import { isValidOrgNumber } from "../parties/identifiers.rules";
import { InvoiceBulk } from "./bulk-invoices";
import type { PartyWarningCode } from "../register/postal-code.rules";
import { DebtorBook } from "./debtors";

/** Most items one push takes. */
export const MAX_BATCH = 1000;

export type InvoicePushItemErrorCode = PayloadErrorCode | InvoiceErrorCode | TextErrorCode | "INVALID_ORG_NUMBER" | "UNKNOWN_KOMMUNE" | "UNKNOWN_POSTAL_CODE" | "CONCURRENT_UPDATE";
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
export type PushErrorCode = "UNKNOWN_PLUGIN" | "BATCH_TOO_LARGE" | IdempotencyErrorCode;
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
}

export interface PushResponse<C extends string> {
  results: PushItemResult<C>[];
  userErrors: Failure<PushErrorCode>[];
}

export interface PushInput {
  pluginId: string;
  items: unknown[];
  idempotencyKey?: string | null;
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
function itemTextFailures(payload: unknown, normalized: object | null, fields: FieldMap<string>, index: number): Failure<TextErrorCode>[] {
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
async function pushBatch<C extends string>(ctx: Context, operation: PushOperation, input: PushInput, run: (plugin: EnabledPlugin) => Promise<PushResponse<C>>): Promise<PushResponse<C>> {
  const plugin = ctx.services.plugins.get(input.pluginId);
  if (!plugin) {
    const ids = ctx.services.plugins.ids();
    return { results: [], userErrors: [failure("UNKNOWN_PLUGIN", ["input", "pluginId"], `No plugin "${input.pluginId}" is enabled: use one of ${ids.join(", ") || "(none — set PLUGINS)"}.`)] };
  }
  if (input.items.length > MAX_BATCH) {
    return {
      results: [],
      userErrors: [failure("BATCH_TOO_LARGE", ["input", "items"], `${input.items.length} items is more than ${MAX_BATCH}: split the batch into pushes of at most ${MAX_BATCH} items.`)],
    };
  }
  const outcome = await withIdempotency(ctx, operation, input.idempotencyKey, { pluginId: input.pluginId, items: input.items }, () => run(plugin));
  return outcome.ok ? outcome.value.response : { results: [], userErrors: outcome.errors };
}

interface Candidate<T, C extends string> {
  index: number;
  externalId: string | null;
  value: T | null;
  /** Problems found without the database. */
  errors: Failure<C>[];
}

interface Written<C extends string> {
  errors: Failure<C>[];
  /** Ids are read after the commit. */
  record: { id: number } | null;
  case: { id: number } | null;
  created: boolean;
  warnings?: Failure<PartyWarningCode>[];
}

type Writer<T, C extends string> = (em: EntityManager, rec: Recorder, batch: readonly Candidate<T, C>[]) => Promise<Written<C>[]>;

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
async function ingest<T, C extends string>(ctx: Context, candidates: readonly Candidate<T, C | "CONCURRENT_UPDATE">[], write: Writer<T, C | "CONCURRENT_UPDATE">): Promise<PushResponse<C | "CONCURRENT_UPDATE">> {
  type Code = C | "CONCURRENT_UPDATE";
  const base = commandContext(ctx);
  const good = candidates.filter((c) => c.errors.length === 0);
  const outcomes = new Map<number, Written<Code>>();
  const run = (batch: readonly Candidate<T, Code>[]) => runCommand({ ...base, em: ctx.em.fork() }, async (em, rec) => ok(await write(em, rec, batch)));
  const conflict = (c: Candidate<T, Code>): Written<Code> => ({
    errors: [failure("CONCURRENT_UPDATE" as Code, itemPath(c.index), "Another request changed this item's records at the same time: push the item again.")],
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
    };
  });
  return { results, userErrors: [] };
}

/**
 * The creditors the key sees by organisasjonsnummer. An org number that names two creditors the key sees (possible for
 * a key bound to several tenants' creditors) names none: such a key cannot tell which one a push is for.
 */
async function visibleCreditors(em: EntityManager, auth: Auth, orgNumbers: Iterable<string>): Promise<Map<string, Creditor>> {
  const creditors = new Map<string, Creditor>();
  const ambiguous = new Set<string>();
  const filter = { orgNumber: { $in: [...new Set(orgNumbers)] }, ...(auth.creditorIds === "all" ? {} : { id: { $in: [...auth.creditorIds] } }) };
  for (const c of await em.find(Creditor, filter)) {
    if (creditors.has(c.orgNumber)) ambiguous.add(c.orgNumber);
    creditors.set(c.orgNumber, c);
  }
  for (const org of ambiguous) creditors.delete(org);
  return creditors;
}

/** An external id within its creditor: external ids are unique per creditor (and source system), never across creditors. */
const ownId = (creditor: { id: number }, externalId: string) => `${creditor.id}:${externalId}`;

/** The creditors' invoices of one source system by ownId, each with its case. */
async function invoicesByExternalId(em: EntityManager, sourceSystem: string, wanted: readonly { creditor: Creditor; externalId: string }[]): Promise<Map<string, { invoice: Invoice; case: CollectionCase }>> {
  const found = new Map<string, { invoice: Invoice; case: CollectionCase }>();
  if (wanted.length === 0) return found;
  const creditors = [...new Set(wanted.map((w) => w.creditor.id))];
  const invoices = await em.find(Invoice, { creditor: { $in: creditors }, sourceSystem, externalId: { $in: [...new Set(wanted.map((w) => w.externalId))] } });
  if (invoices.length === 0) return found;
  const cases = new Map((await em.find(CollectionCase, { invoice: { $in: invoices } })).map((c) => [c.invoice.id, c]));
  for (const invoice of invoices) found.set(ownId(invoice.creditor, invoice.externalId), { invoice, case: cases.get(invoice.id)! });
  return found;
}

function unknownCreditor(orgNumber: string): Failure<"UNKNOWN_CREDITOR"> {
  return failure(
    "UNKNOWN_CREDITOR",
    ["creditor"],
    `No single creditor with organisasjonsnummer ${orgNumber} for this API key: check the number, or push with a key bound to that one creditor.`,
  );
}

/** The org number a creditor reference names; other kinds of reference are not resolved by this server yet. */
function creditorOrgNumber(ref: CreditorRef): string | null {
  return "orgNumber" in ref ? ref.orgNumber : null;
}

function unsupportedCreditor(): Failure<"UNKNOWN_CREDITOR"> {
  return failure("UNKNOWN_CREDITOR", ["creditor"], "This server finds creditors by organisasjonsnummer only: name the creditor by its organisasjonsnummer.");
}

function invalidOrgNumber(field: string[], orgNumber: string, whose: string): Failure<"INVALID_ORG_NUMBER"> {
  return failure("INVALID_ORG_NUMBER", field, `${orgNumber} is not a valid organisasjonsnummer (its MOD11 check digit is wrong): check ${whose}.`);
}

// --- invoices -------------------------------------------------------------------------------------------------

const INVOICE_ALIASES = { creditorId: "creditor", debtorId: "debtor" } as const;

function invoiceData(plugin: EnabledPlugin, invoice: NormalizedInvoice, creditorId: number, debtorId: number): InvoiceData {
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

function prepareInvoice(plugin: EnabledPlugin, payload: unknown, index: number): Candidate<NormalizedInvoice, InvoicePushItemErrorCode> {
  const map = fieldMapper(plugin.invoiceFields, index, INVOICE_ALIASES);
  const parsed = plugin.parseInvoice(payload);
  const text = itemTextFailures(payload, parsed.ok ? parsed.invoice : null, plugin.invoiceFields, index);
  if (!parsed.ok) return { index, externalId: parsed.externalId ?? null, value: null, errors: [...text, ...parsed.errors.map(map.payload)] };
  const invoice = parsed.invoice;
  if (text.length > 0) return { index, externalId: null, value: null, errors: text };
  const errors: Failure<InvoicePushItemErrorCode>[] = validateInvoiceFields(invoiceData(plugin, invoice, 0, 0), []).map(map.tvist);
  const org = creditorOrgNumber(invoice.creditor);
  if (org === null) errors.push(map.tvist(unsupportedCreditor()));
  else if (!isValidOrgNumber(org)) errors.push(map.tvist(invalidOrgNumber(["creditor"], org, "the number")));
  if (invoice.debtor.kind === "ORGANISATION" && !isValidOrgNumber(invoice.debtor.orgNumber)) {
    errors.push(map.tvist(invalidOrgNumber(["debtor", "orgNumber"], invoice.debtor.orgNumber, "the customer's number")));
  }
  return { index, externalId: invoice.externalId, value: invoice, errors };
}

function invoiceWriter(auth: Auth, plugin: EnabledPlugin, today: string): Writer<NormalizedInvoice, InvoicePushItemErrorCode> {
  return async (em, rec, batch) => {
    const items = batch.map((c) => c.value!);
    const creditors = await visibleCreditors(em, auth, items.map((i) => creditorOrgNumber(i.creditor)!));
    const wanted = items.flatMap((i) => {
      const creditor = creditors.get(creditorOrgNumber(i.creditor)!);
      return creditor ? [{ creditor, debtor: i.debtor, externalId: i.externalId }] : [];
    });
    const known = await invoicesByExternalId(em, plugin.id, wanted);
    const debtors = await DebtorBook.load(em, wanted, items.map((i) => i.debtor), today);

    // An external id that comes more than once in the batch and is not stored yet goes through the ORM path, where
    // the later items update the invoice the first one makes.
    const seen = new Map<string, number>();
    for (const w of wanted) seen.set(ownId(w.creditor, w.externalId), (seen.get(ownId(w.creditor, w.externalId)) ?? 0) + 1);
    const bulk = new InvoiceBulk();
    const written: Written<InvoicePushItemErrorCode>[] = [];
    for (const candidate of batch) {
      const invoice = candidate.value!;
      const map = fieldMapper(plugin.invoiceFields, candidate.index, INVOICE_ALIASES);
      const errors: Failure<InvoicePushItemErrorCode>[] = [];
      const org = creditorOrgNumber(invoice.creditor)!;
      const creditor = creditors.get(org);
      if (!creditor) errors.push(map.tvist(unknownCreditor(org)));
      const placed = debtors.place(invoice.debtor);
      if (!placed.ok) errors.push(map.tvist(placed.error));
      const municipality = placed.ok ? placed.municipality : undefined;
      if (!creditor || !municipality) {
        written.push({ errors, record: null, case: null, created: false });
        continue;
      }
      const warnings = placed.ok ? placed.warnings.map(map.tvist) : [];
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
      const result = await registerInvoice(em, rec, auth, invoiceData(plugin, invoice, creditor.id, debtor.id ?? 0), [], { creditor, debtor, existing });
      if (!result.ok) {
        written.push({ errors: result.errors.map(map.tvist), record: null, case: null, created: false });
        continue;
      }
      if (slot.fresh) em.persist(debtor);
      known.set(own, { invoice: result.value.invoice, case: result.value.case });
      written.push({ errors: [], record: result.value.invoice, case: result.value.case, created: result.value.created, warnings });
    }
    if (bulk.size > 0) rec.afterFlush((tx) => bulk.write(tx, rec.now, rec.actor));
    return written;
  };
}

/** invoicesPush: each item parsed by the plugin, its creditor and debtor found (the debtor created if new), then registered. */
export async function pushInvoices(ctx: Context, input: PushInput): Promise<PushResponse<InvoicePushItemErrorCode>> {
  return pushBatch(ctx, "invoicesPush", input, (plugin) => {
    const candidates = input.items.map((payload, index) => prepareInvoice(plugin, payload, index));
    return ingest(ctx, candidates, invoiceWriter(requireAuth(ctx), plugin, ctx.clock.today()));
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
  const fields = kind === MoneyKind.PAYMENT ? plugin.paymentFields : { ...plugin.creditNoteFields, reference: plugin.creditNoteFields.creditNoteNumber };
  return part?.paths ? ({ ...fields, ...part.paths } as FieldMap<MoneyField>) : fields;
}

/** The invoice external id a reference names; other kinds of reference are not resolved by this server yet. */
function invoiceExternalId(ref: InvoiceRef): string | null {
  return "externalId" in ref ? ref.externalId : null;
}

/** A pushed payment or credit note: the parts the plugin parsed it into (one per invoice it is for). */
type MoneyItem = NormalizedMoney[];

function parseMoney(plugin: EnabledPlugin, kind: MoneyKind, payload: unknown): { ok: true; parts: NormalizedMoney[] } | { ok: false; errors: PayloadError[]; externalId: string | null } {
  if (kind === MoneyKind.PAYMENT) {
    const parsed = plugin.parsePayment(payload);
    return parsed.ok ? { ok: true, parts: parsed.payments } : { ok: false, errors: parsed.errors, externalId: parsed.externalId ?? null };
  }
  const parsed = plugin.parseCreditNote(payload);
  if (!parsed.ok) return { ok: false, errors: parsed.errors, externalId: parsed.externalId ?? null };
  return { ok: true, parts: parsed.creditNotes.map(({ creditNoteNumber, ...note }) => ({ ...note, reference: creditNoteNumber })) };
}

function prepareMoney(plugin: EnabledPlugin, kind: MoneyKind, payload: unknown, index: number): Candidate<MoneyItem, MoneyPushItemErrorCode> {
  const parsed = parseMoney(plugin, kind, payload);
  if (!parsed.ok) {
    const map = fieldMapper(moneyFields(plugin, kind), index);
    return { index, externalId: parsed.externalId, value: null, errors: [...itemTextFailures(payload, null, moneyFields(plugin, kind), index), ...parsed.errors.map(map.payload)] };
  }
  const text = parsed.parts.flatMap((part) => {
    const { paths: _paths, ...shape } = part;
    return itemTextFailures(payload, shape, moneyFields(plugin, kind, part), index);
  });
  if (text.length > 0) return { index, externalId: null, value: null, errors: [...new Map(text.map((e) => [JSON.stringify(e), e])).values()] };
  const errors: Failure<MoneyPushItemErrorCode>[] = [];
  for (const part of parsed.parts) {
    const map = fieldMapper(moneyFields(plugin, kind, part), index);
    const org = creditorOrgNumber(part.creditor);
    if (org === null) errors.push(map.tvist(unsupportedCreditor()));
    else if (!isValidOrgNumber(org)) errors.push(map.tvist(invalidOrgNumber(["creditor"], org, "the number")));
    if (invoiceExternalId(part.invoice) === null) errors.push(map.tvist(failure("UNKNOWN_INVOICE", ["invoice"], "This server finds invoices by their external id only: name the invoice by its id in your system.")));
    if (!Number.isSafeInteger(part.amount) || part.amount <= 0) errors.push(map.tvist(failure("INVALID_AMOUNT", ["amount"], "The amount must be above 0.")));
    else {
      const range = amountOutOfRange(part.amount, ["amount"]);
      if (range) errors.push(map.tvist(range));
    }
  }
  return { index, externalId: parsed.parts[0]?.externalId ?? null, value: parsed.parts, errors };
}

function moneyWriter(auth: Auth, plugin: EnabledPlugin, kind: MoneyKind): Writer<MoneyItem, MoneyPushItemErrorCode> {
  const what = kind === MoneyKind.PAYMENT ? "payment" : "credit note";
  return async (em, rec, batch) => {
    const parts = batch.flatMap((c) => c.value!);
    const creditors = await visibleCreditors(em, auth, parts.map((i) => creditorOrgNumber(i.creditor)!));
    const mine = parts.flatMap((i) => {
      const creditor = creditors.get(creditorOrgNumber(i.creditor)!);
      return creditor ? [{ creditor, externalId: invoiceExternalId(i.invoice)! }] : [];
    });
    const invoices = await invoicesByExternalId(em, plugin.id, mine);
    const earlierOnes = await em.find(CaseTransaction, {
      creditor: { $in: [...new Set(mine.map((m) => m.creditor.id))] },
      sourceSystem: plugin.id,
      kind,
      externalId: { $in: [...new Set(parts.map((i) => i.externalId))] },
    });
    const seen = new Map(earlierOnes.map((t) => [ownId(t.creditor, t.externalId!), t]));

    const written: Written<MoneyPushItemErrorCode>[] = [];
    for (const candidate of batch) {
      let outcome: Written<MoneyPushItemErrorCode> | null = null;
      const errors: Failure<MoneyPushItemErrorCode>[] = [];
      for (const item of candidate.value!) {
        const map = fieldMapper(moneyFields(plugin, kind, item), candidate.index, { caseId: "invoice" });
        const refuse = (...problems: Failure<MoneyPushItemErrorCode>[]) => errors.push(...problems.map(map.tvist));
        const org = creditorOrgNumber(item.creditor)!;
        const invoiceId = invoiceExternalId(item.invoice)!;
        const creditor = creditors.get(org);
        const found = creditor ? invoices.get(ownId(creditor, invoiceId)) : undefined;
        if (!creditor) {
          refuse(unknownCreditor(org));
          continue;
        }
        if (!found) {
          refuse(failure("UNKNOWN_INVOICE", ["invoice"], `No invoice ${invoiceId} from ${plugin.id} for this creditor: push the invoice first (invoicesPush), then its ${what}s.`));
          continue;
        }
        const earlier = seen.get(ownId(creditor, item.externalId));
        if (earlier) {
          const same = earlier.case.id === found.case.id && earlier.amount === item.amount && earlier.date === item.date;
          if (same) outcome ??= { errors: [], record: earlier, case: found.case, created: false };
          else {
            refuse(
              failure(
                "CONFLICTING_REPEAT",
                ["externalId"],
                `The ${what} ${item.externalId} was registered before with ${formatKroner(earlier.amount)} kr on ${earlier.date}: a registered ${what} cannot change; push a new one with its own id to correct it.`,
              ),
            );
          }
          continue;
        }
        const result = await registerMoney(em, rec, auth, kind, { caseId: "", amount: item.amount, date: item.date, reference: item.reference }, found.case);
        if (!result.ok) {
          refuse(...result.errors.map(moneyFailure));
          continue;
        }
        const tx = result.value.transaction;
        tx.sourceSystem = plugin.id;
        tx.externalId = item.externalId;
        seen.set(ownId(creditor, item.externalId), tx);
        outcome ??= { errors: [], record: tx, case: result.value.case, created: true };
      }
      written.push(errors.length > 0 || !outcome ? { errors, record: null, case: null, created: false } : outcome);
    }
    return written;
  };
}

/** paymentsPush / creditNotesPush: each item matched to its case by the invoice's (creditor, plugin id, external id). */
export async function pushMoney(ctx: Context, kind: MoneyKind, input: PushInput): Promise<PushResponse<MoneyPushItemErrorCode>> {
  return pushBatch(ctx, kind === MoneyKind.PAYMENT ? "paymentsPush" : "creditNotesPush", input, (plugin) => {
    const candidates = input.items.map((payload, index) => prepareMoney(plugin, kind, payload, index));
    return ingest(ctx, candidates, moneyWriter(requireAuth(ctx), plugin, kind));
  });
}
