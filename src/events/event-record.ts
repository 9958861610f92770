import type { CaseStatus } from "../modules/cases/case.rules";
import { toGlobalId } from "../shared/global-id";
import { decodeCursor, encodeCursor } from "../shared/pagination";

/**
 * A committed event as plain data: what the bus, subscriptions, eventsSince and webhooks pass around. `caseId` is
 * null for an event about the creditor as a whole (catalogue: CREDITOR_EVENT_TYPES), whose sequence is 0.
 */
export interface LoggedEvent {
  id: number;
  caseId: number | null;
  creditorId: number;
  sequence: number;
  type: string;
  occurredAt: Date;
  actor: string;
  summary: string;
  statusBefore: CaseStatus | null;
  statusAfter: CaseStatus | null;
  data: Record<string, unknown>;
}

/** A case event: what caseEvents, eventsSince and the plugin payload formats take. */
export interface EventRecord extends LoggedEvent {
  caseId: number;
}

export function isCaseEvent(e: LoggedEvent): e is EventRecord {
  return e.caseId !== null;
}

export const EVENT_COLUMNS =
  "id, case_id, creditor_id, sequence, type, occurred_at, actor, summary, status_before, status_after, data";

export interface EventRow {
  id: string | number;
  case_id: string | number | null;
  creditor_id: string | number;
  sequence: number;
  type: string;
  occurred_at: Date | string;
  actor: string;
  summary: string;
  status_before: string | null;
  status_after: string | null;
  data: Record<string, unknown> | string;
}

export function toEventRecord(row: EventRow): LoggedEvent {
  return {
    id: Number(row.id),
    caseId: row.case_id === null ? null : Number(row.case_id),
    creditorId: Number(row.creditor_id),
    sequence: row.sequence,
    type: row.type,
    occurredAt: row.occurred_at instanceof Date ? row.occurred_at : new Date(row.occurred_at),
    actor: row.actor,
    summary: row.summary,
    statusBefore: row.status_before as CaseStatus | null,
    statusAfter: row.status_after as CaseStatus | null,
    data: typeof row.data === "string" ? (JSON.parse(row.data) as Record<string, unknown>) : row.data,
  };
}

/** Opaque position in the event log: after it come the events with a higher id (ids follow commit order). */
export function eventCursor(id: number): string {
  return encodeCursor(id, id);
}

export function eventIdOfCursor(cursor: string): number | undefined {
  const decoded = decodeCursor(cursor);
  return decoded && decoded[0] === decoded[1] && decoded[1] >= 0 ? decoded[1] : undefined;
}

/** The webhook-id and GraphQL id of an event. */
export const eventGlobalId = (id: number): string => toGlobalId("CaseEvent", id);

/** Standard webhook payload of the TVIST format; an event without a case has no case fields. */
export function tvistPayload(e: LoggedEvent): Record<string, unknown> {
  if (!isCaseEvent(e)) {
    return {
      id: eventGlobalId(e.id),
      type: e.type,
      occurredAt: e.occurredAt.toISOString(),
      creditorId: toGlobalId("Creditor", e.creditorId),
      summary: e.summary,
      data: e.data,
    };
  }
  return {
    id: eventGlobalId(e.id),
    type: e.type,
    occurredAt: e.occurredAt.toISOString(),
    caseId: toGlobalId("Case", e.caseId),
    creditorId: toGlobalId("Creditor", e.creditorId),
    sequence: e.sequence,
    statusBefore: e.statusBefore,
    statusAfter: e.statusAfter,
    summary: e.summary,
    data: e.data,
  };
}
