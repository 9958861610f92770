import { assertNever } from "../../shared/assert-never";
import type { Failure } from "../../shared/result";
import { userErrorType, type CommonErrorCode } from "../../shared/user-error";

export const WEBHOOK_ENDPOINT_ERROR_CODES = {
  UNKNOWN_CREDITOR: "UNKNOWN_CREDITOR",
  UNKNOWN_ENDPOINT: "UNKNOWN_ENDPOINT",
  INVALID_URL: "INVALID_URL",
  PRIVATE_ADDRESS: "PRIVATE_ADDRESS",
  UNKNOWN_EVENT_TYPE: "UNKNOWN_EVENT_TYPE",
  UNKNOWN_FORMAT: "UNKNOWN_FORMAT",
} as const;
export type WebhookEndpointErrorCode = keyof typeof WEBHOOK_ENDPOINT_ERROR_CODES | CommonErrorCode;
export const WebhookEndpointError = userErrorType("WebhookEndpointError", WEBHOOK_ENDPOINT_ERROR_CODES);
export type WebhookEndpointError = InstanceType<typeof WebhookEndpointError>;

export const WEBHOOK_DELIVERY_ERROR_CODES = {
  UNKNOWN_DELIVERY: "UNKNOWN_DELIVERY",
  ENDPOINT_DISABLED: "ENDPOINT_DISABLED",
} as const;
export type WebhookDeliveryErrorCode = keyof typeof WEBHOOK_DELIVERY_ERROR_CODES | CommonErrorCode;
export const WebhookDeliveryError = userErrorType("WebhookDeliveryError", WEBHOOK_DELIVERY_ERROR_CODES);
export type WebhookDeliveryError = InstanceType<typeof WebhookDeliveryError>;

/** What is wrong with an endpoint command, in the command's terms (fields of its input). */
export type WebhookEndpointFailure =
  /** `creditorId`: the id as given (a global id); absent when the creditor came from elsewhere (a plugin route). */
  | { code: "UNKNOWN_CREDITOR"; field: "creditorId"; creditorId?: string }
  | { code: "UNKNOWN_ENDPOINT"; field: "id"; id: string }
  /** `problem`: the URL guard's explanation (url-guard.ts), which names the fix. */
  | { code: "INVALID_URL" | "PRIVATE_ADDRESS"; field: "url"; problem: string }
  | { code: "UNKNOWN_EVENT_TYPE"; field: "eventTypes"; index: number; eventType: string; known: readonly string[] }
  /** A creditor event type asked for in a plugin's format (those describe a case); `field` is what the input changed. */
  | {
      code: "UNKNOWN_EVENT_TYPE";
      field: "eventTypes" | "format";
      index: number;
      eventType: string;
      format: string;
      known?: undefined;
    }
  | { code: "UNKNOWN_FORMAT"; field: "format"; format: string; formats: readonly string[] };

/** What is wrong with a delivery command. */
export type WebhookDeliveryFailure =
  { code: "UNKNOWN_DELIVERY"; field: "id"; id: string } | { code: "ENDPOINT_DISABLED"; field: "id" };

function endpointUserError(f: WebhookEndpointFailure): Failure<WebhookEndpointErrorCode> {
  switch (f.code) {
    case "UNKNOWN_CREDITOR":
      return {
        code: f.code,
        field: ["input", f.field],
        message:
          f.creditorId === undefined
            ? "No such creditor for this API key: use a creditor your key sees."
            : `No creditor with id ${f.creditorId}: use an id of a creditor your key sees.`,
      };
    case "UNKNOWN_ENDPOINT":
      return {
        code: f.code,
        field: ["input", f.field],
        message: `No webhook endpoint with id ${f.id}: use an id from the webhookEndpoints query.`,
      };
    case "INVALID_URL":
    case "PRIVATE_ADDRESS":
      return { code: f.code, field: ["input", f.field], message: f.problem };
    case "UNKNOWN_EVENT_TYPE":
      return {
        code: f.code,
        field: f.field === "eventTypes" ? ["input", f.field, String(f.index)] : ["input", f.field],
        message:
          f.known !== undefined
            ? `Unknown event type "${f.eventType}": use types from the catalogue (${f.known.join(", ")}), or none for all.`
            : `"${f.eventType}" is not sent in the ${f.format} format (it describes a case, and ${f.eventType} is about the creditor): use format TVIST for it, on an endpoint of its own if need be.`,
      };
    case "UNKNOWN_FORMAT":
      return {
        code: f.code,
        field: ["input", f.field],
        message: `Unknown payload format "${f.format}": use one of ${f.formats.join(", ")}.`,
      };
    default:
      return assertNever(f);
  }
}

/** The userErrors of an endpoint command's failures. */
export function webhookEndpointUserErrors(failures: readonly WebhookEndpointFailure[]): WebhookEndpointError[] {
  return failures.map(endpointUserError);
}

function deliveryUserError(f: WebhookDeliveryFailure): Failure<WebhookDeliveryErrorCode> {
  switch (f.code) {
    case "UNKNOWN_DELIVERY":
      return {
        code: f.code,
        field: ["input", f.field],
        message: `No webhook delivery with id ${f.id}: use an id from the webhookDeliveries query.`,
      };
    case "ENDPOINT_DISABLED":
      return {
        code: f.code,
        field: ["input", f.field],
        message: "The endpoint is disabled: enable it with webhookEndpointUpdate (enabled: true), then retry.",
      };
    default:
      return assertNever(f);
  }
}

/** The userErrors of a delivery command's failures. */
export function webhookDeliveryUserErrors(failures: readonly WebhookDeliveryFailure[]): WebhookDeliveryError[] {
  return failures.map(deliveryUserError);
}
