import { CaseStatus } from "../modules/cases/case.rules";
import type { EventDefinition } from "./catalogue";

const STATUSES: string[] = Object.values(CaseStatus);

/** The JSON Schema of a TVIST-format webhook body of one event type (envelope and `data`), published in schema/events. */
export function eventPayloadSchema(type: string, def: EventDefinition, creditor: boolean): Record<string, unknown> {
  const envelope: Record<string, unknown> = {
    id: { type: "string", description: "Global id of the event; also the webhook-id of every delivery of it" },
    type: { const: type },
    occurredAt: { type: "string", format: "date-time", description: "When it happened (ISO 8601, UTC)" },
    ...(creditor ? {} : { caseId: { type: "string", description: "Global id of the case" } }),
    creditorId: { type: "string", description: "Global id of the creditor" },
    ...(creditor
      ? {}
      : {
          sequence: { type: "integer", minimum: 1, description: "Position on the case's timeline" },
          statusBefore: {
            type: ["string", "null"],
            enum: [...STATUSES, null],
            description: "The case status before the event",
          },
          statusAfter: {
            type: ["string", "null"],
            enum: [...STATUSES, null],
            description: "The case status after the event",
          },
        }),
    summary: { type: "string", description: "One human-readable sentence" },
    data: def.data,
  };
  return {
    $schema: "http://json-schema.org/draft-07/schema#",
    $id: `urn:tvist:event:${type}`,
    title: type,
    description: def.description,
    type: "object",
    properties: envelope,
    required: Object.keys(envelope),
  };
}

/** An illustrative webhook body of one event type, around the definition's example `data`. */
export function examplePayload(type: string, def: EventDefinition, creditor: boolean): Record<string, unknown> {
  const base = { id: "Q2FzZUV2ZW50OjQ3MTE", type, occurredAt: "2026-03-02T09:15:27.412Z" };
  const summary = def.description.split(/(?<=\.)\s/)[0]!;
  if (creditor) return { ...base, creditorId: "Q3JlZGl0b3I6Mw", summary, data: def.example };
  return {
    ...base,
    caseId: "Q2FzZToxNw",
    creditorId: "Q3JlZGl0b3I6Mw",
    sequence: 2,
    statusBefore: "ACTIVE",
    statusAfter: "ACTIVE",
    summary,
    data: def.example,
  };
}
