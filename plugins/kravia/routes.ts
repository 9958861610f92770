/**
 * Kravia-compatible HTTP routes: a system built for api.kravia.ai changes only its base URL to
 * https://<tvist>/plugins/kravia. Kravia documents no status codes, response bodies or error format; the choices here
 * are conventional ones, listed in README.md.
 */
import {
  CONVENTIONAL_STATUS,
  formatKroner,
  type Json,
  type PluginRoute,
  type RouteOutcome,
  type RouteProblem,
  type RouteRefusal,
  type RouteRequest,
  type RouteResponse,
  type WebhookEndpointParse,
} from "@tvist/plugin-sdk";
import type { KraviaOptions } from "./inbound";
import { KraviaReader } from "./reader";

/** A path inside a body as Kravia's (.NET) validation writes it: invoices[0].amount, postalAddress.addressPostalCode. */
export function kraviaPath(field: readonly string[]): string {
  return field.reduce((path, key) => (/^\d+$/.test(key) ? `${path}[${key}]` : path ? `${path}.${key}` : key), "");
}

const TITLES: Record<RouteRefusal, string> = {
  INVALID: "The request has problems; nothing was registered.",
  UNAUTHENTICATED: "Authentication required.",
  FORBIDDEN: "The API key may not do this.",
  NOT_FOUND: "Not found.",
  CONFLICT: "The request conflicts with what is registered; nothing was changed.",
  PAYLOAD_TOO_LARGE: "The body is too large.",
  UNSUPPORTED_MEDIA_TYPE: "The body must be JSON.",
  UNAVAILABLE: "Unavailable right now; nothing was changed.",
  INTERNAL: "The request failed on the server.",
};

const problemJson = (p: RouteProblem): Json => ({ code: p.code, path: kraviaPath(p.field), message: p.message });

/** Kroner as a JSON number, the way Kravia writes amounts (credit notes negative). */
const kroner = (ore: number, sign: 1 | -1): number => sign * Number(formatKroner(ore));

/** Every answer of the Kravia routes: success 201 (created) or 200 (a repeat or an update), refusals by convention. */
export function respond(outcome: RouteOutcome): RouteResponse {
  if (!outcome.ok) {
    const status = CONVENTIONAL_STATUS[outcome.refusal];
    return {
      status,
      body: {
        status,
        title: TITLES[outcome.refusal],
        errors: outcome.problems.map(problemJson),
        requestId: outcome.requestId,
      },
    };
  }
  const status = outcome.created ? 201 : 200;
  switch (outcome.operation) {
    case "registerInvoice":
      return {
        status,
        body: { invoiceId: outcome.caseNumber, created: outcome.created, warnings: outcome.warnings.map(problemJson) },
      };
    case "registerPayment":
    case "registerCreditNote": {
      const sign = outcome.operation === "registerPayment" ? 1 : -1;
      return {
        status,
        body: {
          created: outcome.created,
          invoices: outcome.parts.map((p) => ({ invoiceId: p.caseNumber, amount: kroner(p.amount, sign) })),
        },
      };
    }
    case "setWebhookEndpoint":
      return {
        status,
        body: {
          creditorId: /^\d{1,15}$/.test(outcome.creditorExternalId)
            ? Number(outcome.creditorExternalId)
            : outcome.creditorExternalId,
          url: outcome.url,
          enabled: outcome.enabled,
        },
      };
  }
}

/** `PUT /api/v2/creditor/{id}/webhook` with `{ secret, enabled, url }`; `enabled` absent means true. */
export function parseWebhook(request: RouteRequest): WebhookEndpointParse {
  const r = new KraviaReader(request.body);
  if (!r.ok) return { ok: false, errors: r.errors };
  const secret = r.string(["secret"], { maxLength: 255 });
  const url = r.string(["url"], { maxLength: 2048 });
  const enabled = r.boolean(["enabled"], false) ?? true;
  if (!r.ok || secret === undefined || url === undefined) return { ok: false, errors: r.errors };
  return { ok: true, setting: { creditorExternalId: request.params.id ?? "", secret, url, enabled } };
}

export const routes: readonly PluginRoute<KraviaOptions>[] = [
  { method: "POST", path: "api/v2/invoice/register", operation: "registerInvoice", respond },
  { method: "POST", path: "api/v2/invoice/payment", operation: "registerPayment", respond },
  { method: "POST", path: "api/v2/invoice/creditnote", operation: "registerCreditNote", respond },
  {
    method: "PUT",
    path: "api/v2/creditor/:id/webhook",
    operation: "setWebhookEndpoint",
    webhookFields: { url: ["url"], secret: ["secret"], enabled: ["enabled"] },
    parse: parseWebhook,
    respond,
  },
];
