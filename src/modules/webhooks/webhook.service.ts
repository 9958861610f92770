import { refuse, type Outcome } from "../../shared/outcome";
import { ok } from "../../shared/result";
import { randomBytes, randomUUID } from "node:crypto";
import type { EntityManager } from "@mikro-orm/postgresql";
import type { WebhookConfig } from "../../app/config";
import { isCreditorEventType, isEventType, EVENT_TYPES } from "../../events/catalogue";
import type { WebhookFormats } from "./webhook-formats";
import { lockFormatEndpoint, scheduleDelivery } from "./delivery.store";
import { sendSigned } from "./webhook-worker";
import { storedSecret } from "./webhook-sender";
import type { Clock } from "../../shared/clock";
import { idOf, toGlobalId } from "../../shared/global-id";
import { canSeeCreditor, type Auth } from "../access/auth";
import { Creditor } from "../parties/creditor.entity";
import { checkWebhookUrl } from "./url-guard";
import { DeliveryStatus, WebhookDelivery } from "./webhook-delivery.entity";
import { WebhookEndpoint } from "./webhook-endpoint.entity";
import { type WebhookDeliveryFailure, type WebhookEndpointFailure } from "./webhook.errors";

/** A Standard Webhooks secret: whsec_ + base64 of 32 random bytes. */
export function generateWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString("base64")}`;
}

async function findEndpoint(em: EntityManager, auth: Auth, gid: string): Promise<WebhookEndpoint | null> {
  const id = idOf(gid, "WebhookEndpoint");
  const endpoint = id === undefined ? null : await em.findOne(WebhookEndpoint, { id });
  return endpoint && canSeeCreditor(auth, endpoint.creditor.id) ? endpoint : null;
}

const unknownEndpoint = (id: string): WebhookEndpointFailure => ({ code: "UNKNOWN_ENDPOINT", field: "id", id });

interface EndpointFields {
  url?: string | null;
  eventTypes?: string[] | null;
  format?: string | null;
}

const unknownCreditor: WebhookEndpointFailure = { code: "UNKNOWN_CREDITOR", field: "creditorId" };

/** `current`: the endpoint's stored fields, for an update that changes only some of them. */
async function checkFields(
  input: EndpointFields,
  config: WebhookConfig,
  formats: WebhookFormats,
  current?: { eventTypes: string[]; format: string },
): Promise<WebhookEndpointFailure[]> {
  const errors: WebhookEndpointFailure[] = [];
  if (input.url !== undefined && input.url !== null) {
    const problem = await checkWebhookUrl(input.url.trim(), config.allowPrivateUrls);
    if (problem) errors.push({ code: problem.code, field: "url", problem: problem.message });
  }
  for (const [i, t] of (input.eventTypes ?? []).entries()) {
    if (!isEventType(t))
      errors.push({
        code: "UNKNOWN_EVENT_TYPE",
        field: "eventTypes",
        index: i,
        eventType: t,
        known: Object.keys(EVENT_TYPES),
      });
  }
  if (input.format !== undefined && input.format !== null && !formats.formatter(input.format)) {
    errors.push({ code: "UNKNOWN_FORMAT", field: "format", format: input.format, formats: formats.ids() });
  }
  // a plugin's format describes a case: events about a creditor go only to TVIST-format endpoints
  const format = input.format ?? current?.format ?? "TVIST";
  const types = input.eventTypes ?? current?.eventTypes ?? [];
  if (format !== "TVIST") {
    for (const [i, t] of types.entries()) {
      if (!isCreditorEventType(t)) continue;
      const field = input.eventTypes ? "eventTypes" : "format";
      errors.push({ code: "UNKNOWN_EVENT_TYPE", field, index: i, eventType: t, format });
    }
  }
  return errors;
}

export interface EndpointCreateInput extends EndpointFields {
  creditorId: string;
  url: string;
}

export async function createEndpoint(
  em: EntityManager,
  auth: Auth,
  input: EndpointCreateInput,
  config: WebhookConfig,
  formats: WebhookFormats,
): Promise<Outcome<{ endpoint: WebhookEndpoint; secret: string }, WebhookEndpointFailure>> {
  const errors = await checkFields(input, config, formats);
  const creditorId = idOf(input.creditorId, "Creditor");
  const creditor =
    creditorId !== undefined && canSeeCreditor(auth, creditorId)
      ? await em.findOne(Creditor, { id: creditorId })
      : null;
  if (!creditor) errors.unshift({ code: "UNKNOWN_CREDITOR", field: "creditorId", creditorId: input.creditorId });
  if (errors.length > 0 || !creditor) return refuse(...errors);
  const secret = generateWebhookSecret();
  const endpoint = new WebhookEndpoint(creditor, input.url.trim(), secret);
  endpoint.eventTypes = [...new Set(input.eventTypes ?? [])];
  endpoint.format = input.format ?? "TVIST";
  await em.persist(endpoint).flush();
  return ok({ endpoint, secret });
}

export interface EndpointUpdateInput extends EndpointFields {
  id: string;
  enabled?: boolean | null;
}

export async function updateEndpoint(
  em: EntityManager,
  auth: Auth,
  input: EndpointUpdateInput,
  config: WebhookConfig,
  formats: WebhookFormats,
): Promise<Outcome<WebhookEndpoint, WebhookEndpointFailure>> {
  const endpoint = await findEndpoint(em, auth, input.id);
  if (!endpoint) return refuse(unknownEndpoint(input.id));
  const errors = await checkFields(input, config, formats, endpoint);
  if (errors.length > 0) return refuse(...errors);
  if (input.url) endpoint.url = input.url.trim();
  if (input.eventTypes) endpoint.eventTypes = [...new Set(input.eventTypes)];
  if (input.format) endpoint.format = input.format;
  if (input.enabled === true && !endpoint.enabled) {
    endpoint.enabled = true;
    endpoint.disabledAt = null;
    endpoint.disabledReason = null;
  } else if (input.enabled === false && endpoint.enabled) {
    endpoint.enabled = false;
    endpoint.disabledAt = new Date();
    endpoint.disabledReason = "Disabled with webhookEndpointUpdate.";
  }
  await em.flush();
  return ok(endpoint);
}

export interface FormatEndpointInput {
  creditorId: number;
  /** A plugin id: the endpoint's payload format. */
  format: string;
  url: string;
  /** The receiver's secret as text; its UTF-8 bytes key the signatures. */
  secret: string;
  enabled: boolean;
}

/**
 * Creates or updates the creditor's endpoint in one format (a system that keeps one webhook per creditor, set by a
 * plugin route): the oldest endpoint of that format is updated, else one is created. A changed secret is rotated in:
 * the previous one also signs the Standard Webhooks headers for 24 h.
 */
export async function putFormatEndpoint(
  em: EntityManager,
  auth: Auth,
  input: FormatEndpointInput,
  config: WebhookConfig,
  formats: WebhookFormats,
  clock: Clock,
): Promise<Outcome<{ endpoint: WebhookEndpoint; created: boolean }, WebhookEndpointFailure>> {
  if (!canSeeCreditor(auth, input.creditorId)) return refuse(unknownCreditor);
  const errors = await checkFields({ url: input.url, format: input.format }, config, formats);
  if (errors.length > 0) return refuse(...errors);
  const url = input.url.trim();
  const secret = storedSecret(input.secret);
  return em.transactional(async (tx) => {
    // One endpoint per creditor and format, also when two requests set it at once.
    await lockFormatEndpoint(tx, input.creditorId, input.format);
    const creditor = await tx.findOne(Creditor, { id: input.creditorId });
    if (!creditor) return refuse(unknownCreditor);
    const existing = await tx.findOne(
      WebhookEndpoint,
      { creditor: creditor.id, format: input.format },
      { orderBy: { id: "asc" } },
    );
    const now = clock.now();
    const endpoint = existing ?? new WebhookEndpoint(creditor, url, secret);
    endpoint.format = input.format;
    endpoint.url = url;
    if (existing && existing.secret !== secret) {
      endpoint.previousSecret = existing.secret;
      endpoint.secret = secret;
      endpoint.secretRotatedAt = now;
    }
    if (input.enabled && !endpoint.enabled) {
      endpoint.enabled = true;
      endpoint.disabledAt = null;
      endpoint.disabledReason = null;
    } else if (!input.enabled && endpoint.enabled) {
      endpoint.enabled = false;
      endpoint.disabledAt = now;
      endpoint.disabledReason = "Disabled by its integration (enabled: false).";
    }
    tx.persist(endpoint);
    await tx.flush();
    return ok({ endpoint, created: !existing });
  });
}

/** New secret now; the previous one keeps signing (a second signature) for 24 h so receivers can switch over. */
export async function rotateSecret(
  em: EntityManager,
  auth: Auth,
  gid: string,
  clock: Clock,
): Promise<Outcome<{ endpoint: WebhookEndpoint; secret: string }, WebhookEndpointFailure>> {
  const endpoint = await findEndpoint(em, auth, gid);
  if (!endpoint) return refuse(unknownEndpoint(gid));
  const secret = generateWebhookSecret();
  endpoint.previousSecret = endpoint.secret;
  endpoint.secret = secret;
  endpoint.secretRotatedAt = clock.now();
  await em.flush();
  return ok({ endpoint, secret });
}

/** Deletes the endpoint and its delivery log; queued jobs find nothing and end. */
export async function deleteEndpoint(
  em: EntityManager,
  auth: Auth,
  gid: string,
): Promise<Outcome<string, WebhookEndpointFailure>> {
  const endpoint = await findEndpoint(em, auth, gid);
  if (!endpoint) return refuse(unknownEndpoint(gid));
  await em.remove(endpoint).flush();
  return ok(gid);
}

export interface TestResult {
  webhookId: string;
  statusCode: number | null;
  latencyMs: number;
  ok: boolean;
  error: string | null;
}

/** Sends a signed webhook.test ping now and reports how the receiver answered. Records nothing. */
export async function testEndpoint(
  em: EntityManager,
  auth: Auth,
  gid: string,
  config: WebhookConfig,
  clock: Clock,
): Promise<Outcome<TestResult, WebhookEndpointFailure>> {
  const endpoint = await findEndpoint(em, auth, gid);
  if (!endpoint) return refuse(unknownEndpoint(gid));
  const webhookId = `test_${randomUUID()}`;
  const body = JSON.stringify({
    id: webhookId,
    type: "webhook.test",
    occurredAt: clock.now().toISOString(),
    creditorId: toGlobalId("Creditor", endpoint.creditor.id),
    endpointId: endpoint.globalId,
    data: {},
  });
  const result = await sendSigned(endpoint, webhookId, body, config);
  const delivered = result.statusCode !== null && result.statusCode >= 200 && result.statusCode < 300;
  return ok({
    webhookId,
    statusCode: result.statusCode,
    latencyMs: result.latencyMs,
    ok: delivered,
    error: result.error ?? (delivered ? null : `the receiver answered ${result.statusCode}`),
  });
}

/** Queues one more attempt now, whatever the delivery's state (a delivered one is sent again); a failure then continues the retry schedule while attempts remain. */
export async function retryDelivery(
  em: EntityManager,
  auth: Auth,
  gid: string,
): Promise<Outcome<WebhookDelivery, WebhookDeliveryFailure>> {
  const id = idOf(gid, "WebhookDelivery");
  const delivery = id === undefined ? null : await em.findOne(WebhookDelivery, { id }, { populate: ["endpoint"] });
  if (!delivery || !canSeeCreditor(auth, delivery.endpoint.creditor.id))
    return refuse({ code: "UNKNOWN_DELIVERY", field: "id", id: gid });
  if (!delivery.endpoint.enabled) return refuse({ code: "ENDPOINT_DISABLED", field: "id" });
  const now = new Date();
  await em.transactional(async (tx) => {
    const d = tx.merge(delivery);
    d.status = d.attemptCount > 0 ? DeliveryStatus.RETRYING : DeliveryStatus.PENDING;
    d.nextAttemptAt = now;
    await tx.flush();
    await scheduleDelivery(tx, d.id, now, true);
  });
  return ok(delivery);
}
