import fs from "node:fs";
import path from "node:path";
import { plugin, type ContaOptions } from "@tvist/plugin-conta";
import { countryCode } from "../../plugins/conta/countries";
import type { NormalizedInvoice, OutboundEvent } from "@tvist/plugin-sdk";
import { pluginContract, testFormatTools } from "@tvist/plugin-sdk/contract";

type Json = Record<string, unknown>;
const FROM_REQUEST = { fromRequest: true } as const;
const ADDRESS = { street: "Karl Johans gate 22", postalCode: "0154", city: "Oslo", country: "NO" };
const SAMPLE: NormalizedInvoice = {
  creditor: FROM_REQUEST,
  debtor: { kind: "ORGANISATION", name: "Testkunde Nord AS", orgNumber: "914778271", address: ADDRESS },
  invoiceNumber: "20417",
  externalId: "883120",
  issueDate: "2025-03-03",
  dueDate: "2025-03-17",
  amount: 1_250_000,
  currency: "NOK",
  kid: "00020032",
};

pluginContract<ContaOptions>({
  packageDir: path.join(__dirname, "..", "..", "plugins", "conta"),
  plugin,
  invoices: {
    "invoice-organisation.json": SAMPLE,
    "invoice-person.json": {
      ...SAMPLE,
      debtor: { kind: "PERSON", name: "Testkunde Nord AS", birthDate: "1985-06-15", address: ADDRESS },
    },
    "invoice-list-item.json": SAMPLE,
  },
  invalidInvoices: {
    "invoice-invalid-not-an-object.json": [{ code: "INVALID_FORMAT", field: [] }],
    "invoice-invalid-list-page.json": [{ code: "INVALID_FORMAT", field: [] }],
    "invoice-invalid-credit.json": [{ code: "UNSUPPORTED_VALUE", field: ["invoice", "type"] }],
    "invoice-invalid-paid.json": [{ code: "INVALID_AMOUNT", field: ["invoice", "sumRemaining"] }],
    "invoice-invalid-abroad.json": [
      { code: "INVALID_FORMAT", field: ["customer", "orgNo"] },
      { code: "UNSUPPORTED_VALUE", field: ["customer", "customerAddressCountry"] },
    ],
    "invoice-invalid-fields.json": [
      { code: "INVALID_FORMAT", field: ["invoice", "id"] },
      { code: "MISSING_FIELD", field: ["invoice", "invoiceNo"] },
      { code: "INVALID_DATE", field: ["invoice", "invoiceDate"] },
      { code: "MISSING_FIELD", field: ["invoice", "invoiceDueDate"] },
      { code: "INVALID_AMOUNT", field: ["invoice", "sumTotal"] },
      { code: "INVALID_FORMAT", field: ["invoice", "invoiceCurrency"] },
      { code: "INVALID_FORMAT", field: ["invoice", "kid"] },
      { code: "INVALID_FORMAT", field: ["invoice", "customerId"] },
      { code: "MISSING_FIELD", field: ["customer", "name"] },
      { code: "UNSUPPORTED_VALUE", field: ["customer", "customerType"] },
      { code: "INVALID_FORMAT", field: ["customer", "customerAddressPostcode"] },
    ],
  },
  payments: {
    "payment-input.json": [
      {
        creditor: FROM_REQUEST,
        invoice: { externalId: "883120" },
        externalId: "55012:883120",
        amount: 500_000,
        date: "2025-03-20",
        reference: "Delbetaling faktura 20417",
      },
    ],
    "payment-model.json": [
      {
        creditor: FROM_REQUEST,
        invoice: { externalId: "883120" },
        externalId: "55013:883120",
        amount: 250_050,
        date: "2025-03-24",
        reference: null,
        paths: {
          invoice: ["payment", "partialPayments", "0", "invoiceId"],
          externalId: ["payment", "id"],
          amount: ["payment", "partialPayments", "0", "amount"],
          date: ["payment", "partialPayments", "0", "date"],
        },
      },
    ],
    "payment-model-multi.json": [0, 1].map((i) => ({
      creditor: FROM_REQUEST,
      invoice: { externalId: ["883120", "883121"][i]! },
      externalId: ["55014:883120", "55014:883121"][i]!,
      amount: [100_000, 50_025][i]!,
      date: "2025-03-25",
      reference: null,
      paths: {
        invoice: ["payment", "partialPayments", String(i), "invoiceId"],
        externalId: ["payment", "id"],
        amount: ["payment", "partialPayments", String(i), "amount"],
        date: ["payment", "partialPayments", String(i), "date"],
      },
    })),
  },
  invalidPayments: {
    "payment-invalid.json": [
      { code: "INVALID_FORMAT", field: ["invoiceId"] },
      { code: "MISSING_FIELD", field: ["paymentId"] },
      { code: "INVALID_AMOUNT", field: ["payment", "amount"] },
      { code: "INVALID_DATE", field: ["payment", "date"] },
      { code: "UNSUPPORTED_VALUE", field: ["payment", "returnPaymentDate"] },
    ],
    "payment-model-invalid.json": [
      { code: "UNSUPPORTED_VALUE", field: ["payment", "paymentType"] },
      { code: "INVALID_AMOUNT", field: ["payment", "partialPayments", "0", "amount"] },
      { code: "MISSING_FIELD", field: ["payment", "partialPayments", "1", "invoiceId"] },
      { code: "INVALID_DATE", field: ["payment", "partialPayments", "1", "date"] },
      { code: "INVALID_FORMAT", field: ["payment", "partialPayments", "1", "paymentId"] },
    ],
  },
  creditNotes: {
    "credit-note.json": [
      {
        creditor: FROM_REQUEST,
        invoice: { externalId: "883120" },
        externalId: "883160",
        creditNoteNumber: "20431",
        amount: 1_250_000,
        date: "2025-03-28",
      },
    ],
  },
  invalidCreditNotes: {
    "credit-note-invalid.json": [
      { code: "INVALID_FORMAT", field: ["opContextOrgId"] },
      { code: "UNSUPPORTED_VALUE", field: ["creditNote", "type"] },
      { code: "MISSING_FIELD", field: ["creditNote", "creditedInvoiceId"] },
      { code: "INVALID_AMOUNT", field: ["creditNote", "sumTotal"] },
    ],
  },
  goodOptions: [{ preferMailingAddress: true }, { requireKid: true, preferMailingAddress: false }],
  badOptions: [{ preferMailingAddress: "yes" }, { requireKid: 1 }, { decimalComma: true }],
});

const DEFAULTS: ContaOptions = { preferMailingAddress: false, requireKid: false };
const load = (file: string): Json =>
  JSON.parse(fs.readFileSync(path.join(__dirname, "../../plugins/conta/fixtures", file), "utf8")) as Json;

/** The organisation sample with changes to its invoice and customer. */
function item(invoice: Json = {}, customer: Json = {}, wrapper: Json = {}): Json {
  const sample = load("invoice-organisation.json");
  return {
    ...sample,
    ...wrapper,
    invoice: { ...(sample.invoice as Json), ...invoice },
    customer: { ...(sample.customer as Json), ...customer },
  };
}
const parsed = (payload: Json, options = DEFAULTS) => {
  const result = plugin.parseInvoice(payload, options);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.invoice;
};
const errors = (payload: Json, options = DEFAULTS) => {
  const result = plugin.parseInvoice(payload, options);
  return result.ok ? [] : result.errors.map((e) => ({ code: e.code, field: e.field }));
};

describe("conta invoices: each field tvist reads changes the result", () => {
  it("invoice.id and invoice.invoiceNo: int64 as JSON numbers up to 2^53 − 1 or digit strings, never through a rounding double", () => {
    expect(parsed(item({ id: 9_007_199_254_740_991, invoiceNo: "20999" }))).toMatchObject({
      externalId: "9007199254740991",
      invoiceNumber: "20999",
    });
    expect(parsed(item({ id: "9223372036854775807" })).externalId).toBe("9223372036854775807");
    expect(parsed(item({ id: "0000883121" })).externalId).toBe("883121");
    expect(errors(item({ id: 9_007_199_254_740_992 }))).toEqual([{ code: "INVALID_FORMAT", field: ["invoice", "id"] }]);
    expect(errors(item({ id: "9223372036854775808" }))).toEqual([{ code: "INVALID_FORMAT", field: ["invoice", "id"] }]);
    for (const bad of [-1, 0, 12.5, "12a", true])
      expect(errors(item({ id: bad }))).toEqual([{ code: "INVALID_FORMAT", field: ["invoice", "id"] }]);
  });

  it("the claim is sumRemaining (incl. VAT), else sumTotal; never the lines' prices ex VAT", () => {
    expect(parsed(item({ sumRemaining: 7500.5 })).amount).toBe(750_050);
    expect(parsed(item({ sumRemaining: null, sumTotal: 12_499.99 })).amount).toBe(1_249_999);
    expect(parsed(item({ sumRemaining: undefined })).amount).toBe(1_250_000);
    expect(
      parsed(
        item({ invoiceLines: [{ description: "x", price: 1, quantity: 1, discount: 0, vatCode: "high" }], sumNet: 1 }),
      ).amount,
    ).toBe(1_250_000);
  });

  it("refuses what is not owed money: a CREDIT, a zero or negative remainder, more than 2 decimals, a remainder above the total", () => {
    expect(errors(item({ type: "CREDIT", sumTotal: -12500, sumRemaining: 0 }))).toEqual([
      { code: "UNSUPPORTED_VALUE", field: ["invoice", "type"] },
    ]);
    expect(errors(item({ sumRemaining: 0 }))).toEqual([{ code: "INVALID_AMOUNT", field: ["invoice", "sumRemaining"] }]);
    expect(errors(item({ sumRemaining: -10 }))).toEqual([
      { code: "INVALID_AMOUNT", field: ["invoice", "sumRemaining"] },
    ]);
    expect(errors(item({ sumRemaining: null, sumTotal: -12500 }))).toEqual([
      { code: "INVALID_AMOUNT", field: ["invoice", "sumTotal"] },
    ]);
    expect(errors(item({ sumRemaining: 1.005 }))).toEqual([
      { code: "INVALID_AMOUNT", field: ["invoice", "sumRemaining"] },
    ]);
    expect(errors(item({ sumRemaining: "12500.00" }))).toEqual([
      { code: "INVALID_AMOUNT", field: ["invoice", "sumRemaining"] },
    ]);
    expect(errors(item({ sumRemaining: 12535 }))).toEqual([
      { code: "INVALID_AMOUNT", field: ["invoice", "sumRemaining"] },
    ]);
    expect(errors(item({ sumRemaining: undefined, sumTotal: undefined }))).toEqual([
      { code: "MISSING_FIELD", field: ["invoice", "sumTotal"] },
    ]);
    const message = plugin.parseInvoice(item({ type: "CREDIT" }), DEFAULTS);
    expect(message.ok ? "" : message.errors[0]!.message).toContain("creditNotesPush");
  });

  it("type: NORMAL (the default) and CASH are claims; an unknown type is refused", () => {
    expect(parsed(item({ type: undefined })).amount).toBe(1_250_000);
    expect(parsed(item({ type: "CASH" })).amount).toBe(1_250_000);
    expect(errors(item({ type: "PROFORMA" }))).toEqual([{ code: "UNSUPPORTED_VALUE", field: ["invoice", "type"] }]);
  });

  it("dates, currency and KID", () => {
    expect(parsed(item({ invoiceDate: "2025-04-01", invoiceDueDate: "2025-04-15" }))).toMatchObject({
      issueDate: "2025-04-01",
      dueDate: "2025-04-15",
    });
    expect(parsed(item({ invoiceCurrency: "SEK" })).currency).toBe("SEK");
    expect(parsed(item({ invoiceCurrency: undefined })).currency).toBe("NOK");
    expect(parsed(item({ kid: "1234567890123456789012349" })).kid).toBe("1234567890123456789012349");
    expect(parsed(item({ kid: undefined })).kid).toBeNull();
    expect(errors(item({ kid: undefined }), { ...DEFAULTS, requireKid: true })).toEqual([
      { code: "MISSING_FIELD", field: ["invoice", "kid"] },
    ]);
  });

  it("invoice.customerId must be the customer's id when the customer carries one", () => {
    expect(parsed(item({}, { id: 1042 })).externalId).toBe("883120");
    expect(errors(item({}, { id: 1043 }))).toEqual([{ code: "INVALID_FORMAT", field: ["invoice", "customerId"] }]);
    expect(errors(item({ customerId: undefined }))).toEqual([
      { code: "MISSING_FIELD", field: ["invoice", "customerId"] },
    ]);
  });

  it("customer: ORGANIZATION needs a Norwegian orgNo (spaces, NO…MVA allowed); INDIVIDUAL takes dateOfBirth and ignores orgNo", () => {
    expect(parsed(item({}, { orgNo: "NO 914 778 271 MVA" })).debtor).toMatchObject({
      kind: "ORGANISATION",
      orgNumber: "914778271",
    });
    expect(errors(item({}, { orgNo: undefined }))).toEqual([{ code: "MISSING_FIELD", field: ["customer", "orgNo"] }]);
    expect(errors(item({}, { orgNo: "5560360793" }))).toEqual([
      { code: "INVALID_FORMAT", field: ["customer", "orgNo"] },
    ]);
    expect(parsed(item({}, { customerType: "INDIVIDUAL", dateOfBirth: "1985-06-15" })).debtor).toEqual({
      kind: "PERSON",
      name: "Testkunde Nord AS",
      birthDate: "1985-06-15",
      address: ADDRESS,
    });
    expect(parsed(item({}, { customerType: "INDIVIDUAL", orgNo: undefined, name: "Kari Nordmann" })).debtor).toEqual({
      kind: "PERSON",
      name: "Kari Nordmann",
      birthDate: null,
      address: ADDRESS,
    });
    expect(errors(item({}, { customerType: "INDIVIDUAL", dateOfBirth: "15.06.1985" }))).toEqual([
      { code: "INVALID_DATE", field: ["customer", "dateOfBirth"] },
    ]);
    expect(errors(item({}, { customerType: undefined }))).toEqual([
      { code: "MISSING_FIELD", field: ["customer", "customerType"] },
    ]);
  });

  it("customer address: lines joined, postcode kept with its leading zero, no kommunenummer (tvist takes the postcode's)", () => {
    const debtor = parsed(
      item({}, { customerAddressLine2: "3. etasje", customerAddressPostcode: "0010", customerAddressCity: "OSLO" }),
    ).debtor;
    expect(debtor.address).toEqual({
      street: "Karl Johans gate 22, 3. etasje",
      postalCode: "0010",
      city: "OSLO",
      country: "NO",
    });
    expect("kommunenummer" in debtor).toBe(false);
    expect(errors(item({}, { customerAddressPostcode: 154 }))).toEqual([
      { code: "INVALID_FORMAT", field: ["customer", "customerAddressPostcode"] },
    ]);
    expect(errors(item({}, { customerAddressLine1: undefined, customerAddressCity: " " }))).toEqual([
      { code: "MISSING_FIELD", field: ["customer", "customerAddressLine1"] },
      { code: "MISSING_FIELD", field: ["customer", "customerAddressCity"] },
    ]);
  });

  it("customerAddressCountry: Norwegian or English names and ISO codes map to NO; absent is NO; abroad and unknown names are refused", () => {
    for (const name of ["Norge", "norway", " NOREG ", "NO", "Norvège"])
      expect(parsed(item({}, { customerAddressCountry: name })).debtor.address.country).toBe("NO");
    expect(parsed(item({}, { customerAddressCountry: undefined })).debtor.address.country).toBe("NO");
    expect(countryCode("Sverige")).toBe("SE");
    expect(countryCode("Narnia")).toBeUndefined();
    expect(errors(item({}, { customerAddressCountry: "Danmark" }))).toEqual([
      { code: "UNSUPPORTED_VALUE", field: ["customer", "customerAddressCountry"] },
    ]);
    expect(errors(item({}, { customerAddressCountry: "Narnia" }))).toEqual([
      { code: "UNSUPPORTED_VALUE", field: ["customer", "customerAddressCountry"] },
    ]);
  });

  it("the mailing address is used only with preferMailingAddress and only when complete", () => {
    const mailing = {
      mailingAddressLine1: "Postboks 123 Sentrum",
      mailingAddressPostcode: "0102",
      mailingAddressCity: "Oslo",
      mailingAddressCountry: "Norge",
    };
    const prefer = { ...DEFAULTS, preferMailingAddress: true };
    expect(parsed(item({}, mailing)).debtor.address).toEqual(ADDRESS);
    expect(parsed(item({}, mailing), prefer).debtor.address).toEqual({
      street: "Postboks 123 Sentrum",
      postalCode: "0102",
      city: "Oslo",
      country: "NO",
    });
    expect(parsed(item({}, { ...mailing, mailingAddressCity: undefined }), prefer).debtor.address).toEqual(ADDRESS);
  });

  it("the creditor: none in Conta's bodies (the push names it); opContextOrgId in the wrapper is the creditor's Conta organisation id", () => {
    expect(parsed(item()).creditor).toEqual({ fromRequest: true });
    expect(parsed(item({}, {}, { opContextOrgId: 44120 })).creditor).toEqual({ externalId: "44120" });
    expect(parsed(item({}, {}, { opContextOrgId: "44121" })).creditor).toEqual({ externalId: "44121" });
    expect(errors(item({}, {}, { opContextOrgId: "Fjellrev" }))).toEqual([
      { code: "INVALID_FORMAT", field: ["opContextOrgId"] },
    ]);
  });

  it("without the invoice, the customer's problems are still reported", () => {
    expect(errors({ customer: { customerType: "ORGANIZATION" } })).toEqual([
      { code: "MISSING_FIELD", field: ["invoice"] },
      { code: "MISSING_FIELD", field: ["customer", "name"] },
      { code: "MISSING_FIELD", field: ["customer", "orgNo"] },
      { code: "MISSING_FIELD", field: ["customer", "customerAddressLine1"] },
      { code: "MISSING_FIELD", field: ["customer", "customerAddressPostcode"] },
      { code: "MISSING_FIELD", field: ["customer", "customerAddressCity"] },
    ]);
  });

  it("fields tvist does not read (status, lines, reminder, recipients) change nothing", () => {
    const bare = item({
      status: "CLOSED_BY_PAYMENT",
      invoiceLines: [],
      invoicePaymentReminder: null,
      invoiceRecipients: [],
      followUpDate: null,
    });
    expect(parsed(bare)).toEqual(SAMPLE);
  });
});

describe("conta payments and credit notes", () => {
  const input = load("payment-input.json");
  const model = load("payment-model.json");
  const payments = (payload: Json) => {
    const result = plugin.parsePayment(payload, DEFAULTS);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    return result.payments;
  };
  const paymentErrors = (payload: Json) => {
    const result = plugin.parsePayment(payload, DEFAULTS);
    return result.ok ? [] : result.errors.map((e) => ({ code: e.code, field: e.field }));
  };

  it("the POST body: invoiceId and paymentId from the wrapper, amount, date and description from the body", () => {
    const body = input.payment as Json;
    expect(
      payments({
        ...input,
        invoiceId: "883121",
        paymentId: 1,
        payment: { ...body, amount: 0.01, date: "2025-03-21", description: undefined },
      }),
    ).toEqual([
      {
        creditor: FROM_REQUEST,
        invoice: { externalId: "883121" },
        externalId: "1:883121",
        amount: 1,
        date: "2025-03-21",
        reference: null,
      },
    ]);
    expect(paymentErrors({ ...input, payment: { ...body, amount: 0 } })).toEqual([
      { code: "INVALID_AMOUNT", field: ["payment", "amount"] },
    ]);
    expect(payments({ ...input, opContextOrgId: 44120 })[0]!.creditor).toEqual({ externalId: "44120" });
  });

  it("the same payment in either form has the same external id, so pushing both registers it once", () => {
    const asModel = {
      payment: {
        id: 55012,
        partialPayments: [{ id: 1, date: "2025-03-20", amount: 5000.0, invoiceId: 883120, paymentId: 55012 }],
      },
    };
    expect(payments(asModel)[0]!.externalId).toBe(payments(input)[0]!.externalId);
  });

  it("the payment model: each part its own payment; totalAmount must add up; a wrapper invoiceId must be among the parts", () => {
    const body = model.payment as Json;
    expect(paymentErrors({ payment: { ...body, totalAmount: 2500.49 } })).toEqual([
      { code: "INVALID_AMOUNT", field: ["payment", "totalAmount"] },
    ]);
    expect(payments({ payment: { ...body, totalAmount: undefined } })).toHaveLength(1);
    expect(payments({ invoiceId: 883120, ...model })).toHaveLength(1);
    expect(paymentErrors({ invoiceId: 883199, ...model })).toEqual([{ code: "INVALID_FORMAT", field: ["invoiceId"] }]);
    expect(paymentErrors({ payment: { ...body, partialPayments: [] } })).toEqual([
      { code: "INVALID_FORMAT", field: ["payment", "partialPayments"] },
    ]);
    expect(paymentErrors({ payment: { ...body, id: 9_007_199_254_740_993 } })).toEqual([
      { code: "INVALID_FORMAT", field: ["payment", "id"] },
    ]);
  });

  it("a credit note: the CREDIT invoice Conta answers; its negative sumTotal is the amount credited", () => {
    const note = load("credit-note.json");
    const body = note.creditNote as Json;
    const result = plugin.parseCreditNote(
      {
        ...note,
        creditNote: {
          ...body,
          id: "883199",
          sumTotal: -100.5,
          creditedInvoiceId: "883121",
          invoiceNo: 20432,
          invoiceDate: "2025-04-01",
        },
      },
      DEFAULTS,
    );
    expect(result).toEqual({
      ok: true,
      creditNotes: [
        {
          creditor: FROM_REQUEST,
          invoice: { externalId: "883121" },
          externalId: "883199",
          creditNoteNumber: "20432",
          amount: 10_050,
          date: "2025-04-01",
        },
      ],
    });
    const noType = plugin.parseCreditNote({ creditNote: { ...body, type: undefined } }, DEFAULTS);
    expect(noType.ok ? [] : noType.errors.map((e) => e.field)).toEqual([["creditNote", "type"]]);
  });
});

describe("conta outbound events", () => {
  const event = (
    status: string,
    outstandingAmount: number,
    invoice: OutboundEvent["invoice"] = { sourceSystem: "conta", externalId: "883120", invoiceNumber: "20417" },
  ): OutboundEvent => ({
    id: "ev1",
    type: "case.frozen",
    occurredAt: "2026-11-23T12:00:00.000Z",
    sequence: 4,
    summary: "Frozen",
    case: { id: "case1", caseNumber: 418_220_931, status, principalAmount: 1_250_000, outstandingAmount },
    creditor: { id: "cr1", orgNumber: "923609016" },
    invoice,
    data: { objectionId: "o1" },
  });

  it("speaks Conta's vocabulary: invoice id and number as Conta's integers, kraviaInvoiceStatus, sumRemaining in kroner", () => {
    expect(plugin.formatEvent(event("FROZEN", 1_407_505), DEFAULTS, testFormatTools)).toEqual({
      eventId: "ev1",
      eventType: "case.frozen",
      occurredAt: "2026-11-23T12:00:00.000Z",
      sequence: 4,
      invoiceId: 883120,
      invoiceNo: 20417,
      kraviaInvoiceStatus: "ACTIVE",
      sumRemaining: 14075.05,
      caseId: "case1",
      caseNumber: 418_220_931,
      caseStatus: "FROZEN",
      summary: "Frozen",
      data: { objectionId: "o1" },
    });
  });

  it.each([
    ["ACTIVE", "ACTIVE"],
    ["FROZEN", "ACTIVE"],
    ["IN_CONCILIATION", "ACTIVE"],
    ["JUDGMENT", "ACTIVE"],
    ["ENFORCEMENT", "ACTIVE"],
    ["PAID", "CLOSED"],
    ["CLOSED", "CLOSED"],
    ["CREDITED", "WITHDRAWN"],
    ["SOME_FUTURE_STATUS", null],
  ])("case status %s is kraviaInvoiceStatus %s", (status, expected) => {
    expect(plugin.formatEvent(event(status, 0), DEFAULTS, testFormatTools)).toMatchObject({
      kraviaInvoiceStatus: expected,
      sumRemaining: 0,
      caseStatus: status,
    });
  });

  it("an id beyond 2^53 stays a string; an invoice from another system has no Conta ids", () => {
    expect(
      plugin.formatEvent(
        event("ACTIVE", 5, { sourceSystem: "conta", externalId: "9223372036854775807", invoiceNumber: "20417" }),
        DEFAULTS,
        testFormatTools,
      ),
    ).toMatchObject({ invoiceId: "9223372036854775807", sumRemaining: 0.05 });
    expect(
      plugin.formatEvent(
        event("ACTIVE", 5, { sourceSystem: "kravia", externalId: "55", invoiceNumber: "9" }),
        DEFAULTS,
        testFormatTools,
      ),
    ).toMatchObject({ invoiceId: null, invoiceNo: null });
    expect(plugin.formatEvent(event("ACTIVE", 5, null), DEFAULTS, testFormatTools)).toMatchObject({
      invoiceId: null,
      invoiceNo: null,
    });
  });
});
