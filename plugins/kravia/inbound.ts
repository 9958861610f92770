/**
 * Kravia API v2 request bodies, read as Kravia's developer guide documents them: `POST /api/v2/invoice/register`,
 * `POST /api/v2/invoice/payment` and `POST /api/v2/invoice/creditnote`. See README.md for every field and choice.
 */
import {
  formatKroner,
  type CreditNoteField,
  type CreditNoteParse,
  type CreditorRef,
  type FieldMap,
  type InvoiceField,
  type InvoiceParse,
  type NormalizedCreditNote,
  type NormalizedDebtor,
  type NormalizedPayment,
  type OptionProblem,
  type OptionsCheck,
  type PaymentField,
  type PaymentParse,
  type PayloadWarning,
} from "@tvist/plugin-sdk";
import { KraviaReader } from "./reader";

export const CLAIM_TYPES = ["CollectionCase", "Invoice"] as const;
export type ClaimType = (typeof CLAIM_TYPES)[number];

export interface KraviaOptions {
  /** `claimType` values invoicesPush accepts (default both, ["CollectionCase", "Invoice"]); `CreditNote` never. */
  claimTypes: ClaimType[];
}

export const DEFAULTS: KraviaOptions = { claimTypes: [...CLAIM_TYPES] };

export function validateOptions(options: unknown): OptionsCheck<KraviaOptions> {
  if (options === undefined || options === null) return { ok: true, options: DEFAULTS };
  if (typeof options !== "object" || Array.isArray(options)) {
    return {
      ok: false,
      problems: [
        {
          code: "INVALID_OPTION",
          field: [],
          message: 'The options must be a JSON object such as {"claimTypes": ["CollectionCase"]}.',
        },
      ],
    };
  }
  const problems: OptionProblem[] = [];
  const result: KraviaOptions = { ...DEFAULTS };
  for (const [key, value] of Object.entries(options)) {
    if (key !== "claimTypes") {
      problems.push({
        code: "UNKNOWN_OPTION",
        field: [key],
        message: `Unknown option ${key}: kravia knows claimTypes.`,
      });
    } else if (!Array.isArray(value) || value.length === 0) {
      problems.push({
        code: "INVALID_OPTION",
        field: [key],
        message: `claimTypes must be a non-empty list drawn from ${CLAIM_TYPES.join(", ")}.`,
      });
    } else {
      const types: ClaimType[] = [];
      value.forEach((v: unknown, i) => {
        const known = CLAIM_TYPES.find((t) => t === v);
        if (known) types.push(known);
        else {
          const fix =
            v === "CreditNote" ? "credit notes come through creditNotesPush" : `use ${CLAIM_TYPES.join(" or ")}`;
          problems.push({
            code: "INVALID_OPTION",
            field: [key, String(i)],
            message: `${JSON.stringify(v)} is not a claim type tvist takes as a claim: ${fix}.`,
          });
        }
      });
      result.claimTypes = types;
    }
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, options: result };
}

/** The external id of an invoice registered without `accountingInvoiceId`: its invoice number, in its own id space. */
export const invoiceNoId = (invoiceNo: string): string => `invoiceNo:${invoiceNo}`;
/** The base id of a payment or credit note sent without `AccountingPaymentId`: its date and total in øre. */
export const contentId = (date: string, totalOre: number): string => `${date}:${totalOre}`;
/** One part of a payment or credit note: the Kravia body's id and the invoice it is allocated to. */
export const partId = (base: string, caseNumber: number): string => `${base}:${caseNumber}`;

const ID = { allowInteger: true, maxLength: 100 } as const;
const TEXT = { required: false, maxLength: 255 } as const;

export const invoiceFields: FieldMap<InvoiceField> = {
  creditor: ["creditorId"],
  invoiceNumber: ["invoiceNo"],
  externalId: ["accountingInvoiceId"],
  issueDate: ["invoiceDate"],
  dueDate: ["dueDate"],
  amount: ["originalAmount"],
  currency: ["currencyCode"],
  kid: [],
  debtor: [],
  "debtor.name": ["debtorName"],
  "debtor.orgNumber": ["organizationNumber"],
  "debtor.birthDate": ["ssn"],
  "debtor.address": ["postalAddress"],
  "debtor.kommunenummer": ["postalAddress", "addressPostalCode"],
};

/** The fields the payload spells otherwise than the guide, at the payload's spelling (undefined when none). */
function spelledOtherwise<F extends string>(r: KraviaReader, fields: FieldMap<F>): Partial<FieldMap<F>> | undefined {
  const paths: Partial<Record<F, readonly string[]>> = {};
  let any = false;
  for (const [field, documented] of Object.entries(fields) as [F, readonly string[]][]) {
    const spelled = r.spell(documented);
    if (spelled.some((key, i) => key !== documented[i])) {
      paths[field] = spelled;
      any = true;
    }
  }
  return any ? paths : undefined;
}

/** Kravia's creditorId when given; else the push's input.creditorId (or the key's only creditor). */
function creditorRef(r: KraviaReader): CreditorRef | undefined {
  if (!r.has(["creditorId"])) return { fromRequest: true };
  const id = r.integer(["creditorId"]);
  return id === undefined ? undefined : { externalId: String(id) };
}

const FNR_WEIGHTS = [
  [3, 7, 6, 1, 8, 9, 4, 5, 2],
  [5, 4, 3, 2, 7, 6, 5, 4, 3, 2],
] as const;

/** The birth date in a fødselsnummer or D-number (11 digits, both check digits right), else undefined. */
export function birthDateOfSsn(ssn: string): string | undefined {
  if (!/^\d{11}$/.test(ssn)) return undefined;
  const d = [...ssn].map(Number);
  for (const weights of FNR_WEIGHTS) {
    const sum = weights.reduce((acc, w, i) => acc + w * d[i]!, 0);
    const check = (11 - (sum % 11)) % 11;
    if (check === 10 || check !== d[weights.length]) return undefined;
  }
  let day = d[0]! * 10 + d[1]!;
  let month = d[2]! * 10 + d[3]!;
  const yy = d[4]! * 10 + d[5]!;
  const individual = d[6]! * 100 + d[7]! * 10 + d[8]!;
  if (day > 40) day -= 40;
  if (month > 80) month -= 80;
  else if (month > 40) month -= 40;
  const century =
    individual < 500
      ? 1900
      : individual < 750 && yy >= 54
        ? 1800
        : yy < 40
          ? 2000
          : individual >= 900
            ? 1900
            : undefined;
  if (century === undefined) return undefined;
  const date = `${century + yy}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === date ? date : undefined;
}

function debtor(r: KraviaReader): NormalizedDebtor | undefined {
  const name = r.string(["debtorName"]);
  const orgGiven = r.has(["organizationNumber"]);
  const explicit = r.boolean(["isPrivateIndividual"], false);
  const isPrivate = explicit ?? !orgGiven;
  const orgNumber = isPrivate
    ? undefined
    : r.string(["organizationNumber"], {
        pattern: /^\d{9}$/,
        hint: "is not an organization number: give its 9 digits",
        allowInteger: true,
      });
  let birthDate: string | null = null;
  if (isPrivate) {
    const ssn = r.string(["ssn"], { required: false, allowInteger: true, maxLength: 11 });
    if (ssn !== undefined) {
      birthDate = birthDateOfSsn(ssn) ?? null;
      if (birthDate === null)
        r.fail(
          "INVALID_FORMAT",
          ["ssn"],
          "ssn is not a Norwegian fødselsnummer or D-number: give its 11 digits, or null when unknown.",
        );
    }
  }
  const where = r.object(["postalAddress"]) ? ["postalAddress"] : undefined;
  const line1 = where ? r.string([...where, "addressAddressLine1"]) : undefined;
  const line2 = where ? r.string([...where, "addressAddressLine2"], { required: false }) : undefined;
  const postalCode = where
    ? r.string([...where, "addressPostalCode"], {
        pattern: /^\d{4}$/,
        hint: 'is not a Norwegian postcode: give its 4 digits as a string, e.g. "0154"',
      })
    : undefined;
  const city = where ? r.string([...where, "addressCity"]) : undefined;
  const country = where
    ? (r
        .string([...where, "addressCountryCode"], {
          required: false,
          pattern: /^[A-Za-z]{2}$/,
          hint: "is not a country code: use ISO 3166-1 alpha-2 such as NO",
        })
        ?.toUpperCase() ?? "NO")
    : "NO";
  if (name === undefined || line1 === undefined || postalCode === undefined || city === undefined) return undefined;
  const address = { street: line2 ? `${line1}, ${line2}` : line1, postalCode, city, country };
  if (isPrivate) return { kind: "PERSON", name, birthDate, address };
  return orgNumber === undefined ? undefined : { kind: "ORGANISATION", name, orgNumber, address };
}

function claimType(r: KraviaReader, options: KraviaOptions): ClaimType | undefined {
  const given = r.string(["claimType"]);
  if (given === undefined) return undefined;
  if (given.toLowerCase() === "creditnote") {
    return r.fail(
      "UNSUPPORTED_VALUE",
      ["claimType"],
      "claimType CreditNote registers a credit note: send it to creditNotesPush (Kravia's POST /api/v2/invoice/creditnote body) against the invoice it credits.",
    );
  }
  const known = CLAIM_TYPES.find((t) => t.toLowerCase() === given.toLowerCase());
  if (!known || !options.claimTypes.includes(known)) {
    return r.fail(
      "UNSUPPORTED_VALUE",
      ["claimType"],
      `claimType "${given}" is not accepted here: send one of ${options.claimTypes.join(", ")}.`,
    );
  }
  return known;
}

/** Optional parts of the body tvist does not read must still be what the guide shows. */
function lists(r: KraviaReader): void {
  r.list(["orderLines"], false);
  r.list(["bookkeepingDetails"], false);
}

export function parseInvoice(payload: unknown, options: KraviaOptions): InvoiceParse {
  const r = new KraviaReader(payload);
  if (!r.ok) return { ok: false, errors: r.errors };
  const kind = claimType(r, options);
  const creditor = creditorRef(r);
  const accountingInvoiceId = r.string(["accountingInvoiceId"], { ...ID, required: false });
  const invoiceNumber = r.string(["invoiceNo"], ID);
  const externalId = accountingInvoiceId ?? (invoiceNumber === undefined ? undefined : invoiceNoId(invoiceNumber));
  const issueDate = r.date(["invoiceDate"]);
  const dueDate = r.date(["dueDate"]);
  const amount = r.kronerNumber(["originalAmount"]);
  const currency =
    r
      .string(["currencyCode"], {
        required: false,
        pattern: /^[A-Za-z]{3}$/,
        hint: "is not a currency code: use ISO 4217 such as NOK",
      })
      ?.toUpperCase() ?? "NOK";
  r.string(["description"], { required: false, maxLength: 10_000 });
  lists(r);
  const who = debtor(r);
  if (
    !r.ok ||
    !creditor ||
    externalId === undefined ||
    invoiceNumber === undefined ||
    issueDate === undefined ||
    dueDate === undefined ||
    amount === undefined ||
    !who
  ) {
    return { ok: false, errors: r.errors, externalId: externalId ?? null };
  }
  const paths = spelledOtherwise(r, invoiceFields);
  const invoice = {
    creditor,
    debtor: who,
    invoiceNumber,
    externalId,
    issueDate,
    dueDate,
    amount,
    currency,
    kid: null,
    ...(paths ? { paths } : {}),
  };
  if (kind !== "Invoice") return { ok: true, invoice };
  const notSent: PayloadWarning = {
    code: "INVOICE_NOT_DISTRIBUTED",
    field: r.spell(["claimType"]),
    message:
      "claimType Invoice asks Kravia to issue and send the invoice: tvist registered it as a claim to collect and neither prints nor sends it, so send the invoice to the debtor yourself if it has not been.",
  };
  return { ok: true, invoice, warnings: [notSent] };
}

export const paymentFields: FieldMap<PaymentField> = {
  creditor: [],
  invoice: ["invoices", "0", "invoiceId"],
  externalId: ["AccountingPaymentId"],
  amount: ["invoices", "0", "amount"],
  date: ["date"],
  reference: ["description"],
};

export const creditNoteFields: FieldMap<CreditNoteField> = {
  creditor: [],
  invoice: ["Invoices", "0", "InvoiceId"],
  externalId: ["AccountingPaymentId"],
  creditNoteNumber: ["AccountingPaymentId"],
  amount: ["Invoices", "0", "Amount"],
  date: ["Date"],
};

interface Part {
  index: number;
  caseNumber: number;
  /** Øre, positive. */
  amount: number;
}

/**
 * The allocations of a payment or credit note over `invoices[]`: every entry read, one per invoice, their sum equal
 * to the body's total.
 */
function allocations(
  r: KraviaReader,
  names: { list: string; id: string; amount: string; total: string },
  amountOf: (path: string[]) => number | undefined,
): { parts: Part[]; total: number } | undefined {
  const total = amountOf([names.total]);
  const entries = r.list([names.list]);
  const parts: Part[] = [];
  const seen = new Map<number, number>();
  let complete = entries !== undefined;
  entries?.forEach((entry, index) => {
    const at = [names.list, String(index)];
    if (!r.object(at)) {
      complete = false;
      return;
    }
    const caseNumber = r.integer([...at, names.id]);
    const amount = amountOf([...at, names.amount]);
    if (caseNumber !== undefined && seen.has(caseNumber)) {
      r.fail(
        "INVALID_FORMAT",
        [...at, names.id],
        `${r.spell([...at, names.id]).join(".")} ${caseNumber} is already allocated at index ${seen.get(caseNumber)}: put one entry per invoice, with the sum of its amounts.`,
      );
    }
    if (caseNumber === undefined || amount === undefined) complete = false;
    else {
      seen.set(caseNumber, index);
      parts.push({ index, caseNumber, amount });
    }
  });
  if (!complete || total === undefined) return undefined;
  const sum = parts.reduce((acc, p) => acc + p.amount, 0);
  if (sum !== total) {
    const kr = formatKroner;
    const spelled = r.spell([names.total]).join(".");
    r.fail(
      "INVALID_AMOUNT",
      [names.total],
      `${spelled} (${kr(total)} kr) is not the sum of ${r.spell([names.list]).join(".")}[].${names.amount} (${kr(sum)} kr): make the total equal to the allocations.`,
    );
    return undefined;
  }
  return { parts, total };
}

export function parsePayment(payload: unknown): PaymentParse {
  const r = new KraviaReader(payload);
  if (!r.ok) return { ok: false, errors: r.errors };
  const given = r.string(["AccountingPaymentId"], { ...ID, required: false });
  const date = r.date(["date"]);
  const reference = r.string(["description"], TEXT) ?? null;
  const split = allocations(r, { list: "invoices", id: "invoiceId", amount: "amount", total: "amount" }, (p) =>
    r.kronerNumber(p),
  );
  if (!r.ok || date === undefined || !split) return { ok: false, errors: r.errors, externalId: given ?? null };
  const base = given ?? contentId(date, split.total);
  const spell = (...p: string[]) => r.spell(p);
  const idPath = given === undefined ? [] : spell("AccountingPaymentId");
  const payments = split.parts.map((part): NormalizedPayment => ({
    creditor: { fromRequest: true },
    invoice: { caseNumber: part.caseNumber },
    externalId: partId(base, part.caseNumber),
    amount: part.amount,
    date,
    reference,
    paths: {
      invoice: spell("invoices", String(part.index), "invoiceId"),
      amount: spell("invoices", String(part.index), "amount"),
      externalId: idPath,
      date: spell("date"),
      reference: spell("description"),
    },
  }));
  return { ok: true, payments };
}

export function parseCreditNote(payload: unknown): CreditNoteParse {
  const r = new KraviaReader(payload);
  if (!r.ok) return { ok: false, errors: r.errors };
  const given = r.string(["AccountingPaymentId"], { ...ID, required: false });
  const date = r.date(["Date"]);
  r.string(["Description"], { required: false, maxLength: 10_000 });
  const split = allocations(r, { list: "Invoices", id: "InvoiceId", amount: "Amount", total: "Amount" }, (p) =>
    r.negativeKroner(p),
  );
  if (!r.ok || date === undefined || !split) return { ok: false, errors: r.errors, externalId: given ?? null };
  const base = given ?? contentId(date, split.total);
  const spell = (...p: string[]) => r.spell(p);
  const idPath = given === undefined ? [] : spell("AccountingPaymentId");
  const creditNotes = split.parts.map((part): NormalizedCreditNote => ({
    creditor: { fromRequest: true },
    invoice: { caseNumber: part.caseNumber },
    externalId: partId(base, part.caseNumber),
    creditNoteNumber: base,
    amount: part.amount,
    date,
    paths: {
      invoice: spell("Invoices", String(part.index), "InvoiceId"),
      amount: spell("Invoices", String(part.index), "Amount"),
      externalId: idPath,
      creditNoteNumber: idPath,
      date: spell("Date"),
    },
  }));
  return { ok: true, creditNotes };
}
