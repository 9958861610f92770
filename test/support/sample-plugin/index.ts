/**
 * A sample plugin for tests of tvist's own ingest: a made-up accounting format in Norwegian field names that uses
 * every capability of the port (the creditor by organisasjonsnummer, an explicit kommunenummer, kroner as decimal
 * strings). No real system sends it; the shipped plugins live in plugins/.
 */
import {
  definePlugin,
  formatKroner,
  PayloadReader,
  type Json,
  type NormalizedAddress,
  type NormalizedDebtor,
  type OptionProblem,
  type OptionsCheck,
  type OutboundEvent,
  type TvistPlugin,
} from "@tvist/plugin-sdk";

export interface SampleOptions {
  /** Accept "1250,50" as well as "1250.50" (default true). */
  decimalComma: boolean;
  /** Refuse invoices without a KID (default false). */
  requireKid: boolean;
}

const DEFAULTS: SampleOptions = { decimalComma: true, requireKid: false };

const ORG_NUMBER = {
  pattern: /^\d{3} ?\d{3} ?\d{3}$/,
  hint: "is not an organisasjonsnummer: give its 9 digits",
  allowInteger: true,
} as const;
const ID = { allowInteger: true, maxLength: 100 } as const;

function validateOptions(options: unknown): OptionsCheck<SampleOptions> {
  if (options === undefined || options === null) return { ok: true, options: DEFAULTS };
  if (typeof options !== "object" || Array.isArray(options)) {
    return {
      ok: false,
      problems: [
        {
          code: "INVALID_OPTION",
          field: [],
          message: 'The options must be a JSON object such as {"decimalComma": false}.',
        },
      ],
    };
  }
  const problems: OptionProblem[] = [];
  const result = { ...DEFAULTS };
  for (const [key, value] of Object.entries(options)) {
    if (key !== "decimalComma" && key !== "requireKid") {
      problems.push({
        code: "UNKNOWN_OPTION",
        field: [key],
        message: `Unknown option ${key}: sample knows decimalComma and requireKid.`,
      });
    } else if (typeof value !== "boolean") {
      problems.push({ code: "INVALID_OPTION", field: [key], message: `${key} must be true or false.` });
    } else result[key] = value;
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, options: result };
}

function orgNumber(r: PayloadReader, path: string[]): string | undefined {
  return r.string(path, ORG_NUMBER)?.replace(/ /g, "");
}

function address(r: PayloadReader, path: string[]): { address: NormalizedAddress; kommunenummer: string } | undefined {
  if (!r.object(path)) return undefined;
  const street = r.string([...path, "gateadresse"]);
  const postalCode = r.string([...path, "postnummer"], {
    pattern: /^\d{4}$/,
    hint: "is not a postnummer: give its 4 digits",
  });
  const city = r.string([...path, "poststed"]);
  const country =
    r.string([...path, "land"], {
      required: false,
      pattern: /^[A-Z]{2}$/,
      hint: "is not a country code: use ISO 3166-1 alpha-2 such as NO",
    }) ?? "NO";
  const kommunenummer = r.string([...path, "kommunenummer"], {
    pattern: /^\d{4}$/,
    hint: "is not a kommunenummer: give its 4 digits, e.g. 0301 for Oslo",
  });
  if (street === undefined || postalCode === undefined || city === undefined || kommunenummer === undefined)
    return undefined;
  return { address: { street, postalCode, city, country }, kommunenummer };
}

function customer(r: PayloadReader): NormalizedDebtor | undefined {
  if (!r.object(["kunde"])) return undefined;
  const name = r.string(["kunde", "navn"]);
  const isBusiness = r.has(["kunde", "organisasjonsnummer"]);
  if (isBusiness && r.has(["kunde", "fodselsdato"])) {
    r.fail(
      "INVALID_FORMAT",
      ["kunde"],
      "kunde has both organisasjonsnummer and fodselsdato: give organisasjonsnummer for a business or fodselsdato for a person.",
    );
  }
  const org = isBusiness ? orgNumber(r, ["kunde", "organisasjonsnummer"]) : undefined;
  const birthDate = isBusiness ? undefined : r.date(["kunde", "fodselsdato"], false);
  const where = address(r, ["kunde", "adresse"]);
  if (name === undefined || !where) return undefined;
  if (isBusiness) return org === undefined ? undefined : { kind: "ORGANISATION", name, orgNumber: org, ...where };
  return { kind: "PERSON", name, birthDate: birthDate ?? null, ...where };
}

const STATUS: Record<string, string> = {
  ACTIVE: "aktiv",
  FROZEN: "stanset",
  IN_CONCILIATION: "forliksrad",
  JUDGMENT: "dom",
  ENFORCEMENT: "tvangsinndrivelse",
  PAID: "betalt",
  CREDITED: "kreditert",
  CLOSED: "avsluttet",
};

export const plugin = definePlugin<SampleOptions>({
  id: "sample",
  apiVersion: 1,
  version: "1.0.0",
  description: "Sample format for tests: Norwegian field names, amounts as kroner strings.",
  validateOptions,

  invoiceFields: {
    creditor: ["leverandor", "organisasjonsnummer"],
    invoiceNumber: ["fakturanummer"],
    externalId: ["id"],
    issueDate: ["fakturadato"],
    dueDate: ["forfallsdato"],
    amount: ["belop"],
    currency: ["valuta"],
    kid: ["kid"],
    debtor: ["kunde"],
    "debtor.name": ["kunde", "navn"],
    "debtor.orgNumber": ["kunde", "organisasjonsnummer"],
    "debtor.birthDate": ["kunde", "fodselsdato"],
    "debtor.address": ["kunde", "adresse"],
    "debtor.kommunenummer": ["kunde", "adresse", "kommunenummer"],
  },

  parseInvoice(payload, options) {
    const r = new PayloadReader(payload);
    if (!r.ok) return { ok: false, errors: r.errors };
    const externalId = r.string(["id"], ID);
    const invoiceNumber = r.string(["fakturanummer"], ID);
    const issueDate = r.date(["fakturadato"]);
    const dueDate = r.date(["forfallsdato"]);
    const amount = r.kronerString(["belop"], { decimalComma: options.decimalComma });
    const currency =
      r.string(["valuta"], {
        required: false,
        pattern: /^[A-Z]{3}$/,
        hint: "is not a currency code: use ISO 4217 such as NOK",
      }) ?? "NOK";
    const kid = r.string(["kid"], {
      required: options.requireKid,
      pattern: /^\d{1,24}[\d-]$/,
      hint: "is not a KID: give its 2 to 25 digits as a string",
      maxLength: 25,
    });
    const creditorOrgNumber = r.object(["leverandor"])
      ? orgNumber(r, ["leverandor", "organisasjonsnummer"])
      : undefined;
    const debtor = customer(r);
    if (
      !r.ok ||
      externalId === undefined ||
      invoiceNumber === undefined ||
      issueDate === undefined ||
      dueDate === undefined ||
      amount === undefined ||
      creditorOrgNumber === undefined ||
      debtor === undefined
    ) {
      return { ok: false, errors: r.errors, externalId: externalId ?? null };
    }
    return {
      ok: true,
      invoice: {
        creditor: { orgNumber: creditorOrgNumber },
        debtor,
        invoiceNumber,
        externalId,
        issueDate,
        dueDate,
        amount,
        currency,
        kid: kid ?? null,
      },
    };
  },

  paymentFields: {
    creditor: ["leverandor", "organisasjonsnummer"],
    invoice: ["fakturaId"],
    externalId: ["id"],
    amount: ["belop"],
    date: ["betalingsdato"],
    reference: ["referanse"],
  },

  parsePayment(payload, options) {
    const r = new PayloadReader(payload);
    if (!r.ok) return { ok: false, errors: r.errors };
    const externalId = r.string(["id"], ID);
    const invoiceExternalId = r.string(["fakturaId"], ID);
    const amount = r.kronerString(["belop"], { decimalComma: options.decimalComma });
    const date = r.date(["betalingsdato"]);
    const reference = r.string(["referanse"], { required: false, allowInteger: true });
    const creditorOrgNumber = r.object(["leverandor"])
      ? orgNumber(r, ["leverandor", "organisasjonsnummer"])
      : undefined;
    if (
      !r.ok ||
      externalId === undefined ||
      invoiceExternalId === undefined ||
      amount === undefined ||
      date === undefined ||
      creditorOrgNumber === undefined
    ) {
      return { ok: false, errors: r.errors, externalId: externalId ?? null };
    }
    return {
      ok: true,
      payments: [
        {
          creditor: { orgNumber: creditorOrgNumber },
          invoice: { externalId: invoiceExternalId },
          externalId,
          amount,
          date,
          reference: reference ?? null,
        },
      ],
    };
  },

  creditNoteFields: {
    creditor: ["leverandor", "organisasjonsnummer"],
    invoice: ["fakturaId"],
    externalId: ["id"],
    creditNoteNumber: ["kreditnotanummer"],
    amount: ["belop"],
    date: ["dato"],
  },

  parseCreditNote(payload, options) {
    const r = new PayloadReader(payload);
    if (!r.ok) return { ok: false, errors: r.errors };
    const externalId = r.string(["id"], ID);
    const creditNoteNumber = r.string(["kreditnotanummer"], ID);
    const invoiceExternalId = r.string(["fakturaId"], ID);
    const amount = r.kronerString(["belop"], { decimalComma: options.decimalComma });
    const date = r.date(["dato"]);
    const creditorOrgNumber = r.object(["leverandor"])
      ? orgNumber(r, ["leverandor", "organisasjonsnummer"])
      : undefined;
    if (
      !r.ok ||
      externalId === undefined ||
      creditNoteNumber === undefined ||
      invoiceExternalId === undefined ||
      amount === undefined ||
      date === undefined ||
      creditorOrgNumber === undefined
    ) {
      return { ok: false, errors: r.errors, externalId: externalId ?? null };
    }
    return {
      ok: true,
      creditNotes: [
        {
          creditor: { orgNumber: creditorOrgNumber },
          invoice: { externalId: invoiceExternalId },
          externalId,
          creditNoteNumber,
          amount,
          date,
        },
      ],
    };
  },

  formatEvent(event: OutboundEvent): Json {
    return {
      hendelseId: event.id,
      hendelsestype: event.type,
      tidspunkt: event.occurredAt,
      sekvens: event.sequence,
      beskrivelse: event.summary,
      sak: {
        id: event.case.id,
        status: STATUS[event.case.status] ?? event.case.status.toLowerCase(),
        hovedstol: formatKroner(event.case.principalAmount),
        utestaende: formatKroner(event.case.outstandingAmount),
      },
      faktura: event.invoice
        ? {
            id: event.invoice.externalId,
            fakturanummer: event.invoice.invoiceNumber,
            kilde: event.invoice.sourceSystem,
          }
        : null,
      leverandor: { organisasjonsnummer: event.creditor.orgNumber },
      data: event.data,
    };
  },
});

/** For startTestApp({ plugins }), which takes plugins of any options. */
export const samplePlugin = plugin as unknown as TvistPlugin<never>;

export default plugin;
