import { Webhook, WebhookVerificationError } from "standardwebhooks";
import {
  CASE_EVENT_TYPES,
  CREDITOR_EVENT_TYPES,
  type CaseEventDataMap,
  type CaseStatus,
  type CreditorEventDataMap,
} from "./generated/events";

export { WebhookVerificationError };
export type { CaseEventDataMap, CaseStatus, CreditorEventDataMap };
export { CASE_EVENT_TYPES, CREDITOR_EVENT_TYPES };

export type CaseEventType = keyof CaseEventDataMap;
export type CreditorEventType = keyof CreditorEventDataMap;

/** A case event as a TVIST-format webhook carries it (schema/events/<type>.json). */
export interface CaseWebhookEvent<T extends CaseEventType = CaseEventType> {
  /** Global id of the event; also the `webhook-id` header, the same on every retry. */
  id: string;
  type: T;
  /** ISO 8601, UTC. */
  occurredAt: string;
  caseId: string;
  creditorId: string;
  /** Position on the case's timeline, from 1 without gaps. */
  sequence: number;
  statusBefore: CaseStatus | null;
  statusAfter: CaseStatus | null;
  summary: string;
  data: CaseEventDataMap[T];
}

/** An event about a creditor as a whole (no case). */
export interface CreditorWebhookEvent<T extends CreditorEventType = CreditorEventType> {
  id: string;
  type: T;
  occurredAt: string;
  creditorId: string;
  summary: string;
  data: CreditorEventDataMap[T];
}

/** The ping webhookEndpointTest sends. */
export interface WebhookTestEvent {
  id: string;
  type: "webhook.test";
  occurredAt: string;
  creditorId: string;
  endpointId: string;
  data: Record<string, never>;
}

/** Every TVIST-format webhook body, discriminated by `type`. */
export type WebhookEvent =
  | { [T in CaseEventType]: CaseWebhookEvent<T> }[CaseEventType]
  | { [T in CreditorEventType]: CreditorWebhookEvent<T> }[CreditorEventType]
  | WebhookTestEvent;

/** A correctly signed webhook of a type this version of @tvist/client does not know: answer 2xx, update the client. */
export class UnknownEventTypeError extends Error {
  override readonly name = "UnknownEventTypeError";
  constructor(
    readonly eventType: string,
    /** The verified body. */
    readonly payload: Record<string, unknown>,
  ) {
    super(`Event type "${eventType}" is not known to this version of @tvist/client: update it to receive it typed.`);
  }
}

export type WebhookHeaders = Headers | Record<string, string | readonly string[] | undefined>;

const KNOWN = new Set<string>([...CASE_EVENT_TYPES, ...CREDITOR_EVENT_TYPES, "webhook.test"]);

function standardHeaders(headers: WebhookHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  if (typeof (headers as Headers).forEach === "function" && typeof (headers as Headers).get === "function") {
    (headers as Headers).forEach((value, name) => (out[name.toLowerCase()] = value));
    return out;
  }
  for (const [name, value] of Object.entries(headers as Record<string, string | readonly string[] | undefined>)) {
    const v = Array.isArray(value) ? value.join(" ") : value;
    if (typeof v === "string") out[name.toLowerCase()] = v;
  }
  return out;
}

/**
 * Checks a TVIST-format webhook's Standard Webhooks signature (`webhook-id`, `webhook-timestamp`,
 * `webhook-signature`; timestamps more than 5 minutes off are refused) on the raw body, before any JSON parsing.
 * Returns the event, typed by its `type`. Throws WebhookVerificationError when the signature, timestamp or headers
 * are wrong, and UnknownEventTypeError for a correctly signed event of a type newer than this client.
 * `secret` is the endpoint's `whsec_…` secret.
 */
export function verifyWebhook(secret: string, headers: WebhookHeaders, rawBody: string | Buffer): WebhookEvent {
  const payload = new Webhook(secret).verify(rawBody, standardHeaders(headers)) as Record<string, unknown>;
  const type = payload?.type;
  if (typeof type !== "string" || !KNOWN.has(type)) throw new UnknownEventTypeError(String(type), payload);
  return payload as unknown as WebhookEvent;
}
