/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** A caseworker accepts a late complaint (oversittet klagefrist). */
export type AcceptLateInput = {
  /** Why the late complaint is accepted; not blank. Recorded with the key's name and the time. */
  reason: string;
};

/** The filing-deadline rule (klagefrist) that decided whether a complaint was in time. */
export type AdmissibilityRule =
  /** About the choice of assets: within one calendar month after the notification. */
  | 'CHOICE_OF_ASSETS_ONE_MONTH'
  /** Against an utleggstrekk: until the deduction period ends. */
  | 'DEDUCTION_UNTIL_PERIOD_END'
  /** Admissible while enforced collection is not concluded. */
  | 'ENFORCEMENT_ONGOING'
  /** The deadline stated in the letter. */
  | 'LETTER_DEADLINE'
  /** Against an utleggspant: until a forced sale (tvangsdekning) is requested. */
  | 'LIEN_UNTIL_FORCED_SALE';

export type ApiKeyCreateInput = {
  /** Bind the key to every creditor, present and future. */
  allCreditors?: boolean;
  creditorIds?: Array<string>;
  name: string;
  scopes: Array<Scope>;
};

export type ApiKeyErrorCode =
  | 'INVALID_NAME'
  | 'INVALID_SCOPES'
  | 'NO_CREDITORS'
  | 'UNKNOWN_API_KEY'
  | 'UNKNOWN_CREDITOR';

export type ApiKeyRevokeInput = {
  id: string;
};

/** What may be done on a case now, as the rules say. */
export type CaseAction =
  | 'CLOSE'
  | 'REGISTER_CREDIT_NOTE'
  | 'REGISTER_PAYMENT'
  | 'SEND_COLLECTION_NOTICE'
  | 'SEND_PAYMENT_DEMAND';

export type CaseCloseInput = {
  caseId: string;
  reason: string;
};

export type CaseErrorCode =
  | 'AMOUNT_EXCEEDS_OUTSTANDING'
  | 'CASE_CLOSED'
  | 'CASE_FROZEN'
  | 'DEADLINE_NOT_PASSED'
  | 'DEADLINE_TOO_SHORT'
  | 'INVALID_AMOUNT'
  | 'INVALID_DATE'
  | 'NOT_DUE'
  | 'STEP_OUT_OF_ORDER'
  | 'UNKNOWN_CASE';

export type CaseFilter = {
  creditorId?: string | null | undefined;
  debtorId?: string | null | undefined;
  status?: Array<CaseStatus> | null | undefined;
  /** Only cases changed at or after this instant. */
  updatedSince?: string | null | undefined;
};

export type CaseSetClaimOriginInput = {
  caseId: string;
  originator: ClaimOriginatorInput;
};

/** Where a collection case stands. */
export type CaseStatus =
  /** Collection runs. */
  | 'ACTIVE'
  /** Closed otherwise. */
  | 'CLOSED'
  /** Credited in full by a kreditnota (closed). */
  | 'CREDITED'
  /** An utleggsbegjæring has been sent to namsmannen. */
  | 'ENFORCEMENT'
  /** Frozen by a written objection (innsigelse): no fees, notices or legal steps. */
  | 'FROZEN'
  /** A forliksklage has been sent to the forliksråd. */
  | 'IN_CONCILIATION'
  /** A judgment (forliksdom) is registered. */
  | 'JUDGMENT'
  /** Paid in full (closed). */
  | 'PAID';

/** The body that created the claim. */
export type ClaimOriginatorInput = {
  kind: ClaimOriginatorKind;
  /** e.g. NRK, Lånekassen, Politiet; not blank. */
  name: string;
  /** Organisasjonsnummer, 9 digits with a valid MOD11 check digit. */
  orgNumber?: string | null | undefined;
};

/** Who created the claim (kravhaver). */
export type ClaimOriginatorKind =
  /** The creditor itself (kreditor). */
  | 'CREDITOR'
  /** A public body (offentlig oppdragsgiver), e.g. NRK, Lånekassen or Politiet. */
  | 'PUBLIC_BODY';

export type CollectionStepKind =
  /** Inkassovarsel (inkassoloven § 9). */
  | 'COLLECTION_NOTICE'
  /** Betalingsoppfordring (inkassoloven § 10). */
  | 'PAYMENT_DEMAND';

export type CollectionStepRecordInput = {
  caseId: string;
  /** Last day to pay; at least 14 calendar days after sentOn (the default). */
  deadline?: string | null | undefined;
  kind: CollectionStepKind;
  /** Date the letter was sent. */
  sentOn: string;
};

/** How the complaint arrived; a complaint must be written. */
export type ComplaintChannel =
  /** By e-mail (e-post). */
  | 'EMAIL'
  /** By letter (brev). */
  | 'LETTER'
  /** By telephone or in person (muntlig): not a complaint until it is written; refused with NOT_WRITTEN. */
  | 'ORAL'
  /** Through a web portal or form. */
  | 'PORTAL';

export type ComplaintDecideInput = {
  complaintId: string;
  /** Day of the instance's decision; not before forwarding nor in the future. */
  decidedOn: string;
  /** PARTLY_UPHELD only: øre the claim is reduced by, above 0 and at most the principal. */
  grantedReduction?: number | null | undefined;
  outcome: ComplaintOutcome;
  /** Grounds; not blank. */
  reason: string;
};

export type ComplaintDecider =
  /** The agency itself, reversing its decision. */
  | 'AGENCY'
  /** The instance the complaint was forwarded to (klageinstans). */
  | 'INSTANCE';

export type ComplaintErrorCode =
  | 'CASE_CLOSED'
  | 'COMPLAINT_DECIDED'
  | 'COMPLAINT_LATE'
  | 'INVALID_AMOUNT'
  | 'INVALID_DATE'
  | 'INVALID_REDUCTION_AMOUNT'
  | 'MEASURE_KIND_MISMATCH'
  | 'MISSING_ATTACHMENTS'
  | 'MISSING_CHANNEL'
  | 'MISSING_DESIRED_OUTCOME'
  | 'MISSING_FIELD'
  | 'MISSING_LATE_REASON'
  | 'MISSING_MEASURE'
  | 'MISSING_OUTCOME_DESCRIPTION'
  | 'MISSING_REASON'
  | 'MISSING_REDUCTION_AMOUNT'
  | 'MISSING_SIGNATURE'
  | 'MISSING_SUBJECT'
  | 'NOT_WRITTEN'
  | 'REDUCTION_EXCEEDS_CLAIM'
  | 'STEP_OUT_OF_ORDER'
  | 'UNKNOWN_CASE'
  | 'UNKNOWN_COMPLAINT'
  | 'UNKNOWN_DOCUMENT'
  | 'UNKNOWN_MEASURE';

export type ComplaintFilter = {
  caseId?: string | null | undefined;
  creditorId?: string | null | undefined;
  /** true: undecided after dueOn (today by the server's clock); false: the rest. */
  overdue?: boolean | null | undefined;
  /** Any of these statuses. */
  status?: Array<ComplaintStatus> | null | undefined;
};

export type ComplaintForwardInput = {
  complaintId: string;
  /** Not before the reconsideration nor in the future. */
  forwardedOn: string;
  /** The deciding instance (klageinstans); default the claim's originator (Case.claimOrigin.name). */
  instance?: string | null | undefined;
};

/** The decision on a complaint (vedtak i klagesaken). */
export type ComplaintOutcome =
  /** Partly upheld (delvis tatt til følge): the claim is reduced by grantedReduction, if given. */
  | 'PARTLY_UPHELD'
  /** Rejected (ikke tatt til følge): collection continues unchanged. */
  | 'REJECTED'
  /** Upheld (tatt til følge): the desired outcome is granted, and only now does collection stop. */
  | 'UPHELD';

export type ComplaintReconsiderInput = {
  complaintId: string;
  /** UPHELD: the agency reverses its decision and the complaint is decided. KEPT: forward it next. */
  decision: ReconsiderationDecision;
  /** Grounds; not blank. */
  reason: string;
  /** Default today; not before receipt nor in the future. */
  reconsideredOn?: string | null | undefined;
};

/** The signature: who signed, and when. */
export type ComplaintSignatureInput = {
  signedAt?: string | null | undefined;
  signerName?: string | null | undefined;
};

/** Where a complaint (klage) stands. */
export type ComplaintStatus =
  /** Decided (avgjort): by the agency reversing its decision, or by the instance. */
  | 'DECIDED'
  /** Forwarded (oversendt) to the deciding instance, awaiting its decision. */
  | 'FORWARDED'
  /** The agency kept its decision (opprettholdt): forward the complaint to the instance that decides it. */
  | 'KEPT'
  /** Received (mottatt); the agency has not yet reconsidered its decision. */
  | 'RECEIVED';

/** What the complaint (klage) is about. */
export type ComplaintSubject =
  /** The case handling (saksbehandlingen). */
  | 'CASE_HANDLING'
  /** Which assets a lien (utleggspant) was taken in; within one month of the notification. */
  | 'CHOICE_OF_ASSETS'
  /** The claim itself (kravet). */
  | 'CLAIM'
  /** A wage or benefit deduction (utleggstrekk). */
  | 'DEDUCTION'
  /** Something else. */
  | 'OTHER'
  /** A tax set-off (skattemotregning). */
  | 'TAX_SET_OFF';

/** A complaint (klage) against enforcement. It must be written, say what and why, the desired outcome, be signed and carry documentation: every element that is missing is reported at once, and nothing is stored until the complaint is complete. */
export type ComplaintSubmitInput = {
  /** Accept the complaint although it is late; without it a late complaint is refused with COMPLAINT_LATE. */
  acceptLate?: AcceptLateInput | null | undefined;
  /** Documentation, uploaded with POST /documents; at least one. */
  attachmentDocumentIds?: Array<string>;
  caseId: string;
  /** Required: LETTER, EMAIL or PORTAL. */
  channel?: ComplaintChannel | null | undefined;
  /** Required: what the debtor wants. */
  desiredOutcome?: DesiredOutcome | null | undefined;
  /** OTHER: the outcome the debtor wants. */
  desiredOutcomeText?: string | null | undefined;
  /** The enforcement measure complained against; required for a deduction, STOP_DEDUCTION and CHOICE_OF_ASSETS (a lien). */
  measureId?: string | null | undefined;
  /** Required: why. */
  reason?: string | null | undefined;
  /** Day the complaint was received; not in the future. Deadlines are judged by this day. */
  receivedOn: string;
  /** REDUCE_CLAIM: øre, above 0 and at most the principal. */
  reductionAmount?: number | null | undefined;
  /** Signer and time; or give signedDocumentId. */
  signature?: ComplaintSignatureInput | null | undefined;
  /** The signed complaint, uploaded with POST /documents. */
  signedDocumentId?: string | null | undefined;
  /** Required: what the complaint is about. */
  subject?: ComplaintSubject | null | undefined;
};

export type CreditNoteRegisterInput = {
  /** Øre. */
  amount: number;
  caseId: string;
  /** Kreditnotanummer. */
  creditNoteNumber?: string | null | undefined;
  issuedOn: string;
};

export type DeadlineKind =
  | 'COLLECTION_NOTICE_DEADLINE'
  | 'INVOICE_DUE'
  | 'PAYMENT_DEMAND_DEADLINE';

/** Utleggstrekk: who deducts and the deduction period. */
export type DeductionInput = {
  deductor: DeductorKind;
  /** Last day of the period, on or after periodStart; leave out while open-ended. */
  periodEnd?: string | null | undefined;
  periodStart: string;
};

/** Who makes an utleggstrekk (trekkpliktig). */
export type DeductorKind =
  /** The employer (arbeidsgiver), from pay. */
  | 'EMPLOYER'
  /** NAV, from benefits (ytelser). */
  | 'NAV';

/** What the debtor wants the complaint to achieve. */
export type DesiredOutcome =
  /** Delete the claim (slette kravet). */
  | 'DELETE_CLAIM'
  /** Something else, described in desiredOutcomeText. */
  | 'OTHER'
  /** Reduce the claim (redusere kravet) by reductionAmount. */
  | 'REDUCE_CLAIM'
  /** Stop the deduction (utleggstrekk); name it with measureId. */
  | 'STOP_DEDUCTION';

export type EnforcementErrorCode =
  | 'ALREADY_SET'
  | 'CASE_CLOSED'
  | 'ENFORCEMENT_CONCLUDED'
  | 'INVALID_DATE'
  | 'INVALID_ORG_NUMBER'
  | 'INVALID_PERIOD'
  | 'MEASURE_ENDED'
  | 'MEASURE_KIND_MISMATCH'
  | 'MISSING_DETAILS'
  | 'MISSING_FIELD'
  | 'NOTHING_TO_UPDATE'
  | 'UNEXPECTED_DETAILS'
  | 'UNKNOWN_CASE'
  | 'UNKNOWN_MEASURE';

export type EnforcementMeasureFilter = {
  caseId?: string | null | undefined;
  creditorId?: string | null | undefined;
  kind?: Array<EnforcementMeasureKind> | null | undefined;
  status?: Array<EnforcementMeasureStatus> | null | undefined;
};

/** The kind of enforcement measure (tvangsinnfordring). */
export type EnforcementMeasureKind =
  /** Utleggstrekk: the employer or NAV deducts from pay or benefits. */
  | 'DEDUCTION'
  /** Utleggspant: a lien on property, an account or other assets. */
  | 'LIEN';

/** An enforcement measure (utleggstrekk or utleggspant) taken on a case. Give deduction for DEDUCTION, lien for LIEN. */
export type EnforcementMeasureRecordInput = {
  caseId: string;
  /** Required for DEDUCTION; not allowed for LIEN. */
  deduction?: DeductionInput | null | undefined;
  kind: EnforcementMeasureKind;
  /** A complaint deadline stated in the letter (klagefrist), on or after notifiedOn. */
  letterDeadline?: string | null | undefined;
  /** Required for LIEN; not allowed for DEDUCTION. */
  lien?: LienInput | null | undefined;
  /** Day the debtor was notified of the utlegg; not in the future. */
  notifiedOn: string;
};

export type EnforcementMeasureStatus =
  /** In force. */
  | 'ACTIVE'
  /** Ended (opphørt): the deduction stopped or the lien was lifted. */
  | 'ENDED';

/** Give at least one of forcedSaleRequestedOn, end and enforcementConcludedOn. */
export type EnforcementMeasureUpdateInput = {
  end?: MeasureEndInput | null | undefined;
  /** Marks enforced collection on the measure's case concluded that day (Case.enforcementConcludedOn); its active measures end. A complaint after that day is late. */
  enforcementConcludedOn?: string | null | undefined;
  /** LIEN only: the day a forced sale (tvangsdekning) was requested. */
  forcedSaleRequestedOn?: string | null | undefined;
  measureId: string;
};

export type InvoiceErrorCode =
  | 'CASE_CLOSED'
  | 'DUE_BEFORE_ISSUE'
  | 'INVALID_AMOUNT'
  | 'INVALID_DATE'
  | 'INVALID_KID'
  | 'MISSING_FIELD'
  | 'UNKNOWN_CREDITOR'
  | 'UNKNOWN_CURRENCY'
  | 'UNKNOWN_DEBTOR';

/** An invoice in tvist's own format. Amounts in øre; dates YYYY-MM-DD. */
export type InvoiceRegisterInput = {
  /** Øre, VAT included. */
  amount: number;
  creditorId: string;
  currency?: string | null | undefined;
  debtorId: string;
  dueDate: string;
  externalId: string;
  invoiceNumber: string;
  issueDate: string;
  kid?: string | null | undefined;
  /** The accounting system, e.g. conta. Together with externalId it identifies the invoice. */
  sourceSystem: string;
};

/** What an utleggspant is taken in. */
export type LienAssetKind =
  /** A bank account (bankinnskudd). */
  | 'BANK_ACCOUNT'
  /** Other assets (løsøre, fordringer). */
  | 'OTHER'
  /** Real property (fast eiendom). */
  | 'REAL_ESTATE'
  /** A registered vehicle (motorvogn). */
  | 'VEHICLE';

/** Utleggspant: the asset and when the lien was registered. */
export type LienInput = {
  /** Which asset, e.g. gnr/bnr or the account number. */
  assetDescription?: string | null | undefined;
  assetKind: LienAssetKind;
  /** Day a forced sale (tvangsdekning) was requested, if it was; on or after registeredOn. */
  forcedSaleRequestedOn?: string | null | undefined;
  /** Not in the future. */
  registeredOn: string;
};

/** Ends a measure: the deduction stops (its period ends that day) or the lien is lifted. */
export type MeasureEndInput = {
  /** Not in the future; for a deduction on or after its period start. */
  endedOn: string;
  /** Why it ends; not blank. */
  reason: string;
};

export type MoneyKind =
  /** Kreditnota. */
  | 'CREDIT_NOTE'
  /** Innbetaling. */
  | 'PAYMENT';

export type PaymentRegisterInput = {
  /** Øre. */
  amount: number;
  caseId: string;
  paidOn: string;
  reference?: string | null | undefined;
};

/** The agency's own reconsideration (omgjøringsvurdering) of the decision complained against. */
export type ReconsiderationDecision =
  /** The agency keeps its decision (opprettholder): the complaint must be forwarded. */
  | 'KEPT'
  /** The agency reverses its own decision (omgjør): the complaint is upheld and decided. */
  | 'UPHELD';

/** READ sees, WRITE also changes, ADMIN also manages keys and registers. */
export type Scope =
  | 'ADMIN'
  | 'READ'
  | 'WRITE';

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { keyName: string, scopes: Array<Scope>, allCreditors: boolean } };

export type ApiKeyCreateMutationVariables = Exact<{
  input: ApiKeyCreateInput;
}>;


export type ApiKeyCreateMutation = { apiKeyCreate: { secret: string | null, apiKey: { id: string, name: string, prefix: string, scopes: Array<Scope>, allCreditors: boolean, creditors: Array<{ id: string }> } | null, userErrors: Array<{ code: ApiKeyErrorCode, field: Array<string> | null, message: string }> } };

export type ApiKeyRevokeMutationVariables = Exact<{
  input: ApiKeyRevokeInput;
}>;


export type ApiKeyRevokeMutation = { apiKeyRevoke: { apiKey: { id: string, revokedAt: string | null } | null, userErrors: Array<{ code: ApiKeyErrorCode, field: Array<string> | null, message: string }> } };

export type DeepQueryVariables = Exact<{ [key: string]: never; }>;


export type DeepQuery = { viewer: { keyName: string } };

export type CaseFieldsFragment = { id: string, status: CaseStatus, principalAmount: number, feesAmount: number, paidAmount: number, creditedAmount: number, outstandingAmount: number, closedAt: string | null, availableActions: Array<CaseAction>, eventCount: number, nextDeadline: { kind: DeadlineKind, dueAt: string, pastDue: boolean } | null };

export type InvoiceRegisterMutationVariables = Exact<{
  input: InvoiceRegisterInput;
}>;


export type InvoiceRegisterMutation = { invoiceRegister: { created: boolean, invoice: { id: string, invoiceNumber: string, amount: number, currency: string, kid: string | null, issueDate: string, dueDate: string, sourceSystem: string, externalId: string } | null, case: { id: string, status: CaseStatus, principalAmount: number, feesAmount: number, paidAmount: number, creditedAmount: number, outstandingAmount: number, closedAt: string | null, availableActions: Array<CaseAction>, eventCount: number, nextDeadline: { kind: DeadlineKind, dueAt: string, pastDue: boolean } | null } | null, userErrors: Array<{ code: InvoiceErrorCode, field: Array<string> | null, message: string }> } };

export type CollectionStepRecordMutationVariables = Exact<{
  input: CollectionStepRecordInput;
}>;


export type CollectionStepRecordMutation = { collectionStepRecord: { step: { id: string, kind: CollectionStepKind, sentOn: string, deadline: string, fee: number } | null, case: { id: string, status: CaseStatus, principalAmount: number, feesAmount: number, paidAmount: number, creditedAmount: number, outstandingAmount: number, closedAt: string | null, availableActions: Array<CaseAction>, eventCount: number, nextDeadline: { kind: DeadlineKind, dueAt: string, pastDue: boolean } | null } | null, userErrors: Array<{ code: CaseErrorCode, field: Array<string> | null, message: string }> } };

export type PaymentRegisterMutationVariables = Exact<{
  input: PaymentRegisterInput;
}>;


export type PaymentRegisterMutation = { paymentRegister: { transaction: { id: string, kind: MoneyKind, amount: number, date: string, reference: string | null } | null, case: { id: string, status: CaseStatus, principalAmount: number, feesAmount: number, paidAmount: number, creditedAmount: number, outstandingAmount: number, closedAt: string | null, availableActions: Array<CaseAction>, eventCount: number, nextDeadline: { kind: DeadlineKind, dueAt: string, pastDue: boolean } | null } | null, userErrors: Array<{ code: CaseErrorCode, field: Array<string> | null, message: string }> } };

export type CreditNoteRegisterMutationVariables = Exact<{
  input: CreditNoteRegisterInput;
}>;


export type CreditNoteRegisterMutation = { creditNoteRegister: { transaction: { id: string, kind: MoneyKind, amount: number } | null, case: { id: string, status: CaseStatus, principalAmount: number, feesAmount: number, paidAmount: number, creditedAmount: number, outstandingAmount: number, closedAt: string | null, availableActions: Array<CaseAction>, eventCount: number, nextDeadline: { kind: DeadlineKind, dueAt: string, pastDue: boolean } | null } | null, userErrors: Array<{ code: CaseErrorCode, field: Array<string> | null, message: string }> } };

export type CaseCloseMutationVariables = Exact<{
  input: CaseCloseInput;
}>;


export type CaseCloseMutation = { caseClose: { case: { id: string, status: CaseStatus, principalAmount: number, feesAmount: number, paidAmount: number, creditedAmount: number, outstandingAmount: number, closedAt: string | null, availableActions: Array<CaseAction>, eventCount: number, nextDeadline: { kind: DeadlineKind, dueAt: string, pastDue: boolean } | null } | null, userErrors: Array<{ code: CaseErrorCode, field: Array<string> | null, message: string }> } };

export type CaseWithTimelineQueryVariables = Exact<{
  id: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CaseWithTimelineQuery = { case: { id: string, status: CaseStatus, principalAmount: number, feesAmount: number, paidAmount: number, creditedAmount: number, outstandingAmount: number, closedAt: string | null, availableActions: Array<CaseAction>, eventCount: number, invoice: { id: string, invoiceNumber: string }, debtor: { id: string, name: string }, creditor: { id: string, name: string }, steps: Array<{ kind: CollectionStepKind, sentOn: string, deadline: string, fee: number }>, transactions: Array<{ kind: MoneyKind, amount: number }>, timeline: { nodes: Array<{ id: string, sequence: number, type: string, actor: string, summary: string, statusBefore: CaseStatus | null, statusAfter: CaseStatus | null, data: unknown }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } }, nextDeadline: { kind: DeadlineKind, dueAt: string, pastDue: boolean } | null } | null };

export type CasesPageQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: CaseFilter | null | undefined;
}>;


export type CasesPageQuery = { cases: { edges: Array<{ cursor: string, node: { id: string, status: CaseStatus, outstandingAmount: number, debtor: { id: string, name: string }, invoice: { id: string, invoiceNumber: string, dueDate: string }, latestEvent: { id: string, type: string, occurredAt: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type NodeByIdQueryVariables = Exact<{
  id: string;
}>;


export type NodeByIdQuery = { node:
    | { __typename: 'Case', status: CaseStatus, id: string }
    | { __typename: 'CaseEvent', id: string }
    | { __typename: 'Complaint', id: string }
    | { __typename: 'ConciliationBoard', id: string }
    | { __typename: 'Creditor', id: string }
    | { __typename: 'Debtor', id: string }
    | { __typename: 'EnforcementMeasure', id: string }
    | { __typename: 'Invoice', invoiceNumber: string, id: string }
    | { __typename: 'Municipality', code: string, name: string, id: string }
   | null };

export type MeasureFieldsFragment = { id: string, kind: EnforcementMeasureKind, status: EnforcementMeasureStatus, notifiedOn: string, letterDeadline: string | null, endedOn: string | null, endReason: string | null, recordedBy: string, deduction: { deductor: DeductorKind, periodStart: string, periodEnd: string | null } | null, lien: { assetKind: LienAssetKind, assetDescription: string | null, registeredOn: string, forcedSaleRequestedOn: string | null } | null };

export type ComplaintFieldsFragment = { id: string, status: ComplaintStatus, channel: ComplaintChannel, receivedOn: string, subject: ComplaintSubject, reason: string, desiredOutcome: DesiredOutcome, reductionAmount: number | null, desiredOutcomeText: string | null, signerName: string | null, signedAt: string | null, dueOn: string, overdue: boolean, forwardedTo: string | null, forwardedOn: string | null, outcome: ComplaintOutcome | null, decidedOn: string | null, decidedBy: ComplaintDecider | null, decisionReason: string | null, grantedReduction: number | null, effectsSummary: string | null, followUpNeeded: boolean, refundAmount: number | null, overdueNotifiedAt: string | null, receivedBy: string, signedDocument: { id: string } | null, attachments: Array<{ id: string }>, measure: { id: string, kind: EnforcementMeasureKind } | null, admissibility: { admissible: boolean, rule: AdmissibilityRule, deadline: string | null, reason: string }, lateAcceptance: { reason: string, acceptedBy: string, acceptedAt: string } | null, reconsideration: { decision: ReconsiderationDecision, reason: string, reconsideredOn: string, reconsideredBy: string } | null };

export type CaseStateFieldsFragment = { id: string, status: CaseStatus, principalAmount: number, feesAmount: number, paidAmount: number, outstandingAmount: number, closedAt: string | null, availableActions: Array<CaseAction>, enforcementConcludedOn: string | null, nextDeadline: { kind: DeadlineKind, dueAt: string, pastDue: boolean } | null, claimOrigin: { kind: ClaimOriginatorKind, name: string, orgNumber: string | null } };

export type CaseSetClaimOriginMutationVariables = Exact<{
  input: CaseSetClaimOriginInput;
}>;


export type CaseSetClaimOriginMutation = { caseSetClaimOrigin: { case: { eventCount: number, id: string, status: CaseStatus, principalAmount: number, feesAmount: number, paidAmount: number, outstandingAmount: number, closedAt: string | null, availableActions: Array<CaseAction>, enforcementConcludedOn: string | null, nextDeadline: { kind: DeadlineKind, dueAt: string, pastDue: boolean } | null, claimOrigin: { kind: ClaimOriginatorKind, name: string, orgNumber: string | null } } | null, userErrors: Array<{ code: EnforcementErrorCode, field: Array<string> | null, message: string }> } };

export type EnforcementMeasureRecordMutationVariables = Exact<{
  input: EnforcementMeasureRecordInput;
}>;


export type EnforcementMeasureRecordMutation = { enforcementMeasureRecord: { measure: { id: string, kind: EnforcementMeasureKind, status: EnforcementMeasureStatus, notifiedOn: string, letterDeadline: string | null, endedOn: string | null, endReason: string | null, recordedBy: string, deduction: { deductor: DeductorKind, periodStart: string, periodEnd: string | null } | null, lien: { assetKind: LienAssetKind, assetDescription: string | null, registeredOn: string, forcedSaleRequestedOn: string | null } | null } | null, case: { id: string, status: CaseStatus } | null, userErrors: Array<{ code: EnforcementErrorCode, field: Array<string> | null, message: string }> } };

export type EnforcementMeasureUpdateMutationVariables = Exact<{
  input: EnforcementMeasureUpdateInput;
}>;


export type EnforcementMeasureUpdateMutation = { enforcementMeasureUpdate: { measure: { id: string, kind: EnforcementMeasureKind, status: EnforcementMeasureStatus, notifiedOn: string, letterDeadline: string | null, endedOn: string | null, endReason: string | null, recordedBy: string, deduction: { deductor: DeductorKind, periodStart: string, periodEnd: string | null } | null, lien: { assetKind: LienAssetKind, assetDescription: string | null, registeredOn: string, forcedSaleRequestedOn: string | null } | null } | null, case: { id: string, status: CaseStatus, principalAmount: number, feesAmount: number, paidAmount: number, outstandingAmount: number, closedAt: string | null, availableActions: Array<CaseAction>, enforcementConcludedOn: string | null, nextDeadline: { kind: DeadlineKind, dueAt: string, pastDue: boolean } | null, claimOrigin: { kind: ClaimOriginatorKind, name: string, orgNumber: string | null } } | null, userErrors: Array<{ code: EnforcementErrorCode, field: Array<string> | null, message: string }> } };

export type ComplaintSubmitMutationVariables = Exact<{
  input: ComplaintSubmitInput;
}>;


export type ComplaintSubmitMutation = { complaintSubmit: { complaint: { id: string, status: ComplaintStatus, channel: ComplaintChannel, receivedOn: string, subject: ComplaintSubject, reason: string, desiredOutcome: DesiredOutcome, reductionAmount: number | null, desiredOutcomeText: string | null, signerName: string | null, signedAt: string | null, dueOn: string, overdue: boolean, forwardedTo: string | null, forwardedOn: string | null, outcome: ComplaintOutcome | null, decidedOn: string | null, decidedBy: ComplaintDecider | null, decisionReason: string | null, grantedReduction: number | null, effectsSummary: string | null, followUpNeeded: boolean, refundAmount: number | null, overdueNotifiedAt: string | null, receivedBy: string, signedDocument: { id: string } | null, attachments: Array<{ id: string }>, measure: { id: string, kind: EnforcementMeasureKind } | null, admissibility: { admissible: boolean, rule: AdmissibilityRule, deadline: string | null, reason: string }, lateAcceptance: { reason: string, acceptedBy: string, acceptedAt: string } | null, reconsideration: { decision: ReconsiderationDecision, reason: string, reconsideredOn: string, reconsideredBy: string } | null } | null, case: { id: string, status: CaseStatus, principalAmount: number, feesAmount: number, paidAmount: number, outstandingAmount: number, closedAt: string | null, availableActions: Array<CaseAction>, enforcementConcludedOn: string | null, nextDeadline: { kind: DeadlineKind, dueAt: string, pastDue: boolean } | null, claimOrigin: { kind: ClaimOriginatorKind, name: string, orgNumber: string | null } } | null, userErrors: Array<{ code: ComplaintErrorCode, field: Array<string> | null, message: string }> } };

export type ComplaintReconsiderMutationVariables = Exact<{
  input: ComplaintReconsiderInput;
}>;


export type ComplaintReconsiderMutation = { complaintReconsider: { complaint: { id: string, status: ComplaintStatus, channel: ComplaintChannel, receivedOn: string, subject: ComplaintSubject, reason: string, desiredOutcome: DesiredOutcome, reductionAmount: number | null, desiredOutcomeText: string | null, signerName: string | null, signedAt: string | null, dueOn: string, overdue: boolean, forwardedTo: string | null, forwardedOn: string | null, outcome: ComplaintOutcome | null, decidedOn: string | null, decidedBy: ComplaintDecider | null, decisionReason: string | null, grantedReduction: number | null, effectsSummary: string | null, followUpNeeded: boolean, refundAmount: number | null, overdueNotifiedAt: string | null, receivedBy: string, signedDocument: { id: string } | null, attachments: Array<{ id: string }>, measure: { id: string, kind: EnforcementMeasureKind } | null, admissibility: { admissible: boolean, rule: AdmissibilityRule, deadline: string | null, reason: string }, lateAcceptance: { reason: string, acceptedBy: string, acceptedAt: string } | null, reconsideration: { decision: ReconsiderationDecision, reason: string, reconsideredOn: string, reconsideredBy: string } | null } | null, case: { id: string, status: CaseStatus, principalAmount: number, feesAmount: number, paidAmount: number, outstandingAmount: number, closedAt: string | null, availableActions: Array<CaseAction>, enforcementConcludedOn: string | null, nextDeadline: { kind: DeadlineKind, dueAt: string, pastDue: boolean } | null, claimOrigin: { kind: ClaimOriginatorKind, name: string, orgNumber: string | null } } | null, userErrors: Array<{ code: ComplaintErrorCode, field: Array<string> | null, message: string }> } };

export type ComplaintForwardMutationVariables = Exact<{
  input: ComplaintForwardInput;
}>;


export type ComplaintForwardMutation = { complaintForward: { complaint: { id: string, status: ComplaintStatus, channel: ComplaintChannel, receivedOn: string, subject: ComplaintSubject, reason: string, desiredOutcome: DesiredOutcome, reductionAmount: number | null, desiredOutcomeText: string | null, signerName: string | null, signedAt: string | null, dueOn: string, overdue: boolean, forwardedTo: string | null, forwardedOn: string | null, outcome: ComplaintOutcome | null, decidedOn: string | null, decidedBy: ComplaintDecider | null, decisionReason: string | null, grantedReduction: number | null, effectsSummary: string | null, followUpNeeded: boolean, refundAmount: number | null, overdueNotifiedAt: string | null, receivedBy: string, signedDocument: { id: string } | null, attachments: Array<{ id: string }>, measure: { id: string, kind: EnforcementMeasureKind } | null, admissibility: { admissible: boolean, rule: AdmissibilityRule, deadline: string | null, reason: string }, lateAcceptance: { reason: string, acceptedBy: string, acceptedAt: string } | null, reconsideration: { decision: ReconsiderationDecision, reason: string, reconsideredOn: string, reconsideredBy: string } | null } | null, case: { id: string, status: CaseStatus } | null, userErrors: Array<{ code: ComplaintErrorCode, field: Array<string> | null, message: string }> } };

export type ComplaintDecideMutationVariables = Exact<{
  input: ComplaintDecideInput;
}>;


export type ComplaintDecideMutation = { complaintDecide: { complaint: { id: string, status: ComplaintStatus, channel: ComplaintChannel, receivedOn: string, subject: ComplaintSubject, reason: string, desiredOutcome: DesiredOutcome, reductionAmount: number | null, desiredOutcomeText: string | null, signerName: string | null, signedAt: string | null, dueOn: string, overdue: boolean, forwardedTo: string | null, forwardedOn: string | null, outcome: ComplaintOutcome | null, decidedOn: string | null, decidedBy: ComplaintDecider | null, decisionReason: string | null, grantedReduction: number | null, effectsSummary: string | null, followUpNeeded: boolean, refundAmount: number | null, overdueNotifiedAt: string | null, receivedBy: string, signedDocument: { id: string } | null, attachments: Array<{ id: string }>, measure: { id: string, kind: EnforcementMeasureKind } | null, admissibility: { admissible: boolean, rule: AdmissibilityRule, deadline: string | null, reason: string }, lateAcceptance: { reason: string, acceptedBy: string, acceptedAt: string } | null, reconsideration: { decision: ReconsiderationDecision, reason: string, reconsideredOn: string, reconsideredBy: string } | null } | null, case: { id: string, status: CaseStatus, principalAmount: number, feesAmount: number, paidAmount: number, outstandingAmount: number, closedAt: string | null, availableActions: Array<CaseAction>, enforcementConcludedOn: string | null, nextDeadline: { kind: DeadlineKind, dueAt: string, pastDue: boolean } | null, claimOrigin: { kind: ClaimOriginatorKind, name: string, orgNumber: string | null } } | null, userErrors: Array<{ code: ComplaintErrorCode, field: Array<string> | null, message: string }> } };

export type ComplaintsPageQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: ComplaintFilter | null | undefined;
}>;


export type ComplaintsPageQuery = { complaints: { nodes: Array<{ id: string, status: ComplaintStatus, dueOn: string, overdue: boolean, case: { id: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type EnforcementMeasuresPageQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: EnforcementMeasureFilter | null | undefined;
}>;


export type EnforcementMeasuresPageQuery = { enforcementMeasures: { nodes: Array<{ id: string, kind: EnforcementMeasureKind, status: EnforcementMeasureStatus, case: { id: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CaseComplaintsQueryVariables = Exact<{
  id: string;
}>;


export type CaseComplaintsQuery = { case: { eventCount: number, id: string, status: CaseStatus, principalAmount: number, feesAmount: number, paidAmount: number, outstandingAmount: number, closedAt: string | null, availableActions: Array<CaseAction>, enforcementConcludedOn: string | null, enforcementMeasures: Array<{ id: string, kind: EnforcementMeasureKind, status: EnforcementMeasureStatus, notifiedOn: string, letterDeadline: string | null, endedOn: string | null, endReason: string | null, recordedBy: string, deduction: { deductor: DeductorKind, periodStart: string, periodEnd: string | null } | null, lien: { assetKind: LienAssetKind, assetDescription: string | null, registeredOn: string, forcedSaleRequestedOn: string | null } | null }>, complaints: Array<{ id: string, status: ComplaintStatus, channel: ComplaintChannel, receivedOn: string, subject: ComplaintSubject, reason: string, desiredOutcome: DesiredOutcome, reductionAmount: number | null, desiredOutcomeText: string | null, signerName: string | null, signedAt: string | null, dueOn: string, overdue: boolean, forwardedTo: string | null, forwardedOn: string | null, outcome: ComplaintOutcome | null, decidedOn: string | null, decidedBy: ComplaintDecider | null, decisionReason: string | null, grantedReduction: number | null, effectsSummary: string | null, followUpNeeded: boolean, refundAmount: number | null, overdueNotifiedAt: string | null, receivedBy: string, signedDocument: { id: string } | null, attachments: Array<{ id: string }>, measure: { id: string, kind: EnforcementMeasureKind } | null, admissibility: { admissible: boolean, rule: AdmissibilityRule, deadline: string | null, reason: string }, lateAcceptance: { reason: string, acceptedBy: string, acceptedAt: string } | null, reconsideration: { decision: ReconsiderationDecision, reason: string, reconsideredOn: string, reconsideredBy: string } | null }>, timeline: { nodes: Array<{ sequence: number, type: string, actor: string, summary: string, statusBefore: CaseStatus | null, statusAfter: CaseStatus | null, data: unknown }> }, nextDeadline: { kind: DeadlineKind, dueAt: string, pastDue: boolean } | null, claimOrigin: { kind: ClaimOriginatorKind, name: string, orgNumber: string | null } } | null };

export type ComplaintNodeQueryVariables = Exact<{
  id: string;
}>;


export type ComplaintNodeQuery = { node:
    | { __typename: 'Case', id: string }
    | { __typename: 'CaseEvent', id: string }
    | { __typename: 'Complaint', status: ComplaintStatus, id: string }
    | { __typename: 'ConciliationBoard', id: string }
    | { __typename: 'Creditor', id: string }
    | { __typename: 'Debtor', id: string }
    | { __typename: 'EnforcementMeasure', kind: EnforcementMeasureKind, id: string }
    | { __typename: 'Invoice', id: string }
    | { __typename: 'Municipality', id: string }
   | null };

export type DocumentByIdQueryVariables = Exact<{
  id: string;
}>;


export type DocumentByIdQuery = { document: { id: string, filename: string, contentType: string, size: number, sha256: string, createdAt: string, downloadUrl: string } | null };

export const CaseFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"principalAmount"}},{"kind":"Field","name":{"kind":"Name","value":"feesAmount"}},{"kind":"Field","name":{"kind":"Name","value":"paidAmount"}},{"kind":"Field","name":{"kind":"Name","value":"creditedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"outstandingAmount"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"nextDeadline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"pastDue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"eventCount"}}]}}]} as unknown as DocumentNode<CaseFieldsFragment, unknown>;
export const MeasureFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeasureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EnforcementMeasure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"notifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"letterDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"deduction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deductor"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lien"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assetKind"}},{"kind":"Field","name":{"kind":"Name","value":"assetDescription"}},{"kind":"Field","name":{"kind":"Name","value":"registeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"forcedSaleRequestedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}}]}}]} as unknown as DocumentNode<MeasureFieldsFragment, unknown>;
export const ComplaintFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ComplaintFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Complaint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"desiredOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"reductionAmount"}},{"kind":"Field","name":{"kind":"Name","value":"desiredOutcomeText"}},{"kind":"Field","name":{"kind":"Name","value":"signerName"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"signedDocument"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"measure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"admissibility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"admissible"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lateAcceptance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedBy"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"reconsideration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"reconsideredOn"}},{"kind":"Field","name":{"kind":"Name","value":"reconsideredBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"forwardedTo"}},{"kind":"Field","name":{"kind":"Name","value":"forwardedOn"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"grantedReduction"}},{"kind":"Field","name":{"kind":"Name","value":"effectsSummary"}},{"kind":"Field","name":{"kind":"Name","value":"followUpNeeded"}},{"kind":"Field","name":{"kind":"Name","value":"refundAmount"}},{"kind":"Field","name":{"kind":"Name","value":"overdueNotifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"receivedBy"}}]}}]} as unknown as DocumentNode<ComplaintFieldsFragment, unknown>;
export const CaseStateFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseStateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"principalAmount"}},{"kind":"Field","name":{"kind":"Name","value":"feesAmount"}},{"kind":"Field","name":{"kind":"Name","value":"paidAmount"}},{"kind":"Field","name":{"kind":"Name","value":"outstandingAmount"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"nextDeadline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"pastDue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enforcementConcludedOn"}},{"kind":"Field","name":{"kind":"Name","value":"claimOrigin"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"orgNumber"}}]}}]}}]} as unknown as DocumentNode<CaseStateFieldsFragment, unknown>;
export const ViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"keyName"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"allCreditors"}}]}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;
export const ApiKeyCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApiKeyCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKeyCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKeyCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"allCreditors"}},{"kind":"Field","name":{"kind":"Name","value":"creditors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ApiKeyCreateMutation, ApiKeyCreateMutationVariables>;
export const ApiKeyRevokeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApiKeyRevoke"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKeyRevokeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKeyRevoke"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ApiKeyRevokeMutation, ApiKeyRevokeMutationVariables>;
export const DeepDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Deep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"keyName"}}]}}]}}]} as unknown as DocumentNode<DeepQuery, DeepQueryVariables>;
export const InvoiceRegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InvoiceRegister"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InvoiceRegisterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoiceRegister"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"kid"}},{"kind":"Field","name":{"kind":"Name","value":"issueDate"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"sourceSystem"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"principalAmount"}},{"kind":"Field","name":{"kind":"Name","value":"feesAmount"}},{"kind":"Field","name":{"kind":"Name","value":"paidAmount"}},{"kind":"Field","name":{"kind":"Name","value":"creditedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"outstandingAmount"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"nextDeadline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"pastDue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"eventCount"}}]}}]} as unknown as DocumentNode<InvoiceRegisterMutation, InvoiceRegisterMutationVariables>;
export const CollectionStepRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CollectionStepRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CollectionStepRecordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"collectionStepRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"step"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"sentOn"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"fee"}}]}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"principalAmount"}},{"kind":"Field","name":{"kind":"Name","value":"feesAmount"}},{"kind":"Field","name":{"kind":"Name","value":"paidAmount"}},{"kind":"Field","name":{"kind":"Name","value":"creditedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"outstandingAmount"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"nextDeadline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"pastDue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"eventCount"}}]}}]} as unknown as DocumentNode<CollectionStepRecordMutation, CollectionStepRecordMutationVariables>;
export const PaymentRegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PaymentRegister"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentRegisterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paymentRegister"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"principalAmount"}},{"kind":"Field","name":{"kind":"Name","value":"feesAmount"}},{"kind":"Field","name":{"kind":"Name","value":"paidAmount"}},{"kind":"Field","name":{"kind":"Name","value":"creditedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"outstandingAmount"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"nextDeadline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"pastDue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"eventCount"}}]}}]} as unknown as DocumentNode<PaymentRegisterMutation, PaymentRegisterMutationVariables>;
export const CreditNoteRegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreditNoteRegister"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreditNoteRegisterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditNoteRegister"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"principalAmount"}},{"kind":"Field","name":{"kind":"Name","value":"feesAmount"}},{"kind":"Field","name":{"kind":"Name","value":"paidAmount"}},{"kind":"Field","name":{"kind":"Name","value":"creditedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"outstandingAmount"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"nextDeadline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"pastDue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"eventCount"}}]}}]} as unknown as DocumentNode<CreditNoteRegisterMutation, CreditNoteRegisterMutationVariables>;
export const CaseCloseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CaseClose"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseCloseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseClose"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"principalAmount"}},{"kind":"Field","name":{"kind":"Name","value":"feesAmount"}},{"kind":"Field","name":{"kind":"Name","value":"paidAmount"}},{"kind":"Field","name":{"kind":"Name","value":"creditedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"outstandingAmount"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"nextDeadline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"pastDue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"eventCount"}}]}}]} as unknown as DocumentNode<CaseCloseMutation, CaseCloseMutationVariables>;
export const CaseWithTimelineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseWithTimeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseFields"}},{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"debtor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"creditor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"sentOn"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"fee"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"statusBefore"}},{"kind":"Field","name":{"kind":"Name","value":"statusAfter"}},{"kind":"Field","name":{"kind":"Name","value":"data"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"principalAmount"}},{"kind":"Field","name":{"kind":"Name","value":"feesAmount"}},{"kind":"Field","name":{"kind":"Name","value":"paidAmount"}},{"kind":"Field","name":{"kind":"Name","value":"creditedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"outstandingAmount"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"nextDeadline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"pastDue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"eventCount"}}]}}]} as unknown as DocumentNode<CaseWithTimelineQuery, CaseWithTimelineQueryVariables>;
export const CasesPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CasesPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outstandingAmount"}},{"kind":"Field","name":{"kind":"Name","value":"debtor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latestEvent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<CasesPageQuery, CasesPageQueryVariables>;
export const NodeByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodeById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invoice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoiceNumber"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Municipality"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<NodeByIdQuery, NodeByIdQueryVariables>;
export const CaseSetClaimOriginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CaseSetClaimOrigin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseSetClaimOriginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseSetClaimOrigin"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseStateFields"}},{"kind":"Field","name":{"kind":"Name","value":"eventCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseStateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"principalAmount"}},{"kind":"Field","name":{"kind":"Name","value":"feesAmount"}},{"kind":"Field","name":{"kind":"Name","value":"paidAmount"}},{"kind":"Field","name":{"kind":"Name","value":"outstandingAmount"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"nextDeadline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"pastDue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enforcementConcludedOn"}},{"kind":"Field","name":{"kind":"Name","value":"claimOrigin"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"orgNumber"}}]}}]}}]} as unknown as DocumentNode<CaseSetClaimOriginMutation, CaseSetClaimOriginMutationVariables>;
export const EnforcementMeasureRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EnforcementMeasureRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EnforcementMeasureRecordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enforcementMeasureRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeasureFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeasureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EnforcementMeasure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"notifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"letterDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"deduction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deductor"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lien"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assetKind"}},{"kind":"Field","name":{"kind":"Name","value":"assetDescription"}},{"kind":"Field","name":{"kind":"Name","value":"registeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"forcedSaleRequestedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}}]}}]} as unknown as DocumentNode<EnforcementMeasureRecordMutation, EnforcementMeasureRecordMutationVariables>;
export const EnforcementMeasureUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EnforcementMeasureUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EnforcementMeasureUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enforcementMeasureUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeasureFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseStateFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeasureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EnforcementMeasure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"notifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"letterDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"deduction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deductor"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lien"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assetKind"}},{"kind":"Field","name":{"kind":"Name","value":"assetDescription"}},{"kind":"Field","name":{"kind":"Name","value":"registeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"forcedSaleRequestedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseStateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"principalAmount"}},{"kind":"Field","name":{"kind":"Name","value":"feesAmount"}},{"kind":"Field","name":{"kind":"Name","value":"paidAmount"}},{"kind":"Field","name":{"kind":"Name","value":"outstandingAmount"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"nextDeadline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"pastDue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enforcementConcludedOn"}},{"kind":"Field","name":{"kind":"Name","value":"claimOrigin"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"orgNumber"}}]}}]}}]} as unknown as DocumentNode<EnforcementMeasureUpdateMutation, EnforcementMeasureUpdateMutationVariables>;
export const ComplaintSubmitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ComplaintSubmit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ComplaintSubmitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complaintSubmit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complaint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ComplaintFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseStateFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ComplaintFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Complaint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"desiredOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"reductionAmount"}},{"kind":"Field","name":{"kind":"Name","value":"desiredOutcomeText"}},{"kind":"Field","name":{"kind":"Name","value":"signerName"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"signedDocument"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"measure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"admissibility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"admissible"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lateAcceptance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedBy"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"reconsideration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"reconsideredOn"}},{"kind":"Field","name":{"kind":"Name","value":"reconsideredBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"forwardedTo"}},{"kind":"Field","name":{"kind":"Name","value":"forwardedOn"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"grantedReduction"}},{"kind":"Field","name":{"kind":"Name","value":"effectsSummary"}},{"kind":"Field","name":{"kind":"Name","value":"followUpNeeded"}},{"kind":"Field","name":{"kind":"Name","value":"refundAmount"}},{"kind":"Field","name":{"kind":"Name","value":"overdueNotifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"receivedBy"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseStateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"principalAmount"}},{"kind":"Field","name":{"kind":"Name","value":"feesAmount"}},{"kind":"Field","name":{"kind":"Name","value":"paidAmount"}},{"kind":"Field","name":{"kind":"Name","value":"outstandingAmount"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"nextDeadline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"pastDue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enforcementConcludedOn"}},{"kind":"Field","name":{"kind":"Name","value":"claimOrigin"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"orgNumber"}}]}}]}}]} as unknown as DocumentNode<ComplaintSubmitMutation, ComplaintSubmitMutationVariables>;
export const ComplaintReconsiderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ComplaintReconsider"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ComplaintReconsiderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complaintReconsider"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complaint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ComplaintFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseStateFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ComplaintFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Complaint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"desiredOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"reductionAmount"}},{"kind":"Field","name":{"kind":"Name","value":"desiredOutcomeText"}},{"kind":"Field","name":{"kind":"Name","value":"signerName"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"signedDocument"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"measure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"admissibility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"admissible"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lateAcceptance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedBy"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"reconsideration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"reconsideredOn"}},{"kind":"Field","name":{"kind":"Name","value":"reconsideredBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"forwardedTo"}},{"kind":"Field","name":{"kind":"Name","value":"forwardedOn"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"grantedReduction"}},{"kind":"Field","name":{"kind":"Name","value":"effectsSummary"}},{"kind":"Field","name":{"kind":"Name","value":"followUpNeeded"}},{"kind":"Field","name":{"kind":"Name","value":"refundAmount"}},{"kind":"Field","name":{"kind":"Name","value":"overdueNotifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"receivedBy"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseStateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"principalAmount"}},{"kind":"Field","name":{"kind":"Name","value":"feesAmount"}},{"kind":"Field","name":{"kind":"Name","value":"paidAmount"}},{"kind":"Field","name":{"kind":"Name","value":"outstandingAmount"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"nextDeadline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"pastDue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enforcementConcludedOn"}},{"kind":"Field","name":{"kind":"Name","value":"claimOrigin"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"orgNumber"}}]}}]}}]} as unknown as DocumentNode<ComplaintReconsiderMutation, ComplaintReconsiderMutationVariables>;
export const ComplaintForwardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ComplaintForward"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ComplaintForwardInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complaintForward"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complaint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ComplaintFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ComplaintFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Complaint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"desiredOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"reductionAmount"}},{"kind":"Field","name":{"kind":"Name","value":"desiredOutcomeText"}},{"kind":"Field","name":{"kind":"Name","value":"signerName"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"signedDocument"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"measure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"admissibility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"admissible"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lateAcceptance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedBy"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"reconsideration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"reconsideredOn"}},{"kind":"Field","name":{"kind":"Name","value":"reconsideredBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"forwardedTo"}},{"kind":"Field","name":{"kind":"Name","value":"forwardedOn"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"grantedReduction"}},{"kind":"Field","name":{"kind":"Name","value":"effectsSummary"}},{"kind":"Field","name":{"kind":"Name","value":"followUpNeeded"}},{"kind":"Field","name":{"kind":"Name","value":"refundAmount"}},{"kind":"Field","name":{"kind":"Name","value":"overdueNotifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"receivedBy"}}]}}]} as unknown as DocumentNode<ComplaintForwardMutation, ComplaintForwardMutationVariables>;
export const ComplaintDecideDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ComplaintDecide"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ComplaintDecideInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complaintDecide"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complaint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ComplaintFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseStateFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ComplaintFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Complaint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"desiredOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"reductionAmount"}},{"kind":"Field","name":{"kind":"Name","value":"desiredOutcomeText"}},{"kind":"Field","name":{"kind":"Name","value":"signerName"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"signedDocument"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"measure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"admissibility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"admissible"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lateAcceptance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedBy"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"reconsideration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"reconsideredOn"}},{"kind":"Field","name":{"kind":"Name","value":"reconsideredBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"forwardedTo"}},{"kind":"Field","name":{"kind":"Name","value":"forwardedOn"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"grantedReduction"}},{"kind":"Field","name":{"kind":"Name","value":"effectsSummary"}},{"kind":"Field","name":{"kind":"Name","value":"followUpNeeded"}},{"kind":"Field","name":{"kind":"Name","value":"refundAmount"}},{"kind":"Field","name":{"kind":"Name","value":"overdueNotifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"receivedBy"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseStateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"principalAmount"}},{"kind":"Field","name":{"kind":"Name","value":"feesAmount"}},{"kind":"Field","name":{"kind":"Name","value":"paidAmount"}},{"kind":"Field","name":{"kind":"Name","value":"outstandingAmount"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"nextDeadline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"pastDue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enforcementConcludedOn"}},{"kind":"Field","name":{"kind":"Name","value":"claimOrigin"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"orgNumber"}}]}}]}}]} as unknown as DocumentNode<ComplaintDecideMutation, ComplaintDecideMutationVariables>;
export const ComplaintsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ComplaintsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ComplaintFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complaints"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ComplaintsPageQuery, ComplaintsPageQueryVariables>;
export const EnforcementMeasuresPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EnforcementMeasuresPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EnforcementMeasureFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enforcementMeasures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<EnforcementMeasuresPageQuery, EnforcementMeasuresPageQueryVariables>;
export const CaseComplaintsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseComplaints"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseStateFields"}},{"kind":"Field","name":{"kind":"Name","value":"eventCount"}},{"kind":"Field","name":{"kind":"Name","value":"enforcementMeasures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeasureFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"complaints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ComplaintFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"statusBefore"}},{"kind":"Field","name":{"kind":"Name","value":"statusAfter"}},{"kind":"Field","name":{"kind":"Name","value":"data"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseStateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"principalAmount"}},{"kind":"Field","name":{"kind":"Name","value":"feesAmount"}},{"kind":"Field","name":{"kind":"Name","value":"paidAmount"}},{"kind":"Field","name":{"kind":"Name","value":"outstandingAmount"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"nextDeadline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"pastDue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enforcementConcludedOn"}},{"kind":"Field","name":{"kind":"Name","value":"claimOrigin"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"orgNumber"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeasureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EnforcementMeasure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"notifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"letterDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"deduction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deductor"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lien"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assetKind"}},{"kind":"Field","name":{"kind":"Name","value":"assetDescription"}},{"kind":"Field","name":{"kind":"Name","value":"registeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"forcedSaleRequestedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ComplaintFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Complaint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"desiredOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"reductionAmount"}},{"kind":"Field","name":{"kind":"Name","value":"desiredOutcomeText"}},{"kind":"Field","name":{"kind":"Name","value":"signerName"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"signedDocument"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"measure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"admissibility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"admissible"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lateAcceptance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedBy"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"reconsideration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"reconsideredOn"}},{"kind":"Field","name":{"kind":"Name","value":"reconsideredBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"forwardedTo"}},{"kind":"Field","name":{"kind":"Name","value":"forwardedOn"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"grantedReduction"}},{"kind":"Field","name":{"kind":"Name","value":"effectsSummary"}},{"kind":"Field","name":{"kind":"Name","value":"followUpNeeded"}},{"kind":"Field","name":{"kind":"Name","value":"refundAmount"}},{"kind":"Field","name":{"kind":"Name","value":"overdueNotifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"receivedBy"}}]}}]} as unknown as DocumentNode<CaseComplaintsQuery, CaseComplaintsQueryVariables>;
export const ComplaintNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ComplaintNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Complaint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EnforcementMeasure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode<ComplaintNodeQuery, ComplaintNodeQueryVariables>;
export const DocumentByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DocumentById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"document"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}}]} as unknown as DocumentNode<DocumentByIdQuery, DocumentByIdQueryVariables>;