import { createHmac } from "node:crypto";
import fs from "node:fs";
import fc from "fast-check";
import path from "node:path";
import type { NormalizedCreditNote, NormalizedInvoice, NormalizedPayment } from "@tvist/plugin-sdk";
import { plugin, type KraviaOptions } from "@tvist/plugin-kravia";
import { birthDateOfSsn } from "../../plugins/kravia/inbound";
import { pluginContract, testFormatTools } from "@tvist/plugin-sdk/contract";

type Json = Record<string, unknown>;
const fixture = (file: string): Json =>
  JSON.parse(fs.readFileSync(path.join(__dirname, "../../plugins/kravia/fixtures", file), "utf8")) as Json;

const OSLO = { street: "Karl Johans gate 22", postalCode: "0154", city: "Oslo", country: "NO" };

/** The documented samples (and a few more real-world bodies), exactly as tvist normalises them. */
const INVOICES: Record<string, NormalizedInvoice> = {
  "invoice-collection-case.json": {
    creditor: { externalId: "10759" },
    debtor: { kind: "ORGANISATION", name: "Testkunde Nord AS", orgNumber: "923609016", address: OSLO },
    invoiceNumber: "20417",
    externalId: "48213",
    issueDate: "2025-03-03",
    dueDate: "2025-03-17",
    amount: 1_250_000,
    currency: "NOK",
    kid: null,
  },
  "invoice-invoice.json": {
    creditor: { externalId: "10759" },
    debtor: { kind: "PERSON", name: "Kari Nordmann", birthDate: null, address: OSLO },
    invoiceNumber: "20418",
    externalId: "48214",
    issueDate: "2025-04-01",
    dueDate: "2025-04-15",
    amount: 250_000,
    currency: "NOK",
    kid: null,
  },
  "invoice-other-casing.json": {
    creditor: { externalId: "10759" },
    debtor: {
      kind: "PERSON",
      name: "Per Hansen",
      birthDate: "1980-01-01",
      address: { street: "Storgata 12, H0201", postalCode: "0155", city: "Oslo", country: "NO" },
    },
    invoiceNumber: "20420",
    externalId: "invoiceNo:20420",
    issueDate: "2025-03-05",
    dueDate: "2025-03-19",
    amount: 125_050,
    currency: "NOK",
    kid: null,
    paths: {
      creditor: ["CreditorId"],
      invoiceNumber: ["InvoiceNo"],
      externalId: ["AccountingInvoiceId"],
      issueDate: ["InvoiceDate"],
      dueDate: ["DueDate"],
      amount: ["OriginalAmount"],
      currency: ["CurrencyCode"],
      "debtor.name": ["DebtorName"],
      "debtor.orgNumber": ["OrganizationNumber"],
      "debtor.birthDate": ["Ssn"],
      "debtor.address": ["PostalAddress"],
      "debtor.kommunenummer": ["PostalAddress", "AddressPostalCode"],
    },
  },
};

const PAYMENTS: Record<string, NormalizedPayment[]> = {
  "payment.json": [
    {
      creditor: { fromRequest: true },
      invoice: { caseNumber: 1553199 },
      externalId: "pay-99120:1553199",
      amount: 500_000,
      date: "2025-03-20",
      reference: "Innbetaling direkte til kreditor, faktura 20417",
      paths: {
        invoice: ["invoices", "0", "invoiceId"],
        amount: ["invoices", "0", "amount"],
        externalId: ["AccountingPaymentId"],
        date: ["date"],
        reference: ["description"],
      },
    },
  ],
  "payment-split.json": [
    {
      creditor: { fromRequest: true },
      invoice: { caseNumber: 1553199 },
      externalId: "286519:1553199",
      amount: 200_000,
      date: "2025-03-24",
      reference: "Innbetaling fordelt på to fakturaer",
      paths: {
        invoice: ["invoices", "0", "invoiceId"],
        amount: ["invoices", "0", "amount"],
        externalId: ["AccountingPaymentId"],
        date: ["date"],
        reference: ["description"],
      },
    },
    {
      creditor: { fromRequest: true },
      invoice: { caseNumber: 1553200 },
      externalId: "286519:1553200",
      amount: 100_000,
      date: "2025-03-24",
      reference: "Innbetaling fordelt på to fakturaer",
      paths: {
        invoice: ["invoices", "1", "invoiceId"],
        amount: ["invoices", "1", "amount"],
        externalId: ["AccountingPaymentId"],
        date: ["date"],
        reference: ["description"],
      },
    },
  ],
};

const CREDIT_NOTES: Record<string, NormalizedCreditNote[]> = {
  "credit-note.json": [
    {
      creditor: { fromRequest: true },
      invoice: { caseNumber: 1553199 },
      externalId: "cn-20419:1553199",
      creditNoteNumber: "cn-20419",
      amount: 250_000,
      date: "2025-03-21",
      paths: {
        invoice: ["Invoices", "0", "InvoiceId"],
        amount: ["Invoices", "0", "Amount"],
        externalId: ["AccountingPaymentId"],
        creditNoteNumber: ["AccountingPaymentId"],
        date: ["Date"],
      },
    },
  ],
};

pluginContract<KraviaOptions>({
  packageDir: path.join(__dirname, "..", "..", "plugins", "kravia"),
  plugin,
  invoices: INVOICES,
  invalidInvoices: {
    "invoice-credit-note.json": [{ code: "UNSUPPORTED_VALUE", field: ["claimType"] }],
    "invoice-invalid.json": [
      { code: "INVALID_FORMAT", field: ["creditorId"] },
      { code: "INVALID_FORMAT", field: ["isPrivateIndividual"] },
      { code: "INVALID_FORMAT", field: ["postalAddress", "addressPostalCode"] },
      { code: "INVALID_DATE", field: ["invoiceDate"] },
      { code: "INVALID_AMOUNT", field: ["originalAmount"] },
    ],
    "invoice-case-twins.json": [{ code: "INVALID_FORMAT", field: ["DebtorName"] }],
  },
  payments: PAYMENTS,
  invalidPayments: {
    "payment-invalid.json": [{ code: "INVALID_AMOUNT", field: ["amount"] }],
    "payment-invalid-parts.json": [
      { code: "INVALID_DATE", field: ["date"] },
      { code: "MISSING_FIELD", field: ["invoices", "0", "invoiceId"] },
      { code: "INVALID_AMOUNT", field: ["invoices", "1", "amount"] },
    ],
  },
  creditNotes: CREDIT_NOTES,
  invalidCreditNotes: {
    "credit-note-positive.json": [
      { code: "INVALID_AMOUNT", field: ["Amount"] },
      { code: "INVALID_AMOUNT", field: ["Invoices", "0", "Amount"] },
    ],
  },
  goodOptions: [{ claimTypes: ["CollectionCase"] }, { claimTypes: ["Invoice", "CollectionCase"] }],
  badOptions: [
    { claimTypes: [] },
    { claimTypes: "Invoice" },
    { claimTypes: ["Invoice", "Loan"] },
    { claimTypes: ["CreditNote"] },
    { claimTypes: [7] },
  ],
});

const defaults: KraviaOptions = { claimTypes: ["CollectionCase", "Invoice"] };
const b2b = fixture("invoice-collection-case.json");
const b2c = fixture("invoice-invoice.json");

/** b2b (or `base`) with `change` applied to a deep copy. */
function edit(change: (p: Json) => void, base: Json = b2b): Json {
  const copy = JSON.parse(JSON.stringify(base)) as Json;
  change(copy);
  return copy;
}
const address = (p: Json) => p.postalAddress as Json;

function invoiceOf(payload: unknown, options = defaults): NormalizedInvoice {
  const result = plugin.parseInvoice(payload, options);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.invoice;
}
function errorsOf(result: { ok: boolean; errors?: { code: string; field: string[] }[] }) {
  return result.ok ? [] : result.errors!.map((e) => ({ code: e.code, field: e.field }));
}
const invoiceErrors = (payload: unknown, options = defaults) => errorsOf(plugin.parseInvoice(payload, options));

describe("kravia register body: each documented field", () => {
  it("leaves the kommune absent, so tvist takes the postcode's", () => {
    expect("kommunenummer" in invoiceOf(b2b).debtor).toBe(false);
    expect("kommunenummer" in invoiceOf(b2c).debtor).toBe(false);
  });

  it("claimType: CollectionCase and Invoice are claims, in any casing; CreditNote points at creditNotesPush; others are refused", () => {
    expect(invoiceOf(edit((p) => (p.claimType = "Invoice"))).externalId).toBe("48213");
    expect(invoiceOf(edit((p) => (p.claimType = "collectioncase"))).externalId).toBe("48213");
    const credit = plugin.parseInvoice(
      edit((p) => (p.claimType = "CreditNote")),
      defaults,
    );
    expect(credit).toMatchObject({
      ok: false,
      errors: [
        { code: "UNSUPPORTED_VALUE", field: ["claimType"], message: expect.stringContaining("creditNotesPush") },
      ],
    });
    expect(invoiceErrors(edit((p) => (p.claimType = "Open")))).toEqual([
      { code: "UNSUPPORTED_VALUE", field: ["claimType"] },
    ]);
    expect(invoiceErrors(edit((p) => delete p.claimType))).toEqual([{ code: "MISSING_FIELD", field: ["claimType"] }]);
  });

  it("claimType Invoice lands as the claim it describes, with a warning that tvist neither prints nor sends it; CollectionCase without", () => {
    const invoice = plugin.parseInvoice(b2c, defaults);
    expect(invoice).toMatchObject({
      ok: true,
      warnings: [
        {
          code: "INVOICE_NOT_DISTRIBUTED",
          field: ["claimType"],
          message: expect.stringContaining("neither prints nor sends"),
        },
      ],
    });
    expect(
      plugin.parseInvoice(
        edit((p) => (p.claimType = "CollectionCase"), b2c),
        defaults,
      ),
    ).toEqual({ ok: true, invoice: (invoice as { invoice: unknown }).invoice });
    expect(
      plugin.parseInvoice(
        edit(
          (p) => (p.ClaimType = "invoice"),
          edit((p) => delete p.claimType, b2c),
        ),
        defaults,
      ),
    ).toMatchObject({ warnings: [{ field: ["ClaimType"] }] });
  });

  it("claimType: the options choose which of the two are accepted", () => {
    expect(invoiceErrors(b2c, { claimTypes: ["CollectionCase"] })).toEqual([
      { code: "UNSUPPORTED_VALUE", field: ["claimType"] },
    ]);
    expect(invoiceErrors(b2b, { claimTypes: ["CollectionCase"] })).toEqual([]);
    expect(plugin.validateOptions(undefined)).toEqual({
      ok: true,
      options: { claimTypes: ["CollectionCase", "Invoice"] },
    });
    expect(plugin.validateOptions({ claimTypes: ["CreditNote"] })).toMatchObject({
      ok: false,
      problems: [
        { code: "INVALID_OPTION", field: ["claimTypes", "0"], message: expect.stringContaining("creditNotesPush") },
      ],
    });
  });

  it("creditorId: Kravia's integer names the creditor by external id; digits as a string too; absent means the push's creditor", () => {
    expect(invoiceOf(edit((p) => (p.creditorId = 42))).creditor).toEqual({ externalId: "42" });
    expect(invoiceOf(edit((p) => (p.creditorId = "42"))).creditor).toEqual({ externalId: "42" });
    expect(invoiceOf(edit((p) => delete p.creditorId)).creditor).toEqual({ fromRequest: true });
    expect(invoiceOf(edit((p) => (p.creditorId = null))).creditor).toEqual({ fromRequest: true });
    for (const bad of [-1, 1.5, "K-1", true])
      expect(invoiceErrors(edit((p) => (p.creditorId = bad)))).toEqual([
        { code: "INVALID_FORMAT", field: ["creditorId"] },
      ]);
  });

  it("accountingInvoiceId: the invoice's external id; null or absent falls back to the invoice number in its own id space", () => {
    expect(invoiceOf(edit((p) => (p.accountingInvoiceId = "A-7"))).externalId).toBe("A-7");
    expect(invoiceOf(edit((p) => (p.accountingInvoiceId = 48213))).externalId).toBe("48213");
    expect(invoiceOf(edit((p) => (p.accountingInvoiceId = null))).externalId).toBe("invoiceNo:20417");
    expect(invoiceOf(edit((p) => delete p.accountingInvoiceId)).externalId).toBe("invoiceNo:20417");
    expect(invoiceErrors(edit((p) => (p.accountingInvoiceId = "x".repeat(101))))).toEqual([
      { code: "INVALID_FORMAT", field: ["accountingInvoiceId"] },
    ]);
  });

  it("debtorName: the debtor's name, required", () => {
    expect(invoiceOf(edit((p) => (p.debtorName = "Testkunde Sør AS"))).debtor.name).toBe("Testkunde Sør AS");
    expect(invoiceErrors(edit((p) => (p.debtorName = " ")))).toEqual([
      { code: "MISSING_FIELD", field: ["debtorName"] },
    ]);
  });

  it("isPrivateIndividual: the string or boolean picks the debtor kind; absent, the organization number decides", () => {
    for (const v of ["true", "True", true])
      expect(invoiceOf(edit((p) => (p.isPrivateIndividual = v), b2c)).debtor.kind).toBe("PERSON");
    for (const v of ["false", "FALSE", false])
      expect(invoiceOf(edit((p) => (p.isPrivateIndividual = v))).debtor).toMatchObject({
        kind: "ORGANISATION",
        orgNumber: "923609016",
      });
    expect(invoiceOf(edit((p) => delete p.isPrivateIndividual)).debtor.kind).toBe("ORGANISATION");
    expect(invoiceOf(edit((p) => delete p.isPrivateIndividual, b2c)).debtor.kind).toBe("PERSON");
    expect(invoiceErrors(edit((p) => (p.isPrivateIndividual = "yes")))).toEqual([
      { code: "INVALID_FORMAT", field: ["isPrivateIndividual"] },
    ]);
  });

  it("organizationNumber: the business debtor's number (digits, string or integer), required for B2B, ignored for a person", () => {
    expect(invoiceOf(edit((p) => (p.organizationNumber = "974760673"))).debtor).toMatchObject({
      orgNumber: "974760673",
    });
    expect(invoiceOf(edit((p) => (p.organizationNumber = 974760673))).debtor).toMatchObject({ orgNumber: "974760673" });
    expect(invoiceErrors(edit((p) => (p.organizationNumber = null)))).toEqual([
      { code: "MISSING_FIELD", field: ["organizationNumber"] },
    ]);
    expect(invoiceErrors(edit((p) => (p.organizationNumber = "NO923609016MVA")))).toEqual([
      { code: "INVALID_FORMAT", field: ["organizationNumber"] },
    ]);
    expect(invoiceOf(edit((p) => (p.organizationNumber = "923609016"), b2c)).debtor.kind).toBe("PERSON");
  });

  it("ssn: a private debtor's fødselsnummer or D-number gives the birth date (tvist keeps no ssn); a bad one is refused", () => {
    expect(invoiceOf(edit((p) => (p.ssn = "01818012337"), b2c)).debtor).toMatchObject({
      kind: "PERSON",
      birthDate: "1980-01-01",
    });
    expect([birthDateOfSsn("41818012320"), birthDateOfSsn("01520550069"), birthDateOfSsn("01818012338")]).toEqual([
      "1980-01-01",
      "2005-12-01",
      undefined,
    ]);
    expect(invoiceErrors(edit((p) => (p.ssn = "01818012338"), b2c))).toEqual([
      { code: "INVALID_FORMAT", field: ["ssn"] },
    ]);
    expect(invoiceOf(edit((p) => (p.ssn = "01818012338"))).debtor.kind).toBe("ORGANISATION");
    expect(
      JSON.stringify(
        plugin.parseInvoice(
          edit((p) => (p.ssn = "01818012337"), b2c),
          defaults,
        ),
      ),
    ).not.toContain("01818012337");
  });

  it("postalAddress.*: street (line 1, then line 2), postcode as 4-digit string, city, country (NO when absent)", () => {
    expect(invoiceOf(edit((p) => (address(p).addressAddressLine1 = "Storgata 1"))).debtor.address.street).toBe(
      "Storgata 1",
    );
    expect(invoiceOf(edit((p) => (address(p).addressAddressLine2 = "H0201"))).debtor.address.street).toBe(
      "Karl Johans gate 22, H0201",
    );
    expect(invoiceOf(edit((p) => (address(p).addressPostalCode = "5003"))).debtor.address.postalCode).toBe("5003");
    expect(invoiceOf(edit((p) => (address(p).addressCity = "OSLO"))).debtor.address.city).toBe("OSLO");
    expect(invoiceOf(edit((p) => (address(p).addressCountryCode = "se"))).debtor.address.country).toBe("SE");
    expect(invoiceOf(edit((p) => delete address(p).addressCountryCode)).debtor.address.country).toBe("NO");
    expect(invoiceErrors(edit((p) => (address(p).addressPostalCode = 154)))).toEqual([
      { code: "INVALID_FORMAT", field: ["postalAddress", "addressPostalCode"] },
    ]);
    expect(invoiceErrors(edit((p) => (address(p).addressPostalCode = "154")))).toEqual([
      { code: "INVALID_FORMAT", field: ["postalAddress", "addressPostalCode"] },
    ]);
    expect(invoiceErrors(edit((p) => delete p.postalAddress))).toEqual([
      { code: "MISSING_FIELD", field: ["postalAddress"] },
    ]);
    expect(invoiceErrors(edit((p) => (p.postalAddress = {})))).toEqual([
      { code: "MISSING_FIELD", field: ["postalAddress", "addressAddressLine1"] },
      { code: "MISSING_FIELD", field: ["postalAddress", "addressPostalCode"] },
      { code: "MISSING_FIELD", field: ["postalAddress", "addressCity"] },
    ]);
  });

  it("invoiceNo, invoiceDate, dueDate: number and dates; a date-time without zone is Norwegian time, one with a zone is taken to Norway", () => {
    expect(invoiceOf(edit((p) => (p.invoiceNo = "A-1"))).invoiceNumber).toBe("A-1");
    expect(invoiceOf(edit((p) => (p.invoiceNo = 20417))).invoiceNumber).toBe("20417");
    expect(invoiceOf(edit((p) => (p.invoiceDate = "2025-03-04"))).issueDate).toBe("2025-03-04");
    expect(invoiceOf(edit((p) => (p.invoiceDate = "2025-03-04T23:30:00.1234567"))).issueDate).toBe("2025-03-04");
    expect(invoiceOf(edit((p) => (p.invoiceDate = "2025-03-04T23:30:00Z"))).issueDate).toBe("2025-03-05");
    expect(invoiceOf(edit((p) => (p.invoiceDate = "2025-07-04T22:30:00+00:00"))).issueDate).toBe("2025-07-05");
    expect(invoiceOf(edit((p) => (p.invoiceDate = "2025-03-04T00:30:00+01:00"))).issueDate).toBe("2025-03-04");
    expect(invoiceOf(edit((p) => (p.dueDate = "2025-03-31"))).dueDate).toBe("2025-03-31");
    for (const bad of ["17.03.2025", "2025-02-29", "2025-03-17T25:00:00", "2025-03-17 00:00"]) {
      expect(invoiceErrors(edit((p) => (p.dueDate = bad)))).toEqual([{ code: "INVALID_DATE", field: ["dueDate"] }]);
    }
    expect(invoiceErrors(edit((p) => delete p.invoiceNo))).toEqual([{ code: "MISSING_FIELD", field: ["invoiceNo"] }]);
  });

  it.each([
    [12500, 1_250_000],
    [1250.5, 125_050],
    [4.35, 435],
    [0.29, 29],
    [1.15, 115],
    [1234567.89, 123_456_789],
    [2500.0, 250_000],
  ])("originalAmount %d kr (incl. VAT) is %d øre exactly", (originalAmount, ore) => {
    expect(invoiceOf(edit((p) => (p.originalAmount = originalAmount))).amount).toBe(ore);
  });

  it.each([1.005, 0.1 + 0.2, -1, Number.NaN, 1e21, "12500"])(
    "refuses originalAmount %p at [originalAmount]",
    (originalAmount) => {
      expect(invoiceErrors(edit((p) => (p.originalAmount = originalAmount)))).toEqual([
        { code: "INVALID_AMOUNT", field: ["originalAmount"] },
      ]);
    },
  );

  it("currencyCode: the currency (upper-cased), NOK when absent", () => {
    expect(invoiceOf(edit((p) => (p.currencyCode = "EUR"))).currency).toBe("EUR");
    expect(invoiceOf(edit((p) => (p.currencyCode = "nok"))).currency).toBe("NOK");
    expect(invoiceOf(edit((p) => delete p.currencyCode)).currency).toBe("NOK");
    expect(invoiceErrors(edit((p) => (p.currencyCode = "kroner")))).toEqual([
      { code: "INVALID_FORMAT", field: ["currencyCode"] },
    ]);
  });

  it("debtorNumber, email, description, orderLines, bookkeepingDetails: not read (changing them changes nothing), lists must be lists", () => {
    const same = invoiceOf(b2c);
    const changed = edit((p) => {
      p.debtorNumber = "99";
      p.email = "annen@example.no";
      p.description = "Annen tekst";
      p.orderLines = [{ description: "Noe annet", unitPrice: 1, count: 1, vatInPercent: 0, unit: "stk", total: 1 }];
      p.bookkeepingDetails = [
        { amount: 2500, description: "Salg", bookingDate: "2025-04-01", ledgerAccount: 3200, vatCode: 0 },
      ];
    }, b2c);
    expect(invoiceOf(changed)).toEqual(same);
    expect(invoiceErrors(edit((p) => (p.orderLines = { total: 1 }), b2c))).toEqual([
      { code: "INVALID_FORMAT", field: ["orderLines"] },
    ]);
  });
});

describe("kravia property names, as Kravia binds them", () => {
  /** Every property name of a payload rewritten by `spell`. */
  function respell(value: unknown, spell: (k: string) => string): unknown {
    if (Array.isArray(value)) return value.map((v) => respell(v, spell));
    if (value && typeof value === "object")
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [spell(k), respell(v, spell)]));
    return value;
  }
  const pascal = (k: string) => k[0]!.toUpperCase() + k.slice(1);
  const camel = (k: string) => k[0]!.toLowerCase() + k.slice(1);

  it.each([
    ["PascalCase", pascal],
    ["lower case", (k: string) => k.toLowerCase()],
    ["upper case", (k: string) => k.toUpperCase()],
  ])("reads every documented body in %s alike", (_label, spell) => {
    const strip = ({ paths: _paths, ...invoice }: NormalizedInvoice) => invoice;
    for (const file of Object.keys(INVOICES)) {
      const invoice = invoiceOf(respell(fixture(file), spell));
      expect(strip(invoice)).toEqual(strip(INVOICES[file]!));
      expect(invoice.paths).toMatchObject({
        amount: [spell("originalAmount")],
        "debtor.kommunenummer": [spell("postalAddress"), spell("addressPostalCode")],
      });
    }
    const payment = plugin.parsePayment(respell(fixture("payment.json"), spell), defaults);
    expect(payment).toMatchObject({
      ok: true,
      payments: [{ externalId: "pay-99120:1553199", amount: 500_000, invoice: { caseNumber: 1553199 } }],
    });
    const credit = plugin.parseCreditNote(respell(fixture("credit-note.json"), spell), defaults);
    expect(credit).toMatchObject({ ok: true, creditNotes: [{ externalId: "cn-20419:1553199", amount: 250_000 }] });
  });

  it("reads every sample alike whatever casing each property name has (property)", () => {
    const styles = {
      keep: (k: string) => k,
      upper: (k: string) => k.toUpperCase(),
      lower: (k: string) => k.toLowerCase(),
      pascal,
      camel,
    };
    const strip = ({ paths: _paths, ...rest }: { paths?: unknown }) => rest;
    fc.assert(
      fc.property(fc.func(fc.constantFrom(...Object.values(styles))), (styleOf) => {
        const spell = (k: string) => styleOf(k)(k);
        for (const file of Object.keys(INVOICES))
          expect(strip(invoiceOf(respell(fixture(file), spell)))).toEqual(strip(INVOICES[file]!));
        for (const file of Object.keys(PAYMENTS)) {
          const parsed = plugin.parsePayment(respell(fixture(file), spell), defaults);
          expect(parsed.ok && parsed.payments.map(strip)).toEqual(PAYMENTS[file]!.map(strip));
        }
        const credit = plugin.parseCreditNote(respell(fixture("credit-note.json"), spell), defaults);
        expect(credit.ok && credit.creditNotes.map(strip)).toEqual(CREDIT_NOTES["credit-note.json"]!.map(strip));
      }),
      { numRuns: 200 },
    );
  });

  it("reports problems at the payload's own spelling", () => {
    const payload = respell(
      edit((p) => (address(p).addressPostalCode = "154")),
      pascal,
    );
    expect(invoiceErrors(payload)).toEqual([{ code: "INVALID_FORMAT", field: ["PostalAddress", "AddressPostalCode"] }]);
    const credit = respell(fixture("credit-note-positive.json"), camel);
    expect(errorsOf(plugin.parseCreditNote(credit, defaults))).toEqual([
      { code: "INVALID_AMOUNT", field: ["amount"] },
      { code: "INVALID_AMOUNT", field: ["invoices", "0", "amount"] },
    ]);
    const parts = plugin.parseCreditNote(respell(fixture("credit-note.json"), camel), defaults);
    expect(parts).toMatchObject({
      ok: true,
      creditNotes: [
        {
          paths: {
            invoice: ["invoices", "0", "invoiceId"],
            amount: ["invoices", "0", "amount"],
            externalId: ["accountingPaymentId"],
            date: ["date"],
          },
        },
      ],
    });
  });

  it("refuses two properties that differ only in case, at any depth, at the second one", () => {
    const twins = edit((p) => (address(p).AddressCity = "Bergen"));
    expect(plugin.parseInvoice(twins, defaults)).toMatchObject({
      ok: false,
      errors: [
        {
          code: "INVALID_FORMAT",
          field: ["postalAddress", "AddressCity"],
          message: expect.stringContaining("differ only in case"),
        },
      ],
    });
    const payment = edit((p) => ((p.invoices as Json[])[0]!.InvoiceID = 2), fixture("payment.json"));
    expect(errorsOf(plugin.parsePayment(payment, defaults))).toEqual([
      { code: "INVALID_FORMAT", field: ["invoices", "0", "InvoiceID"] },
    ]);
  });
});

describe("kravia payment body", () => {
  const payment = fixture("payment.json");
  const parts = (payload: unknown) => {
    const result = plugin.parsePayment(payload, defaults);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    return result.payments;
  };
  const errors = (payload: unknown) => errorsOf(plugin.parsePayment(payload, defaults));
  const split = (amounts: number[], total = amounts.reduce((a, b) => a + b, 0)) =>
    edit((p) => {
      p.amount = total;
      p.invoices = amounts.map((amount, i) => ({ invoiceId: 1553199 + i, amount }));
    }, payment);

  it("date, description and AccountingPaymentId become each part's date, reference and id", () => {
    expect(parts(edit((p) => (p.date = "2025-03-22"), payment))[0]!.date).toBe("2025-03-22");
    expect(parts(edit((p) => (p.date = "2025-03-22T00:00:00"), payment))[0]!.date).toBe("2025-03-22");
    expect(parts(edit((p) => (p.description = "Bank"), payment))[0]!.reference).toBe("Bank");
    expect(parts(edit((p) => delete p.description, payment))[0]!.reference).toBeNull();
    expect(parts(edit((p) => (p.AccountingPaymentId = 286519), payment))[0]!.externalId).toBe("286519:1553199");
    expect(parts(edit((p) => delete p.AccountingPaymentId, payment))[0]).toMatchObject({
      externalId: "2025-03-20:500000:1553199",
      paths: { externalId: [] },
    });
    expect(errors(edit((p) => delete p.date, payment))).toEqual([{ code: "MISSING_FIELD", field: ["date"] }]);
  });

  it("invoices[]: one part per allocation, each on its case number with its own amount and paths", () => {
    const three = parts(split([2000, 1000, 0.5]));
    expect(three.map((p) => [p.invoice, p.amount, p.externalId, p.paths?.amount])).toEqual([
      [{ caseNumber: 1553199 }, 200_000, "pay-99120:1553199", ["invoices", "0", "amount"]],
      [{ caseNumber: 1553200 }, 100_000, "pay-99120:1553200", ["invoices", "1", "amount"]],
      [{ caseNumber: 1553201 }, 50, "pay-99120:1553201", ["invoices", "2", "amount"]],
    ]);
    expect(parts(edit((p) => ((p.invoices as Json[])[0]!.invoiceId = "987654321"), payment))[0]!.invoice).toEqual({
      caseNumber: 987654321,
    });
  });

  it("amount must be the sum of the allocations: the error names both", () => {
    const result = plugin.parsePayment(split([2000, 500], 3000), defaults);
    expect(result).toMatchObject({
      ok: false,
      errors: [
        { code: "INVALID_AMOUNT", field: ["amount"], message: expect.stringMatching(/3000\.00 kr.*2500\.00 kr/) },
      ],
    });
    expect(parts(edit((p) => (p.amount = 5000.0), payment))[0]!.amount).toBe(500_000);
  });

  it("refuses bad allocations, each at its path", () => {
    expect(errors(edit((p) => (p.invoices = []), payment))).toEqual([{ code: "MISSING_FIELD", field: ["invoices"] }]);
    expect(errors(edit((p) => (p.invoices = { invoiceId: 1 }), payment))).toEqual([
      { code: "INVALID_FORMAT", field: ["invoices"] },
    ]);
    expect(errors(split([-10, 20], 10))).toEqual([{ code: "INVALID_AMOUNT", field: ["invoices", "0", "amount"] }]);
    expect(
      errors(
        edit(
          (p) =>
            (p.invoices = [
              { invoiceId: 1553199, amount: 2500 },
              { invoiceId: 1553199, amount: 2500 },
            ]),
          payment,
        ),
      ),
    ).toEqual([{ code: "INVALID_FORMAT", field: ["invoices", "1", "invoiceId"] }]);
    expect(errors(edit((p) => (p.invoices = [7]), payment))).toEqual([
      { code: "INVALID_FORMAT", field: ["invoices", "0"] },
    ]);
    expect(errors(edit((p) => ((p.invoices as Json[])[0]!.invoiceId = 1.5), payment))).toEqual([
      { code: "INVALID_FORMAT", field: ["invoices", "0", "invoiceId"] },
    ]);
  });
});

describe("kravia credit-note body", () => {
  const note = fixture("credit-note.json");
  const parts = (payload: unknown) => {
    const result = plugin.parseCreditNote(payload, defaults);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    return result.creditNotes;
  };
  const errors = (payload: unknown) => errorsOf(plugin.parseCreditNote(payload, defaults));

  it("Date, AccountingPaymentId, Invoices[].InvoiceId and negative amounts become positive øre parts", () => {
    expect(parts(edit((p) => (p.Date = "2025-03-25T00:00:00"), note))[0]!.date).toBe("2025-03-25");
    expect(parts(edit((p) => (p.Date = "2025-03-25"), note))[0]!.date).toBe("2025-03-25");
    expect(parts(edit((p) => (p.AccountingPaymentId = "cn-1"), note))[0]).toMatchObject({
      externalId: "cn-1:1553199",
      creditNoteNumber: "cn-1",
    });
    expect(parts(edit((p) => delete p.AccountingPaymentId, note))[0]).toMatchObject({
      externalId: "2025-03-21:250000:1553199",
      creditNoteNumber: "2025-03-21:250000",
    });
    const two = edit((p) => {
      p.Amount = -3000.5;
      p.Invoices = [
        { InvoiceId: 111111111, Amount: -3000 },
        { InvoiceId: 222222222, Amount: -0.5 },
      ];
    }, note);
    expect(parts(two).map((c) => [c.invoice, c.amount, c.paths?.invoice])).toEqual([
      [{ caseNumber: 111111111 }, 300_000, ["Invoices", "0", "InvoiceId"]],
      [{ caseNumber: 222222222 }, 50, ["Invoices", "1", "InvoiceId"]],
    ]);
    expect(parts(edit((p) => (p.Description = "Annen tekst"), note))).toEqual(parts(note));
  });

  it("refuses positive or zero amounts and a total that is not the sum, with messages that say to send negative amounts", () => {
    const positive = plugin.parseCreditNote(fixture("credit-note-positive.json"), defaults);
    expect(positive).toMatchObject({
      ok: false,
      errors: [{ message: expect.stringContaining("negative") }, { message: expect.stringContaining("negative") }],
    });
    expect(errors(edit((p) => ((p.Invoices as Json[])[0]!.Amount = 0), note))).toEqual([
      { code: "INVALID_AMOUNT", field: ["Invoices", "0", "Amount"] },
    ]);
    expect(errors(edit((p) => (p.Amount = -2000), note))).toEqual([{ code: "INVALID_AMOUNT", field: ["Amount"] }]);
    expect(errors(edit((p) => (p.Amount = -2500.001), note))).toEqual([{ code: "INVALID_AMOUNT", field: ["Amount"] }]);
    expect(errors(edit((p) => delete p.Invoices, note))).toEqual([{ code: "MISSING_FIELD", field: ["Invoices"] }]);
  });
});

describe("kravia outbound", () => {
  it("sends Kravia's envelope: the case number as claimId, Unix seconds, signed over the serialised data by the named algorithm", () => {
    const event = {
      id: "ev1",
      type: "case.frozen",
      occurredAt: "2026-11-23T12:00:00.000Z",
      sequence: 4,
      summary: "Frozen",
      case: {
        id: "case1",
        caseNumber: 482193765,
        status: "FROZEN",
        principalAmount: 125_050,
        outstandingAmount: 125_050,
      },
      creditor: { id: "cr1", orgNumber: "916380941" },
      invoice: { sourceSystem: "kravia", externalId: "48213", invoiceNumber: "20417" },
      data: { secret: "not for receivers" },
    };
    const body = plugin.formatEvent(event, defaults, testFormatTools) as { data: object; signature: string };
    expect(body).toEqual({
      header: { algorithm: "HMAC-SHA256" },
      data: { timestamp: 1795435200, eventType: "CaseUpdate", claimId: 482193765 },
      signature: createHmac("sha256", "contract-secret")
        .update('{"timestamp":1795435200,"eventType":"CaseUpdate","claimId":482193765}')
        .digest("hex"),
    });
    expect(body.signature).toBe(testFormatTools.sign(JSON.stringify(body.data)));
  });
});
