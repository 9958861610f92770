/**
 * Conta (conta.no) through its public API objects, accepted as Conta returns them: an invoice
 * (RouteV1InvoiceModel) with its customer (RouteV1CustomerModel), a payment (RouteV1PaymentModel, or the
 * RouteV1CreateSinglePaymentInputModel body with its invoice and payment ids) and a credit note (the CREDIT-type
 * RouteV1InvoiceModel). Money is decimal kroner as JSON numbers; ids are int64. See README.md beside this file.
 */
import {
  definePlugin,
  formatKroner,
  numberToOre,
  PayloadReader,
  type CreditorRef,
  type Json,
  type NormalizedAddress,
  type NormalizedCreditNote,
  type NormalizedDebtor,
  type NormalizedPayment,
  type OptionProblem,
  type OptionsCheck,
  type OutboundEvent,
} from "@tvist/plugin-sdk";
import { countryCode } from "./countries";

export interface ContaOptions {
  /**
   * Use the customer's mailing address (mailingAddress*) instead of its customer address (customerAddress*) when
   * the mailing address is complete. Default false: the customer address is where the debtor lives or does
   * business, which is what picks the forliksråd; a mailing address is often a postbox.
   */
  preferMailingAddress: boolean;
  /** Refuse invoices without a KID (default false). */
  requireKid: boolean;
}

const DEFAULTS: ContaOptions = { preferMailingAddress: false, requireKid: false };
const OPTION_NAMES = Object.keys(DEFAULTS) as (keyof ContaOptions)[];

type Path = string[];

function validateOptions(options: unknown): OptionsCheck<ContaOptions> {
  if (options === undefined || options === null) return { ok: true, options: DEFAULTS };
  if (typeof options !== "object" || Array.isArray(options)) {
    return {
      ok: false,
      problems: [
        {
          code: "INVALID_OPTION",
          field: [],
          message: 'The options must be a JSON object such as {"preferMailingAddress": true}.',
        },
      ],
    };
  }
  const problems: OptionProblem[] = [];
  const result = { ...DEFAULTS };
  for (const [key, value] of Object.entries(options)) {
    if (!(OPTION_NAMES as string[]).includes(key)) {
      problems.push({
        code: "UNKNOWN_OPTION",
        field: [key],
        message: `Unknown option ${key}: conta knows ${OPTION_NAMES.join(" and ")}.`,
      });
    } else if (typeof value !== "boolean") {
      problems.push({ code: "INVALID_OPTION", field: [key], message: `${key} must be true or false.` });
    } else result[key as keyof ContaOptions] = value;
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, options: result };
}

const INT64_MAX = 9223372036854775807n;
const label = (path: Path): string => path.join(".");

/** A Conta id (int64): a JSON integer up to 2^53 − 1, or a string of digits for any int64. */
function contaId(r: PayloadReader, path: Path, required = true): string | undefined {
  const value = r.at(path);
  if (value === undefined || value === null || value === "") {
    return required
      ? r.fail("MISSING_FIELD", path, `${label(path)} is required: give Conta's id, e.g. 883120.`)
      : undefined;
  }
  if (typeof value === "number") {
    if (Number.isSafeInteger(value) && value > 0) return String(value);
    if (Number.isInteger(value) && value > 0) {
      return r.fail(
        "INVALID_FORMAT",
        path,
        `${label(path)} is beyond 2^53 and cannot be read exactly from a JSON number: send the id as a string of digits, e.g. "9007199254740993".`,
      );
    }
    return r.fail("INVALID_FORMAT", path, `${label(path)} ${value} is not a Conta id: give a positive whole number.`);
  }
  if (
    typeof value === "string" &&
    /^\d{1,19}$/.test(value.trim()) &&
    BigInt(value.trim()) > 0n &&
    BigInt(value.trim()) <= INT64_MAX
  )
    return BigInt(value.trim()).toString();
  return r.fail(
    "INVALID_FORMAT",
    path,
    `${label(path)} is not a Conta id: give a positive whole number (int64), as a JSON number or a string of digits.`,
  );
}

/** Conta money (ASGARD_TYPE_CURRENCY): a JSON number of kroner with at most 2 decimals, to signed øre. */
function money(r: PayloadReader, path: Path, required = true): number | undefined {
  const value = r.at(path);
  if (value === undefined || value === null)
    return required
      ? r.fail("MISSING_FIELD", path, `${label(path)} is required: give the amount in kroner, e.g. 12500.00.`)
      : undefined;
  if (typeof value !== "number")
    return r.fail(
      "INVALID_AMOUNT",
      path,
      `${label(path)} must be a JSON number of kroner such as 12500.00, as Conta sends it.`,
    );
  const parsed = numberToOre(Math.abs(value));
  if (!parsed.ok) return r.fail("INVALID_AMOUNT", path, `${label(path)} ${value} ${parsed.problem}.`);
  return value < 0 ? -parsed.ore : parsed.ore;
}

/** A required enum value of Conta's; unknown values are UNSUPPORTED_VALUE naming the known ones. */
function oneOf<T extends string>(r: PayloadReader, path: Path, values: readonly T[], fallback?: T): T | undefined {
  const value = r.at(path);
  if ((value === undefined || value === null) && fallback !== undefined) return fallback;
  const text = r.string(path);
  if (text === undefined) return undefined;
  if ((values as readonly string[]).includes(text)) return text as T;
  return r.fail(
    "UNSUPPORTED_VALUE",
    path,
    `${label(path)} "${text}" is not one of Conta's values: use ${values.join(", ")}.`,
  );
}

/** Conta's organisation: the wrapper's opContextOrgId names it (tvist's creditor external id); otherwise the push says. */
function creditorOf(r: PayloadReader): CreditorRef | undefined {
  if (!r.has(["opContextOrgId"])) return { fromRequest: true };
  const id = contaId(r, ["opContextOrgId"]);
  return id === undefined ? undefined : { externalId: id };
}

const ORG_NUMBER = /^(?:NO)?(\d{9})(?:MVA)?$/i;
const KID = {
  pattern: /^\d{1,24}[\d-]$/,
  hint: "is not a KID tvist can collect on: give its 2 to 25 digits",
  maxLength: 35,
} as const;

interface AddressPaths {
  line1: string;
  line2: string;
  postcode: string;
  city: string;
  country: string;
}
const CUSTOMER_ADDRESS: AddressPaths = {
  line1: "customerAddressLine1",
  line2: "customerAddressLine2",
  postcode: "customerAddressPostcode",
  city: "customerAddressCity",
  country: "customerAddressCountry",
};
const MAILING_ADDRESS: AddressPaths = {
  line1: "mailingAddressLine1",
  line2: "mailingAddressLine2",
  postcode: "mailingAddressPostcode",
  city: "mailingAddressCity",
  country: "mailingAddressCountry",
};

function address(r: PayloadReader, which: AddressPaths): NormalizedAddress | undefined {
  const at = (field: string): Path => ["customer", field];
  const line1 = r.string(at(which.line1), { maxLength: 100 });
  const line2 = r.string(at(which.line2), { required: false, maxLength: 100 });
  const countryName = r.string(at(which.country), { required: false, maxLength: 100 });
  const country = countryName === undefined ? "NO" : countryCode(countryName);
  if (country === undefined) {
    r.fail(
      "UNSUPPORTED_VALUE",
      at(which.country),
      `${which.country} "${countryName}" is a country tvist does not know: write its name in Norwegian or English (e.g. Norge, Sverige) or its ISO code (NO).`,
    );
  } else if (country !== "NO") {
    r.fail(
      "UNSUPPORTED_VALUE",
      at(which.country),
      `${which.country} "${countryName}" (${country}) is abroad: tvist collects from debtors in Norway, whose postnummer gives the kommune and the forliksråd.`,
    );
  }
  const postcode = r.string(
    at(which.postcode),
    country === "NO"
      ? { pattern: /^\d{4}$/, hint: "is not a Norwegian postnummer: give its 4 digits, e.g. 0154", maxLength: 20 }
      : { maxLength: 20 },
  );
  const city = r.string(at(which.city), { maxLength: 100 });
  if (line1 === undefined || postcode === undefined || city === undefined || country !== "NO") return undefined;
  return { street: line2 === undefined ? line1 : `${line1}, ${line2}`, postalCode: postcode, city, country };
}

function hasCompleteAddress(r: PayloadReader, which: AddressPaths): boolean {
  return r.has(["customer", which.line1]) && r.has(["customer", which.postcode]) && r.has(["customer", which.city]);
}

function customer(r: PayloadReader, options: ContaOptions): NormalizedDebtor | undefined {
  if (!r.object(["customer"])) return undefined;
  const name = r.string(["customer", "name"]);
  const type = oneOf(r, ["customer", "customerType"], ["INDIVIDUAL", "ORGANIZATION"] as const);
  let orgNumber: string | undefined;
  let birthDate: string | null | undefined = null;
  if (type === "ORGANIZATION") {
    const orgNo = r.string(["customer", "orgNo"], { maxLength: 50 });
    if (orgNo !== undefined) {
      const m = ORG_NUMBER.exec(orgNo.replace(/[\s.]/g, ""));
      if (m) orgNumber = m[1];
      else
        r.fail(
          "INVALID_FORMAT",
          ["customer", "orgNo"],
          `customer.orgNo "${orgNo}" is not a Norwegian organisasjonsnummer: give its 9 digits, e.g. 914778271.`,
        );
    }
  } else if (type === "INDIVIDUAL") {
    birthDate = r.date(["customer", "dateOfBirth"], false) ?? null;
  }
  const where = address(
    r,
    options.preferMailingAddress && hasCompleteAddress(r, MAILING_ADDRESS) ? MAILING_ADDRESS : CUSTOMER_ADDRESS,
  );
  if (name === undefined || type === undefined || where === undefined) return undefined;
  if (type === "ORGANIZATION")
    return orgNumber === undefined ? undefined : { kind: "ORGANISATION", name, orgNumber, address: where };
  return { kind: "PERSON", name, birthDate, address: where };
}

/** What is still owed on the invoice, incl. VAT: sumRemaining where Conta gives it, else sumTotal. */
function claim(r: PayloadReader): number | undefined {
  const total = money(r, ["invoice", "sumTotal"], !r.has(["invoice", "sumRemaining"]));
  const remaining = money(r, ["invoice", "sumRemaining"], false);
  const [owed, path] =
    remaining !== undefined ? [remaining, ["invoice", "sumRemaining"]] : [total, ["invoice", "sumTotal"]];
  if (owed === undefined) return undefined;
  if (owed < 0)
    return r.fail(
      "INVALID_AMOUNT",
      path,
      `${label(path)} ${owed / 100} is negative: that is a credit note; push it with creditNotesPush.`,
    );
  if (owed === 0)
    return r.fail(
      "INVALID_AMOUNT",
      path,
      `${label(path)} is 0: nothing is owed on the invoice, so there is nothing to collect.`,
    );
  if (remaining !== undefined && total !== undefined && remaining > total) {
    return r.fail(
      "INVALID_AMOUNT",
      path,
      `invoice.sumRemaining ${remaining / 100} exceeds invoice.sumTotal ${total / 100}: tvist collects the invoice's own amount; send the invoice without reminder fees or interest in sumRemaining.`,
    );
  }
  return owed;
}

/** An int64 or a digit string to JSON: a number when exact, else the string. */
function idJson(id: string | null | undefined): Json {
  if (id === null || id === undefined) return null;
  return /^\d{1,15}$/.test(id) ? Number(id) : id;
}

/** Conta shows an invoice's state at a collector as kraviaInvoiceStatus; tvist's case status in those terms. */
const KRAVIA_STATUS: Readonly<Record<string, "ACTIVE" | "WITHDRAWN" | "CLOSED">> = {
  ACTIVE: "ACTIVE",
  FROZEN: "ACTIVE",
  IN_CONCILIATION: "ACTIVE",
  JUDGMENT: "ACTIVE",
  ENFORCEMENT: "ACTIVE",
  PAID: "CLOSED",
  CLOSED: "CLOSED",
  CREDITED: "WITHDRAWN",
};

const PAYMENT_MODEL_TYPES = ["MANUAL", "OCR_CREMUL", "NOT_PAYMENT"] as const;

const PARTS = Symbol("partialPayments");

/** The payload with payment.partialPayments readable by index ("0", "1"…), as PayloadReader paths go through objects. */
function withIndexedParts(payload: unknown): unknown {
  if (typeof payload !== "object" || payload === null || Array.isArray(payload)) return payload;
  const payment = (payload as Record<string, unknown>).payment;
  if (
    typeof payment !== "object" ||
    payment === null ||
    !Array.isArray((payment as Record<string, unknown>).partialPayments)
  )
    return payload;
  const parts = (payment as Record<string, unknown>).partialPayments as unknown[];
  return { ...payload, payment: { ...payment, partialPayments: { ...parts }, [PARTS]: parts } };
}

/** payment.partialPayments as sent (an array unless malformed). */
function partsOf(view: unknown): unknown {
  const payment = (view as { payment?: unknown } | null)?.payment;
  if (typeof payment !== "object" || payment === null) return undefined;
  return PARTS in payment
    ? (payment as { [PARTS]: unknown })[PARTS]
    : (payment as { partialPayments?: unknown }).partialPayments;
}

/** One payment on one invoice: Conta's payment id with the invoice's, so either form of the same payment is one. */
const paymentKey = (paymentId: string, invoiceId: string): string => `${paymentId}:${invoiceId}`;

function paymentModel(
  r: PayloadReader,
  creditor: CreditorRef | undefined,
  paymentId: string | undefined,
): NormalizedPayment[] | undefined {
  const type = oneOf(r, ["payment", "paymentType"], PAYMENT_MODEL_TYPES, "MANUAL");
  if (type === "NOT_PAYMENT")
    r.fail(
      "UNSUPPORTED_VALUE",
      ["payment", "paymentType"],
      'payment.paymentType "NOT_PAYMENT" is not money received: push only payments (MANUAL or OCR_CREMUL).',
    );
  const wrapperInvoice = r.has(["invoiceId"]) ? contaId(r, ["invoiceId"]) : undefined;
  const parts = partsOf(r.payload);
  if (!Array.isArray(parts) || parts.length === 0) {
    r.fail(
      parts === undefined || parts === null ? "MISSING_FIELD" : "INVALID_FORMAT",
      ["payment", "partialPayments"],
      "payment.partialPayments must list the payment's parts, as Conta returns them.",
    );
    return undefined;
  }
  const payments: NormalizedPayment[] = [];
  let sum = 0;
  parts.forEach((_, i) => {
    const at = (field: string): Path => ["payment", "partialPayments", String(i), field];
    if (!r.object(["payment", "partialPayments", String(i)])) return;
    const invoiceId = contaId(r, at("invoiceId"));
    const amount = money(r, at("amount"));
    const date = r.date(at("date"));
    const ofPayment = contaId(r, at("paymentId"), false);
    if (ofPayment !== undefined && paymentId !== undefined && ofPayment !== paymentId) {
      r.fail(
        "INVALID_FORMAT",
        at("paymentId"),
        `${label(at("paymentId"))} ${ofPayment} is not payment.id ${paymentId}: send each payment with its own parts.`,
      );
    }
    if (amount !== undefined && amount <= 0)
      r.fail("INVALID_AMOUNT", at("amount"), `${label(at("amount"))} must be more than 0 kroner.`);
    sum += amount ?? 0;
    if (
      creditor &&
      paymentId !== undefined &&
      invoiceId !== undefined &&
      amount !== undefined &&
      amount > 0 &&
      date !== undefined
    ) {
      payments.push({
        creditor,
        invoice: { externalId: invoiceId },
        externalId: paymentKey(paymentId, invoiceId),
        amount,
        date,
        reference: null,
        paths: { invoice: at("invoiceId"), externalId: ["payment", "id"], amount: at("amount"), date: at("date") },
      });
    }
  });
  const total = money(r, ["payment", "totalAmount"], false);
  if (total !== undefined && r.ok && total !== sum) {
    r.fail(
      "INVALID_AMOUNT",
      ["payment", "totalAmount"],
      `payment.totalAmount ${total / 100} is not the sum of payment.partialPayments (${sum / 100}): send the payment as Conta returns it.`,
    );
  }
  if (
    wrapperInvoice !== undefined &&
    r.ok &&
    !payments.some((p) => "externalId" in p.invoice && p.invoice.externalId === wrapperInvoice)
  ) {
    r.fail(
      "INVALID_FORMAT",
      ["invoiceId"],
      `invoiceId ${wrapperInvoice} is in none of payment.partialPayments: leave it out or send that invoice's payment.`,
    );
  }
  return payments;
}

function paymentInput(r: PayloadReader, creditor: CreditorRef | undefined): NormalizedPayment[] | undefined {
  const invoiceId = contaId(r, ["invoiceId"]);
  const paymentId = contaId(r, ["paymentId"]);
  const amount = money(r, ["payment", "amount"]);
  const date = r.date(["payment", "date"]);
  const description = r.string(["payment", "description"], { required: false, maxLength: 500 });
  if (amount !== undefined && amount <= 0)
    r.fail("INVALID_AMOUNT", ["payment", "amount"], "payment.amount must be at least 0.01 kroner, as Conta requires.");
  if (r.has(["payment", "returnPaymentDate"])) {
    r.fail(
      "UNSUPPORTED_VALUE",
      ["payment", "returnPaymentDate"],
      "payment.returnPaymentDate says the money went back to the payer: push only payments that were kept.",
    );
  }
  if (
    !creditor ||
    invoiceId === undefined ||
    paymentId === undefined ||
    amount === undefined ||
    amount <= 0 ||
    date === undefined
  )
    return undefined;
  return [
    {
      creditor,
      invoice: { externalId: invoiceId },
      externalId: paymentKey(paymentId, invoiceId),
      amount,
      date,
      reference: description ?? null,
    },
  ];
}

export const plugin = definePlugin<ContaOptions>({
  id: "conta",
  apiVersion: 1,
  version: "2.0.0",
  description:
    "Conta (conta.no): its API's invoice with customer, payment and credit-note objects, unchanged; money in kroner as JSON numbers.",
  validateOptions,

  invoiceFields: {
    creditor: ["opContextOrgId"],
    invoiceNumber: ["invoice", "invoiceNo"],
    externalId: ["invoice", "id"],
    issueDate: ["invoice", "invoiceDate"],
    dueDate: ["invoice", "invoiceDueDate"],
    amount: ["invoice", "sumRemaining"],
    currency: ["invoice", "invoiceCurrency"],
    kid: ["invoice", "kid"],
    debtor: ["customer"],
    "debtor.name": ["customer", "name"],
    "debtor.orgNumber": ["customer", "orgNo"],
    "debtor.birthDate": ["customer", "dateOfBirth"],
    "debtor.address": ["customer", "customerAddressPostcode"],
    "debtor.kommunenummer": ["customer", "customerAddressPostcode"],
  },

  parseInvoice(payload, options) {
    const r = new PayloadReader(payload);
    if (!r.ok) return { ok: false, errors: r.errors };
    const creditor = creditorOf(r);
    if (Array.isArray(r.at(["hits"])) && !r.has(["invoice"])) {
      r.fail(
        "INVALID_FORMAT",
        [],
        'This is a page of GET /invoices: push each of its hits as an item, {"invoice": <hit>, "customer": <GET /customers/{customerId}>}.',
      );
      return { ok: false, errors: r.errors };
    }
    if (!r.object(["invoice"])) {
      customer(r, options);
      return { ok: false, errors: r.errors };
    }
    const externalId = contaId(r, ["invoice", "id"]);
    const invoiceNumber = contaId(r, ["invoice", "invoiceNo"]);
    const type = oneOf(r, ["invoice", "type"], ["NORMAL", "CASH", "CREDIT"] as const, "NORMAL");
    if (type === "CREDIT")
      r.fail(
        "UNSUPPORTED_VALUE",
        ["invoice", "type"],
        'invoice.type "CREDIT" is a credit note, not a claim: push it with creditNotesPush.',
      );
    const customerId = contaId(r, ["invoice", "customerId"]);
    const issueDate = r.date(["invoice", "invoiceDate"]);
    const dueDate = r.date(["invoice", "invoiceDueDate"]);
    const amount = type === "CREDIT" ? undefined : claim(r);
    const currency =
      r.string(["invoice", "invoiceCurrency"], {
        required: false,
        pattern: /^[A-Z]{3}$/,
        hint: "is not a currency code: use ISO 4217 such as NOK",
      }) ?? "NOK";
    const kid = r.string(["invoice", "kid"], { required: options.requireKid, ...KID });
    const debtor = customer(r, options);
    const ofCustomer = r.has(["customer"]) ? contaId(r, ["customer", "id"], false) : undefined;
    if (customerId !== undefined && ofCustomer !== undefined && customerId !== ofCustomer) {
      r.fail(
        "INVALID_FORMAT",
        ["invoice", "customerId"],
        `invoice.customerId ${customerId} is not customer.id ${ofCustomer}: send the invoice with its own customer (GET /customers/${customerId}).`,
      );
    }
    if (
      !r.ok ||
      !creditor ||
      externalId === undefined ||
      invoiceNumber === undefined ||
      issueDate === undefined ||
      dueDate === undefined ||
      amount === undefined ||
      debtor === undefined
    ) {
      return { ok: false, errors: r.errors, externalId: externalId ?? null };
    }
    return {
      ok: true,
      invoice: { creditor, debtor, invoiceNumber, externalId, issueDate, dueDate, amount, currency, kid: kid ?? null },
    };
  },

  paymentFields: {
    creditor: ["opContextOrgId"],
    invoice: ["invoiceId"],
    externalId: ["paymentId"],
    amount: ["payment", "amount"],
    date: ["payment", "date"],
    reference: ["payment", "description"],
  },

  parsePayment(payload) {
    const r = new PayloadReader(withIndexedParts(payload));
    if (!r.ok) return { ok: false, errors: r.errors };
    const creditor = creditorOf(r);
    if (!r.object(["payment"])) return { ok: false, errors: r.errors };
    const model = r.has(["payment", "partialPayments"]) || r.has(["payment", "id"]);
    const payments = model ? paymentModel(r, creditor, contaId(r, ["payment", "id"])) : paymentInput(r, creditor);
    const id = r.at(model ? ["payment", "id"] : ["paymentId"]);
    const externalId = typeof id === "number" || typeof id === "string" ? String(id) : null;
    if (!r.ok || !payments || payments.length === 0) return { ok: false, errors: r.errors, externalId };
    return { ok: true, payments };
  },

  creditNoteFields: {
    creditor: ["opContextOrgId"],
    invoice: ["creditNote", "creditedInvoiceId"],
    externalId: ["creditNote", "id"],
    creditNoteNumber: ["creditNote", "invoiceNo"],
    amount: ["creditNote", "sumTotal"],
    date: ["creditNote", "invoiceDate"],
  },

  parseCreditNote(payload) {
    const r = new PayloadReader(payload);
    if (!r.ok) return { ok: false, errors: r.errors };
    const creditor = creditorOf(r);
    if (!r.object(["creditNote"])) return { ok: false, errors: r.errors };
    const externalId = contaId(r, ["creditNote", "id"]);
    const type = oneOf(r, ["creditNote", "type"], ["NORMAL", "CASH", "CREDIT"] as const);
    if (type !== undefined && type !== "CREDIT") {
      r.fail(
        "UNSUPPORTED_VALUE",
        ["creditNote", "type"],
        `creditNote.type "${type}" is an invoice, not a credit note: send the credit note Conta answered (type CREDIT).`,
      );
    }
    const invoiceId = contaId(r, ["creditNote", "creditedInvoiceId"]);
    const creditNoteNumber = contaId(r, ["creditNote", "invoiceNo"]);
    const date = r.date(["creditNote", "invoiceDate"]);
    const total = money(r, ["creditNote", "sumTotal"]);
    if (total !== undefined && total >= 0) {
      r.fail(
        "INVALID_AMOUNT",
        ["creditNote", "sumTotal"],
        `creditNote.sumTotal ${total / 100} must be negative, as on every Conta credit note: send the credit note, not the invoice.`,
      );
    }
    if (
      !r.ok ||
      !creditor ||
      externalId === undefined ||
      invoiceId === undefined ||
      creditNoteNumber === undefined ||
      date === undefined ||
      total === undefined ||
      total >= 0
    ) {
      return { ok: false, errors: r.errors, externalId: externalId ?? null };
    }
    const creditNote: NormalizedCreditNote = {
      creditor,
      invoice: { externalId: invoiceId },
      externalId,
      creditNoteNumber,
      amount: -total,
      date,
    };
    return { ok: true, creditNotes: [creditNote] };
  },

  formatEvent(event: OutboundEvent): Json {
    const fromConta = event.invoice?.sourceSystem === "conta" ? event.invoice : null;
    return {
      eventId: event.id,
      eventType: event.type,
      occurredAt: event.occurredAt,
      sequence: event.sequence,
      invoiceId: idJson(fromConta?.externalId),
      invoiceNo: idJson(fromConta?.invoiceNumber),
      kraviaInvoiceStatus: KRAVIA_STATUS[event.case.status] ?? null,
      sumRemaining: Number(formatKroner(event.case.outstandingAmount)),
      caseId: event.case.id,
      caseNumber: event.case.caseNumber,
      caseStatus: event.case.status,
      summary: event.summary,
      data: event.data,
    };
  },
});

export default plugin;
