import fs from "node:fs";
import path from "node:path";
import { CaseVenueDocument, CreditNotesPushDocument, InvoicesPushDocument, PaymentsPushDocument } from "../generated/graphql";
import { startTestApp, type TestApp } from "../support/app";
import { createCreditor } from "../support/factories";
import { fixedClock } from "../../src/shared/clock";
import { Scope } from "../../src/modules/access/api-key.entity";

/** Conta's documented samples pushed unchanged through GraphQL, each by a key that sees one creditor (Conta's bodies name none). */
type Json = Record<string, unknown>;

const fixture = (file: string): Json => JSON.parse(fs.readFileSync(path.join(__dirname, "..", "..", "plugins", "conta", "fixtures", file), "utf8")) as Json;

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ clock: fixedClock("2026-11-23T12:00:00Z") });
});
afterAll(async () => app?.close());

/** A creditor of its own and a write key that sees only it. */
async function organisation(): Promise<{ key: string; creditorId: number }> {
  const creditor = await createCreditor(app);
  return { key: await app.createKey([Scope.WRITE, Scope.READ], [creditor.id], "conta integration"), creditorId: creditor.id };
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
    ["invoice-organisation.json", { name: "Testkunde Nord AS", kind: "ORGANISATION", orgNumber: "914778271", birthDate: null }],
    ["invoice-person.json", { name: "Testkunde Nord AS", kind: "PERSON", orgNumber: null, birthDate: "1985-06-15" }],
    ["invoice-list-item.json", { name: "Testkunde Nord AS", kind: "ORGANISATION", orgNumber: "914778271", birthDate: null }],
  ])("%s lands unchanged: 12 500.00 kr incl. VAT in øre, Conta's dates and KID, the debtor's kind, kommune 0301 from postcode 0154 and its forliksråd", async (file, debtor) => {
    const { key } = await organisation();
    const before = await counts();
    const result = await pushInvoices(key, [fixture(file)]);
    expect(result.userErrors).toEqual([]);
    const [r] = result.results;
    expect(r).toMatchObject({ index: 0, externalId: "883120", created: true, userErrors: [] });
    expect(r!.invoice).toMatchObject({ invoiceNumber: "20417", sourceSystem: "conta", externalId: "883120", amount: 1_250_000, currency: "NOK", kid: "00020032", issueDate: "2025-03-03", dueDate: "2025-03-17", debtor });
    expect(r!.case).toMatchObject({ status: "ACTIVE", principalAmount: 1_250_000, outstandingAmount: 1_250_000 });
    const venue = (await app.ok(CaseVenueDocument, { id: r!.case!.id }, key)).case!.conciliationVenue;
    expect(venue).toMatchObject({ kommune: { code: "0301", name: "Oslo" }, board: { name: "Oslo forliksråd" }, needsCheck: false });
    const [row] = await app.sql<{ street: string; postal_code: string; city: string; country: string }>(
      `select d.address_street as street, d.address_postal_code as postal_code, d.address_city as city, d.address_country as country from invoice i join debtor d on d.id = i.debtor_id where i.id = ?`,
      [Number(Buffer.from(r!.invoice!.id, "base64url").toString().split(":")[1])],
    );
    expect(row).toEqual({ street: "Karl Johans gate 22", postal_code: "0154", city: "Oslo", country: "NO" });
    expect(await counts()).toEqual({ ...before, invoices: before.invoices + 1, cases: before.cases + 1, events: before.events + 1, debtors: before.debtors + 1 });

    const again = await pushInvoices(key, [fixture(file)]);
    expect(again.results[0]).toMatchObject({ created: false, userErrors: [] });
    expect(await counts()).toEqual({ ...before, invoices: before.invoices + 1, cases: before.cases + 1, events: before.events + 1, debtors: before.debtors + 1 });
  });

  it("a later sumRemaining updates the claim; the customer's address decides the kommune", async () => {
    const { key } = await organisation();
    const sample = fixture("invoice-organisation.json");
    await pushInvoices(key, [sample]);
    const changed = { ...sample, invoice: { ...(sample.invoice as Json), sumRemaining: 7500.5 } };
    const updated = await pushInvoices(key, [changed]);
    expect(updated.results[0]).toMatchObject({ created: false, invoice: { amount: 750_050 }, case: { principalAmount: 750_050 } });

    const bergen = { invoice: { ...(sample.invoice as Json), id: 883121, invoiceNo: 20418 }, customer: { ...(sample.customer as Json), customerAddressLine1: "Bryggen 3", customerAddressPostcode: "5003", customerAddressCity: "Bergen" } };
    const placed = await pushInvoices(key, [bergen]);
    const venue = (await app.ok(CaseVenueDocument, { id: placed.results[0]!.case!.id }, key)).case!.conciliationVenue;
    expect(venue).toMatchObject({ kommune: { code: "4601" }, board: { name: "Bergen forliksråd" } });
  });

  it("bad items get every problem at its path in Conta's terms and write nothing; the good item beside them lands", async () => {
    const { key } = await organisation();
    const before = await counts();
    const items = [fixture("invoice-invalid-fields.json"), fixture("invoice-organisation.json"), fixture("invoice-invalid-credit.json"), fixture("invoice-invalid-paid.json"), fixture("invoice-invalid-abroad.json")];
    const result = await pushInvoices(key, items);
    expect(result.userErrors).toEqual([]);
    const sorted = (errs: { code: string; field?: string[] | null }[]) => errs.map((e) => [e.code, e.field]).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
    expect(result.results.map((r) => r.created)).toEqual([false, true, false, false, false]);
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
    expect(result.results[0]!.userErrors.find((e) => e.field?.join(".") === at(0, "invoice", "id").join("."))!.message).toContain("string of digits");
    expect(result.results.slice(2).map((r) => r.userErrors.map((e) => [e.code, e.field]))).toEqual([
      [["UNSUPPORTED_VALUE", at(2, "invoice", "type")]],
      [["INVALID_AMOUNT", at(3, "invoice", "sumRemaining")]],
      [
        ["INVALID_FORMAT", at(4, "customer", "orgNo")],
        ["UNSUPPORTED_VALUE", at(4, "customer", "customerAddressCountry")],
      ],
    ]);
    expect(await counts()).toEqual({ ...before, invoices: before.invoices + 1, cases: before.cases + 1, events: before.events + 1, debtors: before.debtors + 1 });
  });

  it("tvist's own checks point into Conta's fields: a postcode not in the register is UNKNOWN_POSTAL_CODE at customerAddressPostcode", async () => {
    const { key } = await organisation();
    const sample = fixture("invoice-organisation.json");
    const before = await counts();
    const result = await pushInvoices(key, [{ ...sample, customer: { ...(sample.customer as Json), customerAddressPostcode: "0000" } }]);
    expect(result.results[0]!.userErrors.map((e) => [e.code, e.field])).toEqual([["UNKNOWN_POSTAL_CODE", at(0, "customer", "customerAddressPostcode")]]);
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
    expect(result.results[0]!.transaction).toMatchObject({ kind: "PAYMENT", amount: 500_000, date: "2025-03-20", reference: "Delbetaling faktura 20417", sourceSystem: "conta", externalId: "55012:883120" });
    expect(result.results[1]!.transaction).toMatchObject({ kind: "PAYMENT", amount: 250_050, date: "2025-03-24", externalId: "55013:883120" });
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
    const result = await pushPayments(key, [fixture("payment-invalid.json"), fixture("payment-model-invalid.json"), unknown]);
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
      transaction: { kind: "CREDIT_NOTE", amount: 1_250_000, date: "2025-03-28", reference: "20431", externalId: "883160" },
      case: { status: "CREDITED", creditedAmount: 1_250_000, outstandingAmount: 0 },
    });
    expect(await counts()).toEqual({ ...before, transactions: before.transactions + 1, events: before.events + 1 });
    const bad = await pushCreditNotes(key, [fixture("credit-note-invalid.json")]);
    expect(bad.results[0]!.userErrors.map((e) => [e.code, e.field])).toEqual([
      ["INVALID_FORMAT", at(0, "opContextOrgId")],
      ["UNSUPPORTED_VALUE", at(0, "creditNote", "type")],
      ["MISSING_FIELD", at(0, "creditNote", "creditedInvoiceId")],
      ["INVALID_AMOUNT", at(0, "creditNote", "sumTotal")],
    ]);
    expect(await counts()).toEqual({ ...before, transactions: before.transactions + 1, events: before.events + 1 });
  });
});
