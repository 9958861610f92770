import {
  DeadlockException,
  ForeignKeyConstraintViolationException,
  LockWaitTimeoutException,
  OptimisticLockError,
  UniqueConstraintViolationException,
} from "@mikro-orm/core";
import type { EntityManager } from "@mikro-orm/postgresql";
import type { FieldMap, PayloadError, PayloadErrorCode } from "@tvist/plugin-sdk";
import { runCommand, type EventSink, type Recorder } from "../../events/command";
import type { Clock } from "../../shared/clock";
import { failure, ok, type Failure } from "../../shared/result";
import { JSON_TEXT, jsonTextProblems, lineTextProblems, type TextErrorCode } from "../../shared/text";
import type { Auth } from "../access/auth";
import { CollectionCase } from "../cases/collection-case.entity";
import { withIdempotency } from "../idempotency/idempotency.service";
import { Invoice } from "../invoices/invoice.entity";
import type { Creditor } from "../parties/creditor.entity";
import type { EnabledPlugin, PluginRegistry } from "../plugins/registry";
import type { PartyWarningCode } from "../register/postal-code.rules";
import { requestCreditor, type RequestCreditor } from "./creditors";
import {
  concurrentUpdate,
  MAX_BATCH,
  pushItemUserErrors,
  pushItemWarnings,
  type ItemFailure,
  type PushFailure,
  type PushItemFailure,
} from "./ingest.errors";

/** What a push needs of its request (the GraphQL resolver and the plugin routes build it alike). */
export interface PushContext {
  em: EntityManager;
  auth: Auth;
  clock: Clock;
  plugins: PluginRegistry;
  /** Run inside every command's transaction after its events are written. */
  sinks: EventSink[];
}

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

/** A push's answer: one result per item (stored and replayed by its idempotency key), or the whole push refused. */
export type PushOutcome<C extends string> =
  { ok: true; results: PushItemResult<C>[] } | { ok: false; failure: PushFailure };

export interface PushInput {
  pluginId: string;
  items: unknown[];
  idempotencyKey?: string | null;
  /** The creditor of the items whose payload does not name one ({ fromRequest: true }). */
  creditorId?: string | null;
}

/** Maps a field of tvist's shape (or of the plugin's payload) to its path inside the item. */
export function fieldMapper<F extends string>(fields: FieldMap<F>, aliases: Record<string, F> = {}) {
  const path = (tvistField: readonly string[] | null): string[] => {
    const key = (tvistField ?? []).join(".");
    return [...((fields as Record<string, readonly string[]>)[aliases[key] ?? key] ?? [])];
  };
  return {
    path,
    payload: (e: PayloadError): Failure<PayloadErrorCode> => failure(e.code, [...e.field], e.message),
    tvist: <C extends string>(e: Failure<C>): Failure<C> => failure(e.code, path(e.field), e.message),
    /** The push's own failure, its field given in tvist's shape. */
    own: <P extends PushItemFailure>(f: P): P => ({ ...f, field: path(f.field) }),
  };
}

/**
 * The text rules for one item (src/shared/text.ts), checked before the database sees it: every string of the payload
 * (no NUL, lone surrogate or control character but tab and line breaks), then every string of the plugin's
 * normalized item as one line of at most 255 characters, at the payload field it came from.
 */
export function itemTextFailures(
  payload: unknown,
  normalized: object | null,
  fields: FieldMap<string>,
): Failure<TextErrorCode>[] {
  const raw = jsonTextProblems(payload, JSON_TEXT, []);
  if (raw.length > 0 || normalized === null) return raw.map((p) => failure(p.code, [...p.field], p.message));
  const map = fields as Record<string, readonly string[]>;
  return lineTextProblems(normalized).map((p) => {
    let key = p.field;
    while (key.length > 0 && !map[key.join(".")]) key = key.slice(0, -1);
    return failure(p.code, [...(map[key.join(".")] ?? [])], p.message);
  });
}

/** The batch-level checks, then the idempotency key, then `run`. */
export async function pushBatch<C extends string>(
  ctx: PushContext,
  operation: PushOperation,
  input: PushInput,
  run: (plugin: EnabledPlugin, fromRequest: RequestCreditor) => Promise<PushItemResult<C>[]>,
): Promise<PushOutcome<C>> {
  const plugin = ctx.plugins.get(input.pluginId);
  if (!plugin)
    return {
      ok: false,
      failure: { code: "UNKNOWN_PLUGIN", field: "pluginId", pluginId: input.pluginId, enabled: ctx.plugins.ids() },
    };
  if (input.items.length > MAX_BATCH)
    return { ok: false, failure: { code: "BATCH_TOO_LARGE", field: "items", count: input.items.length } };
  const fromRequest = await requestCreditor(ctx.em, ctx.auth, input.creditorId);
  if (!fromRequest.ok) return { ok: false, failure: { code: "UNKNOWN_CREDITOR", field: "creditorId" } };
  const request = {
    pluginId: input.pluginId,
    items: input.items,
    ...(input.creditorId == null ? {} : { creditorId: input.creditorId }),
  };
  // The stored response keeps the shape it always had ({ results, userErrors }), so that old keys replay.
  const outcome = await withIdempotency(ctx, operation, input.idempotencyKey, request, async () => ({
    results: await run(plugin, fromRequest.creditor),
    userErrors: [] as never[],
  }));
  return outcome.ok ? { ok: true, results: outcome.response.results } : { ok: false, failure: outcome.failure };
}

export interface Candidate<T, C extends string> {
  index: number;
  externalId: string | null;
  value: T | null;
  /** Problems found without the database. */
  errors: ItemFailure<C>[];
  /** The plugin's warnings about the payload, shown when the item lands. */
  warnings?: Failure<PartyWarningCode>[];
}

export interface Written<C extends string> {
  errors: ItemFailure<C>[];
  /** Ids are read after the commit. */
  record: { id: number } | null;
  case: { id: number } | null;
  created: boolean;
  warnings?: Failure<PartyWarningCode>[];
  /** Payments and credit notes: each part's record and case. */
  parts?: { externalId: string; record: { id: number }; case: { id: number }; created: boolean }[];
}

export type Writer<T, C extends string> = (
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
export async function ingest<T, C extends string>(
  ctx: PushContext,
  candidates: readonly Candidate<T, C>[],
  write: Writer<T, C>,
): Promise<PushItemResult<C>[]> {
  const base = { actor: ctx.auth.keyName, now: ctx.clock.now(), sinks: ctx.sinks };
  const good = candidates.filter((c) => c.errors.length === 0);
  const outcomes = new Map<number, Written<C>>();
  const run = (batch: readonly Candidate<T, C>[]) =>
    runCommand({ ...base, em: ctx.em.fork() }, async (em, rec) => ok(await write(em, rec, batch)));
  const conflict = (): Written<C> => ({
    errors: [concurrentUpdate<C>()],
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
        outcomes.set(c.index, result.ok ? result.value[0]! : conflict());
      } catch (itemErr) {
        if (!isConflict(itemErr)) throw itemErr;
        outcomes.set(c.index, conflict());
      }
    }
  }
  return candidates.map((c) => {
    const done = outcomes.get(c.index);
    return {
      index: c.index,
      externalId: c.externalId,
      recordId: done?.record?.id ?? null,
      caseId: done?.case?.id ?? null,
      created: done?.created ?? false,
      userErrors: pushItemUserErrors(c.index, done ? done.errors : c.errors),
      warnings: pushItemWarnings(c.index, done?.warnings ?? []),
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
}

/** An external id within its creditor: external ids are unique per creditor (and source system), never across creditors. */
export const ownId = (creditor: { id: number }, externalId: string) => `${creditor.id}:${externalId}`;

/** The creditors' invoices of one source system by ownId, each with its case. */
export async function invoicesByExternalId(
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
