import { formatKroner, type CreditorRef, type InvoiceRef } from "@tvist/plugin-sdk";
import { assertNever } from "../../shared/assert-never";
import { failure, type Failure } from "../../shared/result";
import { userErrorType, type CommonErrorCode } from "../../shared/user-error";
import {
  IDEMPOTENCY_ERROR_CODES,
  idempotencyUserError,
  type IdempotencyFailure,
} from "../idempotency/idempotency.errors";

/** Most items one push takes. */
export const MAX_BATCH = 1000;

const PAYLOAD_CODES = {
  MISSING_FIELD: "MISSING_FIELD",
  INVALID_FORMAT: "INVALID_FORMAT",
  INVALID_AMOUNT: "INVALID_AMOUNT",
  INVALID_DATE: "INVALID_DATE",
  UNKNOWN_CURRENCY: "UNKNOWN_CURRENCY",
  UNSUPPORTED_VALUE: "UNSUPPORTED_VALUE",
} as const;

export const INVOICE_PUSH_ITEM_ERROR_CODES = {
  ...PAYLOAD_CODES,
  UNKNOWN_CREDITOR: "UNKNOWN_CREDITOR",
  UNKNOWN_DEBTOR: "UNKNOWN_DEBTOR",
  DUE_BEFORE_ISSUE: "DUE_BEFORE_ISSUE",
  INVALID_KID: "INVALID_KID",
  CASE_CLOSED: "CASE_CLOSED",
  INVALID_ORG_NUMBER: "INVALID_ORG_NUMBER",
  UNKNOWN_KOMMUNE: "UNKNOWN_KOMMUNE",
  UNKNOWN_POSTAL_CODE: "UNKNOWN_POSTAL_CODE",
  UNKNOWN_DOCUMENT: "UNKNOWN_DOCUMENT",
} as const;
export type InvoicePushItemErrorCode = keyof typeof INVOICE_PUSH_ITEM_ERROR_CODES | CommonErrorCode;
export const InvoicePushItemError = userErrorType(
  "InvoicePushItemError",
  INVOICE_PUSH_ITEM_ERROR_CODES,
  "A problem with one pushed invoice: nothing was written for it. `field` points into input.items.",
);

export const MONEY_PUSH_ITEM_ERROR_CODES = {
  ...PAYLOAD_CODES,
  UNKNOWN_CREDITOR: "UNKNOWN_CREDITOR",
  INVALID_ORG_NUMBER: "INVALID_ORG_NUMBER",
  UNKNOWN_INVOICE: "UNKNOWN_INVOICE",
  CASE_CLOSED: "CASE_CLOSED",
  AMOUNT_EXCEEDS_OUTSTANDING: "AMOUNT_EXCEEDS_OUTSTANDING",
  CONFLICTING_REPEAT: "CONFLICTING_REPEAT",
} as const;
export type MoneyPushItemErrorCode = keyof typeof MONEY_PUSH_ITEM_ERROR_CODES | CommonErrorCode;
export const MoneyPushItemError = userErrorType(
  "MoneyPushItemError",
  MONEY_PUSH_ITEM_ERROR_CODES,
  "A problem with one pushed payment or credit note: nothing was written for it. `field` points into input.items.",
);

export const PUSH_ERROR_CODES = {
  UNKNOWN_PLUGIN: "UNKNOWN_PLUGIN",
  BATCH_TOO_LARGE: "BATCH_TOO_LARGE",
  UNKNOWN_CREDITOR: "UNKNOWN_CREDITOR",
  ...IDEMPOTENCY_ERROR_CODES,
} as const;
export type PushErrorCode = keyof typeof PUSH_ERROR_CODES;
const WHOLE = "A problem with the whole push: nothing was written.";
export const InvoicesPushError = userErrorType("InvoicesPushError", PUSH_ERROR_CODES, WHOLE);
export const PaymentsPushError = userErrorType("PaymentsPushError", PUSH_ERROR_CODES, WHOLE);
export const CreditNotesPushError = userErrorType("CreditNotesPushError", PUSH_ERROR_CODES, WHOLE);

/** Why a whole push was refused; `field` is the push input's field. */
export type PushFailure =
  | { code: "UNKNOWN_PLUGIN"; field: "pluginId"; pluginId: string; enabled: readonly string[] }
  | { code: "BATCH_TOO_LARGE"; field: "items"; count: number }
  | { code: "UNKNOWN_CREDITOR"; field: "creditorId" }
  | IdempotencyFailure;

/** What a pushed payment or credit note is called in messages. */
export type MoneyWhat = "payment" | "credit note";

/**
 * Why one pushed item was refused, found by the push itself. `field` is the path inside the item, in the plugin's
 * payload (the plugin's field map applied).
 */
export type PushItemFailure =
  | { code: "CONCURRENT_UPDATE"; field: readonly string[] }
  | { code: "INVALID_ORG_NUMBER"; field: readonly string[]; orgNumber: string; party: "creditor" | "debtor" }
  | { code: "UNKNOWN_CREDITOR"; field: readonly string[]; ref: CreditorRef; sourceSystem: string }
  | { code: "UNKNOWN_POSTAL_CODE"; field: readonly string[]; postalCode: string }
  | { code: "UNKNOWN_KOMMUNE"; field: readonly string[]; why: "NOT_IN_FORCE"; kommunenummer: string; today: string }
  | { code: "UNKNOWN_KOMMUNE"; field: readonly string[]; why: "ABROAD"; country: string }
  | {
      code: "UNKNOWN_KOMMUNE";
      field: readonly string[];
      why: "POSTNUMMER_KOMMUNE_NOT_IN_FORCE";
      postalCode: string;
      kommunenummer: string;
      today: string;
    }
  | { code: "MISSING_FIELD"; field: readonly string[]; what: MoneyWhat }
  | { code: "INVALID_AMOUNT"; field: readonly string[] }
  | {
      code: "CONFLICTING_REPEAT";
      field: readonly string[];
      externalId: string;
      what: MoneyWhat;
      earlier: { amount: number; date: string } | null;
    }
  | { code: "UNKNOWN_INVOICE"; field: readonly string[]; ref: InvoiceRef; sourceSystem: string; what: MoneyWhat };

/**
 * An item's failure: the push's own, or one a check of the plugin or of another module wrote with its message
 * (its field already inside the item).
 */
export type ItemFailure<C extends string> = Extract<PushItemFailure, { code: C }> | Failure<C>;

/** An item that lost its race; every item code set has CONCURRENT_UPDATE (a common code). */
export const concurrentUpdate = <C extends string>(): ItemFailure<C> =>
  ({ code: "CONCURRENT_UPDATE", field: [] }) as Extract<
    PushItemFailure,
    { code: "CONCURRENT_UPDATE" }
  > as ItemFailure<C>;

const itemPath = (index: number) => ["input", "items", String(index)];

export function pushUserError(f: PushFailure): Failure<PushErrorCode> {
  const field = ["input", f.field];
  switch (f.code) {
    case "UNKNOWN_PLUGIN":
      return failure(
        f.code,
        field,
        `No plugin "${f.pluginId}" is enabled: use one of ${f.enabled.join(", ") || "(none — set PLUGINS)"}.`,
      );
    case "BATCH_TOO_LARGE":
      return failure(
        f.code,
        field,
        `${f.count} items is more than ${MAX_BATCH}: split the batch into pushes of at most ${MAX_BATCH} items.`,
      );
    case "UNKNOWN_CREDITOR":
      return failure(f.code, field, "No creditor with this id for this API key: use an id from the creditors query.");
    case "INVALID_IDEMPOTENCY_KEY":
    case "IDEMPOTENCY_KEY_REUSED":
    case "IDEMPOTENCY_KEY_IN_USE":
      return idempotencyUserError(f);
    default:
      return assertNever(f);
  }
}

function unknownCreditorMessage(ref: CreditorRef, sourceSystem: string): string {
  if ("orgNumber" in ref)
    return `No single creditor with organisasjonsnummer ${ref.orgNumber} for this API key: check the number, or push with a key bound to that one creditor.`;
  if ("externalId" in ref)
    return `No single creditor this API key sees has ${sourceSystem} id ${ref.externalId}: store it on the creditor first (creditorExternalIdSet with sourceSystem "${sourceSystem}"), or push with a key bound to that one creditor.`;
  return "The item does not name its creditor and this API key sees more than one: pass input.creditorId.";
}

function itemMessage(f: PushItemFailure): string {
  switch (f.code) {
    case "CONCURRENT_UPDATE":
      return "Another request changed this item's records at the same time: push the item again.";
    case "INVALID_ORG_NUMBER":
      return `${f.orgNumber} is not a valid organisasjonsnummer (its MOD11 check digit is wrong): check ${f.party === "creditor" ? "the number" : "the customer's number"}.`;
    case "UNKNOWN_CREDITOR":
      return unknownCreditorMessage(f.ref, f.sourceSystem);
    case "UNKNOWN_POSTAL_CODE":
      return `Postnummer ${f.postalCode} is not in the postcode register: check the customer's address (the postalCode query answers for a code).`;
    case "UNKNOWN_KOMMUNE":
      if (f.why === "NOT_IN_FORCE")
        return `Kommunenummer ${f.kommunenummer} is not a kommune in force on ${f.today}: use the customer's current kommunenummer (e.g. 4601 for Bergen).`;
      if (f.why === "ABROAD")
        return `An address abroad (${f.country}) has no postnummer to take the kommune from: send the customer's kommunenummer.`;
      return `Postnummer ${f.postalCode} lies in kommune ${f.kommunenummer}, which is not in force on ${f.today}: send the customer's kommunenummer.`;
    case "MISSING_FIELD":
      return `The ${f.what} names no invoice: give at least one invoice it is for.`;
    case "INVALID_AMOUNT":
      return "The amount must be above 0.";
    case "CONFLICTING_REPEAT":
      return f.earlier
        ? `The ${f.what} ${f.externalId} was registered before with ${formatKroner(f.earlier.amount)} kr on ${f.earlier.date}: a registered ${f.what} cannot change; push a new one with its own id to correct it.`
        : `Two parts of the item have the id ${f.externalId}: give each invoice's part its own id.`;
    case "UNKNOWN_INVOICE":
      return "externalId" in f.ref
        ? `No invoice ${f.ref.externalId} from ${f.sourceSystem} for this creditor: push the invoice first (invoicesPush), then its ${f.what}s.`
        : `No case number ${f.ref.caseNumber} for this creditor: use the caseNumber invoicesPush answered for the invoice.`;
    default:
      return assertNever(f);
  }
}

/** The userErrors of item `index` of a push, at their paths inside input.items. */
export function pushItemUserErrors<C extends string>(index: number, failures: readonly ItemFailure<C>[]): Failure<C>[] {
  const prefix = itemPath(index);
  return failures.map((f) =>
    "message" in f
      ? failure(f.code, [...prefix, ...(f.field ?? [])], f.message)
      : failure(f.code as C, [...prefix, ...f.field], itemMessage(f)),
  );
}

/** The warnings of item `index`, at their paths inside input.items. */
export function pushItemWarnings<C extends string>(index: number, warnings: readonly Failure<C>[]): Failure<C>[] {
  const prefix = itemPath(index);
  return warnings.map((w) => failure(w.code, [...prefix, ...(w.field ?? [])], w.message));
}
