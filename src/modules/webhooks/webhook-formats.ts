import type { EntityManager } from "@mikro-orm/postgresql";
import type { FormatTools } from "@tvist/plugin-sdk";
import { tvistPayload, type EventRecord } from "../../events/event-record";

/** Turns an event into the JSON body a receiver of that format expects (may read more from the database; `tools` signs with the endpoint's secret). */
export type WebhookFormatter = (event: EventRecord, em: EntityManager, tools: FormatTools) => unknown;

/** The payload formats an endpoint may ask for, by id: TVIST, and one per enabled plugin (see plugin-formats.ts). */
export class WebhookFormats {
  private readonly byId: ReadonlyMap<string, WebhookFormatter>;

  constructor(extra: Iterable<readonly [string, WebhookFormatter]> = []) {
    this.byId = new Map<string, WebhookFormatter>([["TVIST", tvistPayload], ...extra]);
  }

  formatter(id: string): WebhookFormatter | undefined {
    return this.byId.get(id);
  }

  ids(): string[] {
    return [...this.byId.keys()].sort();
  }
}

/** tvist's own format only. */
export const BUILT_IN_WEBHOOK_FORMATS = new WebhookFormats();
