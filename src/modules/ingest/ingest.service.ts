import { DeadlockException, ForeignKeyConstraintViolationException, LockWaitTimeoutException, OptimisticLockError, UniqueConstraintViolationException } from "@mikro-orm/core";
import type { EntityManager } from "@mikro-orm/postgresql";
import type { Context } from "../../context";
import { runCommand, type Recorder } from "../../events/command";
import { commandContext } from "../../events/context";
import type { FieldMap, NormalizedInvoice, PayloadError, PayloadErrorCode } from "../../plugins/port";
import type { EnabledPlugin } from "../../plugins/registry";
import { failure, ok, type Failure } from "../../shared/result";
import { canSeeCreditor, type Auth } from "../access/auth";
import { requireAuth } from "../access/authorization";
import { CollectionCase } from "../cases/collection-case.entity";
import { withIdempotency, type IdempotencyErrorCode } from "../idempotency/idempotency.service";
import { Invoice } from "../invoices/invoice.entity";
import { registerInvoice, validateInvoiceFields, type InvoiceData, type InvoiceErrorCode, type RegisteredInvoice } from "../invoices/invoice.service";
import { Creditor } from "../parties/creditor.entity";
import { isValidOrgNumber } from "../parties/identifiers.rules";
import { DebtorBook } from "./debtors";

/** Most items one push takes. */
export const MAX_BATCH = 1000;

export type PushItemErrorCode = PayloadErrorCode | InvoiceErrorCode | "INVALID_ORG_NUMBER" | "UNKNOWN_KOMMUNE" | "CONCURRENT_UPDATE";
export type PushErrorCode = "UNKNOWN_PLUGIN" | "BATCH_TOO_LARGE" | IdempotencyErrorCode;

/** One item's outcome, as plain JSON (it is what an idempotency key stores and replays). */
export interface PushItemResult {
  index: number;
  externalId: string | null;
  invoiceId: number | null;
  caseId: number | null;
  created: boolean;
  userErrors: Failure<PushItemErrorCode>[];
}

export interface PushResponse {
  results: PushItemResult[];
  userErrors: Failure<PushErrorCode>[];
}

export interface PushInput {
  pluginId: string;
  items: unknown[];
  idempotencyKey?: string | null;
}

/** Maps a field path of tvist's invoice (or of the plugin's payload) to the path inside `input.items[i]`. */
export function fieldMapper<F extends string>(fields: FieldMap<F>, index: number, aliases: Record<string, F> = {}) {
  const prefix = ["input", "items", String(index)];
  return {
    payload: (e: PayloadError): Failure<PushItemErrorCode> => failure(e.code, [...prefix, ...e.field], e.message),
    tvist: <C extends PushItemErrorCode>(e: Failure<C>): Failure<C> => {
      const key = (e.field ?? []).join(".");
      const mapped = (fields as Record<string, readonly string[]>)[aliases[key] ?? key];
      return failure(e.code, [...prefix, ...(mapped ?? [])], e.message);
    },
  };
}

const INVOICE_ALIASES = { creditorId: "creditorOrgNumber", debtorId: "debtor" } as const;

/** The enabled plugin a batch names, or why the whole batch is refused (unknown plugin, too many items). */
function refuseBatch(ctx: Context, input: PushInput): { plugin: EnabledPlugin } | Failure<PushErrorCode> {
  const plugin = ctx.services.plugins.get(input.pluginId);
  if (!plugin) {
    const ids = ctx.services.plugins.ids();
    return failure("UNKNOWN_PLUGIN", ["input", "pluginId"], `No plugin "${input.pluginId}" is enabled: use one of ${ids.join(", ") || "(none — set PLUGINS)"}.`);
  }
  if (input.items.length > MAX_BATCH) {
    return failure("BATCH_TOO_LARGE", ["input", "items"], `${input.items.length} items is more than ${MAX_BATCH}: split the batch into pushes of at most ${MAX_BATCH} items.`);
  }
  return { plugin };
}

/** invoicesPush: parse each item with the plugin, then register the good ones. Nothing is written for a bad item. */
export async function pushInvoices(ctx: Context, input: PushInput): Promise<PushResponse> {
  const checked = refuseBatch(ctx, input);
  if ("code" in checked) return { results: [], userErrors: [checked] };
  const outcome = await withIdempotency(ctx, "invoicesPush", input.idempotencyKey, { pluginId: input.pluginId, items: input.items }, () => ingestInvoices(ctx, checked.plugin, input.items));
  return outcome.ok ? outcome.value.response : { results: [], userErrors: outcome.errors };
}

interface Candidate {
  index: number;
  externalId: string | null;
  invoice: NormalizedInvoice | null;
  /** Problems found without the database. */
  errors: Failure<PushItemErrorCode>[];
}

interface Written {
  errors: Failure<PushItemErrorCode>[];
  registered: RegisteredInvoice | null;
}

function prepare(plugin: EnabledPlugin, payload: unknown, index: number): Candidate {
  const map = fieldMapper(plugin.invoiceFields, index, INVOICE_ALIASES);
  const parsed = plugin.parseInvoice(payload);
  if (!parsed.ok) return { index, externalId: parsed.externalId ?? null, invoice: null, errors: parsed.errors.map(map.payload) };
  const invoice = parsed.invoice;
  const errors: Failure<PushItemErrorCode>[] = validateInvoiceFields(invoiceData(plugin, invoice, 0, 0), []).map(map.tvist);
  if (!isValidOrgNumber(invoice.creditorOrgNumber)) {
    errors.push(map.tvist(failure("INVALID_ORG_NUMBER", ["creditorOrgNumber"], `${invoice.creditorOrgNumber} is not a valid organisasjonsnummer (its MOD11 check digit is wrong): check the number.`)));
  }
  if (invoice.debtor.kind === "ORGANISATION" && !isValidOrgNumber(invoice.debtor.orgNumber)) {
    errors.push(map.tvist(failure("INVALID_ORG_NUMBER", ["debtor", "orgNumber"], `${invoice.debtor.orgNumber} is not a valid organisasjonsnummer (its MOD11 check digit is wrong): check the customer's number.`)));
  }
  return { index, externalId: invoice.externalId, invoice, errors };
}

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

/**
 * Registers the invoices of a batch with one lookup per kind of record and one flush, so a batch costs a handful of
 * statements rather than a handful per item. Every item is checked completely before anything is written, so a bad
 * item only gets its errors.
 */
async function writeInvoices(em: EntityManager, rec: Recorder, auth: Auth, plugin: EnabledPlugin, candidates: readonly Candidate[], today: string): Promise<Written[]> {
  const items = candidates.map((c) => c.invoice!);
  const orgNumbers = [...new Set(items.map((i) => i.creditorOrgNumber))];
  const creditors = new Map<string, Creditor>();
  for (const c of await em.find(Creditor, { orgNumber: { $in: orgNumbers } })) if (canSeeCreditor(auth, c.id)) creditors.set(c.orgNumber, c);

  const known = new Map<string, { invoice: Invoice; case: CollectionCase }>();
  const invoices = await em.find(Invoice, { sourceSystem: plugin.id, externalId: { $in: [...new Set(items.map((i) => i.externalId))] } });
  if (invoices.length > 0) {
    const cases = new Map((await em.find(CollectionCase, { invoice: { $in: invoices } })).map((c) => [c.invoice.id, c]));
    for (const invoice of invoices) known.set(invoice.externalId, { invoice, case: cases.get(invoice.id)! });
  }

  const wanted = items.flatMap((i) => {
    const creditor = creditors.get(i.creditorOrgNumber);
    return creditor ? [{ creditor, debtor: i.debtor }] : [];
  });
  const debtors = await DebtorBook.load(em, wanted, items.map((i) => i.debtor.kommunenummer), today);

  const written: Written[] = [];
  for (const candidate of candidates) {
    const invoice = candidate.invoice!;
    const map = fieldMapper(plugin.invoiceFields, candidate.index, INVOICE_ALIASES);
    const errors: Failure<PushItemErrorCode>[] = [];
    const creditor = creditors.get(invoice.creditorOrgNumber);
    if (!creditor) {
      errors.push(
        map.tvist(failure("UNKNOWN_CREDITOR", ["creditorOrgNumber"], `No creditor with organisasjonsnummer ${invoice.creditorOrgNumber} for this API key: check the number, or push with a key that sees this creditor.`)),
      );
    }
    const municipality = debtors.municipality(invoice.debtor.kommunenummer);
    if (!municipality) {
      errors.push(
        map.tvist(failure("UNKNOWN_KOMMUNE", ["debtor", "kommunenummer"], `Kommunenummer ${invoice.debtor.kommunenummer} is not a kommune in force on ${today}: use the customer's current kommunenummer (e.g. 4601 for Bergen).`)),
      );
    }
    if (!creditor || !municipality) {
      written.push({ errors, registered: null });
      continue;
    }
    const { debtor, created: newDebtor } = debtors.findOrCreate(creditor, invoice.debtor, municipality);
    const result = await registerInvoice(em, rec, auth, invoiceData(plugin, invoice, creditor.id, debtor.id ?? 0), [], { creditor, debtor, existing: known.get(invoice.externalId) ?? null });
    if (!result.ok) {
      written.push({ errors: result.errors.map(map.tvist), registered: null });
      continue;
    }
    if (newDebtor) em.persist(debtor);
    known.set(invoice.externalId, { invoice: result.value.invoice, case: result.value.case });
    written.push({ errors: [], registered: result.value });
  }
  return written;
}

/** A write that lost a race with another request (same invoice pushed twice at once, a case changed meanwhile). */
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
 * One transaction for the whole batch. Should it lose a race, the batch is done again one item per transaction, so
 * that only the items in conflict fail (CONCURRENT_UPDATE, to be pushed again).
 */
async function ingestInvoices(ctx: Context, plugin: EnabledPlugin, payloads: readonly unknown[]): Promise<PushResponse> {
  const auth = requireAuth(ctx);
  const today = ctx.clock.today();
  const base = commandContext(ctx);
  const candidates = payloads.map((payload, index) => prepare(plugin, payload, index));
  const good = candidates.filter((c) => c.errors.length === 0);
  const outcomes = new Map<number, Written>();

  const run = (batch: readonly Candidate[]) => runCommand({ ...base, em: ctx.em.fork() }, async (em, rec) => ok(await writeInvoices(em, rec, auth, plugin, batch, today)));
  try {
    if (good.length > 0) {
      const result = await run(good);
      if (result.ok) good.forEach((c, i) => outcomes.set(c.index, result.value[i]!));
    }
  } catch (err) {
    if (!isConflict(err)) throw err;
    for (const c of good) {
      try {
        const result = await run([c]);
        if (result.ok) outcomes.set(c.index, result.value[0]!);
      } catch (itemErr) {
        if (!isConflict(itemErr)) throw itemErr;
        const conflict = failure("CONCURRENT_UPDATE" as const, ["input", "items", String(c.index)], "Another request changed this invoice at the same time: push the item again.");
        outcomes.set(c.index, { errors: [conflict], registered: null });
      }
    }
  }

  const results = candidates.map((c): PushItemResult => {
    const done = outcomes.get(c.index);
    const registered = done?.registered ?? null;
    return {
      index: c.index,
      externalId: c.externalId,
      invoiceId: registered?.invoice.id ?? null,
      caseId: registered?.case.id ?? null,
      created: registered?.created ?? false,
      userErrors: done ? done.errors : c.errors,
    };
  });
  return { results, userErrors: [] };
}
