/** The events on a case's timeline (caseEvents, eventsSince). */
export const CASE_EVENT_TYPES = {
  "invoice.received": "An invoice was pushed in and its collection case opened (or the invoice updated).",
  "collection.step_recorded": "An inkassovarsel or betalingsoppfordring was recorded, with its deadline and fee.",
  "payment.registered": "A payment reduced what is owed.",
  "credit_note.registered": "A credit note (kreditnota) reduced what is owed.",
  "objection.registered": "The debtor objected (innsigelse).",
  "objection.resolved": "An objection was withdrawn, found unfounded, credited or escalated.",
  "case.frozen": "A written objection froze collection.",
  "case.unfrozen": "The freeze ended; collection may go on.",
  "conciliation.created": "A forliksklage draft was made.",
  "conciliation.sent": "The signed forliksklage was posted to the forliksråd.",
  "conciliation.hearing_scheduled": "The forliksråd set a hearing (forliksmøte).",
  "judgment.registered": "A judgment (forliksdom) was registered.",
  "conciliation.board_changed": "The creditor chose another forliksråd for a forliksklage draft.",
  "conciliation.signed": "The creditor recorded that it signed the forliksklage (tvist never signs).",
  "enforcement.notice_sent": "A 14-day notice of enforcement was sent for a judgment a year old or more.",
  "enforcement.requested": "An utleggsbegjæring was sent to namsmannen.",
  "enforcement.measure_recorded": "An enforcement measure (utleggstrekk or utleggspant) was recorded.",
  "enforcement.measure_updated": "An enforcement measure changed: a forced sale was requested, or it ended.",
  "enforcement.concluded": "Enforced collection on the case was concluded.",
  "claim.origin_recorded": "The body that created the claim (NRK, Lånekassen, Politiet, the creditor…) was recorded.",
  "claim.reduced": "The claim was reduced by a complaint decision.",
  "claim.deleted": "The claim was deleted by a complaint decision.",
  "complaint.received": "A complaint (klage) against enforcement was received.",
  "complaint.reconsidered": "The agency reconsidered its own decision: reversed it (upheld) or kept it.",
  "complaint.forwarded": "A complaint was forwarded to the instance that decides it.",
  "complaint.decided": "A complaint was decided.",
  "complaint.overdue": "A complaint passed its 3-week processing deadline undecided.",
  "refund.due": "Money paid beyond what is owed must be refunded.",
  "case.paid": "The case was paid in full and closed.",
  "case.credited": "The case was credited in full and closed.",
  "case.closed": "The case was closed.",
} as const;

/** Events about a creditor as a whole, without a case (creditorEvents); one row per creditor. */
export const CREDITOR_EVENT_TYPES = {
  "legal_table.stale": "The half-year has no confirmed late-payment interest rate: computations carry the last rate forward until a global admin adds it.",
} as const;

/** Every event type tvist emits. A webhook endpoint filters on these. */
export const EVENT_TYPES = { ...CASE_EVENT_TYPES, ...CREDITOR_EVENT_TYPES } as const;

export type EventType = keyof typeof CASE_EVENT_TYPES;
export type CreditorEventType = keyof typeof CREDITOR_EVENT_TYPES;

export function isCaseEventType(value: string): value is EventType {
  return Object.prototype.hasOwnProperty.call(CASE_EVENT_TYPES, value);
}

export function isCreditorEventType(value: string): value is CreditorEventType {
  return Object.prototype.hasOwnProperty.call(CREDITOR_EVENT_TYPES, value);
}

export function isEventType(value: string): value is EventType | CreditorEventType {
  return Object.prototype.hasOwnProperty.call(EVENT_TYPES, value);
}
