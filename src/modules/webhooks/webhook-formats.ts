import type { EntityManager } from "@mikro-orm/postgresql";
import type { FormatTools } from "@tvist/plugin-sdk";
import { tvistPayload, type EventRecord } from "../../events/event-record";

/** Turns an event into the JSON body a receiver of that format expects (may read more from the database; `tools` signs with the endpoint's secret). */
export type WebhookFormatter = (event: EventRecord, em: EntityManager, tools: FormatTools) => unknown;

const formats = new Map<string, WebhookFormatter>([["TVIST", tvistPayload]]);

/** Plugins register their outbound format under their plugin id. */
export function registerWebhookFormat(id: string, formatter: WebhookFormatter): void {
  formats.set(id, formatter);
}

export function webhookFormatter(id: string): WebhookFormatter | undefined {
  return formats.get(id);
}

export function webhookFormats(): string[] {
  return [...formats.keys()].sort();
}
