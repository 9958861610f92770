import fs from "node:fs";
import path from "node:path";
import { plugin, type ContaOptions } from "../../plugins/conta";
import { pluginContract, testFormatTools } from "./contract";

const CREDITOR = "923609016";
const INVOICE_ID = "c0a8f2e1-5d44-4b7e-9a61-2f1d0b7c3e10";

pluginContract<ContaOptions>({
  plugin,
  invoices: {
    "invoice-person.json": {
      creditor: { orgNumber: CREDITOR },
      debtor: {
        kind: "PERSON",
        name: "Kari Nordmann",
        birthDate: "1984-03-12",
        address: { street: "Bryggen 3", postalCode: "5003", city: "Bergen", country: "NO" },
        kommunenummer: "4601",
      },
      invoiceNumber: "10231",
      externalId: INVOICE_ID,
      issueDate: "2026-08-20",
      dueDate: "2026-09-03",
      amount: 125_050,
      currency: "NOK",
      kid: "001023100",
    },
    "invoice-business.json": {
      creditor: { orgNumber: CREDITOR },
      debtor: {
        kind: "ORGANISATION",
        name: "Bergen  Bakeri AS",
        orgNumber: "914778271",
        address: { street: "Strandgaten 18", postalCode: "5013", city: "Bergen", country: "NO" },
        kommunenummer: "4601",
      },
      invoiceNumber: "10232",
      externalId: "c0a8f2e1-5d44-4b7e-9a61-2f1d0b7c3e11",
      issueDate: "2026-08-21",
      dueDate: "2026-09-04",
      amount: 1_875_050,
      currency: "NOK",
      kid: "001023209",
    },
    "invoice-person-without-birth-date.json": {
      creditor: { orgNumber: CREDITOR },
      debtor: {
        kind: "PERSON",
        name: "Ola Nordmann",
        birthDate: null,
        address: { street: "Kongens gate 1", postalCode: "7011", city: "Trondheim", country: "NO" },
        kommunenummer: "5001",
      },
      invoiceNumber: "10233",
      externalId: "c0a8f2e1-5d44-4b7e-9a61-2f1d0b7c3e12",
      issueDate: "2026-08-22",
      dueDate: "2026-09-05",
      amount: 29,
      currency: "NOK",
      kid: null,
    },
  },
  invalidInvoices: {
    "invoice-invalid-amount.json": [{ code: "INVALID_AMOUNT", field: ["belop"] }],
    "invoice-invalid-negative.json": [{ code: "INVALID_AMOUNT", field: ["belop"] }],
    "invoice-invalid-float-amount.json": [{ code: "INVALID_AMOUNT", field: ["belop"] }],
    "invoice-invalid-not-an-object.json": [{ code: "INVALID_FORMAT", field: [] }],
    "invoice-invalid-fields.json": [
      { code: "MISSING_FIELD", field: ["fakturanummer"] },
      { code: "INVALID_DATE", field: ["fakturadato"] },
      { code: "INVALID_DATE", field: ["forfallsdato"] },
      { code: "INVALID_AMOUNT", field: ["belop"] },
      { code: "INVALID_FORMAT", field: ["valuta"] },
      { code: "INVALID_FORMAT", field: ["leverandor", "organisasjonsnummer"] },
      { code: "MISSING_FIELD", field: ["kunde", "navn"] },
      { code: "INVALID_FORMAT", field: ["kunde", "adresse", "postnummer"] },
      { code: "MISSING_FIELD", field: ["kunde", "adresse", "kommunenummer"] },
    ],
  },
  payments: {
    "payment.json": [{ creditor: { orgNumber: CREDITOR }, invoice: { externalId: INVOICE_ID }, externalId: "c-pay-88120", amount: 50_025, date: "2026-09-20", reference: "001023100" }],
  },
  invalidPayments: {
    "payment-invalid.json": [
      { code: "MISSING_FIELD", field: ["fakturaId"] },
      { code: "INVALID_AMOUNT", field: ["belop"] },
      { code: "INVALID_DATE", field: ["betalingsdato"] },
    ],
  },
  creditNotes: {
    "credit-note.json": [{ creditor: { orgNumber: CREDITOR }, invoice: { externalId: INVOICE_ID }, externalId: "c-kn-3011", creditNoteNumber: "K-10231", amount: 25_000, date: "2026-09-25" }],
  },
  invalidCreditNotes: {
    "credit-note-invalid.json": [
      { code: "INVALID_AMOUNT", field: ["belop"] },
      { code: "MISSING_FIELD", field: ["leverandor"] },
    ],
  },
  goodOptions: [{ decimalComma: false }, { requireKid: true, decimalComma: true }],
  badOptions: [{ decimalComma: "yes" }, { requireKid: 1 }, { decimalComma: true, kommaTegn: true }],
});

describe("conta specifics", () => {
  const person = JSON.parse(fs.readFileSync(path.join(__dirname, "../../plugins/conta/fixtures/invoice-person.json"), "utf8")) as Record<string, unknown>;
  const defaults = { decimalComma: true, requireKid: false };

  it.each([
    ["1250.50", 125_050],
    ["1250.5", 125_050],
    ["1250,50", 125_050],
    ["1250", 125_000],
    ["0.29", 29],
    ["4.35", 435],
    ["0012.30", 1230],
    ["90071992547409.91", 9_007_199_254_740_991],
  ])("converts belop %s to %d øre", (belop, ore) => {
    const result = plugin.parseInvoice({ ...person, belop }, defaults);
    expect(result).toMatchObject({ ok: true, invoice: { amount: ore } });
  });

  it.each(["1250.505", "-1250.50", "NaN", "1e3", "1 250,50", "1,250.50", "", "12.", ".5", "90071992547409.92", "Infinity"])("refuses belop %j at [belop]", (belop) => {
    const result = plugin.parseInvoice({ ...person, belop }, defaults);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.field)).toEqual([["belop"]]);
  });

  it("with decimalComma false refuses 1250,50; with requireKid refuses an invoice without KID", () => {
    expect(plugin.parseInvoice({ ...person, belop: "1250,50" }, { decimalComma: false, requireKid: false })).toMatchObject({ ok: false, errors: [{ code: "INVALID_AMOUNT", field: ["belop"] }] });
    expect(plugin.parseInvoice({ ...person, kid: undefined }, { decimalComma: true, requireKid: true })).toMatchObject({ ok: false, errors: [{ code: "MISSING_FIELD", field: ["kid"] }] });
  });

  it("refuses a customer with both organisasjonsnummer and fodselsdato", () => {
    const kunde = { ...(person.kunde as object), organisasjonsnummer: "914778271" };
    expect(plugin.parseInvoice({ ...person, kunde }, defaults)).toMatchObject({ ok: false, errors: [{ code: "INVALID_FORMAT", field: ["kunde"] }] });
  });

  it("formats events in Conta's style with kroner strings and Norwegian status names", () => {
    const body = plugin.formatEvent(
      {
        id: "ev1",
        type: "case.frozen",
        occurredAt: "2026-11-23T12:00:00.000Z",
        sequence: 4,
        summary: "Frozen",
        case: { id: "case1", caseNumber: 482913577, status: "FROZEN", principalAmount: 125_050, outstandingAmount: 5 },
        creditor: { id: "cr1", orgNumber: CREDITOR },
        invoice: { sourceSystem: "conta", externalId: INVOICE_ID, invoiceNumber: "10231" },
        data: { objectionId: "o1" },
      },
      defaults,
      testFormatTools,
    );
    expect(body).toEqual({
      hendelseId: "ev1",
      hendelsestype: "case.frozen",
      tidspunkt: "2026-11-23T12:00:00.000Z",
      sekvens: 4,
      beskrivelse: "Frozen",
      sak: { id: "case1", status: "stanset", hovedstol: "1250.50", utestaende: "0.05" },
      faktura: { id: INVOICE_ID, fakturanummer: "10231", kilde: "conta" },
      leverandor: { organisasjonsnummer: CREDITOR },
      data: { objectionId: "o1" },
    });
  });
});
