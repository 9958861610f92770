/**
 * Kravia's webhook envelope: `data` names the claim that changed (tvist's case number, the invoiceId the register
 * route answered), `signature` is `tools.sign` over the exact serialised `data`, and `header.algorithm` names it.
 */
import type { FormatTools, Json, OutboundEvent } from "@tvist/plugin-sdk";

/** The one event type Kravia documents: something changed on the claim; the receiver fetches the details. */
export const EVENT_TYPE = "CaseUpdate";

export function formatEnvelope(event: OutboundEvent, tools: FormatTools): Json {
  const data = {
    timestamp: Math.floor(Date.parse(event.occurredAt) / 1000),
    eventType: EVENT_TYPE,
    claimId: event.case.caseNumber,
  };
  return { header: { algorithm: tools.algorithm }, data, signature: tools.sign(JSON.stringify(data)) };
}
