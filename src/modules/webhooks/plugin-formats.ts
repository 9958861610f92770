import type { EntityManager } from "@mikro-orm/postgresql";
import type { EventRecord } from "../../events/event-record";
import { WebhookFormats, type WebhookFormatter } from "./webhook-formats";
import { loadOutboundCase } from "./delivery.store";
import { outstanding } from "../cases/case.rules";
import { toGlobalId } from "../../shared/global-id";
import type { Json, OutboundEvent } from "@tvist/plugin-sdk";
import type { PluginRegistry } from "../plugins/registry";

/** The event as a plugin sees it: with the case's state, the creditor and the invoice's identity in its system. */
export async function outboundEvent(em: EntityManager, event: EventRecord): Promise<OutboundEvent> {
  const row = await loadOutboundCase(em, event.caseId);
  if (!row) throw new Error(`case ${event.caseId} of event ${event.id} not found`);
  const owed = outstanding({
    principalAmount: Number(row.principal_amount),
    feesAmount: Number(row.fees_amount),
    paidAmount: Number(row.paid_amount),
    creditedAmount: Number(row.credited_amount),
    judgmentAmount: row.judgment_amount === null ? null : Number(row.judgment_amount),
    reducedBeforeJudgment: Number(row.reduced_before_judgment),
  });
  return {
    id: toGlobalId("CaseEvent", event.id),
    type: event.type,
    occurredAt: event.occurredAt.toISOString(),
    sequence: event.sequence,
    summary: event.summary,
    case: {
      id: toGlobalId("Case", event.caseId),
      caseNumber: Number(row.case_number),
      status: event.statusAfter ?? row.status,
      principalAmount: Number(row.principal_amount),
      outstandingAmount: owed,
    },
    creditor: { id: toGlobalId("Creditor", event.creditorId), orgNumber: row.org_number },
    invoice: row.source_system
      ? { sourceSystem: row.source_system, externalId: row.external_id!, invoiceNumber: row.invoice_number! }
      : null,
    data: JSON.parse(JSON.stringify(event.data)) as { [key: string]: Json },
  };
}

const formatsByRegistry = new WeakMap<PluginRegistry, WebhookFormats>();

/** The payload formats of a plugin registry: TVIST and every enabled plugin under its id (built once per registry). */
export function webhookFormatsOf(plugins: PluginRegistry): WebhookFormats {
  let formats = formatsByRegistry.get(plugins);
  if (!formats) {
    formats = new WebhookFormats(
      plugins.ids().map((id): [string, WebhookFormatter] => {
        const plugin = plugins.get(id)!;
        return [id, async (event, em, tools) => plugin.formatEvent(await outboundEvent(em, event), tools)];
      }),
    );
    formatsByRegistry.set(plugins, formats);
  }
  return formats;
}
