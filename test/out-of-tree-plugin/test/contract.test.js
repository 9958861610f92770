"use strict";
const path = require("node:path");
const { pluginContract } = require("@tvist/plugin-sdk/contract");
const { plugin } = require("..");

const CREDITOR = "923609016";

pluginContract({
  plugin,
  packageDir: path.join(__dirname, ".."),
  invoices: {
    "invoice-person.json": {
      creditor: { orgNumber: CREDITOR },
      debtor: {
        kind: "PERSON",
        name: "Kari Nordmann",
        birthDate: "1984-03-12",
        address: { street: "Storgata 10", postalCode: "0155", city: "Oslo", country: "NO" },
        kommunenummer: "0301",
      },
      invoiceNumber: "20031",
      externalId: "4711",
      issueDate: "2026-08-01",
      dueDate: "2026-08-15",
      amount: 125050,
      currency: "NOK",
      kid: "001023100",
    },
  },
  invalidInvoices: {
    "invoice-invalid.json": [
      { code: "INVALID_DATE", field: ["dueDate"] },
      { code: "INVALID_AMOUNT", field: ["gross"] },
      { code: "INVALID_FORMAT", field: ["customer", "address", "postCode"] },
    ],
  },
  payments: {
    "payment.json": [
      {
        creditor: { orgNumber: CREDITOR },
        invoice: { externalId: "4711" },
        externalId: "p-981",
        amount: 50000,
        date: "2026-09-01",
        reference: "001023100",
      },
    ],
  },
  invalidPayments: {},
  creditNotes: {
    "credit-note.json": [
      {
        creditor: { orgNumber: CREDITOR },
        invoice: { externalId: "4711" },
        externalId: "k-17",
        creditNoteNumber: "900017",
        amount: 25050,
        date: "2026-09-02",
      },
    ],
  },
  invalidCreditNotes: {},
  goodOptions: [{ requireKid: true }, { requireKid: false }],
  badOptions: [{ requireKid: "yes" }],
});
