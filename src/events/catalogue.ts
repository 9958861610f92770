import { CollectionStepKind } from "../modules/cases/case.rules";
import { MeasureKind } from "../modules/complaints/complaint.rules";
import { ObjectionStatus } from "../modules/objections/objection.rules";
import {
  bool,
  date,
  deprecated,
  fields,
  globalId,
  list,
  nullable,
  obj,
  oneOf,
  ore,
  str,
  type FromSchema,
} from "./event-schema";

/**
 * Every event type, declared once: what it means, the JSON Schema of its `data` (the code that records it is typed
 * by that schema) and an example. docs/events.md and schema/events/*.json are generated from this (npm run events:docs).
 */
const RESOLUTIONS = Object.values(ObjectionStatus).filter((s) => s !== ObjectionStatus.OPEN);

const CASE_EVENTS = {
  "invoice.received": {
    description:
      "An invoice was pushed in and its collection case opened (or the invoice updated: then `updated` names the fields that changed).",
    data: fields(
      {
        invoiceId: globalId("The invoice"),
        invoiceNumber: str("The invoice number in the accounting system"),
        amount: ore("The invoice amount"),
        dueDate: date("The invoice's due date"),
        sourceSystem: str("The accounting system that pushed it"),
        externalId: str("The invoice's id in that system"),
        updated: list(str("field"), "Only on an update: the invoice fields that changed"),
      },
      ["invoiceNumber", "amount", "dueDate", "sourceSystem", "externalId", "updated"],
    ),
    example: {
      invoiceId: "SW52b2ljZTox",
      invoiceNumber: "F-1043",
      amount: 125000,
      dueDate: "2026-01-19",
      sourceSystem: "conta",
      externalId: "inv-1043",
    },
  },
  "collection.step_recorded": {
    description: "An inkassovarsel or betalingsoppfordring was recorded, with its deadline and fee.",
    data: fields({
      kind: oneOf(Object.values(CollectionStepKind), "Which step"),
      sentOn: date("When it was sent"),
      deadline: date("The payment deadline it gave"),
      fee: ore("The fee it added"),
    }),
    example: { kind: "COLLECTION_NOTICE", sentOn: "2026-02-02", deadline: "2026-02-16", fee: 7000 },
  },
  "payment.registered": {
    description: "A payment reduced what is owed.",
    data: fields({
      amount: ore("The payment"),
      paidOn: date("The day it was paid"),
      date: deprecated(date("The day it was paid"), "paidOn"),
      reference: nullable(str("The payment's reference")),
      outstanding: ore("What is outstanding after it"),
    }),
    example: { amount: 50000, paidOn: "2026-02-10", date: "2026-02-10", reference: "KID 1043", outstanding: 82000 },
  },
  "credit_note.registered": {
    description: "A credit note (kreditnota) reduced what is owed.",
    data: fields({
      amount: ore("The credit note's amount"),
      issuedOn: date("The day it was issued"),
      date: deprecated(date("The day it was issued"), "issuedOn"),
      creditNoteNumber: nullable(str("The credit note's number")),
      reference: deprecated(nullable(str("The credit note's number")), "creditNoteNumber"),
      outstanding: ore("What is outstanding after it"),
    }),
    example: {
      amount: 25000,
      issuedOn: "2026-02-11",
      date: "2026-02-11",
      creditNoteNumber: "K-77",
      reference: "K-77",
      outstanding: 100000,
    },
  },
  "objection.registered": {
    description: "The debtor objected (innsigelse).",
    data: fields({
      objectionId: globalId("The objection"),
      channel: str("How it was received (ObjectionChannel)"),
      receivedOn: date("When it was received"),
      written: bool("A written objection (it freezes collection)"),
      documentIds: list(str("document id"), "Documents attached to it (global ids)"),
    }),
    example: {
      objectionId: "T2JqZWN0aW9uOjE",
      channel: "EMAIL",
      receivedOn: "2026-02-12",
      written: true,
      documentIds: [],
    },
  },
  "objection.resolved": {
    description:
      "An objection was withdrawn, found unfounded, credited or escalated. A credit note adds its number and amount, and the replacing invoice and case when one replaces it.",
    data: fields(
      {
        objectionId: globalId("The objection"),
        resolution: oneOf(RESOLUTIONS, "How it ended"),
        reason: nullable(str("Why, as recorded")),
        decidedBy: str("The API key that recorded it"),
        creditNoteNumber: str("The credit note that resolved it"),
        creditNoteAmount: ore("Its amount"),
        newInvoiceId: globalId("The invoice that replaces the credited one"),
        newCaseId: globalId("The case of that invoice"),
      },
      ["creditNoteNumber", "creditNoteAmount", "newInvoiceId", "newCaseId"],
    ),
    example: {
      objectionId: "T2JqZWN0aW9uOjE",
      resolution: "WITHDRAWN",
      reason: "Trukket per telefon",
      decidedBy: "conta-prod",
    },
  },
  "case.frozen": {
    description: "A written objection froze collection.",
    data: fields({ objectionId: globalId("The objection"), responseDueOn: date("When the creditor's answer is due") }),
    example: { objectionId: "T2JqZWN0aW9uOjE", responseDueOn: "2026-02-26" },
  },
  "case.unfrozen": {
    description: "The freeze ended; collection may go on.",
    data: fields({
      objectionId: globalId("The last written objection"),
      resolution: oneOf(RESOLUTIONS, "How it ended"),
    }),
    example: { objectionId: "T2JqZWN0aW9uOjE", resolution: "UNFOUNDED" },
  },
  "conciliation.created": {
    description:
      "A forliksklage draft was made, with the claim computed on `filingDate`. Open objections on the case were escalated in the same transaction (each with its own `objection.resolved`).",
    data: fields({
      conciliationCaseId: globalId("The conciliation case"),
      boardId: globalId("The forliksråd"),
      filingDate: date("The day the claim is computed on"),
      total: ore("The claim in all"),
      principal: ore("Principal"),
      interest: ore("Interest"),
      legalCostsClaimed: ore("Legal costs claimed"),
      escalatedObjectionIds: list(str("objection id"), "Objections escalated (global ids)"),
    }),
    example: {
      conciliationCaseId: "Q29uY2lsaWF0aW9uQ2FzZTox",
      boardId: "Q29uY2lsaWF0aW9uQm9hcmQ6MzAx",
      filingDate: "2026-03-02",
      total: 1336104,
      principal: 1250000,
      interest: 18904,
      legalCostsClaimed: 67200,
      escalatedObjectionIds: ["T2JqZWN0aW9uOjQ"],
    },
  },
  "conciliation.sent": {
    description:
      "The signed forliksklage was posted to the forliksråd: the case goes IN_CONCILIATION (from ACTIVE or FROZEN).",
    data: fields({
      conciliationCaseId: globalId("The conciliation case"),
      sentOn: date("When it was posted"),
      boardId: globalId("The forliksråd"),
    }),
    example: {
      conciliationCaseId: "Q29uY2lsaWF0aW9uQ2FzZTox",
      sentOn: "2026-03-04",
      boardId: "Q29uY2lsaWF0aW9uQm9hcmQ6MzAy",
    },
  },
  "conciliation.hearing_scheduled": {
    description:
      "The forliksråd set a hearing (forliksmøte), with each party's møteplikt. A rescheduled hearing sends the event again.",
    data: fields({
      conciliationCaseId: globalId("The conciliation case"),
      hearingDate: date("The hearing's day"),
      place: str("Where"),
      attendance: list(
        fields({
          party: str("CREDITOR or DEBTOR"),
          duty: str("The party's duty to attend"),
          reasonCode: str("Why"),
          kommune: nullable(str("The party's municipality number")),
          representativeName: nullable(str("Who attends for the party")),
          representativeRole: nullable(str("In what role")),
        }),
        "Each party's attendance",
      ),
    }),
    example: {
      conciliationCaseId: "Q29uY2lsaWF0aW9uQ2FzZTox",
      hearingDate: "2026-04-20",
      place: "Ski rådhus",
      attendance: [
        {
          party: "DEBTOR",
          duty: "MUST_ATTEND",
          reasonCode: "IN_BOARD_KOMMUNE",
          kommune: "3207",
          representativeName: null,
          representativeRole: null,
        },
      ],
    },
  },
  "judgment.registered": {
    description:
      "A judgment (forliksdom) was registered, with the review deadline and the day it becomes final on the court calendar.",
    data: fields({
      judgmentId: globalId("The judgment"),
      conciliationCaseId: globalId("The conciliation case"),
      outcome: str("The outcome (JudgmentOutcome)"),
      judgmentDate: date("The judgment's day"),
      serviceDate: date("When it was served"),
      amountOwed: ore("What the judgment orders paid"),
      paymentDueDate: nullable(date("Pay by")),
      reviewDeadline: date("Last day to ask for review"),
      finalOn: date("The day it becomes final"),
    }),
    example: {
      judgmentId: "SnVkZ21lbnQ6MQ",
      conciliationCaseId: "Q29uY2lsaWF0aW9uQ2FzZTox",
      outcome: "WON",
      judgmentDate: "2026-04-21",
      serviceDate: "2026-04-24",
      amountOwed: 1931392,
      paymentDueDate: "2026-05-08",
      reviewDeadline: "2026-05-26",
      finalOn: "2026-05-27",
    },
  },
  "conciliation.board_changed": {
    description: "The creditor chose another forliksråd for a forliksklage draft (bytte forliksråd).",
    data: fields({
      conciliationCaseId: globalId("The conciliation case"),
      from: globalId("The forliksråd before"),
      to: globalId("The forliksråd now"),
    }),
    example: {
      conciliationCaseId: "Q29uY2lsaWF0aW9uQ2FzZTox",
      from: "Q29uY2lsaWF0aW9uQm9hcmQ6MzAx",
      to: "Q29uY2lsaWF0aW9uQm9hcmQ6MzAy",
    },
  },
  "conciliation.signed": {
    description: "The creditor recorded that it signed the forliksklage. tvist never signs: this only records who did.",
    data: fields({
      conciliationCaseId: globalId("The conciliation case"),
      signedOn: date("When"),
      signedBy: str("Who signed"),
    }),
    example: { conciliationCaseId: "Q29uY2lsaWF0aW9uQ2FzZTox", signedOn: "2026-03-03", signedBy: "Per Hansen" },
  },
  "enforcement.notice_sent": {
    description: "A 14-day notice of enforcement was sent for a judgment a year old or more.",
    data: fields({ judgmentId: globalId("The judgment"), sentOn: date("When") }),
    example: { judgmentId: "SnVkZ21lbnQ6MQ", sentOn: "2027-06-01" },
  },
  "enforcement.requested": {
    description:
      "An utleggsbegjæring was made for namsmannen: the amount split as it stands after payments; `fees` includes `enforcementFee`, `costs` includes `preparationCosts`. `underOneYear`: under a year has passed since the judgment became enforceable, so no notice was needed.",
    data: fields({
      enforcementPetitionId: globalId("The petition"),
      judgmentId: globalId("The judgment"),
      petitionDate: date("The petition's day"),
      principal: ore("Principal"),
      interest: ore("Interest"),
      fees: ore("Fees"),
      costs: ore("Costs"),
      enforcementFee: ore("The enforcement fee (1.21 × R; 0 when namsmannen sent the case to the forliksråd)"),
      preparationCosts: ore("The creditor's own work on the petition (at most ½ × R)"),
      underOneYear: bool("Under a year since the judgment became enforceable"),
    }),
    example: {
      enforcementPetitionId: "RW5mb3JjZW1lbnRQZXRpdGlvbjox",
      judgmentId: "SnVkZ21lbnQ6MQ",
      petitionDate: "2026-06-02",
      principal: 1250000,
      interest: 18904,
      fees: 324600,
      costs: 67200,
      enforcementFee: 162700,
      preparationCosts: 0,
      underOneYear: true,
    },
  },
  "enforcement.measure_recorded": {
    description: "An enforcement measure (utleggstrekk or utleggspant) was recorded.",
    data: fields({
      measureId: globalId("The measure"),
      kind: oneOf(Object.values(MeasureKind), "Which measure"),
      notifiedOn: date("When the debtor was notified"),
      letterDeadline: nullable(date("The complaint deadline the letter gave")),
      deduction: nullable(obj("A wage deduction's terms")),
      lien: nullable(obj("A lien's terms")),
    }),
    example: {
      measureId: "RW5mb3JjZW1lbnRNZWFzdXJlOjE",
      kind: "DEDUCTION",
      notifiedOn: "2026-06-01",
      letterDeadline: "2026-06-22",
      deduction: { deductor: "EMPLOYER", periodStart: "2026-07-01", periodEnd: null },
      lien: null,
    },
  },
  "enforcement.measure_updated": {
    description:
      "An enforcement measure changed: a forced sale was requested (`forcedSaleRequestedOn`), or it ended (`status`, `endedOn`, `reason`, `periodEnd`).",
    data: fields(
      {
        measureId: globalId("The measure"),
        kind: oneOf(Object.values(MeasureKind), "Which measure"),
        forcedSaleRequestedOn: date("A forced sale (tvangsdekning) was requested that day"),
        status: str("The measure's status after it ended"),
        endedOn: date("When it ended"),
        reason: str("Why it ended"),
        periodEnd: nullable(date("The last day of its period")),
      },
      ["forcedSaleRequestedOn", "status", "endedOn", "reason", "periodEnd"],
    ),
    example: { measureId: "RW5mb3JjZW1lbnRNZWFzdXJlOjE", kind: "LIEN", forcedSaleRequestedOn: "2026-06-01" },
  },
  "enforcement.concluded": {
    description: "Enforced collection of the case was concluded; measures still running end with it.",
    data: fields({ concludedOn: date("When") }),
    example: { concludedOn: "2026-06-02" },
  },
  "claim.origin_recorded": {
    description:
      "The body that created the claim (NRK, Lånekassen, Politiet, the creditor…) was recorded: the instance a complaint is forwarded to.",
    data: fields({
      kind: oneOf(["PUBLIC_BODY", "CREDITOR"], "What kind of body"),
      name: str("Its name"),
      orgNumber: nullable(str("Its organisation number")),
      previous: nullable(obj("The origin recorded before (kind, name, orgNumber)")),
    }),
    example: { kind: "PUBLIC_BODY", name: "NRK AS", orgNumber: "976390512", previous: null },
  },
  "claim.reduced": {
    description: "A decided complaint reduced the claim.",
    data: fields({
      complaintId: globalId("The complaint"),
      reducedBy: ore("The reduction"),
      principalBefore: ore("Principal before"),
      principalAfter: ore("Principal after"),
      owedAfterDecision: ore("What is owed in all after the decision"),
    }),
    example: {
      complaintId: "Q29tcGxhaW50OjE",
      reducedBy: 50000,
      principalBefore: 1000000,
      principalAfter: 950000,
      owedAfterDecision: 950000,
    },
  },
  "claim.deleted": {
    description:
      "A decided complaint deleted the claim; what was paid beyond what remains owed is refunded (`refund.due`).",
    data: fields({
      complaintId: globalId("The complaint"),
      principalBefore: ore("Principal no longer owed"),
      feesBefore: ore("Fees no longer owed"),
    }),
    example: { complaintId: "Q29tcGxhaW50OjE", principalBefore: 1000000, feesBefore: 0 },
  },
  "complaint.received": {
    description:
      "A complaint (klage) against enforcement was received, with whether it is admissible and by which rule.",
    data: fields({
      complaintId: globalId("The complaint"),
      measureId: nullable(globalId("The measure complained about")),
      subject: str("What it is about (ComplaintSubject)"),
      desiredOutcome: str("What the debtor asks for"),
      receivedOn: date("When it was received"),
      dueOn: date("When it must be decided (3 weeks)"),
      admissible: bool("Whether it may be heard"),
      rule: nullable(str("The rule that decided admissibility")),
      deadline: nullable(date("The complaint deadline that applied")),
      acceptedLate: nullable(obj("A late complaint accepted anyway: reason and by")),
    }),
    example: {
      complaintId: "Q29tcGxhaW50OjE",
      measureId: "RW5mb3JjZW1lbnRNZWFzdXJlOjE",
      subject: "DEDUCTION",
      desiredOutcome: "STOP_DEDUCTION",
      receivedOn: "2026-06-02",
      dueOn: "2026-06-23",
      admissible: true,
      rule: null,
      deadline: "2026-06-22",
      acceptedLate: null,
    },
  },
  "complaint.reconsidered": {
    description:
      "The agency considered reversing its own decision (omgjøring) on a complaint: reversed it (upheld) or kept it.",
    data: fields({
      complaintId: globalId("The complaint"),
      decision: str("UPHELD or KEPT"),
      reason: nullable(str("Why")),
      reconsideredOn: date("When"),
    }),
    example: {
      complaintId: "Q29tcGxhaW50OjE",
      decision: "KEPT",
      reason: "Trekket er beregnet etter gjeldende satser.",
      reconsideredOn: "2026-06-02",
    },
  },
  "complaint.forwarded": {
    description: "A complaint was forwarded to the instance that decides it.",
    data: fields({
      complaintId: globalId("The complaint"),
      forwardedTo: str("The instance it went to"),
      instance: deprecated(str("The instance it went to"), "forwardedTo"),
      forwardedOn: date("When"),
      defaultInstance: bool("The instance was the default one, not one given"),
    }),
    example: {
      complaintId: "Q29tcGxhaW50OjE",
      forwardedTo: "NRK AS",
      instance: "NRK AS",
      forwardedOn: "2026-06-03",
      defaultInstance: true,
    },
  },
  "complaint.decided": {
    description: "A complaint was decided.",
    data: fields({
      complaintId: globalId("The complaint"),
      outcome: str("The decision (DecisionOutcome)"),
      decidedBy: str("AGENCY or INSTANCE"),
      instance: nullable(str("The instance, when it decided")),
      decidedOn: date("When"),
      effects: obj("What the decision does to the case"),
    }),
    example: {
      complaintId: "Q29tcGxhaW50OjE",
      outcome: "UPHELD",
      decidedBy: "AGENCY",
      instance: null,
      decidedOn: "2026-06-10",
      effects: { summary: "the deduction ends", endsDeduction: true, deletesClaim: false, reducesClaimBy: 0 },
    },
  },
  "complaint.overdue": {
    description: "A complaint passed its 3-week processing deadline undecided.",
    data: fields({
      complaintId: globalId("The complaint"),
      receivedOn: date("When it was received"),
      dueOn: date("When it was due"),
      status: str("Its status"),
      forwardedTo: nullable(str("Where it was forwarded")),
    }),
    example: {
      complaintId: "Q29tcGxhaW50OjE",
      receivedOn: "2026-06-02",
      dueOn: "2026-06-23",
      status: "RECEIVED",
      forwardedTo: null,
    },
  },
  "refund.due": {
    description: "Money paid beyond what is owed must be refunded.",
    data: fields({
      complaintId: globalId("The complaint whose decision caused it"),
      amount: ore("The refund"),
      paid: ore("Paid in all"),
      owedAfterDecision: ore("What is owed after the decision"),
    }),
    example: { complaintId: "Q29tcGxhaW50OjE", amount: 120000, paid: 1070000, owedAfterDecision: 950000 },
  },
  "case.paid": {
    description: "The case was paid in full and closed.",
    data: fields(
      {
        paid: ore("Paid in all"),
        credited: ore("Credited in all"),
        owedAfterDecision: ore("After a complaint reduced the claim: what is owed"),
        complaintId: globalId("That complaint"),
      },
      ["credited", "owedAfterDecision", "complaintId"],
    ),
    example: { paid: 125000, credited: 0 },
  },
  "case.credited": {
    description: "The case was credited in full and closed.",
    data: fields({ paid: ore("Paid in all"), credited: ore("Credited in all") }),
    example: { paid: 0, credited: 125000 },
  },
  "case.closed": {
    description:
      "The case was closed: by the creditor (`reason` as given), replaced by a new invoice after a partial credit note, or with its claim deleted or reduced to nothing by a complaint.",
    data: fields(
      {
        reason: str("Why"),
        newInvoiceId: globalId("The invoice that replaces the case's invoice"),
        newCaseId: globalId("The case of that invoice"),
        complaintId: globalId("The complaint whose decision closed it"),
        paid: ore("Paid in all"),
        owedAfterDecision: ore("What is owed after that decision"),
      },
      ["newInvoiceId", "newCaseId", "complaintId", "paid", "owedAfterDecision"],
    ),
    example: { reason: "WITHDRAWN_BY_CREDITOR" },
  },
} as const;

const CREDITOR_EVENTS = {
  "legal_table.stale": {
    description:
      "The half-year has no confirmed late-payment interest rate: computations carry the last rate forward (and say so) until a global admin adds it. Sent once per half-year to every creditor, by the first of the scheduled legal-tables check (`LEGAL_TABLES_CHECK_CRON`) and `/readyz` to find it (docs/LEGAL.md). `carried` is the row carried forward (`value` in basis points), or null when there is none; `message` says what to do.",
    data: fields({
      table: str("The legal table"),
      halfYear: str("The half-year, e.g. 2027-H1"),
      halfYearStart: date("Its first day"),
      carried: nullable(obj("The row carried forward: validFrom, value, confirmed, sourceTitle, sourceUrl")),
      message: str("What to do"),
    }),
    example: {
      table: "LATE_INTEREST_RATE",
      halfYear: "2027-H1",
      halfYearStart: "2027-01-01",
      carried: {
        validFrom: "2026-01-01",
        value: 1200,
        confirmed: true,
        sourceTitle: "Forsinkelsesrente og standardkompensasjon fra 1. januar 2026",
        sourceUrl: "https://www.kred.no/",
      },
      message:
        "No confirmed late-payment interest rate (forsinkelsesrente) for 2027-H1: 12 % from 2026-01-01 is carried forward. A global admin adds the published rate with legalTableRowAdd (table LATE_INTEREST_RATE, validFrom 2027-01-01).",
    },
  },
} as const;

export interface EventDefinition {
  description: string;
  data: {
    readonly type: "object";
    readonly properties: Readonly<Record<string, unknown>>;
    readonly required: readonly string[];
  };
  example: Record<string, unknown>;
}

export const CASE_EVENT_DEFINITIONS: Record<EventType, EventDefinition> = CASE_EVENTS;
export const CREDITOR_EVENT_DEFINITIONS: Record<CreditorEventType, EventDefinition> = CREDITOR_EVENTS;
export const EVENT_DEFINITIONS: Record<EventType | CreditorEventType, EventDefinition> = {
  ...CASE_EVENTS,
  ...CREDITOR_EVENTS,
};

/** The `data` of each event type, as its schema declares it. */
export type EventData = { [T in keyof typeof CASE_EVENTS]: FromSchema<(typeof CASE_EVENTS)[T]["data"]> } & {
  [T in keyof typeof CREDITOR_EVENTS]: FromSchema<(typeof CREDITOR_EVENTS)[T]["data"]>;
};

const descriptions = <T extends string>(defs: Record<T, EventDefinition>) =>
  Object.fromEntries(Object.entries<EventDefinition>(defs).map(([t, d]) => [t, d.description])) as Record<T, string>;

/** The events on a case's timeline (caseEvents, eventsSince). */
export const CASE_EVENT_TYPES = descriptions(CASE_EVENTS as Record<keyof typeof CASE_EVENTS, EventDefinition>);

/** Events about a creditor as a whole, without a case (creditorEvents); one row per creditor. */
export const CREDITOR_EVENT_TYPES = descriptions(
  CREDITOR_EVENTS as Record<keyof typeof CREDITOR_EVENTS, EventDefinition>,
);

/** Every event type tvist emits. A webhook endpoint filters on these. */
export const EVENT_TYPES = { ...CASE_EVENT_TYPES, ...CREDITOR_EVENT_TYPES };

export type EventType = keyof typeof CASE_EVENTS;
export type CreditorEventType = keyof typeof CREDITOR_EVENTS;

export function isCaseEventType(value: string): value is EventType {
  return Object.prototype.hasOwnProperty.call(CASE_EVENT_TYPES, value);
}

export function isCreditorEventType(value: string): value is CreditorEventType {
  return Object.prototype.hasOwnProperty.call(CREDITOR_EVENT_TYPES, value);
}

export function isEventType(value: string): value is EventType | CreditorEventType {
  return Object.prototype.hasOwnProperty.call(EVENT_TYPES, value);
}
