"use strict";
/** A tvist plugin for a Fiken-style accounting system: English field names, amounts as whole øre. */
const { definePlugin, PayloadReader } = require("@tvist/plugin-sdk");

const ORG_NUMBER = { pattern: /^\d{9}$/, hint: "must be the 9 digits of an organisasjonsnummer", allowInteger: true };

/** A whole, non-negative number of øre (Fiken sends 125050 for 1 250,50 kr). */
function ore(r, path) {
  const value = r.at(path);
  if (value === undefined || value === null)
    return r.fail("MISSING_FIELD", path, `${path.join(".")} is required: give the amount in øre as a whole number.`);
  if (!Number.isSafeInteger(value) || value < 0)
    return r.fail(
      "INVALID_AMOUNT",
      path,
      `${path.join(".")} must be a whole, non-negative number of øre, e.g. 125050 for 1 250,50 kr.`,
    );
  return value;
}

function validateOptions(options) {
  if (options === undefined) return { ok: true, options: { requireKid: false } };
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    return {
      ok: false,
      problems: [
        {
          code: "INVALID_OPTION",
          field: [],
          message: 'The options must be a JSON object such as {"requireKid": true}.',
        },
      ],
    };
  }
  const problems = [];
  for (const key of Object.keys(options))
    if (key !== "requireKid")
      problems.push({
        code: "UNKNOWN_OPTION",
        field: [key],
        message: `Unknown option ${key}: the only option is requireKid.`,
      });
  if (options.requireKid !== undefined && typeof options.requireKid !== "boolean")
    problems.push({ code: "INVALID_OPTION", field: ["requireKid"], message: "requireKid must be true or false." });
  return problems.length > 0
    ? { ok: false, problems }
    : { ok: true, options: { requireKid: options.requireKid ?? false } };
}

function parseInvoice(payload, options) {
  const r = new PayloadReader(payload);
  const externalId = r.string(["invoiceId"], { allowInteger: true });
  const orgNumber = r.string(["creditor", "organizationNumber"], ORG_NUMBER);
  const invoiceNumber = r.string(["invoiceNumber"], { allowInteger: true });
  const issueDate = r.date(["issueDate"]);
  const dueDate = r.date(["dueDate"]);
  const amount = ore(r, ["gross"]);
  const currency = r.string(["currency"], { pattern: /^NOK$/, hint: "is not supported: tvist collects NOK only" });
  const kid = r.string(["kid"], { required: options.requireKid, allowInteger: true }) ?? null;
  const customer = r.object(["customer"]);
  const name = r.string(["customer", "name"]);
  const debtorOrgNumber = r.string(["customer", "organizationNumber"], { ...ORG_NUMBER, required: false });
  const birthDate = r.date(["customer", "birthDate"], false) ?? null;
  const street = r.string(["customer", "address", "streetAddress"]);
  const postalCode = r.string(["customer", "address", "postCode"], {
    pattern: /^\d{4}$/,
    hint: "must be a 4-digit postnummer",
  });
  const city = r.string(["customer", "address", "city"]);
  const kommunenummer =
    r.string(["customer", "municipalityNumber"], {
      required: false,
      pattern: /^\d{4}$/,
      hint: "must be a 4-digit kommunenummer",
    }) ?? null;
  if (!r.ok || !customer) return { ok: false, errors: r.errors, externalId: externalId ?? null };
  const common = { name, address: { street, postalCode, city, country: "NO" }, kommunenummer };
  const debtor = debtorOrgNumber
    ? { ...common, kind: "ORGANISATION", orgNumber: debtorOrgNumber }
    : { ...common, kind: "PERSON", birthDate };
  return {
    ok: true,
    invoice: { creditor: { orgNumber }, debtor, invoiceNumber, externalId, issueDate, dueDate, amount, currency, kid },
  };
}

function parsePayment(payload) {
  const r = new PayloadReader(payload);
  const externalId = r.string(["paymentId"], { allowInteger: true });
  const orgNumber = r.string(["creditor", "organizationNumber"], ORG_NUMBER);
  const invoiceId = r.string(["invoiceId"], { allowInteger: true });
  const amount = ore(r, ["amount"]);
  const date = r.date(["date"]);
  const reference = r.string(["reference"], { required: false }) ?? null;
  if (!r.ok) return { ok: false, errors: r.errors, externalId: externalId ?? null };
  return {
    ok: true,
    payments: [{ creditor: { orgNumber }, invoice: { externalId: invoiceId }, externalId, amount, date, reference }],
  };
}

function parseCreditNote(payload) {
  const r = new PayloadReader(payload);
  const externalId = r.string(["creditNoteId"], { allowInteger: true });
  const orgNumber = r.string(["creditor", "organizationNumber"], ORG_NUMBER);
  const invoiceId = r.string(["invoiceId"], { allowInteger: true });
  const creditNoteNumber = r.string(["creditNoteNumber"], { allowInteger: true });
  const amount = ore(r, ["amount"]);
  const date = r.date(["date"]);
  if (!r.ok) return { ok: false, errors: r.errors, externalId: externalId ?? null };
  return {
    ok: true,
    creditNotes: [
      { creditor: { orgNumber }, invoice: { externalId: invoiceId }, externalId, creditNoteNumber, amount, date },
    ],
  };
}

const plugin = definePlugin({
  id: "fiken",
  apiVersion: 1,
  version: "1.0.0",
  description: "Fiken-style invoices: English field names, amounts in whole øre.",
  validateOptions,
  invoiceFields: {
    creditor: ["creditor", "organizationNumber"],
    invoiceNumber: ["invoiceNumber"],
    externalId: ["invoiceId"],
    issueDate: ["issueDate"],
    dueDate: ["dueDate"],
    amount: ["gross"],
    currency: ["currency"],
    kid: ["kid"],
    debtor: ["customer"],
    "debtor.name": ["customer", "name"],
    "debtor.orgNumber": ["customer", "organizationNumber"],
    "debtor.birthDate": ["customer", "birthDate"],
    "debtor.address": ["customer", "address"],
    "debtor.kommunenummer": ["customer", "municipalityNumber"],
  },
  parseInvoice,
  paymentFields: {
    creditor: ["creditor", "organizationNumber"],
    invoice: ["invoiceId"],
    externalId: ["paymentId"],
    amount: ["amount"],
    date: ["date"],
    reference: ["reference"],
  },
  parsePayment,
  creditNoteFields: {
    creditor: ["creditor", "organizationNumber"],
    invoice: ["invoiceId"],
    externalId: ["creditNoteId"],
    creditNoteNumber: ["creditNoteNumber"],
    amount: ["amount"],
    date: ["date"],
  },
  parseCreditNote,
  formatEvent(event) {
    return {
      event: event.type,
      caseId: event.case.id,
      status: event.case.status,
      outstanding: event.case.outstandingAmount,
      invoiceId: event.invoice ? event.invoice.externalId : null,
      occurredAt: event.occurredAt,
    };
  },
});

module.exports = { plugin, default: plugin };
