import type { EntityManager } from "@mikro-orm/postgresql";
import type { CreditorRef, FieldMap, InvoiceRef, PayloadError, PaymentField } from "@tvist/plugin-sdk";
import { failure, type Failure } from "../../../shared/result";
import { amountOutOfRange } from "../../../shared/money";
import type { Auth } from "../../access/auth";
import { afterMoney, moneyProblems, registerMoney, type MoneyState } from "../../cases/case.service";
import { caseUserErrors, type CaseErrorCode } from "../../cases/case.errors";
import { CollectionCase } from "../../cases/collection-case.entity";
import { CaseTransaction, MoneyKind } from "../../cases/money.entities";
import type { Invoice } from "../../invoices/invoice.entity";
import type { Creditor } from "../../parties/creditor.entity";
import { isValidOrgNumber } from "../../parties/identifiers.rules";
import type { EnabledPlugin } from "../../plugins/registry";
import { CreditorBook, type RequestCreditor } from "../creditors";
import type { ItemFailure, MoneyPushItemErrorCode, MoneyWhat } from "../ingest.errors";
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

const moneyWhat = (kind: MoneyKind): MoneyWhat => (kind === MoneyKind.PAYMENT ? "payment" : "credit note");

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
    const map = fieldMapper(moneyFields(plugin, kind));
    return {
      index,
      externalId: parsed.externalId,
      value: null,
      errors: [...itemTextFailures(payload, null, moneyFields(plugin, kind)), ...parsed.errors.map(map.payload)],
    };
  }
  const text = parsed.parts.flatMap((part) => {
    const { paths: _paths, ...shape } = part;
    return itemTextFailures(payload, shape, moneyFields(plugin, kind, part));
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
      errors: [{ code: "MISSING_FIELD", field: [], what: moneyWhat(kind) }],
    };
  }
  const errors: ItemFailure<MoneyPushItemErrorCode>[] = [];
  const ids = new Set<string>();
  for (const part of parsed.parts) {
    const map = fieldMapper(moneyFields(plugin, kind, part));
    if ("orgNumber" in part.creditor && !isValidOrgNumber(part.creditor.orgNumber))
      errors.push(
        map.own({
          code: "INVALID_ORG_NUMBER",
          field: ["creditor"],
          orgNumber: part.creditor.orgNumber,
          party: "creditor",
        }),
      );
    if (ids.has(part.externalId))
      errors.push(
        map.own({
          code: "CONFLICTING_REPEAT",
          field: ["externalId"],
          externalId: part.externalId,
          what: moneyWhat(kind),
          earlier: null,
        }),
      );
    ids.add(part.externalId);
    if (!Number.isSafeInteger(part.amount) || part.amount <= 0)
      errors.push(map.own({ code: "INVALID_AMOUNT", field: ["amount"] }));
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
  const what = moneyWhat(kind);
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
      const errors: ItemFailure<MoneyPushItemErrorCode>[] = [];
      const done: PartDone[] = [];
      const states = new Map<number, MoneyState>();
      for (const part of candidate.value!) {
        const map = fieldMapper(moneyFields(plugin, kind, part), { caseId: "invoice" });
        const found = creditors.find(part.creditor);
        if (!found.ok) {
          errors.push(map.own(found.error));
          continue;
        }
        const creditor = found.creditor;
        const c = cases.find(creditor, part.invoice);
        if (!c) {
          errors.push(
            map.own({ code: "UNKNOWN_INVOICE", field: ["invoice"], ref: part.invoice, sourceSystem: plugin.id, what }),
          );
          continue;
        }
        const earlier = seen.get(ownId(creditor, part.externalId));
        if (earlier) {
          if (earlier.case.id === c.id && earlier.amount === part.amount && earlier.date === part.date)
            done.push({ part, earlier, case: c });
          else {
            errors.push(
              map.own({
                code: "CONFLICTING_REPEAT",
                field: ["externalId"],
                externalId: part.externalId,
                what,
                earlier: { amount: earlier.amount, date: earlier.date },
              }),
            );
          }
          continue;
        }
        const state = states.get(c.id) ?? c;
        const problems = moneyProblems(state, kind, part.amount, part.date);
        if (problems.length > 0) {
          errors.push(...caseUserErrors(problems).map(moneyFailure).map(map.tvist));
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
  ctx: PushContext,
  kind: MoneyKind,
  input: PushInput,
): Promise<PushOutcome<MoneyPushItemErrorCode>> {
  return pushBatch(
    ctx,
    kind === MoneyKind.PAYMENT ? "paymentsPush" : "creditNotesPush",
    input,
    (plugin, fromRequest) => {
      const candidates = input.items.map((payload, index) => prepareMoney(plugin, kind, payload, index));
      return ingest(ctx, candidates, moneyWriter(ctx.auth, plugin, kind, fromRequest));
    },
  );
}
