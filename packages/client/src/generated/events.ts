// Generated from tvist's event catalogue (src/events/catalogue.ts) by npm run client:events. Do not edit.

export type CaseStatus = "ACTIVE" | "FROZEN" | "IN_CONCILIATION" | "JUDGMENT" | "ENFORCEMENT" | "PAID" | "CREDITED" | "CLOSED";

/** The `data` of each case event type. */
export interface CaseEventDataMap {
  /** An invoice was pushed in and its collection case opened (or the invoice updated: then `updated` names the fields that changed). */
  "invoice.received": {
    /** The invoice (global id) */
    "invoiceId": string;
    /** The invoice number in the accounting system */
    "invoiceNumber"?: string;
    /** The invoice amount (øre) */
    "amount"?: number;
    /** The invoice's due date */
    "dueDate"?: string;
    /** The accounting system that pushed it */
    "sourceSystem"?: string;
    /** The invoice's id in that system */
    "externalId"?: string;
    /** Only on an update: the invoice fields that changed */
    "updated"?: Array<string>;
  };
  /** An inkassovarsel or betalingsoppfordring was recorded, with its deadline and fee. */
  "collection.step_recorded": {
    /** Which step */
    "kind": "COLLECTION_NOTICE" | "PAYMENT_DEMAND";
    /** When it was sent */
    "sentOn": string;
    /** The payment deadline it gave */
    "deadline": string;
    /** The fee it added (øre) */
    "fee": number;
  };
  /** A payment reduced what is owed. */
  "payment.registered": {
    /** The payment (øre) */
    "amount": number;
    /** The day it was paid */
    "paidOn": string;
    /** @deprecated Deprecated: use `paidOn`. The day it was paid */
    "date": string;
    /** The payment's reference */
    "reference": string | null;
    /** What is outstanding after it (øre) */
    "outstanding": number;
  };
  /** A credit note (kreditnota) reduced what is owed. */
  "credit_note.registered": {
    /** The credit note's amount (øre) */
    "amount": number;
    /** The day it was issued */
    "issuedOn": string;
    /** @deprecated Deprecated: use `issuedOn`. The day it was issued */
    "date": string;
    /** The credit note's number */
    "creditNoteNumber": string | null;
    /** @deprecated Deprecated: use `creditNoteNumber`. The credit note's number */
    "reference": string | null;
    /** What is outstanding after it (øre) */
    "outstanding": number;
  };
  /** The debtor objected (innsigelse). */
  "objection.registered": {
    /** The objection (global id) */
    "objectionId": string;
    /** How it was received (ObjectionChannel) */
    "channel": string;
    /** When it was received */
    "receivedOn": string;
    /** A written objection (it freezes collection) */
    "written": boolean;
    /** Documents attached to it (global ids) */
    "documentIds": Array<string>;
  };
  /** An objection was withdrawn, found unfounded, credited or escalated. A credit note adds its number and amount, and the replacing invoice and case when one replaces it. */
  "objection.resolved": {
    /** The objection (global id) */
    "objectionId": string;
    /** How it ended */
    "resolution": "WITHDRAWN" | "UNFOUNDED" | "RESOLVED_BY_CREDIT" | "ESCALATED";
    /** Why, as recorded */
    "reason": string | null;
    /** The API key that recorded it */
    "decidedBy": string;
    /** The credit note that resolved it */
    "creditNoteNumber"?: string;
    /** Its amount (øre) */
    "creditNoteAmount"?: number;
    /** The invoice that replaces the credited one (global id) */
    "newInvoiceId"?: string;
    /** The case of that invoice (global id) */
    "newCaseId"?: string;
  };
  /** A written objection froze collection. */
  "case.frozen": {
    /** The objection (global id) */
    "objectionId": string;
    /** When the creditor's answer is due */
    "responseDueOn": string;
  };
  /** The freeze ended; collection may go on. */
  "case.unfrozen": {
    /** The last written objection (global id) */
    "objectionId": string;
    /** How it ended */
    "resolution": "WITHDRAWN" | "UNFOUNDED" | "RESOLVED_BY_CREDIT" | "ESCALATED";
  };
  /** A forliksklage draft was made, with the claim computed on `filingDate`. Open objections on the case were escalated in the same transaction (each with its own `objection.resolved`). */
  "conciliation.created": {
    /** The conciliation case (global id) */
    "conciliationCaseId": string;
    /** The forliksråd (global id) */
    "boardId": string;
    /** The day the claim is computed on */
    "filingDate": string;
    /** The claim in all (øre) */
    "total": number;
    /** Principal (øre) */
    "principal": number;
    /** Interest (øre) */
    "interest": number;
    /** Legal costs claimed (øre) */
    "legalCostsClaimed": number;
    /** Objections escalated (global ids) */
    "escalatedObjectionIds": Array<string>;
  };
  /** The signed forliksklage was posted to the forliksråd: the case goes IN_CONCILIATION (from ACTIVE or FROZEN). */
  "conciliation.sent": {
    /** The conciliation case (global id) */
    "conciliationCaseId": string;
    /** When it was posted */
    "sentOn": string;
    /** The forliksråd (global id) */
    "boardId": string;
  };
  /** The forliksråd set a hearing (forliksmøte), with each party's møteplikt. A rescheduled hearing sends the event again. */
  "conciliation.hearing_scheduled": {
    /** The conciliation case (global id) */
    "conciliationCaseId": string;
    /** The hearing's day */
    "hearingDate": string;
    /** Where */
    "place": string;
    /** Each party's attendance */
    "attendance": Array<{
      /** CREDITOR or DEBTOR */
      "party": string;
      /** The party's duty to attend */
      "duty": string;
      /** Why */
      "reasonCode": string;
      /** The party's municipality number */
      "kommune": string | null;
      /** Who attends for the party */
      "representativeName": string | null;
      /** In what role */
      "representativeRole": string | null;
    }>;
  };
  /** A judgment (forliksdom) was registered, with the review deadline and the day it becomes final on the court calendar. */
  "judgment.registered": {
    /** The judgment (global id) */
    "judgmentId": string;
    /** The conciliation case (global id) */
    "conciliationCaseId": string;
    /** The outcome (JudgmentOutcome) */
    "outcome": string;
    /** The judgment's day */
    "judgmentDate": string;
    /** When it was served */
    "serviceDate": string;
    /** What the judgment orders paid (øre) */
    "amountOwed": number;
    /** Pay by */
    "paymentDueDate": string | null;
    /** Last day to ask for review */
    "reviewDeadline": string;
    /** The day it becomes final */
    "finalOn": string;
  };
  /** The creditor chose another forliksråd for a forliksklage draft (bytte forliksråd). */
  "conciliation.board_changed": {
    /** The conciliation case (global id) */
    "conciliationCaseId": string;
    /** The forliksråd before (global id) */
    "from": string;
    /** The forliksråd now (global id) */
    "to": string;
  };
  /** The creditor recorded that it signed the forliksklage. tvist never signs: this only records who did. */
  "conciliation.signed": {
    /** The conciliation case (global id) */
    "conciliationCaseId": string;
    /** When */
    "signedOn": string;
    /** Who signed */
    "signedBy": string;
  };
  /** A 14-day notice of enforcement was sent for a judgment a year old or more. */
  "enforcement.notice_sent": {
    /** The judgment (global id) */
    "judgmentId": string;
    /** When */
    "sentOn": string;
  };
  /** An utleggsbegjæring was made for namsmannen: the amount split as it stands after payments; `fees` includes `enforcementFee`, `costs` includes `preparationCosts`. `underOneYear`: under a year has passed since the judgment became enforceable, so no notice was needed. */
  "enforcement.requested": {
    /** The petition (global id) */
    "enforcementPetitionId": string;
    /** The judgment (global id) */
    "judgmentId": string;
    /** The petition's day */
    "petitionDate": string;
    /** Principal (øre) */
    "principal": number;
    /** Interest (øre) */
    "interest": number;
    /** Fees (øre) */
    "fees": number;
    /** Costs (øre) */
    "costs": number;
    /** The enforcement fee (1.21 × R; 0 when namsmannen sent the case to the forliksråd) (øre) */
    "enforcementFee": number;
    /** The creditor's own work on the petition (at most ½ × R) (øre) */
    "preparationCosts": number;
    /** Under a year since the judgment became enforceable */
    "underOneYear": boolean;
  };
  /** An enforcement measure (utleggstrekk or utleggspant) was recorded. */
  "enforcement.measure_recorded": {
    /** The measure (global id) */
    "measureId": string;
    /** Which measure */
    "kind": "DEDUCTION" | "LIEN";
    /** When the debtor was notified */
    "notifiedOn": string;
    /** The complaint deadline the letter gave */
    "letterDeadline": string | null;
    /** A wage deduction's terms */
    "deduction": Record<string, unknown> | null;
    /** A lien's terms */
    "lien": Record<string, unknown> | null;
  };
  /** An enforcement measure changed: a forced sale was requested (`forcedSaleRequestedOn`), or it ended (`status`, `endedOn`, `reason`, `periodEnd`). */
  "enforcement.measure_updated": {
    /** The measure (global id) */
    "measureId": string;
    /** Which measure */
    "kind": "DEDUCTION" | "LIEN";
    /** A forced sale (tvangsdekning) was requested that day */
    "forcedSaleRequestedOn"?: string;
    /** The measure's status after it ended */
    "status"?: string;
    /** When it ended */
    "endedOn"?: string;
    /** Why it ended */
    "reason"?: string;
    /** The last day of its period */
    "periodEnd"?: string | null;
  };
  /** Enforced collection of the case was concluded; measures still running end with it. */
  "enforcement.concluded": {
    /** When */
    "concludedOn": string;
  };
  /** The body that created the claim (NRK, Lånekassen, Politiet, the creditor…) was recorded: the instance a complaint is forwarded to. */
  "claim.origin_recorded": {
    /** What kind of body */
    "kind": "PUBLIC_BODY" | "CREDITOR";
    /** Its name */
    "name": string;
    /** Its organisation number */
    "orgNumber": string | null;
    /** The origin recorded before (kind, name, orgNumber) */
    "previous": Record<string, unknown> | null;
  };
  /** A decided complaint reduced the claim. */
  "claim.reduced": {
    /** The complaint (global id) */
    "complaintId": string;
    /** The reduction (øre) */
    "reducedBy": number;
    /** Principal before (øre) */
    "principalBefore": number;
    /** Principal after (øre) */
    "principalAfter": number;
    /** What is owed in all after the decision (øre) */
    "owedAfterDecision": number;
  };
  /** A decided complaint deleted the claim; what was paid beyond what remains owed is refunded (`refund.due`). */
  "claim.deleted": {
    /** The complaint (global id) */
    "complaintId": string;
    /** Principal no longer owed (øre) */
    "principalBefore": number;
    /** Fees no longer owed (øre) */
    "feesBefore": number;
  };
  /** A complaint (klage) against enforcement was received, with whether it is admissible and by which rule. */
  "complaint.received": {
    /** The complaint (global id) */
    "complaintId": string;
    /** The measure complained about (global id) */
    "measureId": string | null;
    /** What it is about (ComplaintSubject) */
    "subject": string;
    /** What the debtor asks for */
    "desiredOutcome": string;
    /** When it was received */
    "receivedOn": string;
    /** When it must be decided (3 weeks) */
    "dueOn": string;
    /** Whether it may be heard */
    "admissible": boolean;
    /** The rule that decided admissibility */
    "rule": string | null;
    /** The complaint deadline that applied */
    "deadline": string | null;
    /** A late complaint accepted anyway: reason and by */
    "acceptedLate": Record<string, unknown> | null;
  };
  /** The agency considered reversing its own decision (omgjøring) on a complaint: reversed it (upheld) or kept it. */
  "complaint.reconsidered": {
    /** The complaint (global id) */
    "complaintId": string;
    /** UPHELD or KEPT */
    "decision": string;
    /** Why */
    "reason": string | null;
    /** When */
    "reconsideredOn": string;
  };
  /** A complaint was forwarded to the instance that decides it. */
  "complaint.forwarded": {
    /** The complaint (global id) */
    "complaintId": string;
    /** The instance it went to */
    "forwardedTo": string;
    /** @deprecated Deprecated: use `forwardedTo`. The instance it went to */
    "instance": string;
    /** When */
    "forwardedOn": string;
    /** The instance was the default one, not one given */
    "defaultInstance": boolean;
  };
  /** A complaint was decided. */
  "complaint.decided": {
    /** The complaint (global id) */
    "complaintId": string;
    /** The decision (DecisionOutcome) */
    "outcome": string;
    /** AGENCY or INSTANCE */
    "decidedBy": string;
    /** The instance, when it decided */
    "instance": string | null;
    /** When */
    "decidedOn": string;
    /** What the decision does to the case */
    "effects": Record<string, unknown>;
  };
  /** A complaint passed its 3-week processing deadline undecided. */
  "complaint.overdue": {
    /** The complaint (global id) */
    "complaintId": string;
    /** When it was received */
    "receivedOn": string;
    /** When it was due */
    "dueOn": string;
    /** Its status */
    "status": string;
    /** Where it was forwarded */
    "forwardedTo": string | null;
  };
  /** Money paid beyond what is owed must be refunded. */
  "refund.due": {
    /** The complaint whose decision caused it (global id) */
    "complaintId": string;
    /** The refund (øre) */
    "amount": number;
    /** Paid in all (øre) */
    "paid": number;
    /** What is owed after the decision (øre) */
    "owedAfterDecision": number;
  };
  /** The case was paid in full and closed. */
  "case.paid": {
    /** Paid in all (øre) */
    "paid": number;
    /** Credited in all (øre) */
    "credited"?: number;
    /** After a complaint reduced the claim: what is owed (øre) */
    "owedAfterDecision"?: number;
    /** That complaint (global id) */
    "complaintId"?: string;
  };
  /** The case was credited in full and closed. */
  "case.credited": {
    /** Paid in all (øre) */
    "paid": number;
    /** Credited in all (øre) */
    "credited": number;
  };
  /** The case was closed: by the creditor (`reason` as given), replaced by a new invoice after a partial credit note, or with its claim deleted or reduced to nothing by a complaint. */
  "case.closed": {
    /** Why */
    "reason": string;
    /** The invoice that replaces the case's invoice (global id) */
    "newInvoiceId"?: string;
    /** The case of that invoice (global id) */
    "newCaseId"?: string;
    /** The complaint whose decision closed it (global id) */
    "complaintId"?: string;
    /** Paid in all (øre) */
    "paid"?: number;
    /** What is owed after that decision (øre) */
    "owedAfterDecision"?: number;
  };
}

/** The `data` of each creditor event type (events about a creditor, not one case). */
export interface CreditorEventDataMap {
  /** The half-year has no confirmed late-payment interest rate: computations carry the last rate forward (and say so) until a global admin adds it. Sent once per half-year to every creditor, by the first of the scheduled legal-tables check (`LEGAL_TABLES_CHECK_CRON`) and `/readyz` to find it (docs/LEGAL.md). `carried` is the row carried forward (`value` in basis points), or null when there is none; `message` says what to do. */
  "legal_table.stale": {
    /** The legal table */
    "table": string;
    /** The half-year, e.g. 2027-H1 */
    "halfYear": string;
    /** Its first day */
    "halfYearStart": string;
    /** The row carried forward: validFrom, value, confirmed, sourceTitle, sourceUrl */
    "carried": Record<string, unknown> | null;
    /** What to do */
    "message": string;
  };
}

export const CASE_EVENT_TYPES = [
  "invoice.received",
  "collection.step_recorded",
  "payment.registered",
  "credit_note.registered",
  "objection.registered",
  "objection.resolved",
  "case.frozen",
  "case.unfrozen",
  "conciliation.created",
  "conciliation.sent",
  "conciliation.hearing_scheduled",
  "judgment.registered",
  "conciliation.board_changed",
  "conciliation.signed",
  "enforcement.notice_sent",
  "enforcement.requested",
  "enforcement.measure_recorded",
  "enforcement.measure_updated",
  "enforcement.concluded",
  "claim.origin_recorded",
  "claim.reduced",
  "claim.deleted",
  "complaint.received",
  "complaint.reconsidered",
  "complaint.forwarded",
  "complaint.decided",
  "complaint.overdue",
  "refund.due",
  "case.paid",
  "case.credited",
  "case.closed",
] as const;

export const CREDITOR_EVENT_TYPES = [
  "legal_table.stale",
] as const;
