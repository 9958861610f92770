/**
 * The invoices the ingest benchmark pushes: a deterministic stream in the conta plugin's format (Conta's invoice and
 * customer objects, as Conta's API returns them), and the same invoices as the rows tvist writes (for the raw INSERT
 * baseline).
 */

/** The creditor's organisasjonsnummer (valid MOD11); Conta's bodies name no creditor, so the key sees only this one. */
export const CREDITOR_ORG = "923609016";
export const KOMMUNE = "4601";

export interface IngestShape {
  invoices: number;
  /** Distinct customers (debtors); invoice i is for customer i % customers. Half persons, half businesses. */
  customers: number;
  batchSize: number;
}

const WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2];

/** A valid organisasjonsnummer per customer. */
export function orgNumberOf(k: number): string {
  for (let n = 810_000_000 + k * 37; ; n += 1) {
    const body = String(Math.floor(n / 10))
      .padStart(8, "0")
      .slice(-8);
    const rem = WEIGHTS.reduce((s, w, i) => s + w * Number(body[i]), 0) % 11;
    if (rem === 1) continue;
    return `${body}${rem === 0 ? 0 : 11 - rem}`;
  }
}

const day = (base: string, plus: number) =>
  new Date(Date.parse(`${base}T00:00:00Z`) + plus * 86_400_000).toISOString().slice(0, 10);

export interface Customer {
  k: number;
  kind: "PERSON" | "ORGANISATION";
  name: string;
  orgNumber: string | null;
  birthDate: string | null;
  street: string;
  postalCode: string;
  city: string;
}

export function customerOf(k: number): Customer {
  const person = k % 2 === 0;
  return {
    k,
    kind: person ? "PERSON" : "ORGANISATION",
    name: person ? `Kunde ${k} Nordmann` : `Firma ${k} AS`,
    orgNumber: person ? null : orgNumberOf(k),
    birthDate: person ? day("1950-01-01", k % 18_000) : null,
    street: `${person ? "Bryggen" : "Strandgaten"} ${1 + (k % 300)}`,
    postalCode: "5003",
    city: "Bergen",
  };
}

export interface InvoiceRow {
  externalId: string;
  invoiceNumber: string;
  issueDate: string;
  dueDate: string;
  /** Øre. */
  amount: number;
  customer: Customer;
}

export function invoiceOf(i: number, shape: IngestShape): InvoiceRow {
  const issueDate = day("2026-08-01", i % 28);
  return {
    externalId: String(1_000_000 + i),
    invoiceNumber: String(100_000 + i),
    issueDate,
    dueDate: day(issueDate, 14),
    amount: 10_000 + ((i * 7919) % 5_000_000),
    customer: customerOf(i % shape.customers),
  };
}

/** The invoice as the conta plugin's item: Conta's invoice (money in kroner as JSON numbers) with its customer. */
export function contaPayload(row: InvoiceRow): Record<string, unknown> {
  const c = row.customer;
  const total = Number(`${Math.floor(row.amount / 100)}.${String(row.amount % 100).padStart(2, "0")}`);
  return {
    invoice: {
      id: Number(row.externalId),
      customerId: 10_000 + c.k,
      invoiceNo: Number(row.invoiceNumber),
      type: "NORMAL",
      invoiceDate: row.issueDate,
      invoiceDueDate: row.dueDate,
      invoiceCurrency: "NOK",
      sumTotal: total,
      sumRemaining: total,
      invoiceLines: [{ description: "Regnskapsføring", quantity: 1, price: total, discount: 0, vatCode: "no.vat" }],
    },
    customer: {
      id: 10_000 + c.k,
      name: c.name,
      customerType: c.kind === "PERSON" ? "INDIVIDUAL" : "ORGANIZATION",
      ...(c.kind === "PERSON" ? { dateOfBirth: c.birthDate } : { orgNo: c.orgNumber }),
      customerAddressLine1: c.street,
      customerAddressPostcode: c.postalCode,
      customerAddressCity: c.city,
      customerAddressCountry: "Norge",
    },
  };
}

export const INVOICES_PUSH = `mutation Push($input: InvoicesPushInput!) {
  invoicesPush(input: $input) {
    results { index created userErrors { code field message } }
    userErrors { code message }
  }
}`;
