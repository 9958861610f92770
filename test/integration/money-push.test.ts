import fs from "node:fs";
import path from "node:path";
import { CreditNotesPushDocument, InvoicesPushDocument, PaymentsPushDocument } from "../generated/graphql";
import { samplePlugin } from "../support/sample-plugin";
import { startTestApp, type TestApp } from "../support/app";
import { createCreditor } from "../support/factories";
import { fixedClock } from "../../src/shared/clock";
import { Scope } from "../../src/modules/access/api-key.entity";

type Json = Record<string, unknown>;

function fixture(plugin: string, file: string): Json {
  return JSON.parse(
    fs.readFileSync(
      plugin === "sample"
        ? path.join(__dirname, "..", "support", "sample-plugin", "fixtures", file)
        : path.join(__dirname, "..", "..", "plugins", plugin, "fixtures", file),
      "utf8",
    ),
  ) as Json;
}

let app: TestApp;
let serial = 0;

const counts = async () => ({
  transactions: await app.count("case_transaction"),
  events: await app.count("case_event"),
  keys: await app.count("idempotency_key"),
});

/** Pushes a fresh sample-plugin invoice of `belop` kroner; returns its external id and case id. */
async function invoice(belop = "1250.50"): Promise<{ id: string; caseId: string }> {
  serial += 1;
  const item = { ...fixture("sample", "invoice-person.json"), id: `inv-${serial}`, fakturanummer: `F${serial}`, belop };
  const data = await app.ok(InvoicesPushDocument, { input: { pluginId: "sample", items: [item] } });
  expect(data.invoicesPush.results[0]!.userErrors).toEqual([]);
  return { id: item.id, caseId: data.invoicesPush.results[0]!.case!.id };
}

function payment(invoiceId: string, change: Json = {}): Json {
  serial += 1;
  return { ...fixture("sample", "payment.json"), id: `pay-${serial}`, fakturaId: invoiceId, ...change };
}

function creditNote(invoiceId: string, change: Json = {}): Json {
  serial += 1;
  return {
    ...fixture("sample", "credit-note.json"),
    id: `kn-${serial}`,
    kreditnotanummer: `K-${serial}`,
    fakturaId: invoiceId,
    ...change,
  };
}

async function pay(items: unknown[], options: { key?: string; idempotencyKey?: string; pluginId?: string } = {}) {
  return (
    await app.ok(
      PaymentsPushDocument,
      { input: { pluginId: options.pluginId ?? "sample", items, idempotencyKey: options.idempotencyKey } },
      options.key,
    )
  ).paymentsPush;
}

async function credit(items: unknown[], key?: string) {
  return (await app.ok(CreditNotesPushDocument, { input: { pluginId: "sample", items } }, key)).creditNotesPush;
}

const at = (i: number, ...field: string[]) => ["input", "items", String(i), ...field];

beforeAll(async () => {
  app = await startTestApp({ plugins: [samplePlugin], clock: fixedClock("2026-11-23T12:00:00Z") });
  await createCreditor(app, { name: "Fjellrev Regnskap AS", orgNumber: "923609016" });
  await createCreditor(app, { name: "Havørn Elektro AS", orgNumber: "916380941" });
});
afterAll(async () => app?.close());

describe("paymentsPush", () => {
  it("registers a payment against the case of the invoice it names, in exact øre", async () => {
    const inv = await invoice();
    const result = await pay([payment(inv.id)]);
    expect(result.userErrors).toEqual([]);
    expect(result.results[0]).toMatchObject({
      index: 0,
      created: true,
      userErrors: [],
      transaction: {
        kind: "PAYMENT",
        amount: 50_025,
        date: "2026-09-20",
        reference: "001023100",
        sourceSystem: "sample",
      },
      case: { id: inv.caseId, status: "ACTIVE", paidAmount: 50_025, outstandingAmount: 75_025 },
    });
  });

  it("is idempotent on (plugin, payment id): a repeat is created false and writes nothing; a changed repeat is refused", async () => {
    const inv = await invoice();
    const item = payment(inv.id);
    const first = await pay([item]);
    const before = await counts();
    const again = await pay([item]);
    expect(again.results[0]).toMatchObject({
      created: false,
      userErrors: [],
      transaction: { id: first.results[0]!.transaction!.id },
      case: { paidAmount: 50_025 },
    });
    expect(await counts()).toEqual(before);
    const changed = await pay([{ ...item, belop: "600.00" }]);
    expect(changed.results[0]!.userErrors.map((e) => [e.code, e.field])).toEqual([["CONFLICTING_REPEAT", at(0, "id")]]);
    expect(changed.results[0]!.userErrors[0]!.message).toContain("500.25 kr on 2026-09-20");
    expect(await counts()).toEqual(before);
  });

  it("lands the good payments of a batch; bad ones get errors at payload paths and write nothing", async () => {
    const inv = await invoice("100.00");
    const before = await counts();
    const result = await pay([
      payment(inv.id, { belop: "10.00" }),
      payment("no-such-invoice"),
      payment(inv.id, { belop: "1.005" }),
      fixture("sample", "payment-invalid.json"),
      payment(inv.id, { leverandor: { organisasjonsnummer: "974760673" } }),
      payment(inv.id, { belop: "90.00" }),
      payment(inv.id, { belop: "5.00" }),
    ]);
    expect(result.results.map((r) => r.userErrors.map((e) => [e.code, e.field]))).toEqual([
      [],
      [["UNKNOWN_INVOICE", at(1, "fakturaId")]],
      [["INVALID_AMOUNT", at(2, "belop")]],
      [
        ["MISSING_FIELD", at(3, "fakturaId")],
        ["INVALID_AMOUNT", at(3, "belop")],
        ["INVALID_DATE", at(3, "betalingsdato")],
      ],
      [["UNKNOWN_CREDITOR", at(4, "leverandor", "organisasjonsnummer")]],
      [],
      [["CASE_CLOSED", at(6, "fakturaId")]],
    ]);
    expect(result.results[5]!.case).toMatchObject({ status: "PAID", paidAmount: 10_000, outstandingAmount: 0 });
    // two payments, their two events and case.paid
    expect(await counts()).toEqual({ ...before, transactions: before.transactions + 2, events: before.events + 3 });
  });

  it("does not match another tenant's invoice, and needs a key that sees the creditor", async () => {
    const inv = await invoice();
    const other = await createCreditor(app, { name: "Annen Kreditor AS" });
    const otherKey = await app.createKey([Scope.WRITE], [other.id]);
    const before = await counts();
    const hidden = await pay([payment(inv.id, { leverandor: { organisasjonsnummer: other.orgNumber } })], {
      key: otherKey,
    });
    expect(hidden.results[0]!.userErrors.map((e) => [e.code, e.field])).toEqual([
      ["UNKNOWN_INVOICE", at(0, "fakturaId")],
    ]);
    const unseen = await pay([payment(inv.id)], { key: otherKey });
    expect(unseen.results[0]!.userErrors.map((e) => [e.code, e.field])).toEqual([
      ["UNKNOWN_CREDITOR", at(0, "leverandor", "organisasjonsnummer")],
    ]);
    expect(await counts()).toEqual(before);
  });

  it("replays with an idempotency key and refuses more than 1000 items", async () => {
    const inv = await invoice();
    const items = [payment(inv.id)];
    const first = await pay(items, { idempotencyKey: "payments-1" });
    const before = await counts();
    expect(await pay(items, { idempotencyKey: "payments-1" })).toEqual(first);
    expect(await counts()).toEqual(before);
    const tooMany = await pay(
      Array.from({ length: 1001 }, () => payment(inv.id)),
      { idempotencyKey: "payments-2" },
    );
    expect(tooMany.userErrors.map((e) => [e.code, e.field])).toEqual([["BATCH_TOO_LARGE", ["input", "items"]]]);
    expect(await counts()).toEqual(before);
  });
});

describe("creditNotesPush", () => {
  it("registers a credit note, refuses one above what is owed, and keeps its id apart from payment ids", async () => {
    const inv = await invoice("1000.00");
    const note = creditNote(inv.id);
    const result = await credit([note]);
    expect(result.results[0]).toMatchObject({
      created: true,
      transaction: { kind: "CREDIT_NOTE", amount: 25_000, reference: note.kreditnotanummer, externalId: note.id },
      case: { creditedAmount: 25_000, outstandingAmount: 75_000 },
    });
    const before = await counts();
    const tooMuch = await credit([creditNote(inv.id, { belop: "750.01" })]);
    expect(tooMuch.results[0]!.userErrors.map((e) => [e.code, e.field])).toEqual([
      ["AMOUNT_EXCEEDS_OUTSTANDING", at(0, "belop")],
    ]);
    expect(await counts()).toEqual(before);
    const samePaymentId = await pay([payment(inv.id, { id: note.id, belop: "1.00" })]);
    expect(samePaymentId.results[0]).toMatchObject({ created: true, userErrors: [] });
    const rest = await credit([creditNote(inv.id, { belop: "749.00" })]);
    expect(rest.results[0]!.case).toMatchObject({ status: "CREDITED", outstandingAmount: 0 });
  });

  it("reports the invalid credit note fixture at its paths", async () => {
    const result = await credit([fixture("sample", "credit-note-invalid.json")]);
    expect(result.results[0]!.userErrors.map((e) => [e.code, e.field])).toEqual([
      ["INVALID_AMOUNT", at(0, "belop")],
      ["MISSING_FIELD", at(0, "leverandor")],
    ]);
  });
});
