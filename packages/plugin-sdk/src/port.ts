/**
 * The plugin port, published as @tvist/plugin-sdk: the one package a plugin imports. It holds tvist's normalised
 * shapes, the plugin interface and a few pure helpers for money. Nothing here touches the database or GraphQL.
 */

/**
 * The version of this interface. A plugin declares the one it was built for and tvist refuses at boot to load a plugin
 * built for another; it changes only when a plugin written for the previous one would no longer work.
 */
export const apiVersion = 1;
export type ApiVersion = typeof apiVersion;

/** A JSON value, as received in a push or sent to a receiver. */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** Calendar date, YYYY-MM-DD. */
export type IsoDate = string;

export interface NormalizedAddress {
  street: string;
  /** Postnummer. */
  postalCode: string;
  /** Poststed. */
  city: string;
  /** ISO 3166-1 alpha-2; "NO" when the source does not say. */
  country: string;
}

interface DebtorCommon {
  name: string;
  address: NormalizedAddress;
  /** Kommunenummer (4 digits) of the debtor's address; picks the forliksråd. Absent: tvist takes the postnummer's kommune. */
  kommunenummer?: string | null;
}

export type NormalizedDebtor =
  | (DebtorCommon & { kind: "ORGANISATION"; orgNumber: string })
  | (DebtorCommon & { kind: "PERSON"; birthDate: IsoDate | null });

/** Which creditor a payload is for. */
export type CreditorRef =
  /** Organisasjonsnummer written in the payload. */
  | { orgNumber: string }
  /** The creditor's id in the plugin's own system (e.g. Kravia's creditorId "10759"); the creditor's integration
   *  stores it on the creditor first (mutation creditorExternalIdSet), and tvist resolves it among the creditors the
   *  API key sees. Never guessed. */
  | { externalId: string }
  /** The payload does not say (Conta: the organisation is in the URL): the push's `input.creditorId`, else the
   *  API key's only creditor; otherwise the item is refused with UNKNOWN_CREDITOR saying to pass input.creditorId. */
  | { fromRequest: true };

/** Which invoice a payment or credit note is for. */
export type InvoiceRef =
  /** The invoice's id in the plugin's system (what NormalizedInvoice.externalId was). */
  | { externalId: string }
  /** tvist's case number (Case.caseNumber, an integer tvist hands out when the invoice is registered; Kravia's
   *  `invoiceId` / webhook `claimId`). */
  | { caseNumber: number };

/** An invoice in tvist's own shape. */
export interface NormalizedInvoice {
  /** The issuing creditor. */
  creditor: CreditorRef;
  debtor: NormalizedDebtor;
  invoiceNumber: string;
  /** The invoice's id in the plugin's system; with the creditor and the plugin id it identifies the invoice in tvist. */
  externalId: string;
  issueDate: IsoDate;
  dueDate: IsoDate;
  /** Minor units (øre), VAT included; an integer. */
  amount: number;
  /** ISO 4217. */
  currency: string;
  kid: string | null;
  /** Where this invoice's fields are in the payload, overriding `invoiceFields` (e.g. property names spelled otherwise). */
  paths?: Partial<FieldMap<InvoiceField>>;
}

/** A payment (innbetaling) against an invoice pushed earlier by the same plugin. */
export interface NormalizedPayment {
  creditor: CreditorRef;
  /** The invoice paid. */
  invoice: InvoiceRef;
  /** The payment's id in the plugin's system; ids are the creditor's own (another creditor may use the same). */
  externalId: string;
  /** Minor units (øre). */
  amount: number;
  date: IsoDate;
  reference: string | null;
  /** Where this part's fields are in the payload, overriding `paymentFields` (e.g. amount -> ["invoices", "1", "amount"]). */
  paths?: Partial<FieldMap<PaymentField>>;
}

/** A credit note (kreditnota) against an invoice pushed earlier by the same plugin. */
export interface NormalizedCreditNote {
  creditor: CreditorRef;
  invoice: InvoiceRef;
  externalId: string;
  creditNoteNumber: string;
  /** Minor units (øre). */
  amount: number;
  date: IsoDate;
  /** Where this part's fields are in the payload, overriding `creditNoteFields`. */
  paths?: Partial<FieldMap<CreditNoteField>>;
}

/** What can be wrong with a payload, as the plugin sees it. */
export type PayloadErrorCode =
  "MISSING_FIELD" | "INVALID_FORMAT" | "INVALID_AMOUNT" | "INVALID_DATE" | "UNKNOWN_CURRENCY" | "UNSUPPORTED_VALUE";

export interface PayloadError {
  code: PayloadErrorCode;
  /** Path inside the payload, e.g. ["kunde", "adresse", "postnummer"]; [] for the payload itself. */
  field: string[];
  /** What is wrong and how to fix it, in the terms of the plugin's own format. */
  message: string;
}

export type ParseFailure = {
  ok: false;
  errors: PayloadError[];
  /** The payload's own id when it could be read, to correlate the errors. */
  externalId?: string | null;
};

/** Something in a valid payload worth the sender's attention, e.g. a duty of the source format tvist does not take on. */
export interface PayloadWarning {
  /** INVOICE_NOT_DISTRIBUTED: the payload asks for an invoice to be sent to the debtor; tvist registers the claim only. */
  code: "INVOICE_NOT_DISTRIBUTED";
  field: string[];
  message: string;
}

export type InvoiceParse = { ok: true; invoice: NormalizedInvoice; warnings?: PayloadWarning[] } | ParseFailure;
/** One payload may spread over several invoices: 1..n parts, registered all or nothing. */
export type PaymentParse = { ok: true; payments: NormalizedPayment[] } | ParseFailure;
export type CreditNoteParse = { ok: true; creditNotes: NormalizedCreditNote[] } | ParseFailure;

/**
 * Where each normalised field comes from in the payload, so that tvist's own checks (unknown creditor, unknown
 * kommune, bad check digits…) point at the plugin's field, e.g. amount -> ["belop"].
 */
export type InvoiceField =
  | "creditor"
  | "invoiceNumber"
  | "externalId"
  | "issueDate"
  | "dueDate"
  | "amount"
  | "currency"
  | "kid"
  | "debtor"
  | "debtor.name"
  | "debtor.orgNumber"
  | "debtor.birthDate"
  | "debtor.address"
  | "debtor.kommunenummer";
export type PaymentField = "creditor" | "invoice" | "externalId" | "amount" | "date" | "reference";
export type CreditNoteField = "creditor" | "invoice" | "externalId" | "creditNoteNumber" | "amount" | "date";
export type FieldMap<F extends string> = Readonly<Record<F, readonly string[]>>;

export interface OptionProblem {
  code: "UNKNOWN_OPTION" | "INVALID_OPTION";
  /** Path inside the options object, e.g. ["claimTypes", "0"]. */
  field: string[];
  message: string;
}

export type OptionsCheck<O> = { ok: true; options: O } | { ok: false; problems: OptionProblem[] };

/** An event on a case's timeline, as tvist hands it to a plugin for formatting. */
export interface OutboundEvent {
  /** Stable event id (also the webhook-id of its deliveries). */
  id: string;
  /** Type from tvist's event catalogue, e.g. "case.frozen". */
  type: string;
  /** ISO 8601 instant. */
  occurredAt: string;
  /** Position on the case's timeline, from 1 without gaps. */
  sequence: number;
  summary: string;
  case: {
    id: string;
    /** Case.caseNumber: the number the case can be named by in payments and credit notes (InvoiceRef). */
    caseNumber: number;
    /** CaseStatus after the event, e.g. "FROZEN". */
    status: string;
    /** Øre. */
    principalAmount: number;
    /** Øre. */
    outstandingAmount: number;
  };
  creditor: { id: string; orgNumber: string };
  invoice: { sourceSystem: string; externalId: string; invoiceNumber: string } | null;
  data: { [key: string]: Json };
}

/**
 * An adapter between tvist and one external system. Every function is pure and synchronous: no I/O, no clock.
 * `O` is the plugin's options after validation.
 */
export interface TvistPlugin<O = unknown> {
  /** Lower-case id, e.g. "conta"; it is the sourceSystem of what the plugin brings in and names PLUGIN_<ID>_OPTIONS. */
  readonly id: string;
  /** The plugin interface version it was built for: `apiVersion` of @tvist/plugin-sdk. */
  readonly apiVersion: ApiVersion;
  /** The plugin's own version (semver). */
  readonly version: string;
  readonly description: string;
  /** Called at boot with the parsed PLUGIN_<ID>_OPTIONS (undefined when unset). */
  validateOptions(options: unknown): OptionsCheck<O>;
  readonly invoiceFields: FieldMap<InvoiceField>;
  parseInvoice(payload: unknown, options: O): InvoiceParse;
  readonly paymentFields: FieldMap<PaymentField>;
  parsePayment(payload: unknown, options: O): PaymentParse;
  readonly creditNoteFields: FieldMap<CreditNoteField>;
  parseCreditNote(payload: unknown, options: O): CreditNoteParse;
  /** The JSON body the plugin's receivers want for an event; `tools` signs inside the body with the endpoint's secret. */
  formatEvent(event: OutboundEvent, options: O, tools: FormatTools): Json;
}

/** Identity function that type-checks a plugin definition. */
export function definePlugin<O>(plugin: TvistPlugin<O>): TvistPlugin<O> {
  return plugin;
}

export type MoneyParse = { ok: true; ore: number } | { ok: false; problem: string };

const DECIMAL = /^(\d+)(?:[.,](\d+))?$/;

/**
 * Kroner as a decimal string ("1250", "1250.5", "1250,50") to øre, by string arithmetic (never a float).
 * Refuses signs, more than 2 decimals, thousands separators and amounts beyond 2^53 øre.
 */
export function parseKroner(text: string, options: { decimalComma?: boolean } = {}): MoneyParse {
  const decimalComma = options.decimalComma ?? true;
  if (text.startsWith("-")) return { ok: false, problem: "is negative: send the amount owed as a positive number" };
  const m = DECIMAL.exec(text);
  if (!m || (!decimalComma && text.includes(","))) {
    return {
      ok: false,
      problem: `is not a decimal amount in kroner: write it like "1250.50"${decimalComma ? ' or "1250,50"' : ""}, without spaces or thousands separators`,
    };
  }
  const whole = m[1]!;
  const fraction = m[2] ?? "";
  if (fraction.length > 2) return { ok: false, problem: "has more than 2 decimals: round it to whole øre" };
  const digits = `${whole}${fraction.padEnd(2, "0")}`.replace(/^0+(?=\d)/, "");
  const ore = Number(digits);
  if (!Number.isSafeInteger(ore)) return { ok: false, problem: "is too large" };
  return { ok: true, ore };
}

/**
 * A JSON number of kroner (e.g. 1250.5) to øre. Its 2-decimal form (toFixed) must be the same number, so 1.005 is
 * refused rather than rounded either way; that form is then converted by string arithmetic, never by `* 100`.
 */
export function numberToOre(value: number): MoneyParse {
  if (!Number.isFinite(value)) return { ok: false, problem: "is not a finite number" };
  if (value < 0) return { ok: false, problem: "is negative: send the amount owed as a positive number" };
  if (value >= 1e13) return { ok: false, problem: "is too large" };
  const fixed = value.toFixed(2);
  if (Number(fixed) !== value) return { ok: false, problem: "has more than 2 decimals: round it to whole øre" };
  return parseKroner(fixed, { decimalComma: false });
}

/** Øre to kroner as a decimal string with 2 decimals: 125050 -> "1250.50", -5 -> "-0.05". */
export function formatKroner(ore: number): string {
  if (!Number.isSafeInteger(ore)) throw new RangeError(`${ore} is not a whole number of øre`);
  const sign = ore < 0 ? "-" : "";
  const digits = String(Math.abs(ore)).padStart(3, "0");
  return `${sign}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

/** A calendar date written YYYY-MM-DD that exists (2026-02-30 does not). */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

type Path = readonly string[];

export interface StringRule {
  /** Default true: a missing, null or blank value is MISSING_FIELD. */
  required?: boolean;
  /** Accept a JSON integer and use its decimal digits (ids some systems send as numbers). Default false. */
  allowInteger?: boolean;
  /** The trimmed value must match, else INVALID_FORMAT with `hint` as the message's fix. */
  pattern?: RegExp;
  hint?: string;
  /** Longest accepted length (default 255). */
  maxLength?: number;
}

/**
 * Reads fields out of an untrusted payload and collects every problem with its path, so that one call reports all
 * that is wrong. Blank strings and nulls count as missing; strings are trimmed.
 */
export class PayloadReader {
  readonly errors: PayloadError[] = [];

  constructor(readonly payload: unknown) {
    if (!isRecord(payload)) this.fail("INVALID_FORMAT", [], "The payload must be a JSON object.");
  }

  get ok(): boolean {
    return this.errors.length === 0;
  }

  fail(code: PayloadErrorCode, field: Path, message: string): undefined {
    this.errors.push({ code, field: [...field], message });
    return undefined;
  }

  /** The raw value at `path`, or undefined when it or a parent is missing. */
  at(path: Path): unknown {
    let value: unknown = this.payload;
    for (const key of path) {
      if (!isRecord(value)) return undefined;
      value = value[key];
    }
    return value;
  }

  has(path: Path): boolean {
    const value = this.at(path);
    return value !== undefined && value !== null && !(typeof value === "string" && value.trim() === "");
  }

  object(path: Path, required = true): Record<string, unknown> | undefined {
    const value = this.at(path);
    if (value === undefined || value === null) return required ? this.missing(path, "an object") : undefined;
    if (!isRecord(value)) return this.fail("INVALID_FORMAT", path, `${name(path)} must be a JSON object.`);
    return value;
  }

  string(path: Path, rule: StringRule = {}): string | undefined {
    const value = this.at(path);
    const required = rule.required ?? true;
    let text: string;
    if (typeof value === "string") text = value.trim();
    else if (rule.allowInteger && typeof value === "number" && Number.isSafeInteger(value) && value >= 0)
      text = String(value);
    else if (value === undefined || value === null) text = "";
    else
      return this.fail(
        "INVALID_FORMAT",
        path,
        `${name(path)} must be a string${rule.allowInteger ? " or a whole number" : ""}.`,
      );
    if (text === "") return required ? this.missing(path, "a value") : undefined;
    if (text.length > (rule.maxLength ?? 255))
      return this.fail(
        "INVALID_FORMAT",
        path,
        `${name(path)} is longer than ${rule.maxLength ?? 255} characters: shorten it.`,
      );
    if (rule.pattern && !rule.pattern.test(text))
      return this.fail("INVALID_FORMAT", path, `${name(path)} "${text}" ${rule.hint ?? "has the wrong format"}.`);
    return text;
  }

  date(path: Path, required = true): IsoDate | undefined {
    const text = this.string(path, { required });
    if (text === undefined) return undefined;
    if (!isIsoDate(text))
      return this.fail(
        "INVALID_DATE",
        path,
        `${name(path)} "${text}" is not a calendar date: write it as YYYY-MM-DD, e.g. 2026-09-15.`,
      );
    return text;
  }

  /** Kroner as a decimal string ("1250.50") to øre. */
  kronerString(path: Path, options: { decimalComma?: boolean } = {}): number | undefined {
    const value = this.at(path);
    if (typeof value === "number")
      return this.fail(
        "INVALID_AMOUNT",
        path,
        `${name(path)} must be a string of kroner such as "1250.50", not a JSON number (numbers lose øre).`,
      );
    const text = this.string(path);
    if (text === undefined) return undefined;
    const parsed = parseKroner(text, options);
    return parsed.ok ? parsed.ore : this.fail("INVALID_AMOUNT", path, `${name(path)} "${text}" ${parsed.problem}.`);
  }

  /** Kroner as a JSON number (1250.5) to øre. */
  kronerNumber(path: Path): number | undefined {
    const value = this.at(path);
    if (value === undefined || value === null) return this.missing(path, "an amount");
    if (typeof value !== "number")
      return this.fail("INVALID_AMOUNT", path, `${name(path)} must be a JSON number of kroner such as 1250.50.`);
    const parsed = numberToOre(value);
    return parsed.ok ? parsed.ore : this.fail("INVALID_AMOUNT", path, `${name(path)} ${value} ${parsed.problem}.`);
  }

  private missing(path: Path, what: string): undefined {
    return this.fail("MISSING_FIELD", path, `${name(path)} is required: give ${what}.`);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function name(path: Path): string {
  return path.length === 0 ? "The payload" : path.join(".");
}

// --- Signing inside a body, and HTTP routes -------------------------------------------------------------------

/** What formatEvent may sign with: keyed by the webhook endpoint's secret, supplied by tvist's sender. */
export interface FormatTools {
  /** The name of what `sign` computes, for the body to state: "HMAC-SHA256". */
  readonly algorithm: string;
  /** HMAC-SHA256 of the text's UTF-8 bytes keyed by the endpoint's secret (see webhook docs), lowercase hex. */
  sign(text: string): string;
}

/** The tvist operation a plugin route runs: the same service as the GraphQL mutation, with the body as its one item. */
export type RouteOperation =
  /** invoicesPush; the body is parsed by parseInvoice. */
  | "registerInvoice"
  /** paymentsPush; the body is parsed by parsePayment. */
  | "registerPayment"
  /** creditNotesPush; the body is parsed by parseCreditNote. */
  | "registerCreditNote"
  /** Creates or updates the creditor's webhook endpoint in the plugin's format; the request is read by the route's `parse`. */
  | "setWebhookEndpoint";

/** What a route's `parse` sees of the request. */
export interface RouteRequest {
  /** Path parameters, e.g. { id: "10759" } for "api/v2/creditor/:id/webhook". */
  readonly params: Readonly<Record<string, string>>;
  readonly body: unknown;
}

/** A creditor's webhook endpoint as a route sets it. */
export interface WebhookEndpointSetting {
  /** The creditor's id in the plugin's system (its stored external id; see creditorExternalIdSet). */
  creditorExternalId: string;
  url: string;
  /** The receiver's shared secret; its UTF-8 bytes key every signature. */
  secret: string;
  enabled: boolean;
}

export type WebhookField = "url" | "secret" | "enabled";

export type WebhookEndpointParse = { ok: true; setting: WebhookEndpointSetting } | ParseFailure;

/** A problem with a request, at its path in the body ([] for the body itself); `code` is tvist's error code. */
export interface RouteProblem {
  code: string;
  field: string[];
  message: string;
}

/**
 * Why tvist refused a request, and the conventional status for it: INVALID 400 (every problem of the body),
 * UNAUTHENTICATED 401, FORBIDDEN 403 (the key lacks the WRITE scope), NOT_FOUND 404 (a path id names nothing the key
 * sees), CONFLICT 409 (only conflicts with what is stored: a changed repeat, a reused idempotency key, a closed case),
 * PAYLOAD_TOO_LARGE 413, UNSUPPORTED_MEDIA_TYPE 415, UNAVAILABLE 503 (the database is out of reach), INTERNAL 500.
 */
export type RouteRefusal =
  | "INVALID"
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "CONFLICT"
  | "PAYLOAD_TOO_LARGE"
  | "UNSUPPORTED_MEDIA_TYPE"
  | "UNAVAILABLE"
  | "INTERNAL";

export const CONVENTIONAL_STATUS: Readonly<Record<RouteRefusal, number>> = {
  INVALID: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  UNAVAILABLE: 503,
  INTERNAL: 500,
};

/** One registered payment or credit note (a body spread over several invoices registers one part per invoice). */
export interface RegisteredPart {
  /** The case's number (tvist's id of the invoice). */
  caseNumber: number;
  /** The part's own id (unique per creditor and kind). */
  externalId: string;
  /** Øre. */
  amount: number;
}

/** What came of a route's request, for the plugin to answer in its system's terms. `created` is false for a repeat or an update. */
export type RouteOutcome = { requestId: string } & (
  | {
      ok: true;
      operation: "registerInvoice";
      created: boolean;
      caseNumber: number;
      externalId: string;
      warnings: RouteProblem[];
    }
  | { ok: true; operation: "registerPayment" | "registerCreditNote"; created: boolean; parts: RegisteredPart[] }
  | {
      ok: true;
      operation: "setWebhookEndpoint";
      created: boolean;
      creditorExternalId: string;
      url: string;
      enabled: boolean;
    }
  | { ok: false; refusal: RouteRefusal; problems: RouteProblem[] }
);

export interface RouteResponse {
  status: number;
  body: Json;
}

interface RouteCommon<O> {
  method: "POST" | "PUT";
  /** Below /plugins/<id>/, without a leading slash; `:name` is a path parameter. */
  path: string;
  /** The answer to every outcome, success or refusal: the status code and the body, in the system's own terms. */
  respond(outcome: RouteOutcome, options: O): RouteResponse;
}

/** An HTTP route tvist mounts at /plugins/<id>/<path>, authenticated by tvist's API keys (WRITE scope). */
export type PluginRoute<O = unknown> =
  | (RouteCommon<O> & { operation: "registerInvoice" | "registerPayment" | "registerCreditNote" })
  | (RouteCommon<O> & {
      operation: "setWebhookEndpoint";
      /** Where url, secret and enabled sit in the body, so that tvist's own checks (a private address…) point there. */
      webhookFields: FieldMap<WebhookField>;
      parse(request: RouteRequest, options: O): WebhookEndpointParse;
    });

/** Merges into TvistPlugin above. */
export interface TvistPlugin<O = unknown> {
  /** HTTP routes for a system that calls tvist as it would call its own API (optional). */
  readonly routes?: readonly PluginRoute<O>[];
}
