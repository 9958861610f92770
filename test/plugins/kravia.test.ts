import fs from "node:fs";
import path from "node:path";
import { plugin, type KraviaOptions } from "../../plugins/kravia";
import { pluginContract } from "./contract";

const CREDITOR = "916380941";

pluginContract<KraviaOptions>({
  plugin,
  invoices: {
    "invoice-person.json": {
      creditor: { orgNumber: CREDITOR },
      debtor: {
        kind: "PERSON",
        name: "Per Hansen",
        birthDate: "1975-11-30",
        address: { street: "Storgata 12, H0201", postalCode: "0155", city: "Oslo", country: "NO" },
        kommunenummer: "0301",
      },
      invoiceNumber: "2026-0042",
      externalId: "INV-2026-0042",
      issueDate: "2026-08-20",
      dueDate: "2026-09-03",
      amount: 125_050,
      currency: "NOK",
      kid: "20260048",
    },
    "invoice-company.json": {
      creditor: { orgNumber: CREDITOR },
      debtor: {
        kind: "ORGANISATION",
        name: "Stavanger Rør og Varme AS",
        orgNumber: "974760673",
        address: { street: "Kirkegata 5", postalCode: "4006", city: "Stavanger", country: "NO" },
        kommunenummer: "1103",
      },
      invoiceNumber: "2026-0043",
      externalId: "INV-2026-0043",
      issueDate: "2026-08-21",
      dueDate: "2026-09-04",
      amount: 123_456_789,
      currency: "NOK",
      kid: "20260055",
    },
    "invoice-float-edge.json": {
      creditor: { orgNumber: CREDITOR },
      debtor: {
        kind: "PERSON",
        name: "Ingrid Berg",
        birthDate: null,
        address: { street: "Kongens gate 1", postalCode: "7011", city: "Trondheim", country: "NO" },
        kommunenummer: "5001",
      },
      invoiceNumber: "2026-0044",
      externalId: "INV-2026-0044",
      issueDate: "2026-08-22",
      dueDate: "2026-09-05",
      amount: 435,
      currency: "NOK",
      kid: null,
    },
  },
  invalidInvoices: {
    "invoice-invalid-amount.json": [{ code: "INVALID_AMOUNT", field: ["originalAmount"] }],
    "invoice-invalid-string-amount.json": [{ code: "INVALID_AMOUNT", field: ["originalAmount"] }],
    "invoice-invalid-claim.json": [
      { code: "UNSUPPORTED_VALUE", field: ["claimType"] },
      { code: "INVALID_AMOUNT", field: ["originalAmount"] },
      { code: "UNSUPPORTED_VALUE", field: ["debtor", "debtorType"] },
    ],
    "invoice-invalid-company.json": [
      { code: "MISSING_FIELD", field: ["creditor", "organizationNumber"] },
      { code: "MISSING_FIELD", field: ["debtor", "organizationNumber"] },
      { code: "MISSING_FIELD", field: ["debtor", "address", "municipalityNumber"] },
    ],
  },
  payments: {
    "payment.json": [{ creditor: { orgNumber: CREDITOR }, invoice: { externalId: "INV-2026-0042" }, externalId: "PAY-77120", amount: 50_025, date: "2026-09-20", reference: "20260048" }],
  },
  invalidPayments: {
    "payment-invalid.json": [
      { code: "INVALID_AMOUNT", field: ["amount"] },
      { code: "INVALID_DATE", field: ["paymentDate"] },
    ],
  },
  creditNotes: {
    "credit-note.json": [{ creditor: { orgNumber: CREDITOR }, invoice: { externalId: "INV-2026-0042" }, externalId: "CN-3011", creditNoteNumber: "K-2026-0042", amount: 25_000, date: "2026-09-25" }],
  },
  invalidCreditNotes: {
    "credit-note-invalid.json": [
      { code: "MISSING_FIELD", field: ["creditNoteNumber"] },
      { code: "INVALID_AMOUNT", field: ["amount"] },
    ],
  },
  goodOptions: [{ claimTypes: ["Invoice", "Interest"] }],
  badOptions: [{ claimTypes: [] }, { claimTypes: "Invoice" }, { claimTypes: ["Invoice", "Loan"] }, { claimTypes: [7] }],
});

describe("kravia specifics", () => {
  const person = JSON.parse(fs.readFileSync(path.join(__dirname, "../../plugins/kravia/fixtures/invoice-person.json"), "utf8")) as Record<string, unknown>;
  const defaults = { claimTypes: ["Invoice"] };

  it.each([
    [1250.5, 125_050],
    [1250.1, 125_010],
    [4.35, 435],
    [0.29, 29],
    [1.15, 115],
    [1234567.89, 123_456_789],
    [19.99, 1999],
    [100, 10_000],
  ])("converts originalAmount %d to %d øre exactly", (originalAmount, ore) => {
    expect(plugin.parseInvoice({ ...person, originalAmount }, defaults)).toMatchObject({ ok: true, invoice: { amount: ore } });
  });

  it.each([1.005, 0.1 + 0.2, -1, Number.NaN, Number.POSITIVE_INFINITY, 1e-7, 1e21])("refuses originalAmount %d at [originalAmount]", (originalAmount) => {
    const result = plugin.parseInvoice({ ...person, originalAmount }, defaults);
    expect(result).toMatchObject({ ok: false, errors: [{ code: "INVALID_AMOUNT", field: ["originalAmount"] }] });
  });

  it("accepts claim types named by its options only", () => {
    expect(plugin.parseInvoice({ ...person, claimType: "Interest" }, defaults)).toMatchObject({ ok: false, errors: [{ code: "UNSUPPORTED_VALUE", field: ["claimType"] }] });
    expect(plugin.parseInvoice({ ...person, claimType: "Interest" }, { claimTypes: ["Invoice", "Interest"] }).ok).toBe(true);
  });

  it("sends a thin case-updated notification: caseId, status and updatedAt only", () => {
    const body = plugin.formatEvent(
      {
        id: "ev1",
        type: "case.frozen",
        occurredAt: "2026-11-23T12:00:00.000Z",
        sequence: 4,
        summary: "Frozen",
        case: { id: "case1", caseNumber: 482913577, status: "FROZEN", principalAmount: 125_050, outstandingAmount: 125_050 },
        creditor: { id: "cr1", orgNumber: CREDITOR },
        invoice: { sourceSystem: "kravia", externalId: "INV-2026-0042", invoiceNumber: "2026-0042" },
        data: { secret: "not for receivers" },
      },
      defaults,
    );
    expect(body).toEqual({ caseId: "case1", status: "OnHold", updatedAt: "2026-11-23T12:00:00.000Z" });
  });
});
