import fs from "node:fs";
import path from "node:path";
import {
  KraviaCaseMoneyDocument,
  KraviaCreditNotesPushDocument,
  KraviaCreditorIdSetDocument,
  KraviaInvoicesPushDocument,
  KraviaPaymentsPushDocument,
  type KraviaInvoicesPushMutation,
} from "../generated/graphql";
import { startTestApp, type TestApp } from "../support/app";
import { createCreditor } from "../support/factories";
import { fixedClock } from "../../src/shared/clock";
import { toGlobalId } from "../../src/shared/global-id";
import { Scope } from "../../src/modules/access/api-key.entity";
import type { Creditor } from "../../src/modules/parties/creditor.entity";

type Json = Record<string, unknown>;
type InvoiceResult = KraviaInvoicesPushMutation["invoicesPush"]["results"][number];

/** A body from plugins/kravia/fixtures (Kravia's documented samples), with `change` applied to a copy. */
function body(file: string, change: (p: Json) => void = () => undefined): Json {
  const payload = JSON.parse(
    fs.readFileSync(path.join(__dirname, "..", "..", "plugins", "kravia", "fixtures", file), "utf8"),
  ) as Json;
  change(payload);
  return payload;
}

let app: TestApp;
let creditor: Creditor;
/** An API key bound to the Kravia creditor alone: bodies that name no creditor are for it. */
let ownKey: string;
let serial = 0;

const at = (i: number, ...field: string[]) => ["input", "items", String(i), ...field];
const errorsOf = (r: { userErrors: { code: string; field?: string[] | null }[] }) =>
  r.userErrors.map((e) => ({ code: e.code, field: e.field }));

const counts = async () => ({
  invoices: await app.count("invoice"),
  cases: await app.count("collection_case"),
  debtors: await app.count("debtor"),
  transactions: await app.count("case_transaction"),
  events: await app.count("case_event"),
  deliveries: await app.count("webhook_delivery"),
});

async function pushInvoices(items: unknown[], key?: string) {
  return (await app.ok(KraviaInvoicesPushDocument, { input: { pluginId: "kravia", items } }, key)).invoicesPush;
}
async function pushPayments(items: unknown[], key = ownKey) {
  return (await app.ok(KraviaPaymentsPushDocument, { input: { pluginId: "kravia", items } }, key)).paymentsPush;
}
async function pushCreditNotes(items: unknown[], key = ownKey) {
  return (await app.ok(KraviaCreditNotesPushDocument, { input: { pluginId: "kravia", items } }, key)).creditNotesPush;
}

/** A fresh register body (CollectionCase sample) for `kroner`; returns its case's number and id. */
async function registered(kroner: number): Promise<{ caseNumber: number; caseId: string }> {
  serial += 1;
  const item = body("invoice-collection-case.json", (p) => {
    p.accountingInvoiceId = `kf-${serial}`;
    p.invoiceNo = `K${serial}`;
    p.originalAmount = kroner;
  });
  const result = (await pushInvoices([item])).results[0]!;
  expect(result.userErrors).toEqual([]);
  return { caseNumber: result.case!.caseNumber, caseId: result.case!.id };
}

beforeAll(async () => {
  app = await startTestApp({ clock: fixedClock("2026-11-23T12:00:00Z") });
  creditor = await createCreditor(app, { name: "Havørn Elektro AS" });
  await createCreditor(app, { name: "Annen Kreditor AS" });
  const mapped = await app.ok(KraviaCreditorIdSetDocument, {
    input: { creditorId: toGlobalId("Creditor", creditor.id), sourceSystem: "kravia", externalId: "10759" },
  });
  expect(mapped.creditorExternalIdSet.userErrors).toEqual([]);
  ownKey = await app.createKey([Scope.READ, Scope.WRITE], [creditor.id], "kravia integration");
});
afterAll(async () => app?.close());

describe("Kravia's documented register bodies through invoicesPush", () => {
  let results: InvoiceResult[];

  beforeAll(async () => {
    results = (await pushInvoices([body("invoice-collection-case.json"), body("invoice-invoice.json")])).results;
  });

  it("land unchanged as claims with exact øre, dates, debtor kind, kommune 0301 from postcode 0154 and Oslo's forliksråd", () => {
    expect(results.map((r) => [r.index, r.externalId, r.created, r.userErrors])).toEqual([
      [0, "48213", true, []],
      [1, "48214", true, []],
    ]);
    expect(results.map((r) => r.invoice)).toEqual([
      {
        invoiceNumber: "20417",
        sourceSystem: "kravia",
        externalId: "48213",
        amount: 1_250_000,
        currency: "NOK",
        kid: null,
        issueDate: "2025-03-03",
        dueDate: "2025-03-17",
        debtor: {
          name: "Testkunde Nord AS",
          kind: "ORGANISATION",
          orgNumber: "923609016",
          birthDate: null,
          address: { street: "Karl Johans gate 22", postalCode: "0154", city: "Oslo", country: "NO" },
          municipality: { code: "0301" },
        },
      },
      {
        invoiceNumber: "20418",
        sourceSystem: "kravia",
        externalId: "48214",
        amount: 250_000,
        currency: "NOK",
        kid: null,
        issueDate: "2025-04-01",
        dueDate: "2025-04-15",
        debtor: {
          name: "Kari Nordmann",
          kind: "PERSON",
          orgNumber: null,
          birthDate: null,
          address: { street: "Karl Johans gate 22", postalCode: "0154", city: "Oslo", country: "NO" },
          municipality: { code: "0301" },
        },
      },
    ]);
    for (const [i, amount] of [1_250_000, 250_000].entries()) {
      expect(results[i]!.case).toMatchObject({
        status: "ACTIVE",
        principalAmount: amount,
        outstandingAmount: amount,
        conciliationVenue: {
          kommune: { code: "0301" },
          board: { name: "Oslo - Oslove forliksråd" },
          needsCheck: false,
        },
      });
      expect(results[i]!.case!.caseNumber).toBeGreaterThanOrEqual(100_000_000);
      expect(results[i]!.case!.caseNumber).toBeLessThanOrEqual(999_999_999);
    }
  });

  it("answer claimType Invoice with a warning that tvist neither prints nor sends the invoice; CollectionCase without", () => {
    expect(results[0]!.warnings).toEqual([]);
    expect(results[1]!.warnings).toEqual([
      {
        code: "INVOICE_NOT_DISTRIBUTED",
        field: at(1, "claimType"),
        message: expect.stringContaining("neither prints nor sends"),
      },
    ]);
  });

  it("a repeated body updates, never duplicates", async () => {
    const before = await counts();
    const again = await pushInvoices([body("invoice-collection-case.json")]);
    expect(again.results[0]).toMatchObject({
      created: false,
      userErrors: [],
      case: { caseNumber: results[0]!.case!.caseNumber },
    });
    expect(await counts()).toEqual(before);
  });

  it("reads a body in another casing, and points tvist's own checks at the payload's spelling", async () => {
    const pascal = body("invoice-other-casing.json", (p) => (p.InvoiceNo = "20499"));
    const landed = await pushInvoices([pascal]);
    expect(landed.results[0]).toMatchObject({
      created: true,
      userErrors: [],
      externalId: "invoiceNo:20499",
      invoice: {
        amount: 125_050,
        issueDate: "2025-03-05",
        debtor: { kind: "PERSON", birthDate: "1980-01-01", municipality: { code: "0301" } },
      },
    });
    const before = await counts();
    const bad = await pushInvoices([
      body("invoice-other-casing.json", (p) => {
        p.IsPrivateIndividual = "false";
        p.OrganizationNumber = "923609017";
        (p.PostalAddress as Json).AddressPostalCode = "0000";
      }),
    ]);
    expect(errorsOf(bad.results[0]!)).toEqual([{ code: "INVALID_ORG_NUMBER", field: at(0, "OrganizationNumber") }]);
    const postcode = await pushInvoices([
      body("invoice-other-casing.json", (p) => ((p.PostalAddress as Json).AddressPostalCode = "0000")),
    ]);
    expect(errorsOf(postcode.results[0]!)).toEqual([{ code: "UNKNOWN_POSTAL_CODE", field: at(0, "PostalAddress") }]);
    expect(await counts()).toEqual(before);
  });
});

describe("bad Kravia bodies", () => {
  it("get every problem at its path in Kravia's terms, and nothing is written", async () => {
    const before = await counts();
    const result = await pushInvoices([
      body("invoice-invalid.json"),
      body("invoice-credit-note.json"),
      body("invoice-case-twins.json"),
      body("invoice-collection-case.json", (p) => (p.creditorId = 99999)),
    ]);
    expect(result.results.map(errorsOf)).toEqual([
      [
        { code: "INVALID_FORMAT", field: at(0, "creditorId") },
        { code: "INVALID_DATE", field: at(0, "invoiceDate") },
        { code: "INVALID_AMOUNT", field: at(0, "originalAmount") },
        { code: "INVALID_FORMAT", field: at(0, "isPrivateIndividual") },
        { code: "INVALID_FORMAT", field: at(0, "postalAddress", "addressPostalCode") },
      ],
      [{ code: "UNSUPPORTED_VALUE", field: at(1, "claimType") }],
      [{ code: "INVALID_FORMAT", field: at(2, "DebtorName") }],
      [{ code: "UNKNOWN_CREDITOR", field: at(3, "creditorId") }],
    ]);
    expect(result.results[1]!.userErrors[0]!.message).toContain("creditNotesPush");
    expect(result.results[3]!.userErrors[0]!.message).toContain("creditorExternalIdSet");
    expect(await counts()).toEqual(before);

    const payments = await pushPayments([body("payment-invalid.json"), body("payment-invalid-parts.json")]);
    expect(payments.results.map(errorsOf)).toEqual([
      [{ code: "INVALID_AMOUNT", field: at(0, "amount") }],
      [
        { code: "INVALID_DATE", field: at(1, "date") },
        { code: "MISSING_FIELD", field: at(1, "invoices", "0", "invoiceId") },
        { code: "INVALID_AMOUNT", field: at(1, "invoices", "1", "amount") },
      ],
    ]);
    expect(payments.results[0]!.userErrors[0]!.message).toMatch(/3000\.00 kr.*2500\.00 kr/);
    const notes = await pushCreditNotes([body("credit-note-positive.json")]);
    expect(notes.results.map(errorsOf)).toEqual([
      [
        { code: "INVALID_AMOUNT", field: at(0, "Amount") },
        { code: "INVALID_AMOUNT", field: at(0, "Invoices", "0", "Amount") },
      ],
    ]);
    expect(await counts()).toEqual(before);
  });
});

describe("Kravia's documented payment and credit-note bodies", () => {
  it("land on the case named by its case number, in øre, on their dates, once", async () => {
    const { caseNumber } = await registered(12500);
    const payment = body("payment.json", (p) => ((p.invoices as Json[])[0]!.invoiceId = caseNumber));
    const paid = await pushPayments([payment]);
    expect(paid.results[0]).toMatchObject({
      created: true,
      userErrors: [],
      externalId: `pay-99120:${caseNumber}`,
      transaction: {
        kind: "PAYMENT",
        amount: 500_000,
        date: "2025-03-20",
        reference: "Innbetaling direkte til kreditor, faktura 20417",
        sourceSystem: "kravia",
        externalId: `pay-99120:${caseNumber}`,
      },
      case: { caseNumber, paidAmount: 500_000, outstandingAmount: 750_000 },
    });
    const note = body("credit-note.json", (p) => ((p.Invoices as Json[])[0]!.InvoiceId = caseNumber));
    const credited = await pushCreditNotes([note]);
    expect(credited.results[0]).toMatchObject({
      created: true,
      userErrors: [],
      transaction: {
        kind: "CREDIT_NOTE",
        amount: 250_000,
        date: "2025-03-21",
        reference: "cn-20419",
        externalId: `cn-20419:${caseNumber}`,
      },
      case: { caseNumber, creditedAmount: 250_000, outstandingAmount: 500_000 },
    });

    const before = await counts();
    expect((await pushPayments([payment])).results[0]).toMatchObject({ created: false, userErrors: [] });
    expect((await pushCreditNotes([note])).results[0]).toMatchObject({ created: false, userErrors: [] });
    expect(await counts()).toEqual(before);
  });

  it("a key that sees several creditors names the creditor with input.creditorId", async () => {
    const { caseNumber } = await registered(100);
    const payment = body("payment.json", (p) => {
      p.AccountingPaymentId = "pay-admin";
      p.amount = 100;
      p.invoices = [{ invoiceId: caseNumber, amount: 100 }];
    });
    const before = await counts();
    const unnamed = await pushPayments([payment], app.adminKey);
    expect(errorsOf(unnamed.results[0]!)).toEqual([{ code: "UNKNOWN_CREDITOR", field: at(0) }]);
    expect(unnamed.results[0]!.userErrors[0]!.message).toContain("input.creditorId");
    expect(await counts()).toEqual(before);
    const named = await app.ok(
      KraviaPaymentsPushDocument,
      { input: { pluginId: "kravia", creditorId: toGlobalId("Creditor", creditor.id), items: [payment] } },
      app.adminKey,
    );
    expect(named.paymentsPush.results[0]).toMatchObject({
      created: true,
      userErrors: [],
      case: { caseNumber, outstandingAmount: 0 },
    });
  });

  it("one payment or credit note over two invoices lands on each case, all or nothing", async () => {
    const a = await registered(5000);
    const b = await registered(1500);
    const split = body("payment-split.json", (p) => {
      p.AccountingPaymentId = "split-1000";
      p.invoices = [
        { invoiceId: a.caseNumber, amount: 2000 },
        { invoiceId: b.caseNumber, amount: 1000 },
      ];
    });

    const before = await counts();
    const overCredit = body("credit-note.json", (p) => {
      p.AccountingPaymentId = "cn-over";
      p.Amount = -3500.01;
      p.Invoices = [
        { InvoiceId: a.caseNumber, Amount: -2000 },
        { InvoiceId: b.caseNumber, Amount: -1500.01 },
      ];
    });
    const over = await pushCreditNotes([overCredit]);
    expect(errorsOf(over.results[0]!)).toEqual([
      { code: "AMOUNT_EXCEEDS_OUTSTANDING", field: at(0, "Invoices", "1", "Amount") },
    ]);
    const unknown = await pushPayments([
      body(
        "payment.json",
        (p) =>
          (p.invoices = [
            { invoiceId: a.caseNumber, amount: 2500 },
            { invoiceId: 100, amount: 2500 },
          ]),
      ),
    ]);
    expect(errorsOf(unknown.results[0]!)).toEqual([
      { code: "UNKNOWN_INVOICE", field: at(0, "invoices", "1", "invoiceId") },
    ]);
    expect(await counts()).toEqual(before);

    const landed = await pushPayments([split]);
    expect(landed.results[0]!.userErrors).toEqual([]);
    expect(landed.results[0]!.parts).toEqual([
      {
        externalId: `split-1000:${a.caseNumber}`,
        created: true,
        transaction: { amount: 200_000, date: "2025-03-24" },
        case: { caseNumber: a.caseNumber, outstandingAmount: 300_000 },
      },
      {
        externalId: `split-1000:${b.caseNumber}`,
        created: true,
        transaction: { amount: 100_000, date: "2025-03-24" },
        case: { caseNumber: b.caseNumber, outstandingAmount: 50_000 },
      },
    ]);
    expect(over.results[0]!.parts).toEqual([]);
    const money = async (id: string) => (await app.ok(KraviaCaseMoneyDocument, { id })).case;
    expect(await money(a.caseId)).toMatchObject({ paidAmount: 200_000, outstandingAmount: 300_000 });
    expect(await money(b.caseId)).toMatchObject({ paidAmount: 100_000, outstandingAmount: 50_000 });
    const rows = await app.sql<{ external_id: string; amount: string }>(
      "select external_id, amount from case_transaction where external_id like 'split-1000:%' order by amount desc",
    );
    expect(rows.map((r) => [r.external_id, Number(r.amount)])).toEqual([
      [`split-1000:${a.caseNumber}`, 200_000],
      [`split-1000:${b.caseNumber}`, 100_000],
    ]);
  });
});
