import fs from "node:fs";
import path from "node:path";
import {
  CaseVenueDocument,
  CreditNotesPushDocument,
  CreditorExternalIdSetDocument,
  InvoicesPushDocument,
  PaymentsPushDocument,
  PaymentsPushPartsDocument,
} from "../generated/graphql";
import { startTestApp, type TestApp } from "../support/app";
import { createCreditor } from "../support/factories";
import { fixedClock } from "../../src/shared/clock";
import { toGlobalId } from "../../src/shared/global-id";
import { Scope } from "../../src/modules/access/api-key.entity";

/** Conta's documented samples pushed unchanged through GraphQL, each by a key that sees one creditor (Conta's bodies name none). */
type Json = Record<string, unknown>;

const fixture = (file: string): Json =>
  JSON.parse(fs.readFileSync(path.join(__dirname, "..", "..", "plugins", "conta", "fixtures", file), "utf8")) as Json;

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ clock: fixedClock("2026-11-23T12:00:00Z") });
});
afterAll(async () => app?.close());

/** A creditor of its own and a write key that sees only it. */
async function organisation(): Promise<{ key: string; creditorId: number }> {
  const creditor = await createCreditor(app);
  return {
    key: await app.createKey([Scope.WRITE, Scope.READ], [creditor.id], "conta integration"),
    creditorId: creditor.id,
  };
}

const counts = async () => ({
  invoices: await app.count("invoice"),
  cases: await app.count("collection_case"),
  events: await app.count("case_event"),
  debtors: await app.count("debtor"),
  transactions: await app.count("case_transaction"),
  deliveries: await app.count("webhook_delivery"),
});

async function pushInvoices(key: string, items: unknown[]) {
  return (await app.ok(InvoicesPushDocument, { input: { pluginId: "conta", items } }, key)).invoicesPush;
}
async function pushPayments(key: string, items: unknown[]) {
  return (await app.ok(PaymentsPushDocument, { input: { pluginId: "conta", items } }, key)).paymentsPush;
}
async function pushCreditNotes(key: string, items: unknown[]) {
  return (await app.ok(CreditNotesPushDocument, { input: { pluginId: "conta", items } }, key)).creditNotesPush;
}
const at = (index: number, ...field: string[]) => ["input", "items", String(index), ...field];

describe("invoicesPush with Conta's documented invoice and customer", () => {
  it.each([
    [
      "invoice-organisation.json",
      { name: "Testkunde Nord AS", kind: "ORGANISATION", orgNumber: "914778271", birthDate: null },
    ],
    ["invoice-person.json", { name: "Testkunde Nord AS", kind: "PERSON", orgNumber: null, birthDate: "1985-06-15" }],
    [
      "invoice-list-item.json",
      { name: "Testkunde Nord AS", kind: "ORGANISATION", orgNumber: "914778271", birthDate: null },
    ],
  ])(
    "%s lands unchanged: 12 500.00 kr incl. VAT in øre, Conta's dates and KID, the debtor's kind, kommune 0301 from postcode 0154 and its forliksråd",
    async (file, debtor) => {
      const { key } = await organisation();
      const before = await counts();
      const result = await pushInvoices(key, [fixture(file)]);
      expect(result.userErrors).toEqual([]);
      const [r] = result.results;
      expect(r).toMatchObject({ index: 0, externalId: "883120", created: true, userErrors: [] });
      expect(r!.invoice).toMatchObject({
        invoiceNumber: "20417",
        sourceSystem: "conta",
        externalId: "883120",
        amount: 1_250_000,
        currency: "NOK",
        kid: "00020032",
        issueDate: "2025-03-03",
        dueDate: "2025-03-17",
        debtor,
      });
      expect(r!.case).toMatchObject({ status: "ACTIVE", principalAmount: 1_250_000, outstandingAmount: 1_250_000 });
      const venue = (await app.ok(CaseVenueDocument, { id: r!.case!.id }, key)).case!.conciliationVenue;
      expect(venue).toMatchObject({
        kommune: { code: "0301", name: "Oslo - Oslove" },
        board: { name: "Oslo - Oslove forliksråd" },
        needsCheck: false,
      });
      const [row] = await app.sql<{ street: string; postal_code: string; city: string; country: string }>(
        `select d.address_street as street, d.address_postal_code as postal_code, d.address_city as city, d.address_country as country from invoice i join debtor d on d.id = i.debtor_id where i.id = ?`,
        [Number(Buffer.from(r!.invoice!.id, "base64url").toString().split(":")[1])],
      );
      expect(row).toEqual({ street: "Karl Johans gate 22", postal_code: "0154", city: "Oslo", country: "NO" });
      expect(await counts()).toEqual({
        ...before,
        invoices: before.invoices + 1,
        cases: before.cases + 1,
        events: before.events + 1,
        debtors: before.debtors + 1,
      });

      const again = await pushInvoices(key, [fixture(file)]);
      expect(again.results[0]).toMatchObject({ created: false, userErrors: [] });
      expect(await counts()).toEqual({
        ...before,
        invoices: before.invoices + 1,
        cases: before.cases + 1,
        events: before.events + 1,
        debtors: before.debtors + 1,
      });
    },
  );

  it("a later sumRemaining updates the claim; the customer's address decides the kommune", async () => {
    const { key } = await organisation();
    const sample = fixture("invoice-organisation.json");
    await pushInvoices(key, [sample]);
    const changed = { ...sample, invoice: { ...(sample.invoice as Json), sumRemaining: 7500.5 } };
    const updated = await pushInvoices(key, [changed]);
    expect(updated.results[0]).toMatchObject({
      created: false,
      invoice: { amount: 750_050 },
      case: { principalAmount: 750_050 },
    });

    const bergen = {
      invoice: { ...(sample.invoice as Json), id: 883121, invoiceNo: 20418 },
      customer: {
        ...(sample.customer as Json),
        name: "Siri Fjell",
        customerType: "INDIVIDUAL",
        dateOfBirth: "1990-01-02",
        customerAddressLine1: "Bryggen 3",
        customerAddressPostcode: "5003",
        customerAddressCity: "Bergen",
      },
    };
    const placed = await pushInvoices(key, [bergen]);
    const venue = (await app.ok(CaseVenueDocument, { id: placed.results[0]!.case!.id }, key)).case!.conciliationVenue;
    expect(venue).toMatchObject({ kommune: { code: "4601" }, board: { name: "Bergen forliksråd" } });
  });

  it("bad items get every problem at its path in Conta's terms and write nothing; the good item beside them lands", async () => {
    const { key } = await organisation();
    const before = await counts();
    const items = [
      fixture("invoice-invalid-fields.json"),
      fixture("invoice-organisation.json"),
      fixture("invoice-invalid-credit.json"),
      fixture("invoice-invalid-paid.json"),
      fixture("invoice-invalid-abroad.json"),
      fixture("invoice-invalid-list-page.json"),
    ];
    const result = await pushInvoices(key, items);
    expect(result.userErrors).toEqual([]);
    const sorted = (errs: { code: string; field?: string[] | null }[]) =>
      errs.map((e) => [e.code, e.field]).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
    expect(result.results.map((r) => r.created)).toEqual([false, true, false, false, false, false]);
    expect(sorted(result.results[0]!.userErrors)).toEqual(
      sorted([
        { code: "INVALID_FORMAT", field: at(0, "invoice", "id") },
        { code: "MISSING_FIELD", field: at(0, "invoice", "invoiceNo") },
        { code: "INVALID_DATE", field: at(0, "invoice", "invoiceDate") },
        { code: "MISSING_FIELD", field: at(0, "invoice", "invoiceDueDate") },
        { code: "INVALID_AMOUNT", field: at(0, "invoice", "sumTotal") },
        { code: "INVALID_FORMAT", field: at(0, "invoice", "invoiceCurrency") },
        { code: "INVALID_FORMAT", field: at(0, "invoice", "kid") },
        { code: "INVALID_FORMAT", field: at(0, "invoice", "customerId") },
        { code: "MISSING_FIELD", field: at(0, "customer", "name") },
        { code: "UNSUPPORTED_VALUE", field: at(0, "customer", "customerType") },
        { code: "INVALID_FORMAT", field: at(0, "customer", "customerAddressPostcode") },
      ]),
    );
    expect(
      result.results[0]!.userErrors.find((e) => e.field?.join(".") === at(0, "invoice", "id").join("."))!.message,
    ).toContain("string of digits");
    expect(result.results.slice(2).map((r) => r.userErrors.map((e) => [e.code, e.field]))).toEqual([
      [["UNSUPPORTED_VALUE", at(2, "invoice", "type")]],
      [["INVALID_AMOUNT", at(3, "invoice", "sumRemaining")]],
      [
        ["INVALID_FORMAT", at(4, "customer", "orgNo")],
        ["UNSUPPORTED_VALUE", at(4, "customer", "customerAddressCountry")],
      ],
      [["INVALID_FORMAT", at(5)]],
    ]);
    expect(await counts()).toEqual({
      ...before,
      invoices: before.invoices + 1,
      cases: before.cases + 1,
      events: before.events + 1,
      debtors: before.debtors + 1,
    });
  });

  it("tvist's own checks point into Conta's fields: a postcode not in the register is UNKNOWN_POSTAL_CODE at customerAddressPostcode", async () => {
    const { key } = await organisation();
    const sample = fixture("invoice-organisation.json");
    const before = await counts();
    const result = await pushInvoices(key, [
      { ...sample, customer: { ...(sample.customer as Json), customerAddressPostcode: "0000" } },
    ]);
    expect(result.results[0]!.userErrors.map((e) => [e.code, e.field])).toEqual([
      ["UNKNOWN_POSTAL_CODE", at(0, "customer", "customerAddressPostcode")],
    ]);
    expect(await counts()).toEqual(before);
  });
});

describe("paymentsPush and creditNotesPush with Conta's payment and credit note", () => {
  it("the documented POST body (5 000.00 kr) and a payment model (2 500.50 kr) reduce the case in øre; a repeat is a no-op", async () => {
    const { key } = await organisation();
    await pushInvoices(key, [fixture("invoice-organisation.json")]);
    const before = await counts();
    const result = await pushPayments(key, [fixture("payment-input.json"), fixture("payment-model.json")]);
    expect(result.userErrors).toEqual([]);
    expect(result.results.map((r) => [r.created, r.userErrors])).toEqual([
      [true, []],
      [true, []],
    ]);
    expect(result.results[0]!.transaction).toMatchObject({
      kind: "PAYMENT",
      amount: 500_000,
      date: "2025-03-20",
      reference: "Delbetaling faktura 20417",
      sourceSystem: "conta",
      externalId: "55012:883120",
    });
    expect(result.results[1]!.transaction).toMatchObject({
      kind: "PAYMENT",
      amount: 250_050,
      date: "2025-03-24",
      externalId: "55013:883120",
    });
    expect(result.results[1]!.case).toMatchObject({ paidAmount: 750_050, outstandingAmount: 499_950 });
    expect(await counts()).toEqual({ ...before, transactions: before.transactions + 2, events: before.events + 2 });

    const again = await pushPayments(key, [fixture("payment-input.json"), fixture("payment-model.json")]);
    expect(again.results.map((r) => r.created)).toEqual([false, false]);
    expect(await counts()).toEqual({ ...before, transactions: before.transactions + 2, events: before.events + 2 });
  });

  it("bad payments get every problem at its path and write nothing; a payment for an invoice tvist does not have is UNKNOWN_INVOICE at invoiceId", async () => {
    const { key } = await organisation();
    await pushInvoices(key, [fixture("invoice-organisation.json")]);
    const before = await counts();
    const unknown = { ...fixture("payment-input.json"), invoiceId: 883199 };
    const result = await pushPayments(key, [
      fixture("payment-invalid.json"),
      fixture("payment-model-invalid.json"),
      unknown,
    ]);
    expect(result.results.map((r) => r.userErrors.map((e) => [e.code, e.field]))).toEqual([
      [
        ["INVALID_FORMAT", at(0, "invoiceId")],
        ["MISSING_FIELD", at(0, "paymentId")],
        ["INVALID_AMOUNT", at(0, "payment", "amount")],
        ["INVALID_DATE", at(0, "payment", "date")],
        ["UNSUPPORTED_VALUE", at(0, "payment", "returnPaymentDate")],
      ],
      [
        ["UNSUPPORTED_VALUE", at(1, "payment", "paymentType")],
        ["INVALID_AMOUNT", at(1, "payment", "partialPayments", "0", "amount")],
        ["MISSING_FIELD", at(1, "payment", "partialPayments", "1", "invoiceId")],
        ["INVALID_DATE", at(1, "payment", "partialPayments", "1", "date")],
        ["INVALID_FORMAT", at(1, "payment", "partialPayments", "1", "paymentId")],
      ],
      [["UNKNOWN_INVOICE", at(2, "invoiceId")]],
    ]);
    expect(await counts()).toEqual(before);
  });

  it("Conta's credit note of the whole invoice (its CREDIT invoice, sumTotal −12 500.00) credits the case in full", async () => {
    const { key } = await organisation();
    await pushInvoices(key, [fixture("invoice-organisation.json")]);
    const before = await counts();
    const result = await pushCreditNotes(key, [fixture("credit-note.json")]);
    expect(result.results[0]).toMatchObject({
      created: true,
      userErrors: [],
      transaction: {
        kind: "CREDIT_NOTE",
        amount: 1_250_000,
        date: "2025-03-28",
        reference: "20431",
        externalId: "883160",
      },
      case: { status: "CREDITED", creditedAmount: 1_250_000, outstandingAmount: 0 },
    });
    const events = await app.sql<{ type: string }>(
      "select type from case_event where case_id = (select case_id from case_transaction where external_id = '883160') order by sequence",
    );
    expect(events.map((e) => e.type)).toEqual(["invoice.received", "credit_note.registered", "case.credited"]);
    expect(await counts()).toEqual({ ...before, transactions: before.transactions + 1, events: before.events + 2 });
    const bad = await pushCreditNotes(key, [fixture("credit-note-invalid.json")]);
    expect(bad.results[0]!.userErrors.map((e) => [e.code, e.field])).toEqual([
      ["INVALID_FORMAT", at(0, "opContextOrgId")],
      ["UNSUPPORTED_VALUE", at(0, "creditNote", "type")],
      ["MISSING_FIELD", at(0, "creditNote", "creditedInvoiceId")],
      ["INVALID_AMOUNT", at(0, "creditNote", "sumTotal")],
    ]);
    expect(await counts()).toEqual({ ...before, transactions: before.transactions + 1, events: before.events + 2 });
  });
});

describe("which creditor a Conta item is for", () => {
  it("a key that sees several creditors names one with input.creditorId; without it the item is UNKNOWN_CREDITOR and nothing is written", async () => {
    const a = await createCreditor(app);
    const b = await createCreditor(app);
    const key = await app.createKey([Scope.WRITE], [a.id, b.id], "two organisations");
    const before = await counts();
    const unnamed = (
      await app.ok(
        InvoicesPushDocument,
        { input: { pluginId: "conta", items: [fixture("invoice-organisation.json")] } },
        key,
      )
    ).invoicesPush;
    expect(unnamed.results[0]!.userErrors.map((e) => e.code)).toEqual(["UNKNOWN_CREDITOR"]);
    expect(unnamed.results[0]!.userErrors[0]!.message).toContain("input.creditorId");
    expect(await counts()).toEqual(before);

    const named = (
      await app.ok(
        InvoicesPushDocument,
        {
          input: {
            pluginId: "conta",
            creditorId: toGlobalId("Creditor", b.id),
            items: [fixture("invoice-organisation.json")],
          },
        },
        key,
      )
    ).invoicesPush;
    expect(named.results[0]).toMatchObject({ created: true, userErrors: [] });
    expect(
      await app.sql<{ creditor_id: string }>(
        "select creditor_id::text from invoice where source_system = 'conta' and external_id = '883120' and creditor_id in (?, ?)",
        [a.id, b.id],
      ),
    ).toEqual([{ creditor_id: String(b.id) }]);
  });

  it("opContextOrgId (tvist's wrapper field) names the creditor by its Conta organisation id, once creditorExternalIdSet stored it", async () => {
    const a = await createCreditor(app);
    const b = await createCreditor(app);
    const key = await app.createKey([Scope.WRITE], [a.id, b.id], "two organisations");
    const item = { ...fixture("invoice-organisation.json"), opContextOrgId: 44120 };
    const before = await counts();
    const unknown = (await app.ok(InvoicesPushDocument, { input: { pluginId: "conta", items: [item] } }, key))
      .invoicesPush;
    expect(unknown.results[0]!.userErrors.map((e) => [e.code, e.field])).toEqual([
      ["UNKNOWN_CREDITOR", at(0, "opContextOrgId")],
    ]);
    expect(await counts()).toEqual(before);

    const set = await app.ok(CreditorExternalIdSetDocument, {
      input: { creditorId: toGlobalId("Creditor", a.id), sourceSystem: "conta", externalId: "44120" },
    });
    expect(set.creditorExternalIdSet.userErrors).toEqual([]);
    const landed = (await app.ok(InvoicesPushDocument, { input: { pluginId: "conta", items: [item] } }, key))
      .invoicesPush;
    expect(landed.results[0]).toMatchObject({ created: true, userErrors: [] });
    expect(
      await app.sql<{ creditor_id: string }>(
        "select creditor_id::text from invoice where source_system = 'conta' and external_id = '883120' and creditor_id in (?, ?)",
        [a.id, b.id],
      ),
    ).toEqual([{ creditor_id: String(a.id) }]);
  });
});

describe("a Conta multi-payment", () => {
  it("lands all or nothing: each part its own payment on its own invoice, every problem at the part's path", async () => {
    const { key } = await organisation();
    const sample = fixture("invoice-organisation.json");
    await pushInvoices(key, [sample]);
    const multi = fixture("payment-model-multi.json");
    const before = await counts();
    const refused = (await app.ok(PaymentsPushPartsDocument, { input: { pluginId: "conta", items: [multi] } }, key))
      .paymentsPush;
    expect(refused.results[0]!.userErrors.map((e) => [e.code, e.field])).toEqual([
      ["UNKNOWN_INVOICE", at(0, "payment", "partialPayments", "1", "invoiceId")],
    ]);
    expect(await counts()).toEqual(before);

    await pushInvoices(key, [
      { ...sample, invoice: { ...(sample.invoice as Json), id: 883121, invoiceNo: 20418, sumRemaining: 500.25 } },
    ]);
    const landed = (await app.ok(PaymentsPushPartsDocument, { input: { pluginId: "conta", items: [multi] } }, key))
      .paymentsPush;
    expect(landed.results[0]!.userErrors).toEqual([]);
    expect(
      landed.results[0]!.parts.map((p) => [
        p.externalId,
        p.created,
        p.transaction!.amount,
        p.case!.status,
        p.case!.outstandingAmount,
      ]),
    ).toEqual([
      ["55014:883120", true, 100_000, "ACTIVE", 1_150_000],
      ["55014:883121", true, 50_025, "PAID", 0],
    ]);
  });
});
