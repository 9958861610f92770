/**
 * Kravia-like collection platform: its register-invoice shape (the accounting system's invoice id, claim type,
 * original amount as a JSON number of kroner), payments and credit notes against that invoice id, and a thin
 * "case updated" notification that tells receivers to pull the details.
 */
import { definePlugin, PayloadReader, type Json, type NormalizedAddress, type NormalizedDebtor, type OptionProblem, type OptionsCheck, type OutboundEvent } from "../../src/plugins/port";

export interface KraviaOptions {
  /** Claim types accepted by invoicesPush (default ["Invoice"]). */
  claimTypes: string[];
}

const DEFAULTS: KraviaOptions = { claimTypes: ["Invoice"] };
const KNOWN_CLAIM_TYPES = ["Invoice", "ReminderFee", "Interest", "Other"];

const ORG_NUMBER = { pattern: /^\d{9}$/, hint: "is not an organization number: give its 9 digits", allowInteger: true } as const;
const ID = { allowInteger: true, maxLength: 100 } as const;

function validateOptions(options: unknown): OptionsCheck<KraviaOptions> {
  if (options === undefined || options === null) return { ok: true, options: DEFAULTS };
  if (typeof options !== "object" || Array.isArray(options)) {
    return { ok: false, problems: [{ code: "INVALID_OPTION", field: [], message: 'The options must be a JSON object such as {"claimTypes": ["Invoice"]}.' }] };
  }
  const problems: OptionProblem[] = [];
  const result = { ...DEFAULTS };
  for (const [key, value] of Object.entries(options)) {
    if (key !== "claimTypes") {
      problems.push({ code: "UNKNOWN_OPTION", field: [key], message: `Unknown option ${key}: kravia knows claimTypes.` });
    } else if (!Array.isArray(value) || value.length === 0) {
      problems.push({ code: "INVALID_OPTION", field: [key], message: `claimTypes must be a non-empty list drawn from ${KNOWN_CLAIM_TYPES.join(", ")}.` });
    } else {
      value.forEach((v: unknown, i) => {
        if (typeof v !== "string" || !KNOWN_CLAIM_TYPES.includes(v)) {
          problems.push({ code: "INVALID_OPTION", field: [key, String(i)], message: `${JSON.stringify(v)} is not a claim type: use one of ${KNOWN_CLAIM_TYPES.join(", ")}.` });
        }
      });
      result.claimTypes = value as string[];
    }
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, options: result };
}

function address(r: PayloadReader, path: string[]): { address: NormalizedAddress; kommunenummer: string } | undefined {
  if (!r.object(path)) return undefined;
  const line1 = r.string([...path, "addressLine1"]);
  const line2 = r.string([...path, "addressLine2"], { required: false });
  const postalCode = r.string([...path, "postalCode"], { pattern: /^\d{4}$/, hint: "is not a Norwegian postal code: give its 4 digits" });
  const city = r.string([...path, "city"]);
  const country = r.string([...path, "countryCode"], { required: false, pattern: /^[A-Z]{2}$/, hint: "is not a country code: use ISO 3166-1 alpha-2 such as NO" }) ?? "NO";
  const kommunenummer = r.string([...path, "municipalityNumber"], { pattern: /^\d{4}$/, hint: "is not a municipality number (kommunenummer): give its 4 digits" });
  if (line1 === undefined || postalCode === undefined || city === undefined || kommunenummer === undefined) return undefined;
  return { address: { street: line2 ? `${line1}, ${line2}` : line1, postalCode, city, country }, kommunenummer };
}

function debtor(r: PayloadReader): NormalizedDebtor | undefined {
  if (!r.object(["debtor"])) return undefined;
  const type = r.string(["debtor", "debtorType"]);
  if (type !== undefined && type !== "Person" && type !== "Company") {
    r.fail("UNSUPPORTED_VALUE", ["debtor", "debtorType"], `debtor.debtorType "${type}" is not supported: use Person or Company.`);
  }
  const name = r.string(["debtor", "name"]);
  const org = type === "Company" ? r.string(["debtor", "organizationNumber"], ORG_NUMBER) : undefined;
  const birthDate = type === "Person" ? r.date(["debtor", "dateOfBirth"], false) : undefined;
  const where = address(r, ["debtor", "address"]);
  if (name === undefined || !where) return undefined;
  if (type === "Company") return org === undefined ? undefined : { kind: "ORGANISATION", name, orgNumber: org, ...where };
  if (type === "Person") return { kind: "PERSON", name, birthDate: birthDate ?? null, ...where };
  return undefined;
}

const STATUS: Record<string, string> = {
  ACTIVE: "Active",
  FROZEN: "OnHold",
  IN_CONCILIATION: "InConciliation",
  JUDGMENT: "Judgment",
  ENFORCEMENT: "Enforcement",
  PAID: "Paid",
  CREDITED: "Credited",
  CLOSED: "Closed",
};

export const plugin = definePlugin<KraviaOptions>({
  id: "kravia",
  apiVersion: 1,
  version: "1.0.0",
  description: "Kravia-like collection platform: register-invoice shape, amounts as JSON numbers of kroner, thin case notifications.",
  validateOptions,

  invoiceFields: {
    creditor: ["creditor", "organizationNumber"],
    invoiceNumber: ["invoiceNumber"],
    externalId: ["accountingSystemInvoiceId"],
    issueDate: ["invoiceDate"],
    dueDate: ["dueDate"],
    amount: ["originalAmount"],
    currency: ["currency"],
    kid: ["kid"],
    debtor: ["debtor"],
    "debtor.name": ["debtor", "name"],
    "debtor.orgNumber": ["debtor", "organizationNumber"],
    "debtor.birthDate": ["debtor", "dateOfBirth"],
    "debtor.address": ["debtor", "address"],
    "debtor.kommunenummer": ["debtor", "address", "municipalityNumber"],
  },

  parseInvoice(payload, options) {
    const r = new PayloadReader(payload);
    if (!r.ok) return { ok: false, errors: r.errors };
    const externalId = r.string(["accountingSystemInvoiceId"], ID);
    const claimType = r.string(["claimType"]);
    if (claimType !== undefined && !options.claimTypes.includes(claimType)) {
      r.fail("UNSUPPORTED_VALUE", ["claimType"], `claimType "${claimType}" is not accepted here: send one of ${options.claimTypes.join(", ")}.`);
    }
    const invoiceNumber = r.string(["invoiceNumber"], ID);
    const issueDate = r.date(["invoiceDate"]);
    const dueDate = r.date(["dueDate"]);
    const amount = r.kronerNumber(["originalAmount"]);
    const currency = r.string(["currency"], { required: false, pattern: /^[A-Z]{3}$/, hint: "is not a currency code: use ISO 4217 such as NOK" }) ?? "NOK";
    const kid = r.string(["kid"], { required: false, pattern: /^\d{1,24}[\d-]$/, hint: "is not a KID: give its 2 to 25 digits as a string", maxLength: 25 });
    const creditorOrgNumber = r.object(["creditor"]) ? r.string(["creditor", "organizationNumber"], ORG_NUMBER) : undefined;
    const who = debtor(r);
    if (!r.ok || externalId === undefined || invoiceNumber === undefined || issueDate === undefined || dueDate === undefined || amount === undefined || creditorOrgNumber === undefined || !who) {
      return { ok: false, errors: r.errors, externalId: externalId ?? null };
    }
    return { ok: true, invoice: { creditor: { orgNumber: creditorOrgNumber }, debtor: who, invoiceNumber, externalId, issueDate, dueDate, amount, currency, kid: kid ?? null } };
  },

  paymentFields: {
    creditor: ["creditor", "organizationNumber"],
    invoice: ["accountingSystemInvoiceId"],
    externalId: ["paymentId"],
    amount: ["amount"],
    date: ["paymentDate"],
    reference: ["reference"],
  },

  parsePayment(payload) {
    const r = new PayloadReader(payload);
    if (!r.ok) return { ok: false, errors: r.errors };
    const externalId = r.string(["paymentId"], ID);
    const invoiceExternalId = r.string(["accountingSystemInvoiceId"], ID);
    const amount = r.kronerNumber(["amount"]);
    const date = r.date(["paymentDate"]);
    const reference = r.string(["reference"], { required: false, allowInteger: true });
    const creditorOrgNumber = r.object(["creditor"]) ? r.string(["creditor", "organizationNumber"], ORG_NUMBER) : undefined;
    if (!r.ok || externalId === undefined || invoiceExternalId === undefined || amount === undefined || date === undefined || creditorOrgNumber === undefined) {
      return { ok: false, errors: r.errors, externalId: externalId ?? null };
    }
    return { ok: true, payments: [{ creditor: { orgNumber: creditorOrgNumber }, invoice: { externalId: invoiceExternalId }, externalId, amount, date, reference: reference ?? null }] };
  },

  creditNoteFields: {
    creditor: ["creditor", "organizationNumber"],
    invoice: ["accountingSystemInvoiceId"],
    externalId: ["creditNoteId"],
    creditNoteNumber: ["creditNoteNumber"],
    amount: ["amount"],
    date: ["creditNoteDate"],
  },

  parseCreditNote(payload) {
    const r = new PayloadReader(payload);
    if (!r.ok) return { ok: false, errors: r.errors };
    const externalId = r.string(["creditNoteId"], ID);
    const creditNoteNumber = r.string(["creditNoteNumber"], ID);
    const invoiceExternalId = r.string(["accountingSystemInvoiceId"], ID);
    const amount = r.kronerNumber(["amount"]);
    const date = r.date(["creditNoteDate"]);
    const creditorOrgNumber = r.object(["creditor"]) ? r.string(["creditor", "organizationNumber"], ORG_NUMBER) : undefined;
    if (!r.ok || externalId === undefined || creditNoteNumber === undefined || invoiceExternalId === undefined || amount === undefined || date === undefined || creditorOrgNumber === undefined) {
      return { ok: false, errors: r.errors, externalId: externalId ?? null };
    }
    return { ok: true, creditNotes: [{ creditor: { orgNumber: creditorOrgNumber }, invoice: { externalId: invoiceExternalId }, externalId, creditNoteNumber, amount, date }] };
  },

  /** Thin on purpose: receivers pull the case for details. */
  formatEvent(event: OutboundEvent): Json {
    return { caseId: event.case.id, status: STATUS[event.case.status] ?? event.case.status, updatedAt: event.occurredAt };
  },
});

export default plugin;
