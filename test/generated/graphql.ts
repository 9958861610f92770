/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** A caseworker accepts a late complaint (oversittet klagefrist). */
export type AcceptLateInput = {
  /** Why the late complaint is accepted; not blank. Recorded with the key's name and the time. Text: at most 10000 characters; tab and line breaks allowed, no other control characters. */
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
  /** Text: one line of at most 255 characters, no control characters. */
  name: string;
  scopes: Array<Scope>;
};

export type ApiKeyErrorCode =
  /** An amount, or a sum it would make, is more than 10^12 øre. */
  | 'AMOUNT_OUT_OF_RANGE'
  /** Other requests kept changing the same records at the same time; nothing was changed: send the request again. */
  | 'CONCURRENT_UPDATE'
  | 'INVALID_NAME'
  | 'INVALID_SCOPES'
  /** A string holds NUL, a lone UTF-16 surrogate or a control character its field does not allow (see the field's description). */
  | 'INVALID_TEXT'
  | 'NO_CREDITORS'
  /** A string is longer than its field allows (see the field's description). */
  | 'TEXT_TOO_LONG'
  | 'UNKNOWN_API_KEY'
  | 'UNKNOWN_CREDITOR';

export type ApiKeyRevokeInput = {
  id: string;
};

export type AttendanceDuty =
  /** May send a substitute (stedfortreder) instead; recommended. */
  | 'MAY_SEND_SUBSTITUTE'
  /** Møteplikt: must attend, in person or by stedfortreder. */
  | 'MUST_ATTEND';

export type AttendanceReasonCode =
  | 'IN_BOARD_KOMMUNE'
  | 'IN_NEIGHBOUR_KOMMUNE'
  | 'KOMMUNE_UNKNOWN'
  | 'OUTSIDE_AREA';

/** What may be done on a case now, as the rules say. */
export type CaseAction =
  | 'CLOSE'
  /** Ask namsmannen for enforcement of the judgment — utleggsbegjæring (enforcementPetitionCreate): the creditor won, payment is due, money is owed and the judgment is final. */
  | 'CREATE_ENFORCEMENT_PETITION'
  /** Take the disputed claim to the forliksråd (objectionEscalate). */
  | 'ESCALATE_TO_CONCILIATION'
  /** Record that an objection is åpenbart grunnløs, with a reason (objectionMarkUnfounded). */
  | 'MARK_OBJECTION_UNFOUNDED'
  | 'REGISTER_CREDIT_NOTE'
  /** Register the debtor's objection — innsigelse (objectionRegister). */
  | 'REGISTER_OBJECTION'
  | 'REGISTER_PAYMENT'
  /** The debtor objected orally: ask for the objection in writing, and register it when it comes (a written channel, or ORAL with the document uploaded). */
  | 'REQUEST_WRITTEN_OBJECTION'
  /** Settle an objection with a credit note — kreditnota, perhaps with a new invoice (objectionResolveByCreditNote). */
  | 'RESOLVE_OBJECTION_BY_CREDIT'
  /** Send an inkassovarsel (collectionStepRecord). */
  | 'SEND_COLLECTION_NOTICE'
  /** Send a betalingsoppfordring (collectionStepRecord). */
  | 'SEND_PAYMENT_DEMAND'
  /** The debtor withdrew an objection (objectionWithdraw). */
  | 'WITHDRAW_OBJECTION';

/** What the dispute is about, as far as tvisteloven § 6-2 cares. */
export type CaseCategory =
  | 'ARBITRAL_AWARD_VALIDITY'
  | 'CIRCUIT_LAYOUT'
  | 'COURT_SETTLEMENT_VALIDITY'
  | 'DESIGN'
  | 'FAMILY'
  | 'FAMILY_MONEY_SETTLEMENT'
  | 'FAMILY_TRAVEL_COSTS'
  | 'MONEY_CLAIM'
  | 'OTHER_CIVIL'
  | 'PATENT'
  | 'PLANT_BREEDER_RIGHT'
  | 'PUBLIC_LAW'
  | 'TRADEMARK';

export type CaseCloseInput = {
  caseId: string;
  /** Why the case is closed; not blank. Recorded in the timeline. Text: at most 10000 characters; tab and line breaks allowed, no other control characters. */
  reason: string;
};

export type CaseErrorCode =
  | 'AMOUNT_EXCEEDS_OUTSTANDING'
  /** An amount, or a sum it would make, is more than 10^12 øre. */
  | 'AMOUNT_OUT_OF_RANGE'
  | 'CASE_CLOSED'
  | 'CASE_FROZEN'
  /** Other requests kept changing the same records at the same time; nothing was changed: send the request again. */
  | 'CONCURRENT_UPDATE'
  | 'DEADLINE_NOT_PASSED'
  | 'DEADLINE_TOO_SHORT'
  | 'INVALID_AMOUNT'
  | 'INVALID_DATE'
  /** A string holds NUL, a lone UTF-16 surrogate or a control character its field does not allow (see the field's description). */
  | 'INVALID_TEXT'
  | 'MISSING_REASON'
  | 'NOT_DUE'
  | 'STEP_OUT_OF_ORDER'
  /** A string is longer than its field allows (see the field's description). */
  | 'TEXT_TOO_LONG'
  | 'UNKNOWN_CASE';

/** Which events to receive; every field narrows the stream. Only the caller's creditors are ever seen. */
export type CaseEventFilter = {
  caseId?: string | null | undefined;
  creditorId?: string | null | undefined;
  /** Event types from the catalogue; none or empty for all. Text: one line of at most 255 characters, no control characters. */
  types?: Array<string> | null | undefined;
};

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
  /** e.g. NRK, Lånekassen, Politiet; not blank. Text: one line of at most 255 characters, no control characters. */
  name: string;
  /** Organisasjonsnummer, 9 digits with a valid MOD11 check digit. Text: one line of at most 255 characters, no control characters. */
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
  /** Last day to pay; at least 14 calendar days after sentOn (the default). Text: one line of at most 255 characters, no control characters. */
  deadline?: string | null | undefined;
  kind: CollectionStepKind;
  /** Date the letter was sent (YYYY-MM-DD). Text: one line of at most 255 characters, no control characters. */
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
  /** Grounds; not blank. Text: at most 10000 characters; tab and line breaks allowed, no other control characters. */
  reason: string;
};

export type ComplaintDecider =
  /** The agency itself, reversing its decision. */
  | 'AGENCY'
  /** The instance the complaint was forwarded to (klageinstans). */
  | 'INSTANCE';

export type ComplaintErrorCode =
  /** An amount, or a sum it would make, is more than 10^12 øre. */
  | 'AMOUNT_OUT_OF_RANGE'
  | 'CASE_CLOSED'
  | 'COMPLAINT_DECIDED'
  | 'COMPLAINT_LATE'
  /** Other requests kept changing the same records at the same time; nothing was changed: send the request again. */
  | 'CONCURRENT_UPDATE'
  | 'INVALID_AMOUNT'
  | 'INVALID_DATE'
  | 'INVALID_REDUCTION_AMOUNT'
  /** A string holds NUL, a lone UTF-16 surrogate or a control character its field does not allow (see the field's description). */
  | 'INVALID_TEXT'
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
  /** A string is longer than its field allows (see the field's description). */
  | 'TEXT_TOO_LONG'
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
  /** The deciding instance (klageinstans); default the claim's originator (Case.claimOrigin.name). Text: one line of at most 255 characters, no control characters. */
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
  /** Grounds; not blank. Text: at most 10000 characters; tab and line breaks allowed, no other control characters. */
  reason: string;
  /** Default today; not before receipt nor in the future. */
  reconsideredOn?: string | null | undefined;
};

/** The signature: who signed, and when. */
export type ComplaintSignatureInput = {
  signedAt?: string | null | undefined;
  /** Text: one line of at most 255 characters, no control characters. */
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
  /** OTHER: the outcome the debtor wants. Text: at most 10000 characters; tab and line breaks allowed, no other control characters. */
  desiredOutcomeText?: string | null | undefined;
  /** The enforcement measure complained against; required for a deduction, STOP_DEDUCTION and CHOICE_OF_ASSETS (a lien). */
  measureId?: string | null | undefined;
  /** Required: why. Text: at most 10000 characters; tab and line breaks allowed, no other control characters. */
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

export type ConciliationBoardCreateInput = {
  address?: PostalAddressInput | null | undefined;
  /** Kommunenummer of the kommuner it serves (in force today); they leave their previous board. Text: one line of at most 255 characters, no control characters. */
  municipalityCodes?: Array<string>;
  /** Text: one line of at most 255 characters, no control characters. */
  name: string;
};

export type ConciliationBoardErrorCode =
  /** An amount, or a sum it would make, is more than 10^12 øre. */
  | 'AMOUNT_OUT_OF_RANGE'
  /** Other requests kept changing the same records at the same time; nothing was changed: send the request again. */
  | 'CONCURRENT_UPDATE'
  | 'INVALID_ADDRESS'
  | 'INVALID_POSTAL_CODE'
  /** A string holds NUL, a lone UTF-16 surrogate or a control character its field does not allow (see the field's description). */
  | 'INVALID_TEXT'
  | 'MISSING_NAME'
  | 'MUNICIPALITY_WITHOUT_BOARD'
  | 'NAME_TOO_LONG'
  /** A string is longer than its field allows (see the field's description). */
  | 'TEXT_TOO_LONG'
  | 'TOO_FEW_MUNICIPALITIES'
  | 'UNKNOWN_BOARD'
  | 'UNKNOWN_MUNICIPALITY';

/** Kommuner to serve from one shared (interkommunalt) forliksråd. */
export type ConciliationBoardMergeInput = {
  /** The shared board's address. Omit to keep. */
  address?: PostalAddressInput | null | undefined;
  /** An existing board to merge them into. Omit to create a new board named `name`. */
  intoBoardId?: string | null | undefined;
  /** Kommunenummer (in force today) of the kommuner to share the board; they leave their previous boards. Text: one line of at most 255 characters, no control characters. */
  municipalityCodes: Array<string>;
  /** Name of the shared board, e.g. "Vesterålen forliksråd"; with intoBoardId it renames that board. Required without intoBoardId. Text: one line of at most 255 characters, no control characters. */
  name?: string | null | undefined;
};

export type ConciliationBoardUpdateInput = {
  /** Null removes the address. Omit to keep. */
  address?: PostalAddressInput | null | undefined;
  id: string;
  /** Replaces the kommuner it serves (in force today). A kommune left out must have another board first. Omit to keep. Text: one line of at most 255 characters, no control characters. */
  municipalityCodes?: Array<string> | null | undefined;
  /** Text: one line of at most 255 characters, no control characters. */
  name?: string | null | undefined;
};

export type ConciliationCaseChangeBoardInput = {
  /** A forliksråd from conciliationBoards(search:). */
  boardId: string;
  conciliationCaseId: string;
};

export type ConciliationCaseCreateInput = {
  /** The debtor is the state, a public authority or an official. */
  againstState?: boolean | null | undefined;
  /** Code of a binding nemnd that decided the case (see bindingNemnder). Text: one line of at most 255 characters, no control characters. */
  bindingNemnd?: string | null | undefined;
  /** A forliksråd other than the one of the debtor's kommune (bytte forliksråd). */
  boardId?: string | null | undefined;
  caseId: string;
  category: CaseCategory;
  /** Claim standardkompensasjon (forsinkelsesrenteloven § 3 a): only from a business debtor (B2B). Default false; claim.standardCompensationAvailable shows what it would be. */
  claimStandardCompensation?: boolean | null | undefined;
  /** Documents to attach (the invoice, the objection), uploaded with POST /documents. */
  documentIds?: Array<string> | null | undefined;
  /** Short factual description (kort beskrivelse av faktum) for the forliksklage. Text: at most 10000 characters; tab and line breaks allowed, no other control characters. */
  factualDescription: string;
  /** YYYY-MM-DD. The day it is filed; interest runs to it. Default today. Text: one line of at most 255 characters, no control characters. */
  filingDate?: string | null | undefined;
  /** Øre asked for legal help (juridisk bistand); claimed at most 4 × R, or ½ R when collection fees are claimed too (tvisteloven § 6-13 (1) d). */
  legalCostsRequested: number;
  /** Ask for judgment in absence (fraværsdom) if the debtor does not answer or appear. */
  requestJudgmentInAbsence: boolean;
  /** Citation of another statute that excludes the forliksråd (§ 6-2 (1) f). Text: one line of at most 255 characters, no control characters. */
  statutoryExclusion?: string | null | undefined;
  /** Namsmannen sent the case here (tvangsfullbyrdelsesloven § 7-7) after the debtor objected to an utleggsbegjæring: its utlegg fee was paid, so enforcement later adds none. Default false. */
  transferredFromEnforcement?: boolean | null | undefined;
};

export type ConciliationCaseErrorCode =
  /** An amount, or a sum it would make, is more than 10^12 øre. */
  | 'AMOUNT_OUT_OF_RANGE'
  | 'CASE_CLOSED'
  | 'CASE_PAST_CONCILIATION'
  | 'CONCILIATION_ALREADY_OPEN'
  /** Other requests kept changing the same records at the same time; nothing was changed: send the request again. */
  | 'CONCURRENT_UPDATE'
  | 'DATE_IN_FUTURE'
  | 'DATE_OUT_OF_ORDER'
  | 'DUPLICATE_PARTY'
  | 'INVALID_AMOUNT'
  | 'INVALID_DATE'
  /** A string holds NUL, a lone UTF-16 surrogate or a control character its field does not allow (see the field's description). */
  | 'INVALID_TEXT'
  | 'MISSING_FIELD'
  | 'NOTHING_OWED'
  | 'NOT_B2B'
  | 'NOT_DUE'
  | 'NOT_ELIGIBLE'
  | 'NO_BOARD_FOR_KOMMUNE'
  | 'NO_FEE_IN_FORCE'
  | 'NO_RATE_IN_FORCE'
  | 'OUTSIDE_MAINLAND'
  /** A string is longer than its field allows (see the field's description). */
  | 'TEXT_TOO_LONG'
  | 'UNKNOWN_BOARD'
  | 'UNKNOWN_CASE'
  | 'UNKNOWN_CONCILIATION_CASE'
  | 'UNKNOWN_DOCUMENT'
  | 'WRONG_STATUS';

export type ConciliationCaseFilter = {
  boardId?: string | null | undefined;
  caseId?: string | null | undefined;
  status?: Array<ConciliationStatus> | null | undefined;
};

export type ConciliationCaseMarkSentInput = {
  id: string;
  /** YYYY-MM-DD. The day the creditor posted it to the forliksråd. Text: one line of at most 255 characters, no control characters. */
  sentOn: string;
};

export type ConciliationCaseMarkSignedInput = {
  id: string;
  /** The name of the person who signed for the creditor, as written under the signature. Text: one line of at most 255 characters, no control characters. */
  signedBy: string;
  /** YYYY-MM-DD. Text: one line of at most 255 characters, no control characters. */
  signedOn: string;
};

export type ConciliationCaseScheduleHearingInput = {
  /** YYYY-MM-DD. Text: one line of at most 255 characters, no control characters. */
  hearingDate: string;
  id: string;
  /** Text: one line of at most 255 characters, no control characters. */
  place: string;
  /** Who attends for each party; at most one per party. */
  representatives?: Array<RepresentativeInput> | null | undefined;
};

/** Where a forliksklage stands. */
export type ConciliationStatus =
  /** A judgment (forliksdom), settlement or other decision is registered. */
  | 'DECIDED'
  /** Generated by tvist, not yet signed by the creditor. */
  | 'DRAFT'
  /** The forliksråd has set a hearing (forliksmøte). */
  | 'HEARING_SCHEDULED'
  /** The creditor has posted it to the forliksråd. */
  | 'SENT'
  /** The creditor has signed it (tvist never signs). */
  | 'SIGNED'
  /** Withdrawn (trukket). */
  | 'WITHDRAWN';

export type CreditNoteRegisterInput = {
  /** Øre. */
  amount: number;
  caseId: string;
  /** Kreditnotanummer. Text: one line of at most 255 characters, no control characters. */
  creditNoteNumber?: string | null | undefined;
  /** Text: one line of at most 255 characters, no control characters. */
  issuedOn: string;
};

export type CreditNotesPushErrorCode =
  /** An amount, or a sum it would make, is more than 10^12 øre. */
  | 'AMOUNT_OUT_OF_RANGE'
  | 'BATCH_TOO_LARGE'
  /** Other requests kept changing the same records at the same time; nothing was changed: send the request again. */
  | 'CONCURRENT_UPDATE'
  | 'IDEMPOTENCY_KEY_IN_USE'
  | 'IDEMPOTENCY_KEY_REUSED'
  | 'INVALID_IDEMPOTENCY_KEY'
  /** A string holds NUL, a lone UTF-16 surrogate or a control character its field does not allow (see the field's description). */
  | 'INVALID_TEXT'
  /** A string is longer than its field allows (see the field's description). */
  | 'TEXT_TOO_LONG'
  | 'UNKNOWN_CREDITOR'
  | 'UNKNOWN_PLUGIN';

/** Credit notes in a plugin's own format. */
export type CreditNotesPushInput = {
  /** The creditor of the items whose format does not name one (e.g. conta, where the organisation is in the URL). Omitted: the API key's only creditor. */
  creditorId?: string | null | undefined;
  /** Makes the push safe to retry: a repeat with the same key and input returns the first response without running again. Text: one line of at most 255 characters, no control characters. */
  idempotencyKey?: string | null | undefined;
  /** Up to 1000 items, each in the plugin's own JSON format; an item that breaks a rule (text, money) gets its own userErrors and the others land. */
  items: Array<unknown>;
  /** The plugin whose format the items are in, e.g. conta or kravia; also their sourceSystem. Text: one line of at most 255 characters, no control characters. */
  pluginId: string;
};

export type CreditorCreateInput = {
  address: PostalAddressInput;
  /** Kommunenummer (4 digits) of the business address, in force today. Omitted: the kommune of the postnummer (Norwegian addresses). Text: one line of at most 255 characters, no control characters. */
  kommunenummer?: string | null | undefined;
  /** Text: one line of at most 255 characters, no control characters. */
  name: string;
  /** Organisasjonsnummer, 9 digits (MOD11). Text: one line of at most 255 characters, no control characters. */
  orgNumber: string;
};

export type CreditorErrorCode =
  /** An amount, or a sum it would make, is more than 10^12 øre. */
  | 'AMOUNT_OUT_OF_RANGE'
  /** Other requests kept changing the same records at the same time; nothing was changed: send the request again. */
  | 'CONCURRENT_UPDATE'
  | 'DUPLICATE_ORG_NUMBER'
  | 'INVALID_ADDRESS'
  | 'INVALID_ORG_NUMBER'
  | 'INVALID_POSTAL_CODE'
  /** A string holds NUL, a lone UTF-16 surrogate or a control character its field does not allow (see the field's description). */
  | 'INVALID_TEXT'
  | 'MISSING_KOMMUNE'
  | 'MISSING_NAME'
  | 'NAME_TOO_LONG'
  /** A string is longer than its field allows (see the field's description). */
  | 'TEXT_TOO_LONG'
  | 'UNKNOWN_CREDITOR'
  | 'UNKNOWN_KOMMUNE'
  | 'UNKNOWN_POSTAL_CODE';

/** Which creditor events to receive; every field narrows the stream. Only the caller's creditors are ever seen. */
export type CreditorEventFilter = {
  creditorId?: string | null | undefined;
  /** Creditor event types from the catalogue; none or empty for all. Text: one line of at most 255 characters, no control characters. */
  types?: Array<string> | null | undefined;
};

export type CreditorExternalIdSetErrorCode =
  /** An amount, or a sum it would make, is more than 10^12 øre. */
  | 'AMOUNT_OUT_OF_RANGE'
  /** Other requests kept changing the same records at the same time; nothing was changed: send the request again. */
  | 'CONCURRENT_UPDATE'
  | 'DUPLICATE_EXTERNAL_ID'
  | 'INVALID_EXTERNAL_ID'
  /** A string holds NUL, a lone UTF-16 surrogate or a control character its field does not allow (see the field's description). */
  | 'INVALID_TEXT'
  /** A string is longer than its field allows (see the field's description). */
  | 'TEXT_TOO_LONG'
  | 'UNKNOWN_CREDITOR'
  | 'UNKNOWN_SOURCE_SYSTEM';

export type CreditorExternalIdSetInput = {
  creditorId: string;
  /** The creditor's id in that system (e.g. Kravia's creditorId); null removes it. Text: one line of at most 255 characters, no control characters. */
  externalId?: string | null | undefined;
  /** The system the id belongs to: an enabled plugin's id, e.g. kravia. Text: one line of at most 255 characters, no control characters. */
  sourceSystem: string;
};

/** Omitted fields are left as they are. */
export type CreditorUpdateInput = {
  address?: PostalAddressInput | null | undefined;
  id: string;
  /** Omitted with a new address: the kommune of its postnummer. Text: one line of at most 255 characters, no control characters. */
  kommunenummer?: string | null | undefined;
  /** Text: one line of at most 255 characters, no control characters. */
  name?: string | null | undefined;
  /** Text: one line of at most 255 characters, no control characters. */
  orgNumber?: string | null | undefined;
};

export type DeadlineKind =
  | 'COLLECTION_NOTICE_DEADLINE'
  | 'INVOICE_DUE'
  /** The creditor's answer to a written objection (innsigelse) is due (OBJECTION_RESPONSE_DAYS after it came in). */
  | 'OBJECTION_RESPONSE_DUE'
  | 'PAYMENT_DEMAND_DEADLINE';

export type DebtorCreateInput = {
  address: PostalAddressInput;
  /** Fødselsdato YYYY-MM-DD: required for a PERSON, not allowed for an ORGANISATION. Text: one line of at most 255 characters, no control characters. */
  birthDate?: string | null | undefined;
  creditorId: string;
  kind: DebtorKind;
  /** Kommunenummer (4 digits) of the home or business address, in force today. Omitted: the kommune of the postnummer (Norwegian addresses). Text: one line of at most 255 characters, no control characters. */
  kommunenummer?: string | null | undefined;
  /** Text: one line of at most 255 characters, no control characters. */
  name: string;
  /** Organisasjonsnummer: required for an ORGANISATION, not allowed for a PERSON. Text: one line of at most 255 characters, no control characters. */
  orgNumber?: string | null | undefined;
};

export type DebtorErrorCode =
  /** An amount, or a sum it would make, is more than 10^12 øre. */
  | 'AMOUNT_OUT_OF_RANGE'
  /** Other requests kept changing the same records at the same time; nothing was changed: send the request again. */
  | 'CONCURRENT_UPDATE'
  | 'INVALID_ADDRESS'
  | 'INVALID_BIRTH_DATE'
  | 'INVALID_ORG_NUMBER'
  | 'INVALID_POSTAL_CODE'
  /** A string holds NUL, a lone UTF-16 surrogate or a control character its field does not allow (see the field's description). */
  | 'INVALID_TEXT'
  | 'MISSING_KOMMUNE'
  | 'MISSING_NAME'
  | 'NAME_TOO_LONG'
  /** A string is longer than its field allows (see the field's description). */
  | 'TEXT_TOO_LONG'
  | 'UNEXPECTED_BIRTH_DATE'
  | 'UNEXPECTED_ORG_NUMBER'
  | 'UNKNOWN_CREDITOR'
  | 'UNKNOWN_DEBTOR'
  | 'UNKNOWN_KOMMUNE'
  | 'UNKNOWN_POSTAL_CODE';

/** A person (privatperson) or an organisation (virksomhet). */
export type DebtorKind =
  | 'ORGANISATION'
  | 'PERSON';

/** Omitted fields are left as they are; the kind and creditor do not change. */
export type DebtorUpdateInput = {
  address?: PostalAddressInput | null | undefined;
  /** YYYY-MM-DD. Null removes it (an organisation has none). Text: one line of at most 255 characters, no control characters. */
  birthDate?: string | null | undefined;
  id: string;
  /** Omitted with a new address: the kommune of its postnummer. Text: one line of at most 255 characters, no control characters. */
  kommunenummer?: string | null | undefined;
  /** Text: one line of at most 255 characters, no control characters. */
  name?: string | null | undefined;
  /** Null removes it (a person has none). Text: one line of at most 255 characters, no control characters. */
  orgNumber?: string | null | undefined;
};

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

/** Why the forliksråd may not take a case (tvisteloven § 6-2 (1)). */
export type EligibilityReasonCode =
  /** § 6-2 (1) d: the validity of an arbitral award or a court settlement. */
  | 'ARBITRAL_AWARD_OR_SETTLEMENT_VALIDITY'
  /** § 6-2 (1) e: decided by a nemnd whose decision binds unless brought before the courts. */
  | 'BINDING_NEMND'
  /** § 6-2 (1) a: a family case other than the money settlement. */
  | 'FAMILY_CASE'
  /** § 6-2 (1) c: patent, circuit layout, plant breeder, trademark or design rights. */
  | 'IP_RIGHTS'
  /** § 6-2 (1) f: excluded by another statute. */
  | 'OTHER_STATUTORY'
  /** § 6-2 (1) b: a public-law case against the state or an official. */
  | 'PUBLIC_LAW_AGAINST_STATE';

export type EnforcementErrorCode =
  | 'ALREADY_SET'
  /** An amount, or a sum it would make, is more than 10^12 øre. */
  | 'AMOUNT_OUT_OF_RANGE'
  | 'CASE_CLOSED'
  /** Other requests kept changing the same records at the same time; nothing was changed: send the request again. */
  | 'CONCURRENT_UPDATE'
  | 'ENFORCEMENT_CONCLUDED'
  | 'INVALID_DATE'
  | 'INVALID_ORG_NUMBER'
  | 'INVALID_PERIOD'
  /** A string holds NUL, a lone UTF-16 surrogate or a control character its field does not allow (see the field's description). */
  | 'INVALID_TEXT'
  | 'MEASURE_ENDED'
  | 'MEASURE_KIND_MISMATCH'
  | 'MISSING_DETAILS'
  | 'MISSING_FIELD'
  | 'NOTHING_TO_UPDATE'
  /** A string is longer than its field allows (see the field's description). */
  | 'TEXT_TOO_LONG'
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

export type EnforcementNoticeRecordInput = {
  caseId: string;
  /** YYYY-MM-DD. The day the 14-day notice (varsel) was sent to the debtor. Text: one line of at most 255 characters, no control characters. */
  sentOn: string;
};

export type EnforcementPetitionCreateInput = {
  caseId: string;
  /** YYYY-MM-DD. The day of the petition; the rules are checked on it. Text: one line of at most 255 characters, no control characters. */
  petitionDate: string;
  /** Øre the creditor asks for preparing the petition (its own work); claimed at most ½ × R (politiet.no). Default 0. */
  preparationCostsRequested?: number | null | undefined;
  /** Give it when the debtor is an enkeltpersonforetak (ENK): namsmannen needs the owner's fødselsnummer and private address. */
  soleProprietorOwner?: SoleProprietorOwnerInput | null | undefined;
};

export type EnforcementPetitionErrorCode =
  | 'AGAINST_STATE'
  /** An amount, or a sum it would make, is more than 10^12 øre. */
  | 'AMOUNT_OUT_OF_RANGE'
  | 'CASE_CLOSED'
  | 'CASE_FROZEN'
  /** Other requests kept changing the same records at the same time; nothing was changed: send the request again. */
  | 'CONCURRENT_UPDATE'
  | 'DATE_IN_FUTURE'
  | 'DATE_OUT_OF_ORDER'
  | 'INVALID_ADDRESS'
  | 'INVALID_AMOUNT'
  | 'INVALID_BIRTH_NUMBER'
  | 'INVALID_DATE'
  | 'INVALID_POSTAL_CODE'
  /** A string holds NUL, a lone UTF-16 surrogate or a control character its field does not allow (see the field's description). */
  | 'INVALID_TEXT'
  | 'MISSING_OWNER_ADDRESS'
  | 'MISSING_OWNER_BIRTH_NUMBER'
  | 'NOTHING_OWED'
  | 'NOTICE_ALREADY_SENT'
  | 'NOTICE_NOT_NEEDED'
  | 'NOTICE_REQUIRED'
  | 'NOTICE_RUNNING'
  | 'NOT_A_SOLE_PROPRIETORSHIP'
  | 'NOT_FINAL'
  | 'NO_JUDGMENT'
  | 'OUTCOME_NOT_ENFORCEABLE'
  | 'PAYMENT_NOT_DUE'
  /** A string is longer than its field allows (see the field's description). */
  | 'TEXT_TOO_LONG'
  | 'UNKNOWN_CASE'
  | 'WRONG_STATUS';

/** Where a case goes. */
export type Instance =
  /** Forliksrådet (conciliation board). */
  | 'FORLIKSRAAD'
  /** Tingretten (district court), by writ of summons (stevning). */
  | 'TINGRETT';

export type InvoiceErrorCode =
  /** An amount, or a sum it would make, is more than 10^12 øre. */
  | 'AMOUNT_OUT_OF_RANGE'
  | 'CASE_CLOSED'
  /** Other requests kept changing the same records at the same time; nothing was changed: send the request again. */
  | 'CONCURRENT_UPDATE'
  | 'DUE_BEFORE_ISSUE'
  | 'INVALID_AMOUNT'
  | 'INVALID_DATE'
  | 'INVALID_KID'
  /** A string holds NUL, a lone UTF-16 surrogate or a control character its field does not allow (see the field's description). */
  | 'INVALID_TEXT'
  | 'MISSING_FIELD'
  /** A string is longer than its field allows (see the field's description). */
  | 'TEXT_TOO_LONG'
  | 'UNKNOWN_CREDITOR'
  | 'UNKNOWN_CURRENCY'
  | 'UNKNOWN_DEBTOR'
  | 'UNKNOWN_DOCUMENT';

export type InvoicePushItemErrorCode =
  /** An amount, or a sum it would make, is more than 10^12 øre. */
  | 'AMOUNT_OUT_OF_RANGE'
  | 'CASE_CLOSED'
  /** Other requests kept changing the same records at the same time; nothing was changed: send the request again. */
  | 'CONCURRENT_UPDATE'
  | 'DUE_BEFORE_ISSUE'
  | 'INVALID_AMOUNT'
  | 'INVALID_DATE'
  | 'INVALID_FORMAT'
  | 'INVALID_KID'
  | 'INVALID_ORG_NUMBER'
  /** A string holds NUL, a lone UTF-16 surrogate or a control character its field does not allow (see the field's description). */
  | 'INVALID_TEXT'
  | 'MISSING_FIELD'
  /** A string is longer than its field allows (see the field's description). */
  | 'TEXT_TOO_LONG'
  | 'UNKNOWN_CREDITOR'
  | 'UNKNOWN_CURRENCY'
  | 'UNKNOWN_DEBTOR'
  | 'UNKNOWN_DOCUMENT'
  | 'UNKNOWN_KOMMUNE'
  | 'UNKNOWN_POSTAL_CODE'
  | 'UNSUPPORTED_VALUE';

/** An invoice in tvist's own format. Amounts in øre; dates YYYY-MM-DD. */
export type InvoiceRegisterInput = {
  /** Øre, VAT included. */
  amount: number;
  creditorId: string;
  /** Text: one line of at most 255 characters, no control characters. */
  currency?: string | null | undefined;
  debtorId: string;
  /** Text: one line of at most 255 characters, no control characters. */
  dueDate: string;
  /** Text: one line of at most 255 characters, no control characters. */
  externalId: string;
  /** Text: one line of at most 255 characters, no control characters. */
  invoiceNumber: string;
  /** Text: one line of at most 255 characters, no control characters. */
  issueDate: string;
  /** Text: one line of at most 255 characters, no control characters. */
  kid?: string | null | undefined;
  /** An uploaded PDF of the invoice (POST /documents); attached to a forliksklage. */
  pdfDocumentId?: string | null | undefined;
  /** The accounting system, e.g. conta. Together with the creditor and externalId it identifies the invoice. Text: one line of at most 255 characters, no control characters. */
  sourceSystem: string;
};

export type InvoicesPushErrorCode =
  /** An amount, or a sum it would make, is more than 10^12 øre. */
  | 'AMOUNT_OUT_OF_RANGE'
  | 'BATCH_TOO_LARGE'
  /** Other requests kept changing the same records at the same time; nothing was changed: send the request again. */
  | 'CONCURRENT_UPDATE'
  | 'IDEMPOTENCY_KEY_IN_USE'
  | 'IDEMPOTENCY_KEY_REUSED'
  | 'INVALID_IDEMPOTENCY_KEY'
  /** A string holds NUL, a lone UTF-16 surrogate or a control character its field does not allow (see the field's description). */
  | 'INVALID_TEXT'
  /** A string is longer than its field allows (see the field's description). */
  | 'TEXT_TOO_LONG'
  | 'UNKNOWN_CREDITOR'
  | 'UNKNOWN_PLUGIN';

/** Invoices in a plugin's own format. */
export type InvoicesPushInput = {
  /** The creditor of the items whose format does not name one (e.g. conta, where the organisation is in the URL). Omitted: the API key's only creditor. */
  creditorId?: string | null | undefined;
  /** Makes the push safe to retry: a repeat with the same key and input returns the first response without running again. Text: one line of at most 255 characters, no control characters. */
  idempotencyKey?: string | null | undefined;
  /** Up to 1000 items, each in the plugin's own JSON format; an item that breaks a rule (text, money) gets its own userErrors and the others land. */
  items: Array<unknown>;
  /** The plugin whose format the items are in, e.g. conta or kravia; also their sourceSystem. Text: one line of at most 255 characters, no control characters. */
  pluginId: string;
};

/** The amount ordered split as the judgment states it. Øre. */
export type JudgmentBreakdownInput = {
  costs: number;
  fees: number;
  interest: number;
  /** YYYY-MM-DD. The day the interest above runs to; default the judgment date. Text: one line of at most 255 characters, no control characters. */
  interestTo?: string | null | undefined;
  principal: number;
};

/** What the forliksråd decided. */
export type JudgmentOutcome =
  /** Rettsforlik: enforceable when it orders the debtor to pay. */
  | 'COURT_SETTLEMENT'
  /** Avvist: the forliksråd did not decide the claim. */
  | 'DISMISSED'
  /** Fraværsdom for the creditor: counts as won. */
  | 'JUDGMENT_IN_ABSENCE'
  /** The creditor lost: nothing is owed. */
  | 'LOST'
  /** The creditor won in part. */
  | 'PARTLY_WON'
  /** Innstilt: the case goes on in tingretten. */
  | 'REFERRED_TO_TINGRETT'
  /** The creditor won (dom for kravet). */
  | 'WON';

export type JudgmentRegisterErrorCode =
  | 'AMOUNT_NOT_ORDERED'
  /** An amount, or a sum it would make, is more than 10^12 øre. */
  | 'AMOUNT_OUT_OF_RANGE'
  | 'BREAKDOWN_MISMATCH'
  | 'BREAKDOWN_REQUIRED'
  | 'CASE_CLOSED'
  /** Other requests kept changing the same records at the same time; nothing was changed: send the request again. */
  | 'CONCURRENT_UPDATE'
  | 'DATE_IN_FUTURE'
  | 'DATE_OUT_OF_ORDER'
  | 'INVALID_AMOUNT'
  | 'INVALID_DATE'
  /** A string holds NUL, a lone UTF-16 surrogate or a control character its field does not allow (see the field's description). */
  | 'INVALID_TEXT'
  | 'MISSING_FIELD'
  /** A string is longer than its field allows (see the field's description). */
  | 'TEXT_TOO_LONG'
  | 'UNKNOWN_CONCILIATION_CASE'
  | 'UNKNOWN_DOCUMENT'
  | 'WRONG_STATUS';

export type JudgmentRegisterInput = {
  /** Øre the debtor was ordered to pay; above 0 for WON, PARTLY_WON and JUDGMENT_IN_ABSENCE; 0 or left out when nothing is ordered. */
  amountOwed?: number | null | undefined;
  /** Needed when the amount ordered differs from the forliksklage's claim. */
  breakdown?: JudgmentBreakdownInput | null | undefined;
  /** The forliksråd's case number (saksnummer). Text: one line of at most 255 characters, no control characters. */
  caseNumber?: string | null | undefined;
  conciliationCaseId: string;
  /** The judgment PDF, uploaded with POST /documents. */
  documentId?: string | null | undefined;
  /** YYYY-MM-DD. The day the judgment was given (avsagt). Text: one line of at most 255 characters, no control characters. */
  judgmentDate: string;
  outcome: JudgmentOutcome;
  /** YYYY-MM-DD. Oppfyllelsesfrist as the judgment states it; required when an amount is ordered. Text: one line of at most 255 characters, no control characters. */
  paymentDueDate?: string | null | undefined;
  /** YYYY-MM-DD. The day it was served (forkynt): the review deadline runs from it. Text: one line of at most 255 characters, no control characters. */
  serviceDate: string;
};

/** A legal table: numbers set by law or regulation that change on given dates. */
export type LegalTable =
  /** Inkassovarsel fee (inkassoforskriften § 1-2). Unit: ORE. */
  | 'COLLECTION_NOTICE_FEE'
  /** Forliksklage fee as a multiple of R (rettsgebyrloven § 7). Unit: HUNDREDTHS_OF_R. */
  | 'CONCILIATION_FEE_FACTOR'
  /** Rettsgebyret R (rettsgebyrloven § 1). Unit: ORE. */
  | 'COURT_FEE'
  /** Utleggsbegjæring fee as a multiple of R (rettsgebyrloven § 14). Unit: HUNDREDTHS_OF_R. */
  | 'ENFORCEMENT_FEE_FACTOR'
  /** Forsinkelsesrente, set every half-year (forsinkelsesrenteloven § 3). Unit: BASIS_POINTS. */
  | 'LATE_INTEREST_RATE'
  /** Claims from this amount may skip the forliksråd when both parties have lawyers (tvisteloven § 6-2 (2) a). Unit: ORE. */
  | 'LAWYER_BYPASS_THRESHOLD'
  /** Cap on legal help in a forliksråd case as a multiple of R (tvisteloven § 6-13 (1) d). Unit: HUNDREDTHS_OF_R. */
  | 'LEGAL_COST_CAP_FACTOR'
  /** Cap on legal help in a forliksråd case when costs of out-of-court collection are claimed too, as a multiple of R (tvisteloven § 6-13 (1) d). Unit: HUNDREDTHS_OF_R. */
  | 'LEGAL_COST_CAP_WITH_COLLECTION_FACTOR'
  /** Betalingsoppfordring fee when the creditor sends it itself (inkassoforskriften § 1-2). Unit: ORE. */
  | 'PAYMENT_DEMAND_FEE'
  /** Cap on the creditor's own cost of preparing an utleggsbegjæring, as a multiple of R (politiet.no). Unit: HUNDREDTHS_OF_R. */
  | 'PETITION_COST_CAP_FACTOR'
  /** Standardkompensasjon on B2B claims (forsinkelsesrenteloven § 3 a). Unit: ORE. */
  | 'STANDARD_COMPENSATION';

export type LegalTableRowAddErrorCode =
  /** An amount, or a sum it would make, is more than 10^12 øre. */
  | 'AMOUNT_OUT_OF_RANGE'
  /** Other requests kept changing the same records at the same time; nothing was changed: send the request again. */
  | 'CONCURRENT_UPDATE'
  | 'DUPLICATE_VALID_FROM'
  | 'INVALID_DATE'
  | 'INVALID_SOURCE'
  /** A string holds NUL, a lone UTF-16 surrogate or a control character its field does not allow (see the field's description). */
  | 'INVALID_TEXT'
  | 'INVALID_VALUE'
  | 'NOT_HALF_YEAR_START'
  | 'OUT_OF_ORDER'
  /** A string is longer than its field allows (see the field's description). */
  | 'TEXT_TOO_LONG';

export type LegalTableRowAddInput = {
  /** False when the sources disagree or the value could not be checked. Default true. */
  confirmed?: boolean | null | undefined;
  /** Title of the published source, e.g. the regulation and its number. Text: one line of at most 255 characters, no control characters. */
  sourceTitle: string;
  /** Address of the published source (lovdata.no, regjeringen.no…). Text: one line of at most 255 characters, no control characters. */
  sourceUrl: string;
  table: LegalTable;
  /** YYYY-MM-DD: the first day the value applies. After the table's newest row; 1 January or 1 July for half-yearly tables. Text: one line of at most 255 characters, no control characters. */
  validFrom: string;
  /** In the table's unit: basis points for rates (1200 = 12 %), øre for amounts, hundredths of R for factors (121 = 1.21 R). */
  value: number;
};

export type LegalTableUnit =
  /** Hundredths of a percent: 1200 = 12 % a year. */
  | 'BASIS_POINTS'
  /** Hundredths of the rettsgebyr R: 121 = 1.21 R. */
  | 'HUNDREDTHS_OF_R'
  /** Øre: 134500 = 1 345 kr. */
  | 'ORE';

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
  /** Which asset, e.g. gnr/bnr or the account number. Text: at most 10000 characters; tab and line breaks allowed, no other control characters. */
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
  /** Why it ends; not blank. Text: at most 10000 characters; tab and line breaks allowed, no other control characters. */
  reason: string;
};

export type MoneyKind =
  /** Kreditnota. */
  | 'CREDIT_NOTE'
  /** Innbetaling. */
  | 'PAYMENT';

export type MoneyPushItemErrorCode =
  | 'AMOUNT_EXCEEDS_OUTSTANDING'
  /** An amount, or a sum it would make, is more than 10^12 øre. */
  | 'AMOUNT_OUT_OF_RANGE'
  | 'CASE_CLOSED'
  /** Other requests kept changing the same records at the same time; nothing was changed: send the request again. */
  | 'CONCURRENT_UPDATE'
  | 'CONFLICTING_REPEAT'
  | 'INVALID_AMOUNT'
  | 'INVALID_DATE'
  | 'INVALID_FORMAT'
  | 'INVALID_ORG_NUMBER'
  /** A string holds NUL, a lone UTF-16 surrogate or a control character its field does not allow (see the field's description). */
  | 'INVALID_TEXT'
  | 'MISSING_FIELD'
  /** A string is longer than its field allows (see the field's description). */
  | 'TEXT_TOO_LONG'
  | 'UNKNOWN_CREDITOR'
  | 'UNKNOWN_CURRENCY'
  | 'UNKNOWN_INVOICE'
  | 'UNSUPPORTED_VALUE';

/** A new kommune row. An old code stays: end it with municipalityUpdate(validTo) instead. */
export type MunicipalityCreateInput = {
  /** The forliksråd serving it; default a new board "<name> forliksråd". */
  boardId?: string | null | undefined;
  /** Kommunenummer, 4 digits. Text: one line of at most 255 characters, no control characters. */
  code: string;
  /** Fylkesnummer, 2 digits: the first two of the code. Text: one line of at most 255 characters, no control characters. */
  countyCode: string;
  /** Fylke name; default the name already registered for countyCode. Text: one line of at most 255 characters, no control characters. */
  countyName?: string | null | undefined;
  /** Text: one line of at most 255 characters, no control characters. */
  name: string;
  /** First valid day, YYYY-MM-DD. Text: one line of at most 255 characters, no control characters. */
  validFrom: string;
  /** Last valid day, YYYY-MM-DD; omit while in force. Text: one line of at most 255 characters, no control characters. */
  validTo?: string | null | undefined;
};

export type MunicipalityErrorCode =
  /** An amount, or a sum it would make, is more than 10^12 øre. */
  | 'AMOUNT_OUT_OF_RANGE'
  /** Other requests kept changing the same records at the same time; nothing was changed: send the request again. */
  | 'CONCURRENT_UPDATE'
  | 'INVALID_CODE'
  | 'INVALID_COUNTY'
  | 'INVALID_DATE'
  | 'INVALID_NEIGHBOUR'
  | 'INVALID_PERIOD'
  /** A string holds NUL, a lone UTF-16 surrogate or a control character its field does not allow (see the field's description). */
  | 'INVALID_TEXT'
  | 'MISSING_NAME'
  | 'NAME_TOO_LONG'
  | 'OVERLAPPING_VALIDITY'
  /** A string is longer than its field allows (see the field's description). */
  | 'TEXT_TOO_LONG'
  | 'UNKNOWN_BOARD'
  | 'UNKNOWN_COUNTY'
  | 'UNKNOWN_MUNICIPALITY';

export type MunicipalityUpdateInput = {
  /** The forliksråd serving this kommune. Omit to keep. */
  boardId?: string | null | undefined;
  id: string;
  /** Text: one line of at most 255 characters, no control characters. */
  name?: string | null | undefined;
  /** Replaces the neighbouring kommuner (both directions are kept). Omit to keep. */
  neighbourIds?: Array<string> | null | undefined;
  /** Last valid day, YYYY-MM-DD; null puts the code in force again. Omit to keep. Text: one line of at most 255 characters, no control characters. */
  validTo?: string | null | undefined;
};

/** How the objection (innsigelse) reached the creditor. */
export type ObjectionChannel =
  /** By e-mail (e-post): written. */
  | 'EMAIL'
  /** By letter (brev): written. */
  | 'LETTER'
  /** By telephone or in person (muntlig): does not freeze unless the written objection is uploaded. */
  | 'ORAL'
  /** Through a web portal or form: written. */
  | 'PORTAL';

export type ObjectionErrorCode =
  | 'AMOUNT_EXCEEDS_OUTSTANDING'
  | 'AMOUNT_MISMATCH'
  /** An amount, or a sum it would make, is more than 10^12 øre. */
  | 'AMOUNT_OUT_OF_RANGE'
  | 'CASE_CLOSED'
  | 'CASE_IN_LEGAL_PROCESS'
  /** Other requests kept changing the same records at the same time; nothing was changed: send the request again. */
  | 'CONCURRENT_UPDATE'
  | 'DUE_BEFORE_ISSUE'
  | 'INVALID_AMOUNT'
  | 'INVALID_DATE'
  | 'INVALID_KID'
  /** A string holds NUL, a lone UTF-16 surrogate or a control character its field does not allow (see the field's description). */
  | 'INVALID_TEXT'
  | 'INVOICE_EXISTS'
  | 'MISSING_FIELD'
  | 'MISSING_NEW_INVOICE'
  | 'MISSING_REASON'
  | 'OBJECTION_NOT_OPEN'
  /** A string is longer than its field allows (see the field's description). */
  | 'TEXT_TOO_LONG'
  | 'UNKNOWN_CASE'
  | 'UNKNOWN_DOCUMENT'
  | 'UNKNOWN_OBJECTION';

export type ObjectionEscalateInput = {
  objectionId: string;
};

export type ObjectionFilter = {
  caseId?: string | null | undefined;
  /** Any of these channels. */
  channel?: Array<ObjectionChannel> | null | undefined;
  creditorId?: string | null | undefined;
  /** Any of these statuses. */
  status?: Array<ObjectionStatus> | null | undefined;
};

export type ObjectionMarkUnfoundedInput = {
  objectionId: string;
  /** Why the objection is obviously unfounded (åpenbart grunnløs); at least 10 characters. Text: at most 10000 characters; tab and line breaks allowed, no other control characters. */
  reason: string;
};

/** The debtor's objection (innsigelse) to a case's claim. */
export type ObjectionRegisterInput = {
  caseId: string;
  /** LETTER, EMAIL and PORTAL are written and freeze the case; ORAL does not. */
  channel: ObjectionChannel;
  /** Uploaded documents (POST /documents) to attach, e.g. the written objection. ORAL with a document counts as written and freezes. */
  documentIds?: Array<string>;
  /** Date the objection came in; not in the future. */
  receivedOn: string;
  /** The debtor's objection in their words, or a note of what they said. Text: at most 10000 characters; tab and line breaks allowed, no other control characters. */
  text: string;
};

/** Agreement: a credit note (kreditnota), in full or in part plus a new invoice. */
export type ObjectionResolveByCreditNoteInput = {
  /** Øre; at most what is owed. All of it closes the case as CREDITED. */
  creditNoteAmount: number;
  /** Kreditnotanummer. Text: one line of at most 255 characters, no control characters. */
  creditNoteNumber: string;
  issuedOn: string;
  /** Required with a partial credit note; optional with a full one (credit and reissue). */
  newInvoice?: ReplacementInvoiceInput | null | undefined;
  objectionId: string;
};

/** Where an objection (innsigelse) stands. */
export type ObjectionStatus =
  /** The creditor takes the claim to the forliksråd; the case stays frozen until the forliksklage is sent. */
  | 'ESCALATED'
  /** Awaiting the creditor's answer. */
  | 'OPEN'
  /** Settled by a credit note (kreditnota), perhaps with a new invoice. */
  | 'RESOLVED_BY_CREDIT'
  /** Found obviously unfounded (åpenbart grunnløs), with a recorded reason: collection may go on. */
  | 'UNFOUNDED'
  /** The debtor withdrew it (trukket). */
  | 'WITHDRAWN';

export type ObjectionWithdrawInput = {
  objectionId: string;
  /** Date the debtor withdrew it; between the day it came in and today. */
  withdrawnOn: string;
};

export type PartyRole =
  /** Klager: the creditor. */
  | 'CREDITOR'
  /** Innklagede: the debtor. */
  | 'DEBTOR';

export type PartyWarningCode =
  /** An amount, or a sum it would make, is more than 10^12 øre. */
  | 'AMOUNT_OUT_OF_RANGE'
  /** Other requests kept changing the same records at the same time; nothing was changed: send the request again. */
  | 'CONCURRENT_UPDATE'
  /** A string holds NUL, a lone UTF-16 surrogate or a control character its field does not allow (see the field's description). */
  | 'INVALID_TEXT'
  | 'INVOICE_NOT_DISTRIBUTED'
  | 'KOMMUNE_DIFFERS_FROM_POSTAL_CODE'
  | 'POSTBOX_ONLY_POSTAL_CODE'
  /** A string is longer than its field allows (see the field's description). */
  | 'TEXT_TOO_LONG';

export type PaymentRegisterInput = {
  /** Øre. */
  amount: number;
  caseId: string;
  /** Text: one line of at most 255 characters, no control characters. */
  paidOn: string;
  /** Text: one line of at most 255 characters, no control characters. */
  reference?: string | null | undefined;
};

export type PaymentsPushErrorCode =
  /** An amount, or a sum it would make, is more than 10^12 øre. */
  | 'AMOUNT_OUT_OF_RANGE'
  | 'BATCH_TOO_LARGE'
  /** Other requests kept changing the same records at the same time; nothing was changed: send the request again. */
  | 'CONCURRENT_UPDATE'
  | 'IDEMPOTENCY_KEY_IN_USE'
  | 'IDEMPOTENCY_KEY_REUSED'
  | 'INVALID_IDEMPOTENCY_KEY'
  /** A string holds NUL, a lone UTF-16 surrogate or a control character its field does not allow (see the field's description). */
  | 'INVALID_TEXT'
  /** A string is longer than its field allows (see the field's description). */
  | 'TEXT_TOO_LONG'
  | 'UNKNOWN_CREDITOR'
  | 'UNKNOWN_PLUGIN';

/** Payments in a plugin's own format. */
export type PaymentsPushInput = {
  /** The creditor of the items whose format does not name one (e.g. conta, where the organisation is in the URL). Omitted: the API key's only creditor. */
  creditorId?: string | null | undefined;
  /** Makes the push safe to retry: a repeat with the same key and input returns the first response without running again. Text: one line of at most 255 characters, no control characters. */
  idempotencyKey?: string | null | undefined;
  /** Up to 1000 items, each in the plugin's own JSON format; an item that breaks a rule (text, money) gets its own userErrors and the others land. */
  items: Array<unknown>;
  /** The plugin whose format the items are in, e.g. conta or kravia; also their sourceSystem. Text: one line of at most 255 characters, no control characters. */
  pluginId: string;
};

export type PostalAddressInput = {
  /** Text: one line of at most 255 characters, no control characters. */
  city: string;
  /** Text: one line of at most 255 characters, no control characters. */
  country?: string;
  /** Text: one line of at most 255 characters, no control characters. */
  postalCode: string;
  /** Text: one line of at most 255 characters, no control characters. */
  street: string;
};

/** Bring's kategori of a postnummer. */
export type PostalCodeCategory =
  /** Street addresses and postboxes. */
  | 'B'
  /** Several uses (shared). */
  | 'F'
  /** Street addresses. */
  | 'G'
  /** Postboxes only: the post office, not where anyone lives. */
  | 'P'
  /** Service code, not used in postal addresses. */
  | 'S';

export type PostalCodeErrorCode =
  /** An amount, or a sum it would make, is more than 10^12 øre. */
  | 'AMOUNT_OUT_OF_RANGE'
  /** Other requests kept changing the same records at the same time; nothing was changed: send the request again. */
  | 'CONCURRENT_UPDATE'
  | 'INVALID_POSTAL_CODE'
  /** A string holds NUL, a lone UTF-16 surrogate or a control character its field does not allow (see the field's description). */
  | 'INVALID_TEXT'
  | 'MISSING_PLACE'
  | 'NAME_TOO_LONG'
  /** A string is longer than its field allows (see the field's description). */
  | 'TEXT_TOO_LONG'
  | 'UNKNOWN_KOMMUNE';

/** A postnummer row: added when the code is new, else replaced. */
export type PostalCodeSetInput = {
  category: PostalCodeCategory;
  /** Postnummer, 4 digits. Text: one line of at most 255 characters, no control characters. */
  code: string;
  /** Kommunenummer in force today, or 2100 (Svalbard) / 2211 (Jan Mayen). Text: one line of at most 255 characters, no control characters. */
  kommunenummer: string;
  /** Poststed. Text: one line of at most 255 characters, no control characters. */
  place: string;
};

/** The agency's own reconsideration (omgjøringsvurdering) of the decision complained against. */
export type ReconsiderationDecision =
  /** The agency keeps its decision (opprettholder): the complaint must be forwarded. */
  | 'KEPT'
  /** The agency reverses its own decision (omgjør): the complaint is upheld and decided. */
  | 'UPHELD';

/** The new invoice (faktura) for the agreed amount; it comes from the same accounting system as the old one. */
export type ReplacementInvoiceInput = {
  /** Øre. After a partial credit note: exactly what remains owed on the old case. */
  amount: number;
  dueDate: string;
  /** The new invoice's id in the accounting system; not one already registered. Text: one line of at most 255 characters, no control characters. */
  externalId: string;
  /** Fakturanummer. Text: one line of at most 255 characters, no control characters. */
  invoiceNumber: string;
  issueDate: string;
  /** Text: one line of at most 255 characters, no control characters. */
  kid?: string | null | undefined;
};

export type RepresentativeInput = {
  /** Text: one line of at most 255 characters, no control characters. */
  name: string;
  party: PartyRole;
  /** E.g. daglig leder, stedfortreder, advokat. Text: one line of at most 255 characters, no control characters. */
  role: string;
};

/** READ sees, WRITE also changes, ADMIN also manages keys and registers. */
export type Scope =
  | 'ADMIN'
  | 'READ'
  | 'WRITE';

/** The owner of an enkeltpersonforetak (ENK) debtor. */
export type SoleProprietorOwnerInput = {
  /** Fødselsnummer, 11 digits (MOD11). Text: one line of at most 255 characters, no control characters. */
  birthNumber?: string | null | undefined;
  /** Private address (bostedsadresse) of the owner. */
  privateAddress?: PostalAddressInput | null | undefined;
};

export type VenueCheckReason =
  /** Svalbard or Jan Mayen: no forliksråd of the mainland serves the debtor's address. */
  | 'OUTSIDE_MAINLAND'
  /** The debtor's postnummer is a postbox code: its kommune is the post office's, perhaps not where the debtor lives. */
  | 'POSTBOX_ONLY_POSTAL_CODE';

export type WebhookDeliveryErrorCode =
  /** An amount, or a sum it would make, is more than 10^12 øre. */
  | 'AMOUNT_OUT_OF_RANGE'
  /** Other requests kept changing the same records at the same time; nothing was changed: send the request again. */
  | 'CONCURRENT_UPDATE'
  | 'ENDPOINT_DISABLED'
  /** A string holds NUL, a lone UTF-16 surrogate or a control character its field does not allow (see the field's description). */
  | 'INVALID_TEXT'
  /** A string is longer than its field allows (see the field's description). */
  | 'TEXT_TOO_LONG'
  | 'UNKNOWN_DELIVERY';

export type WebhookDeliveryRetryInput = {
  id: string;
};

export type WebhookDeliveryStatus =
  /** Not sent: the endpoint was disabled. */
  | 'CANCELLED'
  /** The receiver answered 2xx. */
  | 'DELIVERED'
  /** Every attempt failed, or the receiver answered 410 Gone. */
  | 'FAILED'
  /** Queued, not tried yet. */
  | 'PENDING'
  /** Failed so far; tried again at nextAttemptAt. */
  | 'RETRYING';

export type WebhookEndpointCreateInput = {
  /** The creditor whose events are sent. */
  creditorId: string;
  /** Event types from the catalogue; empty for all. Text: one line of at most 255 characters, no control characters. */
  eventTypes?: Array<string>;
  /** Payload format: TVIST or a plugin id. Text: one line of at most 255 characters, no control characters. */
  format?: string;
  /** http(s) URL to POST to, without user name or password; private and special-purpose addresses are refused unless the operator allows them. Text: one line of at most 2048 characters, no control characters. */
  url: string;
};

export type WebhookEndpointErrorCode =
  /** An amount, or a sum it would make, is more than 10^12 øre. */
  | 'AMOUNT_OUT_OF_RANGE'
  /** Other requests kept changing the same records at the same time; nothing was changed: send the request again. */
  | 'CONCURRENT_UPDATE'
  /** A string holds NUL, a lone UTF-16 surrogate or a control character its field does not allow (see the field's description). */
  | 'INVALID_TEXT'
  | 'INVALID_URL'
  | 'PRIVATE_ADDRESS'
  /** A string is longer than its field allows (see the field's description). */
  | 'TEXT_TOO_LONG'
  | 'UNKNOWN_CREDITOR'
  | 'UNKNOWN_ENDPOINT'
  | 'UNKNOWN_EVENT_TYPE'
  | 'UNKNOWN_FORMAT';

export type WebhookEndpointIdInput = {
  id: string;
};

export type WebhookEndpointUpdateInput = {
  /** true enables a disabled endpoint again (e.g. after 410 Gone); false stops deliveries. */
  enabled?: boolean | null | undefined;
  /** Replaces the list; empty for all. Text: one line of at most 255 characters, no control characters. */
  eventTypes?: Array<string> | null | undefined;
  /** Text: one line of at most 255 characters, no control characters. */
  format?: string | null | undefined;
  id: string;
  /** Text: one line of at most 2048 characters, no control characters. */
  url?: string | null | undefined;
};

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

export type ApiKeysQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiKeysQuery = { apiKeys: Array<{ id: string, name: string, allCreditors: boolean, revokedAt: string | null }> };

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
    | { __typename: 'ConciliationCase', id: string }
    | { __typename: 'Creditor', id: string }
    | { __typename: 'Debtor', id: string }
    | { __typename: 'EnforcementMeasure', id: string }
    | { __typename: 'EnforcementPetition', id: string }
    | { __typename: 'Invoice', invoiceNumber: string, id: string }
    | { __typename: 'Judgment', id: string }
    | { __typename: 'Municipality', code: string, name: string, id: string }
    | { __typename: 'Objection', id: string }
   | null };

export type InvoicePdfQueryVariables = Exact<{
  id: string;
}>;


export type InvoicePdfQuery = { invoice: { id: string, pdf: { id: string, filename: string, contentType: string } | null } | null };

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
    | { __typename: 'ConciliationCase', id: string }
    | { __typename: 'Creditor', id: string }
    | { __typename: 'Debtor', id: string }
    | { __typename: 'EnforcementMeasure', kind: EnforcementMeasureKind, id: string }
    | { __typename: 'EnforcementPetition', id: string }
    | { __typename: 'Invoice', id: string }
    | { __typename: 'Judgment', id: string }
    | { __typename: 'Municipality', id: string }
    | { __typename: 'Objection', id: string }
   | null };

export type ConciliationCaseFieldsFragment = { id: string, status: ConciliationStatus, category: CaseCategory, subject: string, factualDescription: string, requestJudgmentInAbsence: boolean, filingDate: string, againstState: boolean, totalAmount: number, signedOn: string | null, signedBy: string | null, sentOn: string | null, hearingDate: string | null, hearingPlace: string | null, pdfUrl: string, board: { id: string, name: string }, case: { id: string, status: CaseStatus }, claim: { principal: number, interest: number, warnings: Array<string>, standardCompensation: number | null, standardCompensationAvailable: number | null, conciliationFee: number, conciliationFeeFactor: number, courtFeeR: number, fees: number, legalCostsRequested: number, legalCostsClaimed: number, legalCostsCap: number, legalCostsCapped: boolean, total: number, interestPeriods: Array<{ from: string, to: string, days: number, rateBasisPoints: number, rateConfirmed: boolean, amount: number, validFrom: string | null, sourceTitle: string | null, sourceUrl: string | null }>, basis: Array<{ table: LegalTable, validFrom: string, value: number, sourceTitle: string, sourceUrl: string, confirmed: boolean }>, extraFees: Array<{ label: string, amount: number }> }, documents: Array<{ id: string, filename: string }>, attendance: Array<{ party: PartyRole, duty: AttendanceDuty, reasonCode: AttendanceReasonCode, reason: string, kommune: string | null, representativeName: string | null, representativeRole: string | null }> };

export type ConciliationCaseErrorFieldsFragment = { code: ConciliationCaseErrorCode, field: Array<string> | null, message: string, eligibilityReason: EligibilityReasonCode | null, instance: Instance | null };

export type ConciliationEligibilityQueryVariables = Exact<{
  caseId: string;
  category: CaseCategory;
  claimantHasLawyer?: boolean | null | undefined;
  debtorHasLawyer?: boolean | null | undefined;
  bindingNemnd?: string | null | undefined;
  againstState?: boolean | null | undefined;
  statutoryExclusion?: string | null | undefined;
  filingDate?: string | null | undefined;
}>;


export type ConciliationEligibilityQuery = { conciliationEligibility: { eligible: boolean, instance: Instance, mayBypass: boolean, bypassThreshold: number, claimAmount: number, reasons: Array<{ code: EligibilityReasonCode, message: string }> } | null };

export type BindingNemnderQueryVariables = Exact<{ [key: string]: never; }>;


export type BindingNemnderQuery = { bindingNemnder: Array<{ code: string, name: string, authority: string }> };

export type ConciliationCaseCreateMutationVariables = Exact<{
  input: ConciliationCaseCreateInput;
}>;


export type ConciliationCaseCreateMutation = { conciliationCaseCreate: { conciliationCase: { id: string, status: ConciliationStatus, category: CaseCategory, subject: string, factualDescription: string, requestJudgmentInAbsence: boolean, filingDate: string, againstState: boolean, totalAmount: number, signedOn: string | null, signedBy: string | null, sentOn: string | null, hearingDate: string | null, hearingPlace: string | null, pdfUrl: string, board: { id: string, name: string }, case: { id: string, status: CaseStatus }, claim: { principal: number, interest: number, warnings: Array<string>, standardCompensation: number | null, standardCompensationAvailable: number | null, conciliationFee: number, conciliationFeeFactor: number, courtFeeR: number, fees: number, legalCostsRequested: number, legalCostsClaimed: number, legalCostsCap: number, legalCostsCapped: boolean, total: number, interestPeriods: Array<{ from: string, to: string, days: number, rateBasisPoints: number, rateConfirmed: boolean, amount: number, validFrom: string | null, sourceTitle: string | null, sourceUrl: string | null }>, basis: Array<{ table: LegalTable, validFrom: string, value: number, sourceTitle: string, sourceUrl: string, confirmed: boolean }>, extraFees: Array<{ label: string, amount: number }> }, documents: Array<{ id: string, filename: string }>, attendance: Array<{ party: PartyRole, duty: AttendanceDuty, reasonCode: AttendanceReasonCode, reason: string, kommune: string | null, representativeName: string | null, representativeRole: string | null }> } | null, userErrors: Array<{ code: ConciliationCaseErrorCode, field: Array<string> | null, message: string, eligibilityReason: EligibilityReasonCode | null, instance: Instance | null }> } };

export type ConciliationCaseChangeBoardMutationVariables = Exact<{
  input: ConciliationCaseChangeBoardInput;
}>;


export type ConciliationCaseChangeBoardMutation = { conciliationCaseChangeBoard: { conciliationCase: { id: string, status: ConciliationStatus, category: CaseCategory, subject: string, factualDescription: string, requestJudgmentInAbsence: boolean, filingDate: string, againstState: boolean, totalAmount: number, signedOn: string | null, signedBy: string | null, sentOn: string | null, hearingDate: string | null, hearingPlace: string | null, pdfUrl: string, board: { id: string, name: string }, case: { id: string, status: CaseStatus }, claim: { principal: number, interest: number, warnings: Array<string>, standardCompensation: number | null, standardCompensationAvailable: number | null, conciliationFee: number, conciliationFeeFactor: number, courtFeeR: number, fees: number, legalCostsRequested: number, legalCostsClaimed: number, legalCostsCap: number, legalCostsCapped: boolean, total: number, interestPeriods: Array<{ from: string, to: string, days: number, rateBasisPoints: number, rateConfirmed: boolean, amount: number, validFrom: string | null, sourceTitle: string | null, sourceUrl: string | null }>, basis: Array<{ table: LegalTable, validFrom: string, value: number, sourceTitle: string, sourceUrl: string, confirmed: boolean }>, extraFees: Array<{ label: string, amount: number }> }, documents: Array<{ id: string, filename: string }>, attendance: Array<{ party: PartyRole, duty: AttendanceDuty, reasonCode: AttendanceReasonCode, reason: string, kommune: string | null, representativeName: string | null, representativeRole: string | null }> } | null, userErrors: Array<{ code: ConciliationCaseErrorCode, field: Array<string> | null, message: string, eligibilityReason: EligibilityReasonCode | null, instance: Instance | null }> } };

export type ConciliationCaseMarkSignedMutationVariables = Exact<{
  input: ConciliationCaseMarkSignedInput;
}>;


export type ConciliationCaseMarkSignedMutation = { conciliationCaseMarkSigned: { conciliationCase: { id: string, status: ConciliationStatus, category: CaseCategory, subject: string, factualDescription: string, requestJudgmentInAbsence: boolean, filingDate: string, againstState: boolean, totalAmount: number, signedOn: string | null, signedBy: string | null, sentOn: string | null, hearingDate: string | null, hearingPlace: string | null, pdfUrl: string, board: { id: string, name: string }, case: { id: string, status: CaseStatus }, claim: { principal: number, interest: number, warnings: Array<string>, standardCompensation: number | null, standardCompensationAvailable: number | null, conciliationFee: number, conciliationFeeFactor: number, courtFeeR: number, fees: number, legalCostsRequested: number, legalCostsClaimed: number, legalCostsCap: number, legalCostsCapped: boolean, total: number, interestPeriods: Array<{ from: string, to: string, days: number, rateBasisPoints: number, rateConfirmed: boolean, amount: number, validFrom: string | null, sourceTitle: string | null, sourceUrl: string | null }>, basis: Array<{ table: LegalTable, validFrom: string, value: number, sourceTitle: string, sourceUrl: string, confirmed: boolean }>, extraFees: Array<{ label: string, amount: number }> }, documents: Array<{ id: string, filename: string }>, attendance: Array<{ party: PartyRole, duty: AttendanceDuty, reasonCode: AttendanceReasonCode, reason: string, kommune: string | null, representativeName: string | null, representativeRole: string | null }> } | null, userErrors: Array<{ code: ConciliationCaseErrorCode, field: Array<string> | null, message: string, eligibilityReason: EligibilityReasonCode | null, instance: Instance | null }> } };

export type ConciliationCaseMarkSentMutationVariables = Exact<{
  input: ConciliationCaseMarkSentInput;
}>;


export type ConciliationCaseMarkSentMutation = { conciliationCaseMarkSent: { conciliationCase: { id: string, status: ConciliationStatus, category: CaseCategory, subject: string, factualDescription: string, requestJudgmentInAbsence: boolean, filingDate: string, againstState: boolean, totalAmount: number, signedOn: string | null, signedBy: string | null, sentOn: string | null, hearingDate: string | null, hearingPlace: string | null, pdfUrl: string, board: { id: string, name: string }, case: { id: string, status: CaseStatus }, claim: { principal: number, interest: number, warnings: Array<string>, standardCompensation: number | null, standardCompensationAvailable: number | null, conciliationFee: number, conciliationFeeFactor: number, courtFeeR: number, fees: number, legalCostsRequested: number, legalCostsClaimed: number, legalCostsCap: number, legalCostsCapped: boolean, total: number, interestPeriods: Array<{ from: string, to: string, days: number, rateBasisPoints: number, rateConfirmed: boolean, amount: number, validFrom: string | null, sourceTitle: string | null, sourceUrl: string | null }>, basis: Array<{ table: LegalTable, validFrom: string, value: number, sourceTitle: string, sourceUrl: string, confirmed: boolean }>, extraFees: Array<{ label: string, amount: number }> }, documents: Array<{ id: string, filename: string }>, attendance: Array<{ party: PartyRole, duty: AttendanceDuty, reasonCode: AttendanceReasonCode, reason: string, kommune: string | null, representativeName: string | null, representativeRole: string | null }> } | null, userErrors: Array<{ code: ConciliationCaseErrorCode, field: Array<string> | null, message: string, eligibilityReason: EligibilityReasonCode | null, instance: Instance | null }> } };

export type ConciliationCaseScheduleHearingMutationVariables = Exact<{
  input: ConciliationCaseScheduleHearingInput;
}>;


export type ConciliationCaseScheduleHearingMutation = { conciliationCaseScheduleHearing: { conciliationCase: { id: string, status: ConciliationStatus, category: CaseCategory, subject: string, factualDescription: string, requestJudgmentInAbsence: boolean, filingDate: string, againstState: boolean, totalAmount: number, signedOn: string | null, signedBy: string | null, sentOn: string | null, hearingDate: string | null, hearingPlace: string | null, pdfUrl: string, board: { id: string, name: string }, case: { id: string, status: CaseStatus }, claim: { principal: number, interest: number, warnings: Array<string>, standardCompensation: number | null, standardCompensationAvailable: number | null, conciliationFee: number, conciliationFeeFactor: number, courtFeeR: number, fees: number, legalCostsRequested: number, legalCostsClaimed: number, legalCostsCap: number, legalCostsCapped: boolean, total: number, interestPeriods: Array<{ from: string, to: string, days: number, rateBasisPoints: number, rateConfirmed: boolean, amount: number, validFrom: string | null, sourceTitle: string | null, sourceUrl: string | null }>, basis: Array<{ table: LegalTable, validFrom: string, value: number, sourceTitle: string, sourceUrl: string, confirmed: boolean }>, extraFees: Array<{ label: string, amount: number }> }, documents: Array<{ id: string, filename: string }>, attendance: Array<{ party: PartyRole, duty: AttendanceDuty, reasonCode: AttendanceReasonCode, reason: string, kommune: string | null, representativeName: string | null, representativeRole: string | null }> } | null, userErrors: Array<{ code: ConciliationCaseErrorCode, field: Array<string> | null, message: string, eligibilityReason: EligibilityReasonCode | null, instance: Instance | null }> } };

export type ConciliationCasesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: ConciliationCaseFilter | null | undefined;
}>;


export type ConciliationCasesQuery = { conciliationCases: { nodes: Array<{ id: string, status: ConciliationStatus, totalAmount: number, case: { id: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ConciliationBoardSearchQueryVariables = Exact<{
  search?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type ConciliationBoardSearchQuery = { conciliationBoards: { nodes: Array<{ id: string, name: string }> } };

export type JudgmentFieldsFragment = { id: string, outcome: JudgmentOutcome, judgmentDate: string, serviceDate: string, caseNumber: string | null, amountOwed: number, interestTo: string | null, paymentDueDate: string | null, reviewDeadline: string, finalOn: string, courtHolidaysSuspended: boolean, enforcementNoticeSentOn: string | null, split: { principal: number, interest: number, fees: number, costs: number, total: number }, document: { id: string, filename: string } | null, conciliationCase: { id: string, status: ConciliationStatus } };

export type JudgmentRegisterMutationVariables = Exact<{
  input: JudgmentRegisterInput;
}>;


export type JudgmentRegisterMutation = { judgmentRegister: { judgment: { id: string, outcome: JudgmentOutcome, judgmentDate: string, serviceDate: string, caseNumber: string | null, amountOwed: number, interestTo: string | null, paymentDueDate: string | null, reviewDeadline: string, finalOn: string, courtHolidaysSuspended: boolean, enforcementNoticeSentOn: string | null, split: { principal: number, interest: number, fees: number, costs: number, total: number }, document: { id: string, filename: string } | null, conciliationCase: { id: string, status: ConciliationStatus } } | null, case: { id: string, status: CaseStatus, outstandingAmount: number, availableActions: Array<CaseAction> } | null, userErrors: Array<{ code: JudgmentRegisterErrorCode, field: Array<string> | null, message: string }> } };

export type EnforcementNoticeRecordMutationVariables = Exact<{
  input: EnforcementNoticeRecordInput;
}>;


export type EnforcementNoticeRecordMutation = { enforcementNoticeRecord: { judgment: { id: string, outcome: JudgmentOutcome, judgmentDate: string, serviceDate: string, caseNumber: string | null, amountOwed: number, interestTo: string | null, paymentDueDate: string | null, reviewDeadline: string, finalOn: string, courtHolidaysSuspended: boolean, enforcementNoticeSentOn: string | null, split: { principal: number, interest: number, fees: number, costs: number, total: number }, document: { id: string, filename: string } | null, conciliationCase: { id: string, status: ConciliationStatus } } | null, userErrors: Array<{ code: EnforcementPetitionErrorCode, field: Array<string> | null, message: string }> } };

export type EnforcementPetitionCreateMutationVariables = Exact<{
  input: EnforcementPetitionCreateInput;
}>;


export type EnforcementPetitionCreateMutation = { enforcementPetitionCreate: { enforcementPetition: { id: string, petitionDate: string, enforcementFee: number, interestTo: string | null, underOneYear: boolean, noticeSentOn: string | null, preparationCosts: number, preparationCostsCap: number, soleProprietorship: boolean, pdfUrl: string, amounts: { principal: number, interest: number, fees: number, costs: number, total: number }, feeBasis: Array<{ table: LegalTable, validFrom: string, value: number, sourceUrl: string, confirmed: boolean }>, preparationCostsBasis: Array<{ table: LegalTable, validFrom: string, value: number, sourceTitle: string, sourceUrl: string, confirmed: boolean }>, ownerAddress: { street: string, postalCode: string, city: string, country: string } | null, judgment: { id: string } } | null, case: { id: string, status: CaseStatus, availableActions: Array<CaseAction> } | null, userErrors: Array<{ code: EnforcementPetitionErrorCode, field: Array<string> | null, message: string }> } };

export type CaseDisputeQueryVariables = Exact<{
  id: string;
}>;


export type CaseDisputeQuery = { case: { id: string, status: CaseStatus, outstandingAmount: number, availableActions: Array<CaseAction>, conciliationCase: { id: string, status: ConciliationStatus } | null, judgment: { id: string, outcome: JudgmentOutcome } | null, enforcementPetition: { id: string } | null, timeline: { nodes: Array<{ sequence: number, type: string, statusBefore: CaseStatus | null, statusAfter: CaseStatus | null, data: unknown }> } } | null };

export type DisputeNodeQueryVariables = Exact<{
  id: string;
}>;


export type DisputeNodeQuery = { node:
    | { __typename: 'Case', id: string }
    | { __typename: 'CaseEvent', id: string }
    | { __typename: 'Complaint', id: string }
    | { __typename: 'ConciliationBoard', id: string }
    | { __typename: 'ConciliationCase', status: ConciliationStatus, id: string }
    | { __typename: 'Creditor', id: string }
    | { __typename: 'Debtor', id: string }
    | { __typename: 'EnforcementMeasure', id: string }
    | { __typename: 'EnforcementPetition', petitionDate: string, id: string }
    | { __typename: 'Invoice', id: string }
    | { __typename: 'Judgment', outcome: JudgmentOutcome, id: string }
    | { __typename: 'Municipality', id: string }
    | { __typename: 'Objection', id: string }
   | null };

export type DocumentByIdQueryVariables = Exact<{
  id: string;
}>;


export type DocumentByIdQuery = { document: { id: string, filename: string, contentType: string, size: number, sha256: string, createdAt: string, downloadUrl: string } | null };

export type EventMessageFragment = { id: string, cursor: string, caseId: string, creditorId: string, sequence: number, type: string, occurredAt: string, actor: string, summary: string, statusBefore: CaseStatus | null, statusAfter: CaseStatus | null, data: unknown };

export type EventsSinceQueryVariables = Exact<{
  after?: string | null | undefined;
  first?: number | null | undefined;
  types?: Array<string> | string | null | undefined;
}>;


export type EventsSinceQuery = { eventsSince: { edges: Array<{ cursor: string, node: { id: string, cursor: string, caseId: string, creditorId: string, sequence: number, type: string, occurredAt: string, actor: string, summary: string, statusBefore: CaseStatus | null, statusAfter: CaseStatus | null, data: unknown } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CaseEventsSubscriptionVariables = Exact<{
  filter?: CaseEventFilter | null | undefined;
  after?: string | null | undefined;
}>;


export type CaseEventsSubscription = { caseEvents: { id: string, cursor: string, caseId: string, creditorId: string, sequence: number, type: string, occurredAt: string, actor: string, summary: string, statusBefore: CaseStatus | null, statusAfter: CaseStatus | null, data: unknown } };

export type CreditorEventsSubscriptionVariables = Exact<{
  filter?: CreditorEventFilter | null | undefined;
  after?: string | null | undefined;
}>;


export type CreditorEventsSubscription = { creditorEvents: { id: string, cursor: string, creditorId: string, type: string, occurredAt: string, actor: string, summary: string, data: unknown } };

export type InvoicesPushMutationVariables = Exact<{
  input: InvoicesPushInput;
}>;


export type InvoicesPushMutation = { invoicesPush: { results: Array<{ index: number, externalId: string | null, created: boolean, invoice: { id: string, invoiceNumber: string, sourceSystem: string, externalId: string, amount: number, currency: string, kid: string | null, issueDate: string, dueDate: string, debtor: { id: string, name: string, kind: DebtorKind, orgNumber: string | null, birthDate: string | null } } | null, case: { id: string, status: CaseStatus, principalAmount: number, outstandingAmount: number } | null, userErrors: Array<{ code: InvoicePushItemErrorCode, field: Array<string> | null, message: string }> }>, userErrors: Array<{ code: InvoicesPushErrorCode, field: Array<string> | null, message: string }> } };

export type PushedInvoiceFieldsFragment = { invoiceNumber: string, sourceSystem: string, externalId: string, amount: number, currency: string, kid: string | null, issueDate: string, dueDate: string, debtor: { name: string, kind: DebtorKind, orgNumber: string | null, birthDate: string | null } };

export type InvoicePushItemErrorFieldsFragment = { code: InvoicePushItemErrorCode, field: Array<string> | null, message: string };

export type InvoicesPushErrorFieldsFragment = { code: InvoicesPushErrorCode, field: Array<string> | null, message: string };

export type PushedTransactionFieldsFragment = { kind: MoneyKind, amount: number, date: string, reference: string | null, sourceSystem: string | null, externalId: string | null };

export type PushedCaseMoneyFieldsFragment = { paidAmount: number, creditedAmount: number, outstandingAmount: number };

export type MoneyPushItemErrorFieldsFragment = { code: MoneyPushItemErrorCode, field: Array<string> | null, message: string };

export type PaymentsPushErrorFieldsFragment = { code: PaymentsPushErrorCode, field: Array<string> | null, message: string };

export type CreditNotesPushErrorFieldsFragment = { code: CreditNotesPushErrorCode, field: Array<string> | null, message: string };

export type MoneyPushResultFieldsFragment = { index: number, externalId: string | null, created: boolean, transaction: { id: string, kind: MoneyKind, amount: number, date: string, reference: string | null, sourceSystem: string | null, externalId: string | null } | null, case: { id: string, status: CaseStatus, paidAmount: number, creditedAmount: number, outstandingAmount: number } | null, userErrors: Array<{ code: MoneyPushItemErrorCode, field: Array<string> | null, message: string }> };

export type PaymentsPushMutationVariables = Exact<{
  input: PaymentsPushInput;
}>;


export type PaymentsPushMutation = { paymentsPush: { results: Array<{ index: number, externalId: string | null, created: boolean, transaction: { id: string, kind: MoneyKind, amount: number, date: string, reference: string | null, sourceSystem: string | null, externalId: string | null } | null, case: { id: string, status: CaseStatus, paidAmount: number, creditedAmount: number, outstandingAmount: number } | null, userErrors: Array<{ code: MoneyPushItemErrorCode, field: Array<string> | null, message: string }> }>, userErrors: Array<{ code: PaymentsPushErrorCode, field: Array<string> | null, message: string }> } };

export type CreditNotesPushMutationVariables = Exact<{
  input: CreditNotesPushInput;
}>;


export type CreditNotesPushMutation = { creditNotesPush: { results: Array<{ index: number, externalId: string | null, created: boolean, transaction: { id: string, kind: MoneyKind, amount: number, date: string, reference: string | null, sourceSystem: string | null, externalId: string | null } | null, case: { id: string, status: CaseStatus, paidAmount: number, creditedAmount: number, outstandingAmount: number } | null, userErrors: Array<{ code: MoneyPushItemErrorCode, field: Array<string> | null, message: string }> }>, userErrors: Array<{ code: CreditNotesPushErrorCode, field: Array<string> | null, message: string }> } };

export type KraviaInvoicesPushMutationVariables = Exact<{
  input: InvoicesPushInput;
}>;


export type KraviaInvoicesPushMutation = { invoicesPush: { results: Array<{ index: number, externalId: string | null, created: boolean, invoice: { invoiceNumber: string, sourceSystem: string, externalId: string, amount: number, currency: string, kid: string | null, issueDate: string, dueDate: string, debtor: { name: string, kind: DebtorKind, orgNumber: string | null, birthDate: string | null, address: { street: string, postalCode: string, city: string, country: string }, municipality: { code: string } } } | null, case: { id: string, caseNumber: number, status: CaseStatus, principalAmount: number, outstandingAmount: number, conciliationVenue: { needsCheck: boolean, kommune: { code: string }, board: { name: string } | null } } | null, userErrors: Array<{ code: InvoicePushItemErrorCode, field: Array<string> | null, message: string }>, warnings: Array<{ code: PartyWarningCode, field: Array<string> | null, message: string }> }>, userErrors: Array<{ code: InvoicesPushErrorCode, field: Array<string> | null, message: string }> } };

export type KraviaInvoiceFieldsFragment = { invoiceNumber: string, sourceSystem: string, externalId: string, amount: number, currency: string, kid: string | null, issueDate: string, dueDate: string, debtor: { name: string, kind: DebtorKind, orgNumber: string | null, birthDate: string | null, address: { street: string, postalCode: string, city: string, country: string }, municipality: { code: string } } };

export type KraviaVenueFieldsFragment = { needsCheck: boolean, kommune: { code: string }, board: { name: string } | null };

export type KraviaMoneyResultFragment = { index: number, externalId: string | null, created: boolean, transaction: { kind: MoneyKind, amount: number, date: string, reference: string | null, sourceSystem: string | null, externalId: string | null } | null, case: { caseNumber: number, paidAmount: number, creditedAmount: number, outstandingAmount: number } | null, parts: Array<{ externalId: string, created: boolean, transaction: { amount: number, date: string }, case: { caseNumber: number, outstandingAmount: number } }>, userErrors: Array<{ code: MoneyPushItemErrorCode, field: Array<string> | null, message: string }> };

export type KraviaPaymentsPushMutationVariables = Exact<{
  input: PaymentsPushInput;
}>;


export type KraviaPaymentsPushMutation = { paymentsPush: { results: Array<{ index: number, externalId: string | null, created: boolean, transaction: { kind: MoneyKind, amount: number, date: string, reference: string | null, sourceSystem: string | null, externalId: string | null } | null, case: { caseNumber: number, paidAmount: number, creditedAmount: number, outstandingAmount: number } | null, parts: Array<{ externalId: string, created: boolean, transaction: { amount: number, date: string }, case: { caseNumber: number, outstandingAmount: number } }>, userErrors: Array<{ code: MoneyPushItemErrorCode, field: Array<string> | null, message: string }> }>, userErrors: Array<{ code: PaymentsPushErrorCode, field: Array<string> | null, message: string }> } };

export type KraviaCreditNotesPushMutationVariables = Exact<{
  input: CreditNotesPushInput;
}>;


export type KraviaCreditNotesPushMutation = { creditNotesPush: { results: Array<{ index: number, externalId: string | null, created: boolean, transaction: { kind: MoneyKind, amount: number, date: string, reference: string | null, sourceSystem: string | null, externalId: string | null } | null, case: { caseNumber: number, paidAmount: number, creditedAmount: number, outstandingAmount: number } | null, parts: Array<{ externalId: string, created: boolean, transaction: { amount: number, date: string }, case: { caseNumber: number, outstandingAmount: number } }>, userErrors: Array<{ code: MoneyPushItemErrorCode, field: Array<string> | null, message: string }> }>, userErrors: Array<{ code: CreditNotesPushErrorCode, field: Array<string> | null, message: string }> } };

export type KraviaCreditorIdSetMutationVariables = Exact<{
  input: CreditorExternalIdSetInput;
}>;


export type KraviaCreditorIdSetMutation = { creditorExternalIdSet: { userErrors: Array<{ code: CreditorExternalIdSetErrorCode, field: Array<string> | null, message: string }> } };

export type KraviaCaseMoneyQueryVariables = Exact<{
  id: string;
}>;


export type KraviaCaseMoneyQuery = { case: { caseNumber: number, paidAmount: number, creditedAmount: number, outstandingAmount: number } | null };

export type KraviaRouteCaseQueryVariables = Exact<{
  id: string;
}>;


export type KraviaRouteCaseQuery = { case: { caseNumber: number, status: CaseStatus, principalAmount: number, paidAmount: number, creditedAmount: number, outstandingAmount: number, conciliationVenue: { needsCheck: boolean, kommune: { code: string }, board: { name: string } | null }, invoice: { invoiceNumber: string, sourceSystem: string, externalId: string, amount: number, currency: string, kid: string | null, issueDate: string, dueDate: string, debtor: { name: string, kind: DebtorKind, orgNumber: string | null, birthDate: string | null, address: { street: string, postalCode: string, city: string, country: string }, municipality: { code: string } } } } | null };

export type KraviaRouteInvoicesPushMutationVariables = Exact<{
  input: InvoicesPushInput;
}>;


export type KraviaRouteInvoicesPushMutation = { invoicesPush: { results: Array<{ index: number, created: boolean, case: { id: string } | null, userErrors: Array<{ code: InvoicePushItemErrorCode, field: Array<string> | null, message: string }> }>, userErrors: Array<{ code: InvoicesPushErrorCode, field: Array<string> | null, message: string }> } };

export type KraviaRouteEndpointsQueryVariables = Exact<{
  creditorId: string;
}>;


export type KraviaRouteEndpointsQuery = { webhookEndpoints: { nodes: Array<{ id: string, url: string, format: string, enabled: boolean, eventTypes: Array<string> }> } };

export type LegalTablesQueryVariables = Exact<{
  on?: string | null | undefined;
}>;


export type LegalTablesQuery = { legalTables: { on: string, tables: Array<{ table: LegalTable, unit: LegalTableUnit, halfYearly: boolean, rows: Array<{ id: string, validFrom: string, value: number, sourceTitle: string, sourceUrl: string, confirmed: boolean, createdBy: string }>, inForce: { validFrom: string, value: number, confirmed: boolean } | null }>, staleInterestRate: { halfYear: string, halfYearStart: string, message: string } | null } };

export type LegalTableRowAddMutationVariables = Exact<{
  input: LegalTableRowAddInput;
}>;


export type LegalTableRowAddMutation = { legalTableRowAdd: { row: { id: string, table: LegalTable, validFrom: string, value: number, unit: LegalTableUnit, sourceTitle: string, sourceUrl: string, confirmed: boolean, createdBy: string } | null, userErrors: Array<{ code: LegalTableRowAddErrorCode, field: Array<string> | null, message: string }> } };

export type ObjectionFieldsFragment = { id: string, channel: ObjectionChannel, receivedOn: string, text: string, written: boolean, status: ObjectionStatus, resolutionReason: string | null, withdrawnOn: string | null, decidedBy: string | null, decidedAt: string | null, answerDueOn: string | null, documents: Array<{ id: string, filename: string }> };

export type ObjectionErrorFieldsFragment = { code: ObjectionErrorCode, field: Array<string> | null, message: string };

export type ObjectionRegisterMutationVariables = Exact<{
  input: ObjectionRegisterInput;
}>;


export type ObjectionRegisterMutation = { objectionRegister: { objection: { id: string, channel: ObjectionChannel, receivedOn: string, text: string, written: boolean, status: ObjectionStatus, resolutionReason: string | null, withdrawnOn: string | null, decidedBy: string | null, decidedAt: string | null, answerDueOn: string | null, documents: Array<{ id: string, filename: string }> } | null, case: { id: string, status: CaseStatus, principalAmount: number, feesAmount: number, paidAmount: number, creditedAmount: number, outstandingAmount: number, closedAt: string | null, availableActions: Array<CaseAction>, eventCount: number, nextDeadline: { kind: DeadlineKind, dueAt: string, pastDue: boolean } | null } | null, userErrors: Array<{ code: ObjectionErrorCode, field: Array<string> | null, message: string }> } };

export type ObjectionWithdrawMutationVariables = Exact<{
  input: ObjectionWithdrawInput;
}>;


export type ObjectionWithdrawMutation = { objectionWithdraw: { objection: { id: string, channel: ObjectionChannel, receivedOn: string, text: string, written: boolean, status: ObjectionStatus, resolutionReason: string | null, withdrawnOn: string | null, decidedBy: string | null, decidedAt: string | null, answerDueOn: string | null, documents: Array<{ id: string, filename: string }> } | null, case: { id: string, status: CaseStatus, principalAmount: number, feesAmount: number, paidAmount: number, creditedAmount: number, outstandingAmount: number, closedAt: string | null, availableActions: Array<CaseAction>, eventCount: number, nextDeadline: { kind: DeadlineKind, dueAt: string, pastDue: boolean } | null } | null, userErrors: Array<{ code: ObjectionErrorCode, field: Array<string> | null, message: string }> } };

export type ObjectionMarkUnfoundedMutationVariables = Exact<{
  input: ObjectionMarkUnfoundedInput;
}>;


export type ObjectionMarkUnfoundedMutation = { objectionMarkUnfounded: { objection: { id: string, channel: ObjectionChannel, receivedOn: string, text: string, written: boolean, status: ObjectionStatus, resolutionReason: string | null, withdrawnOn: string | null, decidedBy: string | null, decidedAt: string | null, answerDueOn: string | null, documents: Array<{ id: string, filename: string }> } | null, case: { id: string, status: CaseStatus, principalAmount: number, feesAmount: number, paidAmount: number, creditedAmount: number, outstandingAmount: number, closedAt: string | null, availableActions: Array<CaseAction>, eventCount: number, nextDeadline: { kind: DeadlineKind, dueAt: string, pastDue: boolean } | null } | null, userErrors: Array<{ code: ObjectionErrorCode, field: Array<string> | null, message: string }> } };

export type ObjectionEscalateMutationVariables = Exact<{
  input: ObjectionEscalateInput;
}>;


export type ObjectionEscalateMutation = { objectionEscalate: { objection: { id: string, channel: ObjectionChannel, receivedOn: string, text: string, written: boolean, status: ObjectionStatus, resolutionReason: string | null, withdrawnOn: string | null, decidedBy: string | null, decidedAt: string | null, answerDueOn: string | null, documents: Array<{ id: string, filename: string }> } | null, case: { id: string, status: CaseStatus, principalAmount: number, feesAmount: number, paidAmount: number, creditedAmount: number, outstandingAmount: number, closedAt: string | null, availableActions: Array<CaseAction>, eventCount: number, nextDeadline: { kind: DeadlineKind, dueAt: string, pastDue: boolean } | null } | null, userErrors: Array<{ code: ObjectionErrorCode, field: Array<string> | null, message: string }> } };

export type ObjectionResolveByCreditNoteMutationVariables = Exact<{
  input: ObjectionResolveByCreditNoteInput;
}>;


export type ObjectionResolveByCreditNoteMutation = { objectionResolveByCreditNote: { objection: { id: string, channel: ObjectionChannel, receivedOn: string, text: string, written: boolean, status: ObjectionStatus, resolutionReason: string | null, withdrawnOn: string | null, decidedBy: string | null, decidedAt: string | null, answerDueOn: string | null, documents: Array<{ id: string, filename: string }> } | null, case: { id: string, status: CaseStatus, principalAmount: number, feesAmount: number, paidAmount: number, creditedAmount: number, outstandingAmount: number, closedAt: string | null, availableActions: Array<CaseAction>, eventCount: number, replacedBy: { id: string, status: CaseStatus } | null, nextDeadline: { kind: DeadlineKind, dueAt: string, pastDue: boolean } | null } | null, creditNote: { kind: MoneyKind, amount: number, date: string, reference: string | null } | null, newInvoice: { id: string, invoiceNumber: string, externalId: string, sourceSystem: string, amount: number, dueDate: string, replacesInvoice: { id: string, replacedBy: { id: string } | null } | null } | null, newCase: { id: string, status: CaseStatus, principalAmount: number, feesAmount: number, paidAmount: number, creditedAmount: number, outstandingAmount: number, closedAt: string | null, availableActions: Array<CaseAction>, eventCount: number, nextDeadline: { kind: DeadlineKind, dueAt: string, pastDue: boolean } | null } | null, userErrors: Array<{ code: ObjectionErrorCode, field: Array<string> | null, message: string }> } };

export type CaseObjectionsQueryVariables = Exact<{
  id: string;
}>;


export type CaseObjectionsQuery = { case: { id: string, status: CaseStatus, principalAmount: number, feesAmount: number, paidAmount: number, creditedAmount: number, outstandingAmount: number, closedAt: string | null, availableActions: Array<CaseAction>, eventCount: number, objections: Array<{ id: string, channel: ObjectionChannel, receivedOn: string, text: string, written: boolean, status: ObjectionStatus, resolutionReason: string | null, withdrawnOn: string | null, decidedBy: string | null, decidedAt: string | null, answerDueOn: string | null, case: { id: string }, documents: Array<{ id: string, filename: string }> }>, timeline: { nodes: Array<{ sequence: number, type: string, actor: string, statusBefore: CaseStatus | null, statusAfter: CaseStatus | null, data: unknown }> }, nextDeadline: { kind: DeadlineKind, dueAt: string, pastDue: boolean } | null } | null };

export type ObjectionsPageQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: ObjectionFilter | null | undefined;
}>;


export type ObjectionsPageQuery = { objections: { edges: Array<{ cursor: string, node: { id: string, status: ObjectionStatus, channel: ObjectionChannel, case: { id: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ObjectionByIdQueryVariables = Exact<{
  id: string;
}>;


export type ObjectionByIdQuery = { objection: { id: string, status: ObjectionStatus } | null, node:
    | { __typename: 'Case', id: string }
    | { __typename: 'CaseEvent', id: string }
    | { __typename: 'Complaint', id: string }
    | { __typename: 'ConciliationBoard', id: string }
    | { __typename: 'ConciliationCase', id: string }
    | { __typename: 'Creditor', id: string }
    | { __typename: 'Debtor', id: string }
    | { __typename: 'EnforcementMeasure', id: string }
    | { __typename: 'EnforcementPetition', id: string }
    | { __typename: 'Invoice', id: string }
    | { __typename: 'Judgment', id: string }
    | { __typename: 'Municipality', id: string }
    | { __typename: 'Objection', id: string }
   | null };

export type CreditorFieldsFragment = { id: string, name: string, orgNumber: string, address: { street: string, postalCode: string, city: string, country: string }, municipality: { code: string, name: string } };

export type DebtorFieldsFragment = { id: string, kind: DebtorKind, name: string, orgNumber: string | null, birthDate: string | null, address: { street: string, postalCode: string, city: string, country: string }, municipality: { code: string, name: string, board: { name: string } | null }, creditor: { id: string, name: string } };

export type CreditorsQueryVariables = Exact<{
  search?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CreditorsQuery = { creditors: { nodes: Array<{ id: string, name: string, orgNumber: string, address: { street: string, postalCode: string, city: string, country: string }, municipality: { code: string, name: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CreditorQueryVariables = Exact<{
  id: string;
}>;


export type CreditorQuery = { creditor: { id: string, name: string, orgNumber: string, address: { street: string, postalCode: string, city: string, country: string }, municipality: { code: string, name: string } } | null };

export type DebtorsQueryVariables = Exact<{
  creditorId?: string | null | undefined;
  search?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type DebtorsQuery = { debtors: { nodes: Array<{ id: string, kind: DebtorKind, name: string, orgNumber: string | null, birthDate: string | null, address: { street: string, postalCode: string, city: string, country: string }, municipality: { code: string, name: string, board: { name: string } | null }, creditor: { id: string, name: string } }>, edges: Array<{ cursor: string }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type DebtorQueryVariables = Exact<{
  id: string;
}>;


export type DebtorQuery = { debtor: { id: string, kind: DebtorKind, name: string, orgNumber: string | null, birthDate: string | null, address: { street: string, postalCode: string, city: string, country: string }, municipality: { code: string, name: string, board: { name: string } | null }, creditor: { id: string, name: string } } | null };

export type CreditorCreateMutationVariables = Exact<{
  input: CreditorCreateInput;
}>;


export type CreditorCreateMutation = { creditorCreate: { creditor: { id: string, name: string, orgNumber: string, address: { street: string, postalCode: string, city: string, country: string }, municipality: { code: string, name: string } } | null, userErrors: Array<{ code: CreditorErrorCode, field: Array<string> | null, message: string }> } };

export type CreditorUpdateMutationVariables = Exact<{
  input: CreditorUpdateInput;
}>;


export type CreditorUpdateMutation = { creditorUpdate: { creditor: { id: string, name: string, orgNumber: string, address: { street: string, postalCode: string, city: string, country: string }, municipality: { code: string, name: string } } | null, userErrors: Array<{ code: CreditorErrorCode, field: Array<string> | null, message: string }> } };

export type DebtorCreateMutationVariables = Exact<{
  input: DebtorCreateInput;
}>;


export type DebtorCreateMutation = { debtorCreate: { debtor: { id: string, kind: DebtorKind, name: string, orgNumber: string | null, birthDate: string | null, address: { street: string, postalCode: string, city: string, country: string }, municipality: { code: string, name: string, board: { name: string } | null }, creditor: { id: string, name: string } } | null, userErrors: Array<{ code: DebtorErrorCode, field: Array<string> | null, message: string }> } };

export type DebtorUpdateMutationVariables = Exact<{
  input: DebtorUpdateInput;
}>;


export type DebtorUpdateMutation = { debtorUpdate: { debtor: { id: string, kind: DebtorKind, name: string, orgNumber: string | null, birthDate: string | null, address: { street: string, postalCode: string, city: string, country: string }, municipality: { code: string, name: string, board: { name: string } | null }, creditor: { id: string, name: string } } | null, userErrors: Array<{ code: DebtorErrorCode, field: Array<string> | null, message: string }> } };

export type CreditorErrorFieldsFragment = { code: CreditorErrorCode, field: Array<string> | null, message: string };

export type DebtorErrorFieldsFragment = { code: DebtorErrorCode, field: Array<string> | null, message: string };

export type PartyWarningFieldsFragment = { code: PartyWarningCode, field: Array<string> | null, message: string };

export type PostalCodeFieldsFragment = { code: string, place: string, kommunenummer: string, category: PostalCodeCategory, postboxOnly: boolean, kommune: { code: string, name: string } | null };

export type PostalCodeQueryVariables = Exact<{
  code: string;
}>;


export type PostalCodeQuery = { postalCode: { code: string, place: string, kommunenummer: string, category: PostalCodeCategory, postboxOnly: boolean, kommune: { code: string, name: string } | null } | null };

export type PostalCodeSetMutationVariables = Exact<{
  input: PostalCodeSetInput;
}>;


export type PostalCodeSetMutation = { postalCodeSet: { postalCode: { code: string, place: string, kommunenummer: string, category: PostalCodeCategory, postboxOnly: boolean, kommune: { code: string, name: string } | null } | null, userErrors: Array<{ code: PostalCodeErrorCode, field: Array<string> | null, message: string }> } };

export type DebtorCreatePlacedMutationVariables = Exact<{
  input: DebtorCreateInput;
}>;


export type DebtorCreatePlacedMutation = { debtorCreate: { debtor: { id: string, municipality: { code: string, board: { name: string } | null } } | null, userErrors: Array<{ code: DebtorErrorCode, field: Array<string> | null, message: string }>, warnings: Array<{ code: PartyWarningCode, field: Array<string> | null, message: string }> } };

export type DebtorUpdatePlacedMutationVariables = Exact<{
  input: DebtorUpdateInput;
}>;


export type DebtorUpdatePlacedMutation = { debtorUpdate: { debtor: { id: string, municipality: { code: string } } | null, userErrors: Array<{ code: DebtorErrorCode, field: Array<string> | null, message: string }>, warnings: Array<{ code: PartyWarningCode, field: Array<string> | null, message: string }> } };

export type CreditorCreatePlacedMutationVariables = Exact<{
  input: CreditorCreateInput;
}>;


export type CreditorCreatePlacedMutation = { creditorCreate: { creditor: { id: string, municipality: { code: string } } | null, userErrors: Array<{ code: CreditorErrorCode, field: Array<string> | null, message: string }>, warnings: Array<{ code: PartyWarningCode, field: Array<string> | null, message: string }> } };

export type CaseVenueQueryVariables = Exact<{
  id: string;
}>;


export type CaseVenueQuery = { case: { conciliationVenue: { needsCheck: boolean, kommune: { code: string, name: string }, board: { name: string } | null, check: { reason: VenueCheckReason, message: string } | null } } | null };

export type ConciliationDraftVenueMutationVariables = Exact<{
  input: ConciliationCaseCreateInput;
}>;


export type ConciliationDraftVenueMutation = { conciliationCaseCreate: { conciliationCase: { id: string, board: { name: string }, venueCheck: { reason: VenueCheckReason, message: string } | null } | null, userErrors: Array<{ code: ConciliationCaseErrorCode, field: Array<string> | null, message: string }> } };

export type InvoicesPushPlacedMutationVariables = Exact<{
  input: InvoicesPushInput;
}>;


export type InvoicesPushPlacedMutation = { invoicesPush: { results: Array<{ index: number, created: boolean, invoice: { debtor: { municipality: { code: string } } } | null, userErrors: Array<{ code: InvoicePushItemErrorCode, field: Array<string> | null }>, warnings: Array<{ code: PartyWarningCode, field: Array<string> | null, message: string }> }>, userErrors: Array<{ code: InvoicesPushErrorCode }> } };

export type CreditorExternalIdSetMutationVariables = Exact<{
  input: CreditorExternalIdSetInput;
}>;


export type CreditorExternalIdSetMutation = { creditorExternalIdSet: { creditor: { id: string, externalIds: Array<{ sourceSystem: string, externalId: string }> } | null, userErrors: Array<{ code: CreditorExternalIdSetErrorCode, field: Array<string> | null, message: string }> } };

export type CreditorExternalIdsQueryVariables = Exact<{
  id: string;
}>;


export type CreditorExternalIdsQuery = { creditor: { id: string, externalIds: Array<{ sourceSystem: string, externalId: string }> } | null };

export type CaseNumberQueryVariables = Exact<{
  id: string;
}>;


export type CaseNumberQuery = { case: { id: string, caseNumber: number } | null };

export type InvoicesPushNumbersMutationVariables = Exact<{
  input: InvoicesPushInput;
}>;


export type InvoicesPushNumbersMutation = { invoicesPush: { results: Array<{ index: number, externalId: string | null, created: boolean, caseNumber: number | null, invoice: { id: string, creditor: { id: string } } | null, case: { id: string, caseNumber: number } | null, userErrors: Array<{ code: InvoicePushItemErrorCode, field: Array<string> | null, message: string }> }>, userErrors: Array<{ code: InvoicesPushErrorCode, field: Array<string> | null, message: string }> } };

export type MoneyPushPartsFieldsFragment = { index: number, externalId: string | null, created: boolean, parts: Array<{ externalId: string, created: boolean, transaction: { id: string, amount: number, externalId: string | null }, case: { id: string, caseNumber: number, status: CaseStatus, paidAmount: number, creditedAmount: number, outstandingAmount: number } }>, userErrors: Array<{ code: MoneyPushItemErrorCode, field: Array<string> | null, message: string }> };

export type PaymentsPushPartsMutationVariables = Exact<{
  input: PaymentsPushInput;
}>;


export type PaymentsPushPartsMutation = { paymentsPush: { results: Array<{ index: number, externalId: string | null, created: boolean, parts: Array<{ externalId: string, created: boolean, transaction: { id: string, amount: number, externalId: string | null }, case: { id: string, caseNumber: number, status: CaseStatus, paidAmount: number, creditedAmount: number, outstandingAmount: number } }>, userErrors: Array<{ code: MoneyPushItemErrorCode, field: Array<string> | null, message: string }> }>, userErrors: Array<{ code: PaymentsPushErrorCode, field: Array<string> | null, message: string }> } };

export type CreditNotesPushPartsMutationVariables = Exact<{
  input: CreditNotesPushInput;
}>;


export type CreditNotesPushPartsMutation = { creditNotesPush: { results: Array<{ index: number, externalId: string | null, created: boolean, parts: Array<{ externalId: string, created: boolean, transaction: { id: string, amount: number, externalId: string | null }, case: { id: string, caseNumber: number, status: CaseStatus, paidAmount: number, creditedAmount: number, outstandingAmount: number } }>, userErrors: Array<{ code: MoneyPushItemErrorCode, field: Array<string> | null, message: string }> }>, userErrors: Array<{ code: CreditNotesPushErrorCode, field: Array<string> | null, message: string }> } };

export type CaseIdsPageQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CaseIdsPageQuery = { cases: { edges: Array<{ node: { id: string, status: CaseStatus } }> } };

export type CaseRowFragment = { id: string, outstandingAmount: number, latestEvent: { type: string, occurredAt: string } | null, debtor: { name: string } };

export type CasesByFragmentQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type CasesByFragmentQuery = { cases: { nodes: Array<{ id: string, outstandingAmount: number, creditor: { name: string }, invoice: { invoiceNumber: string, debtor: { name: string } }, latestEvent: { type: string, occurredAt: string } | null, debtor: { name: string } }> } };

export type MunicipalityFieldsFragment = { id: string, code: string, name: string, countyCode: string, countyName: string, validFrom: string, validTo: string | null, board: { id: string, name: string } | null };

export type BoardFieldsFragment = { id: string, name: string, address: { street: string, postalCode: string, city: string, country: string } | null, municipalities: Array<{ code: string, name: string }> };

export type MunicipalitiesQueryVariables = Exact<{
  search?: string | null | undefined;
  countyCode?: string | null | undefined;
  validOn?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MunicipalitiesQuery = { municipalities: { nodes: Array<{ id: string, code: string, name: string, countyCode: string, countyName: string, validFrom: string, validTo: string | null, board: { id: string, name: string } | null }>, edges: Array<{ cursor: string }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type MunicipalityQueryVariables = Exact<{
  code: string;
  validOn?: string | null | undefined;
}>;


export type MunicipalityQuery = { municipality: { id: string, code: string, name: string, countyCode: string, countyName: string, validFrom: string, validTo: string | null, neighbours: Array<{ code: string, name: string }>, board: { id: string, name: string } | null } | null };

export type MunicipalitiesWithNeighboursQueryVariables = Exact<{
  search?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type MunicipalitiesWithNeighboursQuery = { municipalities: { nodes: Array<{ code: string, neighbours: Array<{ code: string }> }> } };

export type ConciliationBoardsQueryVariables = Exact<{
  search?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ConciliationBoardsQuery = { conciliationBoards: { nodes: Array<{ id: string, name: string, address: { street: string, postalCode: string, city: string, country: string } | null, municipalities: Array<{ code: string, name: string }> }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ConciliationBoardQueryVariables = Exact<{
  id: string;
  validOn?: string | null | undefined;
}>;


export type ConciliationBoardQuery = { conciliationBoard: { id: string, name: string, municipalities: Array<{ code: string }> } | null };

export type MunicipalityCreateMutationVariables = Exact<{
  input: MunicipalityCreateInput;
}>;


export type MunicipalityCreateMutation = { municipalityCreate: { municipality: { id: string, code: string, name: string, countyCode: string, countyName: string, validFrom: string, validTo: string | null, board: { id: string, name: string } | null } | null, userErrors: Array<{ code: MunicipalityErrorCode, field: Array<string> | null, message: string }> } };

export type MunicipalityUpdateMutationVariables = Exact<{
  input: MunicipalityUpdateInput;
}>;


export type MunicipalityUpdateMutation = { municipalityUpdate: { municipality: { id: string, code: string, name: string, countyCode: string, countyName: string, validFrom: string, validTo: string | null, neighbours: Array<{ code: string }>, board: { id: string, name: string } | null } | null, userErrors: Array<{ code: MunicipalityErrorCode, field: Array<string> | null, message: string }> } };

export type ConciliationBoardCreateMutationVariables = Exact<{
  input: ConciliationBoardCreateInput;
}>;


export type ConciliationBoardCreateMutation = { conciliationBoardCreate: { conciliationBoard: { id: string, name: string, address: { street: string, postalCode: string, city: string, country: string } | null, municipalities: Array<{ code: string, name: string }> } | null, userErrors: Array<{ code: ConciliationBoardErrorCode, field: Array<string> | null, message: string }> } };

export type ConciliationBoardUpdateMutationVariables = Exact<{
  input: ConciliationBoardUpdateInput;
}>;


export type ConciliationBoardUpdateMutation = { conciliationBoardUpdate: { conciliationBoard: { id: string, name: string, address: { street: string, postalCode: string, city: string, country: string } | null, municipalities: Array<{ code: string, name: string }> } | null, userErrors: Array<{ code: ConciliationBoardErrorCode, field: Array<string> | null, message: string }> } };

export type ConciliationBoardMergeMutationVariables = Exact<{
  input: ConciliationBoardMergeInput;
}>;


export type ConciliationBoardMergeMutation = { conciliationBoardMerge: { removedBoardIds: Array<string>, conciliationBoard: { id: string, name: string, address: { street: string, postalCode: string, city: string, country: string } | null, municipalities: Array<{ code: string, name: string }> } | null, userErrors: Array<{ code: ConciliationBoardErrorCode, field: Array<string> | null, message: string }> } };

export type EndpointFragment = { id: string, url: string, eventTypes: Array<string>, format: string, enabled: boolean, disabledAt: string | null, disabledReason: string | null, secretRotatedAt: string | null, creditor: { id: string } };

export type DeliveryFragment = { id: string, webhookId: string, status: WebhookDeliveryStatus, attemptCount: number, lastStatusCode: number | null, lastLatencyMs: number | null, lastError: string | null, nextAttemptAt: string | null, deliveredAt: string | null, event: { id: string, type: string, sequence: number }, attempts: Array<{ attempt: number, at: string, statusCode: number | null, latencyMs: number, error: string | null, trigger: string }> };

export type WebhookEndpointCreateMutationVariables = Exact<{
  input: WebhookEndpointCreateInput;
}>;


export type WebhookEndpointCreateMutation = { webhookEndpointCreate: { secret: string | null, webhookEndpoint: { id: string, url: string, eventTypes: Array<string>, format: string, enabled: boolean, disabledAt: string | null, disabledReason: string | null, secretRotatedAt: string | null, creditor: { id: string } } | null, userErrors: Array<{ code: WebhookEndpointErrorCode, field: Array<string> | null, message: string }> } };

export type WebhookEndpointUpdateMutationVariables = Exact<{
  input: WebhookEndpointUpdateInput;
}>;


export type WebhookEndpointUpdateMutation = { webhookEndpointUpdate: { webhookEndpoint: { id: string, url: string, eventTypes: Array<string>, format: string, enabled: boolean, disabledAt: string | null, disabledReason: string | null, secretRotatedAt: string | null, creditor: { id: string } } | null, userErrors: Array<{ code: WebhookEndpointErrorCode, field: Array<string> | null, message: string }> } };

export type WebhookEndpointRotateSecretMutationVariables = Exact<{
  input: WebhookEndpointIdInput;
}>;


export type WebhookEndpointRotateSecretMutation = { webhookEndpointRotateSecret: { secret: string | null, webhookEndpoint: { id: string, url: string, eventTypes: Array<string>, format: string, enabled: boolean, disabledAt: string | null, disabledReason: string | null, secretRotatedAt: string | null, creditor: { id: string } } | null, userErrors: Array<{ code: WebhookEndpointErrorCode, field: Array<string> | null, message: string }> } };

export type WebhookEndpointDeleteMutationVariables = Exact<{
  input: WebhookEndpointIdInput;
}>;


export type WebhookEndpointDeleteMutation = { webhookEndpointDelete: { deletedWebhookEndpointId: string | null, userErrors: Array<{ code: WebhookEndpointErrorCode, field: Array<string> | null, message: string }> } };

export type WebhookEndpointTestMutationVariables = Exact<{
  input: WebhookEndpointIdInput;
}>;


export type WebhookEndpointTestMutation = { webhookEndpointTest: { result: { webhookId: string, ok: boolean, statusCode: number | null, latencyMs: number, error: string | null } | null, userErrors: Array<{ code: WebhookEndpointErrorCode, field: Array<string> | null, message: string }> } };

export type WebhookDeliveryRetryMutationVariables = Exact<{
  input: WebhookDeliveryRetryInput;
}>;


export type WebhookDeliveryRetryMutation = { webhookDeliveryRetry: { webhookDelivery: { id: string, webhookId: string, status: WebhookDeliveryStatus, attemptCount: number, lastStatusCode: number | null, lastLatencyMs: number | null, lastError: string | null, nextAttemptAt: string | null, deliveredAt: string | null, event: { id: string, type: string, sequence: number }, attempts: Array<{ attempt: number, at: string, statusCode: number | null, latencyMs: number, error: string | null, trigger: string }> } | null, userErrors: Array<{ code: WebhookDeliveryErrorCode, field: Array<string> | null, message: string }> } };

export type WebhookEndpointsQueryVariables = Exact<{
  creditorId?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type WebhookEndpointsQuery = { webhookEndpoints: { nodes: Array<{ id: string, url: string, eventTypes: Array<string>, format: string, enabled: boolean, disabledAt: string | null, disabledReason: string | null, secretRotatedAt: string | null, creditor: { id: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type WebhookDeliveriesQueryVariables = Exact<{
  endpointId: string;
  status?: WebhookDeliveryStatus | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type WebhookDeliveriesQuery = { webhookDeliveries: { nodes: Array<{ id: string, webhookId: string, status: WebhookDeliveryStatus, attemptCount: number, lastStatusCode: number | null, lastLatencyMs: number | null, lastError: string | null, nextAttemptAt: string | null, deliveredAt: string | null, event: { id: string, type: string, sequence: number }, attempts: Array<{ attempt: number, at: string, statusCode: number | null, latencyMs: number, error: string | null, trigger: string }> }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export const CaseFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"principalAmount"}},{"kind":"Field","name":{"kind":"Name","value":"feesAmount"}},{"kind":"Field","name":{"kind":"Name","value":"paidAmount"}},{"kind":"Field","name":{"kind":"Name","value":"creditedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"outstandingAmount"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"nextDeadline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"pastDue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"eventCount"}}]}}]} as unknown as DocumentNode<CaseFieldsFragment, unknown>;
export const MeasureFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeasureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EnforcementMeasure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"notifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"letterDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"deduction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deductor"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lien"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assetKind"}},{"kind":"Field","name":{"kind":"Name","value":"assetDescription"}},{"kind":"Field","name":{"kind":"Name","value":"registeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"forcedSaleRequestedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}}]}}]} as unknown as DocumentNode<MeasureFieldsFragment, unknown>;
export const ComplaintFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ComplaintFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Complaint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"desiredOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"reductionAmount"}},{"kind":"Field","name":{"kind":"Name","value":"desiredOutcomeText"}},{"kind":"Field","name":{"kind":"Name","value":"signerName"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"signedDocument"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"measure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"admissibility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"admissible"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lateAcceptance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedBy"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"reconsideration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"reconsideredOn"}},{"kind":"Field","name":{"kind":"Name","value":"reconsideredBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"forwardedTo"}},{"kind":"Field","name":{"kind":"Name","value":"forwardedOn"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"grantedReduction"}},{"kind":"Field","name":{"kind":"Name","value":"effectsSummary"}},{"kind":"Field","name":{"kind":"Name","value":"followUpNeeded"}},{"kind":"Field","name":{"kind":"Name","value":"refundAmount"}},{"kind":"Field","name":{"kind":"Name","value":"overdueNotifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"receivedBy"}}]}}]} as unknown as DocumentNode<ComplaintFieldsFragment, unknown>;
export const CaseStateFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseStateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"principalAmount"}},{"kind":"Field","name":{"kind":"Name","value":"feesAmount"}},{"kind":"Field","name":{"kind":"Name","value":"paidAmount"}},{"kind":"Field","name":{"kind":"Name","value":"outstandingAmount"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"nextDeadline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"pastDue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enforcementConcludedOn"}},{"kind":"Field","name":{"kind":"Name","value":"claimOrigin"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"orgNumber"}}]}}]}}]} as unknown as DocumentNode<CaseStateFieldsFragment, unknown>;
export const ConciliationCaseFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConciliationCaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConciliationCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"factualDescription"}},{"kind":"Field","name":{"kind":"Name","value":"requestJudgmentInAbsence"}},{"kind":"Field","name":{"kind":"Name","value":"filingDate"}},{"kind":"Field","name":{"kind":"Name","value":"againstState"}},{"kind":"Field","name":{"kind":"Name","value":"totalAmount"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}},{"kind":"Field","name":{"kind":"Name","value":"signedBy"}},{"kind":"Field","name":{"kind":"Name","value":"sentOn"}},{"kind":"Field","name":{"kind":"Name","value":"hearingDate"}},{"kind":"Field","name":{"kind":"Name","value":"hearingPlace"}},{"kind":"Field","name":{"kind":"Name","value":"pdfUrl"}},{"kind":"Field","name":{"kind":"Name","value":"board"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"claim"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"principal"}},{"kind":"Field","name":{"kind":"Name","value":"interest"}},{"kind":"Field","name":{"kind":"Name","value":"interestPeriods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"rateBasisPoints"}},{"kind":"Field","name":{"kind":"Name","value":"rateConfirmed"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"sourceTitle"}},{"kind":"Field","name":{"kind":"Name","value":"sourceUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"basis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"table"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"sourceTitle"}},{"kind":"Field","name":{"kind":"Name","value":"sourceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"confirmed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"standardCompensation"}},{"kind":"Field","name":{"kind":"Name","value":"standardCompensationAvailable"}},{"kind":"Field","name":{"kind":"Name","value":"conciliationFee"}},{"kind":"Field","name":{"kind":"Name","value":"conciliationFeeFactor"}},{"kind":"Field","name":{"kind":"Name","value":"courtFeeR"}},{"kind":"Field","name":{"kind":"Name","value":"extraFees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fees"}},{"kind":"Field","name":{"kind":"Name","value":"legalCostsRequested"}},{"kind":"Field","name":{"kind":"Name","value":"legalCostsClaimed"}},{"kind":"Field","name":{"kind":"Name","value":"legalCostsCap"}},{"kind":"Field","name":{"kind":"Name","value":"legalCostsCapped"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"duty"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCode"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"kommune"}},{"kind":"Field","name":{"kind":"Name","value":"representativeName"}},{"kind":"Field","name":{"kind":"Name","value":"representativeRole"}}]}}]}}]} as unknown as DocumentNode<ConciliationCaseFieldsFragment, unknown>;
export const ConciliationCaseErrorFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConciliationCaseErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConciliationCaseError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"eligibilityReason"}},{"kind":"Field","name":{"kind":"Name","value":"instance"}}]}}]} as unknown as DocumentNode<ConciliationCaseErrorFieldsFragment, unknown>;
export const JudgmentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JudgmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Judgment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"judgmentDate"}},{"kind":"Field","name":{"kind":"Name","value":"serviceDate"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"amountOwed"}},{"kind":"Field","name":{"kind":"Name","value":"split"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"principal"}},{"kind":"Field","name":{"kind":"Name","value":"interest"}},{"kind":"Field","name":{"kind":"Name","value":"fees"}},{"kind":"Field","name":{"kind":"Name","value":"costs"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interestTo"}},{"kind":"Field","name":{"kind":"Name","value":"paymentDueDate"}},{"kind":"Field","name":{"kind":"Name","value":"reviewDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"finalOn"}},{"kind":"Field","name":{"kind":"Name","value":"courtHolidaysSuspended"}},{"kind":"Field","name":{"kind":"Name","value":"enforcementNoticeSentOn"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conciliationCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<JudgmentFieldsFragment, unknown>;
export const EventMessageFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventMessage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseEventMessage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"creditorId"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"statusBefore"}},{"kind":"Field","name":{"kind":"Name","value":"statusAfter"}},{"kind":"Field","name":{"kind":"Name","value":"data"}}]}}]} as unknown as DocumentNode<EventMessageFragment, unknown>;
export const InvoicePushItemErrorFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvoicePushItemErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvoicePushItemError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<InvoicePushItemErrorFieldsFragment, unknown>;
export const InvoicesPushErrorFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvoicesPushErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvoicesPushError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<InvoicesPushErrorFieldsFragment, unknown>;
export const PaymentsPushErrorFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaymentsPushErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentsPushError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<PaymentsPushErrorFieldsFragment, unknown>;
export const CreditNotesPushErrorFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CreditNotesPushErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreditNotesPushError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<CreditNotesPushErrorFieldsFragment, unknown>;
export const PushedTransactionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PushedTransactionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseTransaction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"sourceSystem"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}}]}}]} as unknown as DocumentNode<PushedTransactionFieldsFragment, unknown>;
export const PushedCaseMoneyFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PushedCaseMoneyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paidAmount"}},{"kind":"Field","name":{"kind":"Name","value":"creditedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"outstandingAmount"}}]}}]} as unknown as DocumentNode<PushedCaseMoneyFieldsFragment, unknown>;
export const MoneyPushItemErrorFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyPushItemErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MoneyPushItemError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<MoneyPushItemErrorFieldsFragment, unknown>;
export const MoneyPushResultFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyPushResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MoneyPushResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"transaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PushedTransactionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PushedCaseMoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyPushItemErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PushedTransactionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseTransaction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"sourceSystem"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PushedCaseMoneyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paidAmount"}},{"kind":"Field","name":{"kind":"Name","value":"creditedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"outstandingAmount"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyPushItemErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MoneyPushItemError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<MoneyPushResultFieldsFragment, unknown>;
export const PushedInvoiceFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PushedInvoiceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invoice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoiceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"sourceSystem"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"kid"}},{"kind":"Field","name":{"kind":"Name","value":"issueDate"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"debtor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"orgNumber"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}}]}}]}}]} as unknown as DocumentNode<PushedInvoiceFieldsFragment, unknown>;
export const KraviaInvoiceFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KraviaInvoiceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invoice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PushedInvoiceFields"}},{"kind":"Field","name":{"kind":"Name","value":"debtor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PushedInvoiceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invoice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoiceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"sourceSystem"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"kid"}},{"kind":"Field","name":{"kind":"Name","value":"issueDate"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"debtor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"orgNumber"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}}]}}]}}]} as unknown as DocumentNode<KraviaInvoiceFieldsFragment, unknown>;
export const KraviaVenueFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KraviaVenueFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConciliationVenue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kommune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"board"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"needsCheck"}}]}}]} as unknown as DocumentNode<KraviaVenueFieldsFragment, unknown>;
export const KraviaMoneyResultFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KraviaMoneyResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MoneyPushResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"transaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PushedTransactionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PushedCaseMoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"transaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"outstandingAmount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyPushItemErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PushedTransactionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseTransaction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"sourceSystem"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PushedCaseMoneyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paidAmount"}},{"kind":"Field","name":{"kind":"Name","value":"creditedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"outstandingAmount"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyPushItemErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MoneyPushItemError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<KraviaMoneyResultFragment, unknown>;
export const ObjectionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ObjectionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Objection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"written"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionReason"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnOn"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"answerDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}}]}}]}}]} as unknown as DocumentNode<ObjectionFieldsFragment, unknown>;
export const ObjectionErrorFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ObjectionErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ObjectionError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<ObjectionErrorFieldsFragment, unknown>;
export const CreditorFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CreditorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Creditor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"orgNumber"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreditorFieldsFragment, unknown>;
export const DebtorFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DebtorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Debtor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"orgNumber"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"board"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"creditor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<DebtorFieldsFragment, unknown>;
export const CreditorErrorFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CreditorErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreditorError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<CreditorErrorFieldsFragment, unknown>;
export const DebtorErrorFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DebtorErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DebtorError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<DebtorErrorFieldsFragment, unknown>;
export const PartyWarningFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartyWarningFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartyWarning"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<PartyWarningFieldsFragment, unknown>;
export const PostalCodeFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PostalCodeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PostalCode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"kommunenummer"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"postboxOnly"}},{"kind":"Field","name":{"kind":"Name","value":"kommune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PostalCodeFieldsFragment, unknown>;
export const MoneyPushPartsFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyPushPartsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MoneyPushResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"parts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"transaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"paidAmount"}},{"kind":"Field","name":{"kind":"Name","value":"creditedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"outstandingAmount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<MoneyPushPartsFieldsFragment, unknown>;
export const CaseRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outstandingAmount"}},{"kind":"Field","name":{"kind":"Name","value":"debtor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latestEvent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]}}]}}]} as unknown as DocumentNode<CaseRowFragment, unknown>;
export const MunicipalityFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MunicipalityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Municipality"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"countyCode"}},{"kind":"Field","name":{"kind":"Name","value":"countyName"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"board"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MunicipalityFieldsFragment, unknown>;
export const BoardFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BoardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConciliationBoard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"municipalities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<BoardFieldsFragment, unknown>;
export const EndpointFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Endpoint"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"eventTypes"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"disabledAt"}},{"kind":"Field","name":{"kind":"Name","value":"disabledReason"}},{"kind":"Field","name":{"kind":"Name","value":"secretRotatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"creditor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<EndpointFragment, unknown>;
export const DeliveryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Delivery"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookDelivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"webhookId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attemptCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastStatusCode"}},{"kind":"Field","name":{"kind":"Name","value":"lastLatencyMs"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attempts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attempt"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"statusCode"}},{"kind":"Field","name":{"kind":"Name","value":"latencyMs"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"}}]}}]}}]} as unknown as DocumentNode<DeliveryFragment, unknown>;
export const ViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"keyName"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"allCreditors"}}]}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;
export const ApiKeyCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApiKeyCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKeyCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKeyCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"allCreditors"}},{"kind":"Field","name":{"kind":"Name","value":"creditors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ApiKeyCreateMutation, ApiKeyCreateMutationVariables>;
export const ApiKeyRevokeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApiKeyRevoke"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKeyRevokeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKeyRevoke"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ApiKeyRevokeMutation, ApiKeyRevokeMutationVariables>;
export const ApiKeysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"allCreditors"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]} as unknown as DocumentNode<ApiKeysQuery, ApiKeysQueryVariables>;
export const DeepDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Deep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"keyName"}}]}}]}}]} as unknown as DocumentNode<DeepQuery, DeepQueryVariables>;
export const InvoiceRegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InvoiceRegister"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InvoiceRegisterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoiceRegister"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"kid"}},{"kind":"Field","name":{"kind":"Name","value":"issueDate"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"sourceSystem"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"principalAmount"}},{"kind":"Field","name":{"kind":"Name","value":"feesAmount"}},{"kind":"Field","name":{"kind":"Name","value":"paidAmount"}},{"kind":"Field","name":{"kind":"Name","value":"creditedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"outstandingAmount"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"nextDeadline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"pastDue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"eventCount"}}]}}]} as unknown as DocumentNode<InvoiceRegisterMutation, InvoiceRegisterMutationVariables>;
export const CollectionStepRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CollectionStepRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CollectionStepRecordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"collectionStepRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"step"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"sentOn"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"fee"}}]}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"principalAmount"}},{"kind":"Field","name":{"kind":"Name","value":"feesAmount"}},{"kind":"Field","name":{"kind":"Name","value":"paidAmount"}},{"kind":"Field","name":{"kind":"Name","value":"creditedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"outstandingAmount"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"nextDeadline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"pastDue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"eventCount"}}]}}]} as unknown as DocumentNode<CollectionStepRecordMutation, CollectionStepRecordMutationVariables>;
export const PaymentRegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PaymentRegister"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentRegisterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paymentRegister"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"principalAmount"}},{"kind":"Field","name":{"kind":"Name","value":"feesAmount"}},{"kind":"Field","name":{"kind":"Name","value":"paidAmount"}},{"kind":"Field","name":{"kind":"Name","value":"creditedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"outstandingAmount"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"nextDeadline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"pastDue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"eventCount"}}]}}]} as unknown as DocumentNode<PaymentRegisterMutation, PaymentRegisterMutationVariables>;
export const CreditNoteRegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreditNoteRegister"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreditNoteRegisterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditNoteRegister"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"principalAmount"}},{"kind":"Field","name":{"kind":"Name","value":"feesAmount"}},{"kind":"Field","name":{"kind":"Name","value":"paidAmount"}},{"kind":"Field","name":{"kind":"Name","value":"creditedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"outstandingAmount"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"nextDeadline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"pastDue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"eventCount"}}]}}]} as unknown as DocumentNode<CreditNoteRegisterMutation, CreditNoteRegisterMutationVariables>;
export const CaseCloseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CaseClose"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseCloseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseClose"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"principalAmount"}},{"kind":"Field","name":{"kind":"Name","value":"feesAmount"}},{"kind":"Field","name":{"kind":"Name","value":"paidAmount"}},{"kind":"Field","name":{"kind":"Name","value":"creditedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"outstandingAmount"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"nextDeadline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"pastDue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"eventCount"}}]}}]} as unknown as DocumentNode<CaseCloseMutation, CaseCloseMutationVariables>;
export const CaseWithTimelineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseWithTimeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseFields"}},{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"debtor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"creditor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"sentOn"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"fee"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"statusBefore"}},{"kind":"Field","name":{"kind":"Name","value":"statusAfter"}},{"kind":"Field","name":{"kind":"Name","value":"data"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"principalAmount"}},{"kind":"Field","name":{"kind":"Name","value":"feesAmount"}},{"kind":"Field","name":{"kind":"Name","value":"paidAmount"}},{"kind":"Field","name":{"kind":"Name","value":"creditedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"outstandingAmount"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"nextDeadline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"pastDue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"eventCount"}}]}}]} as unknown as DocumentNode<CaseWithTimelineQuery, CaseWithTimelineQueryVariables>;
export const CasesPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CasesPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outstandingAmount"}},{"kind":"Field","name":{"kind":"Name","value":"debtor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latestEvent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<CasesPageQuery, CasesPageQueryVariables>;
export const NodeByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodeById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invoice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoiceNumber"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Municipality"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<NodeByIdQuery, NodeByIdQueryVariables>;
export const InvoicePdfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InvoicePdf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pdf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}}]}}]}}]}}]} as unknown as DocumentNode<InvoicePdfQuery, InvoicePdfQueryVariables>;
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
export const ConciliationEligibilityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConciliationEligibility"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"category"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseCategory"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"claimantHasLawyer"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"debtorHasLawyer"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bindingNemnd"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"againstState"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"statutoryExclusion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filingDate"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conciliationEligibility"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"category"},"value":{"kind":"Variable","name":{"kind":"Name","value":"category"}}},{"kind":"Argument","name":{"kind":"Name","value":"claimantHasLawyer"},"value":{"kind":"Variable","name":{"kind":"Name","value":"claimantHasLawyer"}}},{"kind":"Argument","name":{"kind":"Name","value":"debtorHasLawyer"},"value":{"kind":"Variable","name":{"kind":"Name","value":"debtorHasLawyer"}}},{"kind":"Argument","name":{"kind":"Name","value":"bindingNemnd"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bindingNemnd"}}},{"kind":"Argument","name":{"kind":"Name","value":"againstState"},"value":{"kind":"Variable","name":{"kind":"Name","value":"againstState"}}},{"kind":"Argument","name":{"kind":"Name","value":"statutoryExclusion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"statutoryExclusion"}}},{"kind":"Argument","name":{"kind":"Name","value":"filingDate"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filingDate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"instance"}},{"kind":"Field","name":{"kind":"Name","value":"mayBypass"}},{"kind":"Field","name":{"kind":"Name","value":"bypassThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"claimAmount"}}]}}]}}]} as unknown as DocumentNode<ConciliationEligibilityQuery, ConciliationEligibilityQueryVariables>;
export const BindingNemnderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BindingNemnder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bindingNemnder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"authority"}}]}}]}}]} as unknown as DocumentNode<BindingNemnderQuery, BindingNemnderQueryVariables>;
export const ConciliationCaseCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConciliationCaseCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConciliationCaseCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conciliationCaseCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conciliationCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConciliationCaseFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConciliationCaseErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConciliationCaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConciliationCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"factualDescription"}},{"kind":"Field","name":{"kind":"Name","value":"requestJudgmentInAbsence"}},{"kind":"Field","name":{"kind":"Name","value":"filingDate"}},{"kind":"Field","name":{"kind":"Name","value":"againstState"}},{"kind":"Field","name":{"kind":"Name","value":"totalAmount"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}},{"kind":"Field","name":{"kind":"Name","value":"signedBy"}},{"kind":"Field","name":{"kind":"Name","value":"sentOn"}},{"kind":"Field","name":{"kind":"Name","value":"hearingDate"}},{"kind":"Field","name":{"kind":"Name","value":"hearingPlace"}},{"kind":"Field","name":{"kind":"Name","value":"pdfUrl"}},{"kind":"Field","name":{"kind":"Name","value":"board"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"claim"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"principal"}},{"kind":"Field","name":{"kind":"Name","value":"interest"}},{"kind":"Field","name":{"kind":"Name","value":"interestPeriods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"rateBasisPoints"}},{"kind":"Field","name":{"kind":"Name","value":"rateConfirmed"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"sourceTitle"}},{"kind":"Field","name":{"kind":"Name","value":"sourceUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"basis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"table"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"sourceTitle"}},{"kind":"Field","name":{"kind":"Name","value":"sourceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"confirmed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"standardCompensation"}},{"kind":"Field","name":{"kind":"Name","value":"standardCompensationAvailable"}},{"kind":"Field","name":{"kind":"Name","value":"conciliationFee"}},{"kind":"Field","name":{"kind":"Name","value":"conciliationFeeFactor"}},{"kind":"Field","name":{"kind":"Name","value":"courtFeeR"}},{"kind":"Field","name":{"kind":"Name","value":"extraFees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fees"}},{"kind":"Field","name":{"kind":"Name","value":"legalCostsRequested"}},{"kind":"Field","name":{"kind":"Name","value":"legalCostsClaimed"}},{"kind":"Field","name":{"kind":"Name","value":"legalCostsCap"}},{"kind":"Field","name":{"kind":"Name","value":"legalCostsCapped"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"duty"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCode"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"kommune"}},{"kind":"Field","name":{"kind":"Name","value":"representativeName"}},{"kind":"Field","name":{"kind":"Name","value":"representativeRole"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConciliationCaseErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConciliationCaseError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"eligibilityReason"}},{"kind":"Field","name":{"kind":"Name","value":"instance"}}]}}]} as unknown as DocumentNode<ConciliationCaseCreateMutation, ConciliationCaseCreateMutationVariables>;
export const ConciliationCaseChangeBoardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConciliationCaseChangeBoard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConciliationCaseChangeBoardInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conciliationCaseChangeBoard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conciliationCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConciliationCaseFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConciliationCaseErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConciliationCaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConciliationCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"factualDescription"}},{"kind":"Field","name":{"kind":"Name","value":"requestJudgmentInAbsence"}},{"kind":"Field","name":{"kind":"Name","value":"filingDate"}},{"kind":"Field","name":{"kind":"Name","value":"againstState"}},{"kind":"Field","name":{"kind":"Name","value":"totalAmount"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}},{"kind":"Field","name":{"kind":"Name","value":"signedBy"}},{"kind":"Field","name":{"kind":"Name","value":"sentOn"}},{"kind":"Field","name":{"kind":"Name","value":"hearingDate"}},{"kind":"Field","name":{"kind":"Name","value":"hearingPlace"}},{"kind":"Field","name":{"kind":"Name","value":"pdfUrl"}},{"kind":"Field","name":{"kind":"Name","value":"board"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"claim"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"principal"}},{"kind":"Field","name":{"kind":"Name","value":"interest"}},{"kind":"Field","name":{"kind":"Name","value":"interestPeriods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"rateBasisPoints"}},{"kind":"Field","name":{"kind":"Name","value":"rateConfirmed"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"sourceTitle"}},{"kind":"Field","name":{"kind":"Name","value":"sourceUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"basis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"table"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"sourceTitle"}},{"kind":"Field","name":{"kind":"Name","value":"sourceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"confirmed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"standardCompensation"}},{"kind":"Field","name":{"kind":"Name","value":"standardCompensationAvailable"}},{"kind":"Field","name":{"kind":"Name","value":"conciliationFee"}},{"kind":"Field","name":{"kind":"Name","value":"conciliationFeeFactor"}},{"kind":"Field","name":{"kind":"Name","value":"courtFeeR"}},{"kind":"Field","name":{"kind":"Name","value":"extraFees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fees"}},{"kind":"Field","name":{"kind":"Name","value":"legalCostsRequested"}},{"kind":"Field","name":{"kind":"Name","value":"legalCostsClaimed"}},{"kind":"Field","name":{"kind":"Name","value":"legalCostsCap"}},{"kind":"Field","name":{"kind":"Name","value":"legalCostsCapped"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"duty"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCode"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"kommune"}},{"kind":"Field","name":{"kind":"Name","value":"representativeName"}},{"kind":"Field","name":{"kind":"Name","value":"representativeRole"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConciliationCaseErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConciliationCaseError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"eligibilityReason"}},{"kind":"Field","name":{"kind":"Name","value":"instance"}}]}}]} as unknown as DocumentNode<ConciliationCaseChangeBoardMutation, ConciliationCaseChangeBoardMutationVariables>;
export const ConciliationCaseMarkSignedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConciliationCaseMarkSigned"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConciliationCaseMarkSignedInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conciliationCaseMarkSigned"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conciliationCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConciliationCaseFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConciliationCaseErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConciliationCaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConciliationCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"factualDescription"}},{"kind":"Field","name":{"kind":"Name","value":"requestJudgmentInAbsence"}},{"kind":"Field","name":{"kind":"Name","value":"filingDate"}},{"kind":"Field","name":{"kind":"Name","value":"againstState"}},{"kind":"Field","name":{"kind":"Name","value":"totalAmount"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}},{"kind":"Field","name":{"kind":"Name","value":"signedBy"}},{"kind":"Field","name":{"kind":"Name","value":"sentOn"}},{"kind":"Field","name":{"kind":"Name","value":"hearingDate"}},{"kind":"Field","name":{"kind":"Name","value":"hearingPlace"}},{"kind":"Field","name":{"kind":"Name","value":"pdfUrl"}},{"kind":"Field","name":{"kind":"Name","value":"board"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"claim"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"principal"}},{"kind":"Field","name":{"kind":"Name","value":"interest"}},{"kind":"Field","name":{"kind":"Name","value":"interestPeriods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"rateBasisPoints"}},{"kind":"Field","name":{"kind":"Name","value":"rateConfirmed"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"sourceTitle"}},{"kind":"Field","name":{"kind":"Name","value":"sourceUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"basis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"table"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"sourceTitle"}},{"kind":"Field","name":{"kind":"Name","value":"sourceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"confirmed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"standardCompensation"}},{"kind":"Field","name":{"kind":"Name","value":"standardCompensationAvailable"}},{"kind":"Field","name":{"kind":"Name","value":"conciliationFee"}},{"kind":"Field","name":{"kind":"Name","value":"conciliationFeeFactor"}},{"kind":"Field","name":{"kind":"Name","value":"courtFeeR"}},{"kind":"Field","name":{"kind":"Name","value":"extraFees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fees"}},{"kind":"Field","name":{"kind":"Name","value":"legalCostsRequested"}},{"kind":"Field","name":{"kind":"Name","value":"legalCostsClaimed"}},{"kind":"Field","name":{"kind":"Name","value":"legalCostsCap"}},{"kind":"Field","name":{"kind":"Name","value":"legalCostsCapped"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"duty"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCode"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"kommune"}},{"kind":"Field","name":{"kind":"Name","value":"representativeName"}},{"kind":"Field","name":{"kind":"Name","value":"representativeRole"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConciliationCaseErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConciliationCaseError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"eligibilityReason"}},{"kind":"Field","name":{"kind":"Name","value":"instance"}}]}}]} as unknown as DocumentNode<ConciliationCaseMarkSignedMutation, ConciliationCaseMarkSignedMutationVariables>;
export const ConciliationCaseMarkSentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConciliationCaseMarkSent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConciliationCaseMarkSentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conciliationCaseMarkSent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conciliationCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConciliationCaseFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConciliationCaseErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConciliationCaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConciliationCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"factualDescription"}},{"kind":"Field","name":{"kind":"Name","value":"requestJudgmentInAbsence"}},{"kind":"Field","name":{"kind":"Name","value":"filingDate"}},{"kind":"Field","name":{"kind":"Name","value":"againstState"}},{"kind":"Field","name":{"kind":"Name","value":"totalAmount"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}},{"kind":"Field","name":{"kind":"Name","value":"signedBy"}},{"kind":"Field","name":{"kind":"Name","value":"sentOn"}},{"kind":"Field","name":{"kind":"Name","value":"hearingDate"}},{"kind":"Field","name":{"kind":"Name","value":"hearingPlace"}},{"kind":"Field","name":{"kind":"Name","value":"pdfUrl"}},{"kind":"Field","name":{"kind":"Name","value":"board"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"claim"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"principal"}},{"kind":"Field","name":{"kind":"Name","value":"interest"}},{"kind":"Field","name":{"kind":"Name","value":"interestPeriods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"rateBasisPoints"}},{"kind":"Field","name":{"kind":"Name","value":"rateConfirmed"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"sourceTitle"}},{"kind":"Field","name":{"kind":"Name","value":"sourceUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"basis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"table"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"sourceTitle"}},{"kind":"Field","name":{"kind":"Name","value":"sourceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"confirmed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"standardCompensation"}},{"kind":"Field","name":{"kind":"Name","value":"standardCompensationAvailable"}},{"kind":"Field","name":{"kind":"Name","value":"conciliationFee"}},{"kind":"Field","name":{"kind":"Name","value":"conciliationFeeFactor"}},{"kind":"Field","name":{"kind":"Name","value":"courtFeeR"}},{"kind":"Field","name":{"kind":"Name","value":"extraFees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fees"}},{"kind":"Field","name":{"kind":"Name","value":"legalCostsRequested"}},{"kind":"Field","name":{"kind":"Name","value":"legalCostsClaimed"}},{"kind":"Field","name":{"kind":"Name","value":"legalCostsCap"}},{"kind":"Field","name":{"kind":"Name","value":"legalCostsCapped"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"duty"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCode"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"kommune"}},{"kind":"Field","name":{"kind":"Name","value":"representativeName"}},{"kind":"Field","name":{"kind":"Name","value":"representativeRole"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConciliationCaseErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConciliationCaseError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"eligibilityReason"}},{"kind":"Field","name":{"kind":"Name","value":"instance"}}]}}]} as unknown as DocumentNode<ConciliationCaseMarkSentMutation, ConciliationCaseMarkSentMutationVariables>;
export const ConciliationCaseScheduleHearingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConciliationCaseScheduleHearing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConciliationCaseScheduleHearingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conciliationCaseScheduleHearing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conciliationCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConciliationCaseFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConciliationCaseErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConciliationCaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConciliationCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"factualDescription"}},{"kind":"Field","name":{"kind":"Name","value":"requestJudgmentInAbsence"}},{"kind":"Field","name":{"kind":"Name","value":"filingDate"}},{"kind":"Field","name":{"kind":"Name","value":"againstState"}},{"kind":"Field","name":{"kind":"Name","value":"totalAmount"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}},{"kind":"Field","name":{"kind":"Name","value":"signedBy"}},{"kind":"Field","name":{"kind":"Name","value":"sentOn"}},{"kind":"Field","name":{"kind":"Name","value":"hearingDate"}},{"kind":"Field","name":{"kind":"Name","value":"hearingPlace"}},{"kind":"Field","name":{"kind":"Name","value":"pdfUrl"}},{"kind":"Field","name":{"kind":"Name","value":"board"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"claim"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"principal"}},{"kind":"Field","name":{"kind":"Name","value":"interest"}},{"kind":"Field","name":{"kind":"Name","value":"interestPeriods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"rateBasisPoints"}},{"kind":"Field","name":{"kind":"Name","value":"rateConfirmed"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"sourceTitle"}},{"kind":"Field","name":{"kind":"Name","value":"sourceUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"basis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"table"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"sourceTitle"}},{"kind":"Field","name":{"kind":"Name","value":"sourceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"confirmed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"standardCompensation"}},{"kind":"Field","name":{"kind":"Name","value":"standardCompensationAvailable"}},{"kind":"Field","name":{"kind":"Name","value":"conciliationFee"}},{"kind":"Field","name":{"kind":"Name","value":"conciliationFeeFactor"}},{"kind":"Field","name":{"kind":"Name","value":"courtFeeR"}},{"kind":"Field","name":{"kind":"Name","value":"extraFees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fees"}},{"kind":"Field","name":{"kind":"Name","value":"legalCostsRequested"}},{"kind":"Field","name":{"kind":"Name","value":"legalCostsClaimed"}},{"kind":"Field","name":{"kind":"Name","value":"legalCostsCap"}},{"kind":"Field","name":{"kind":"Name","value":"legalCostsCapped"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"duty"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCode"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"kommune"}},{"kind":"Field","name":{"kind":"Name","value":"representativeName"}},{"kind":"Field","name":{"kind":"Name","value":"representativeRole"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConciliationCaseErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConciliationCaseError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"eligibilityReason"}},{"kind":"Field","name":{"kind":"Name","value":"instance"}}]}}]} as unknown as DocumentNode<ConciliationCaseScheduleHearingMutation, ConciliationCaseScheduleHearingMutationVariables>;
export const ConciliationCasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConciliationCases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ConciliationCaseFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conciliationCases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"totalAmount"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ConciliationCasesQuery, ConciliationCasesQueryVariables>;
export const ConciliationBoardSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConciliationBoardSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conciliationBoards"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ConciliationBoardSearchQuery, ConciliationBoardSearchQueryVariables>;
export const JudgmentRegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"JudgmentRegister"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"JudgmentRegisterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"judgmentRegister"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"judgment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"JudgmentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outstandingAmount"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JudgmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Judgment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"judgmentDate"}},{"kind":"Field","name":{"kind":"Name","value":"serviceDate"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"amountOwed"}},{"kind":"Field","name":{"kind":"Name","value":"split"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"principal"}},{"kind":"Field","name":{"kind":"Name","value":"interest"}},{"kind":"Field","name":{"kind":"Name","value":"fees"}},{"kind":"Field","name":{"kind":"Name","value":"costs"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interestTo"}},{"kind":"Field","name":{"kind":"Name","value":"paymentDueDate"}},{"kind":"Field","name":{"kind":"Name","value":"reviewDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"finalOn"}},{"kind":"Field","name":{"kind":"Name","value":"courtHolidaysSuspended"}},{"kind":"Field","name":{"kind":"Name","value":"enforcementNoticeSentOn"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conciliationCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<JudgmentRegisterMutation, JudgmentRegisterMutationVariables>;
export const EnforcementNoticeRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EnforcementNoticeRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EnforcementNoticeRecordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enforcementNoticeRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"judgment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"JudgmentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JudgmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Judgment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"judgmentDate"}},{"kind":"Field","name":{"kind":"Name","value":"serviceDate"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"amountOwed"}},{"kind":"Field","name":{"kind":"Name","value":"split"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"principal"}},{"kind":"Field","name":{"kind":"Name","value":"interest"}},{"kind":"Field","name":{"kind":"Name","value":"fees"}},{"kind":"Field","name":{"kind":"Name","value":"costs"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interestTo"}},{"kind":"Field","name":{"kind":"Name","value":"paymentDueDate"}},{"kind":"Field","name":{"kind":"Name","value":"reviewDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"finalOn"}},{"kind":"Field","name":{"kind":"Name","value":"courtHolidaysSuspended"}},{"kind":"Field","name":{"kind":"Name","value":"enforcementNoticeSentOn"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conciliationCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<EnforcementNoticeRecordMutation, EnforcementNoticeRecordMutationVariables>;
export const EnforcementPetitionCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EnforcementPetitionCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EnforcementPetitionCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enforcementPetitionCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enforcementPetition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"petitionDate"}},{"kind":"Field","name":{"kind":"Name","value":"amounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"principal"}},{"kind":"Field","name":{"kind":"Name","value":"interest"}},{"kind":"Field","name":{"kind":"Name","value":"fees"}},{"kind":"Field","name":{"kind":"Name","value":"costs"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enforcementFee"}},{"kind":"Field","name":{"kind":"Name","value":"feeBasis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"table"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"sourceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"confirmed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interestTo"}},{"kind":"Field","name":{"kind":"Name","value":"underOneYear"}},{"kind":"Field","name":{"kind":"Name","value":"noticeSentOn"}},{"kind":"Field","name":{"kind":"Name","value":"preparationCosts"}},{"kind":"Field","name":{"kind":"Name","value":"preparationCostsCap"}},{"kind":"Field","name":{"kind":"Name","value":"preparationCostsBasis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"table"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"sourceTitle"}},{"kind":"Field","name":{"kind":"Name","value":"sourceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"confirmed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"soleProprietorship"}},{"kind":"Field","name":{"kind":"Name","value":"ownerAddress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pdfUrl"}},{"kind":"Field","name":{"kind":"Name","value":"judgment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<EnforcementPetitionCreateMutation, EnforcementPetitionCreateMutationVariables>;
export const CaseDisputeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseDispute"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outstandingAmount"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"conciliationCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"judgment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enforcementPetition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"statusBefore"}},{"kind":"Field","name":{"kind":"Name","value":"statusAfter"}},{"kind":"Field","name":{"kind":"Name","value":"data"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CaseDisputeQuery, CaseDisputeQueryVariables>;
export const DisputeNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DisputeNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConciliationCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Judgment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EnforcementPetition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"petitionDate"}}]}}]}}]}}]} as unknown as DocumentNode<DisputeNodeQuery, DisputeNodeQueryVariables>;
export const DocumentByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DocumentById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"document"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}}]} as unknown as DocumentNode<DocumentByIdQuery, DocumentByIdQueryVariables>;
export const EventsSinceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EventsSince"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"types"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventsSince"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"Variable","name":{"kind":"Name","value":"types"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventMessage"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventMessage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseEventMessage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"creditorId"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"statusBefore"}},{"kind":"Field","name":{"kind":"Name","value":"statusAfter"}},{"kind":"Field","name":{"kind":"Name","value":"data"}}]}}]} as unknown as DocumentNode<EventsSinceQuery, EventsSinceQueryVariables>;
export const CaseEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"CaseEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseEventFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventMessage"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventMessage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseEventMessage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"creditorId"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"statusBefore"}},{"kind":"Field","name":{"kind":"Name","value":"statusAfter"}},{"kind":"Field","name":{"kind":"Name","value":"data"}}]}}]} as unknown as DocumentNode<CaseEventsSubscription, CaseEventsSubscriptionVariables>;
export const CreditorEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"CreditorEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CreditorEventFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditorEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"creditorId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"data"}}]}}]}}]} as unknown as DocumentNode<CreditorEventsSubscription, CreditorEventsSubscriptionVariables>;
export const InvoicesPushDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InvoicesPush"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InvoicesPushInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoicesPush"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PushedInvoiceFields"}},{"kind":"Field","name":{"kind":"Name","value":"debtor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"principalAmount"}},{"kind":"Field","name":{"kind":"Name","value":"outstandingAmount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvoicePushItemErrorFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvoicesPushErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PushedInvoiceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invoice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoiceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"sourceSystem"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"kid"}},{"kind":"Field","name":{"kind":"Name","value":"issueDate"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"debtor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"orgNumber"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvoicePushItemErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvoicePushItemError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvoicesPushErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvoicesPushError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<InvoicesPushMutation, InvoicesPushMutationVariables>;
export const PaymentsPushDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PaymentsPush"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentsPushInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paymentsPush"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyPushResultFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PaymentsPushErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PushedTransactionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseTransaction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"sourceSystem"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PushedCaseMoneyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paidAmount"}},{"kind":"Field","name":{"kind":"Name","value":"creditedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"outstandingAmount"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyPushItemErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MoneyPushItemError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyPushResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MoneyPushResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"transaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PushedTransactionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PushedCaseMoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyPushItemErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaymentsPushErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentsPushError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<PaymentsPushMutation, PaymentsPushMutationVariables>;
export const CreditNotesPushDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreditNotesPush"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreditNotesPushInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditNotesPush"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyPushResultFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CreditNotesPushErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PushedTransactionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseTransaction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"sourceSystem"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PushedCaseMoneyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paidAmount"}},{"kind":"Field","name":{"kind":"Name","value":"creditedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"outstandingAmount"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyPushItemErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MoneyPushItemError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyPushResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MoneyPushResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"transaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PushedTransactionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PushedCaseMoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyPushItemErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CreditNotesPushErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreditNotesPushError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<CreditNotesPushMutation, CreditNotesPushMutationVariables>;
export const KraviaInvoicesPushDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KraviaInvoicesPush"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InvoicesPushInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoicesPush"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KraviaInvoiceFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"principalAmount"}},{"kind":"Field","name":{"kind":"Name","value":"outstandingAmount"}},{"kind":"Field","name":{"kind":"Name","value":"conciliationVenue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KraviaVenueFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvoicePushItemErrorFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartyWarningFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvoicesPushErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PushedInvoiceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invoice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoiceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"sourceSystem"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"kid"}},{"kind":"Field","name":{"kind":"Name","value":"issueDate"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"debtor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"orgNumber"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KraviaInvoiceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invoice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PushedInvoiceFields"}},{"kind":"Field","name":{"kind":"Name","value":"debtor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KraviaVenueFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConciliationVenue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kommune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"board"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"needsCheck"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvoicePushItemErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvoicePushItemError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartyWarningFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartyWarning"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvoicesPushErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvoicesPushError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<KraviaInvoicesPushMutation, KraviaInvoicesPushMutationVariables>;
export const KraviaPaymentsPushDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KraviaPaymentsPush"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentsPushInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paymentsPush"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KraviaMoneyResult"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PaymentsPushErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PushedTransactionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseTransaction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"sourceSystem"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PushedCaseMoneyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paidAmount"}},{"kind":"Field","name":{"kind":"Name","value":"creditedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"outstandingAmount"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyPushItemErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MoneyPushItemError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KraviaMoneyResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MoneyPushResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"transaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PushedTransactionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PushedCaseMoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"transaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"outstandingAmount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyPushItemErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaymentsPushErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentsPushError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<KraviaPaymentsPushMutation, KraviaPaymentsPushMutationVariables>;
export const KraviaCreditNotesPushDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KraviaCreditNotesPush"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreditNotesPushInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditNotesPush"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KraviaMoneyResult"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CreditNotesPushErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PushedTransactionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseTransaction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"sourceSystem"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PushedCaseMoneyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paidAmount"}},{"kind":"Field","name":{"kind":"Name","value":"creditedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"outstandingAmount"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyPushItemErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MoneyPushItemError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KraviaMoneyResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MoneyPushResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"transaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PushedTransactionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PushedCaseMoneyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"transaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"outstandingAmount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyPushItemErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CreditNotesPushErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreditNotesPushError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<KraviaCreditNotesPushMutation, KraviaCreditNotesPushMutationVariables>;
export const KraviaCreditorIdSetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KraviaCreditorIdSet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreditorExternalIdSetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditorExternalIdSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<KraviaCreditorIdSetMutation, KraviaCreditorIdSetMutationVariables>;
export const KraviaCaseMoneyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KraviaCaseMoney"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PushedCaseMoneyFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PushedCaseMoneyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paidAmount"}},{"kind":"Field","name":{"kind":"Name","value":"creditedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"outstandingAmount"}}]}}]} as unknown as DocumentNode<KraviaCaseMoneyQuery, KraviaCaseMoneyQueryVariables>;
export const KraviaRouteCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KraviaRouteCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"principalAmount"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PushedCaseMoneyFields"}},{"kind":"Field","name":{"kind":"Name","value":"conciliationVenue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KraviaVenueFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KraviaInvoiceFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PushedInvoiceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invoice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoiceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"sourceSystem"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"kid"}},{"kind":"Field","name":{"kind":"Name","value":"issueDate"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"debtor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"orgNumber"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PushedCaseMoneyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paidAmount"}},{"kind":"Field","name":{"kind":"Name","value":"creditedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"outstandingAmount"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KraviaVenueFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConciliationVenue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kommune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"board"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"needsCheck"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KraviaInvoiceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invoice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PushedInvoiceFields"}},{"kind":"Field","name":{"kind":"Name","value":"debtor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<KraviaRouteCaseQuery, KraviaRouteCaseQueryVariables>;
export const KraviaRouteInvoicesPushDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KraviaRouteInvoicesPush"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InvoicesPushInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoicesPush"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvoicePushItemErrorFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvoicesPushErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvoicePushItemErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvoicePushItemError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvoicesPushErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvoicesPushError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<KraviaRouteInvoicesPushMutation, KraviaRouteInvoicesPushMutationVariables>;
export const KraviaRouteEndpointsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KraviaRouteEndpoints"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"creditorId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookEndpoints"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"creditorId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"creditorId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"eventTypes"}}]}}]}}]}}]} as unknown as DocumentNode<KraviaRouteEndpointsQuery, KraviaRouteEndpointsQueryVariables>;
export const LegalTablesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LegalTables"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"on"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"legalTables"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"on"},"value":{"kind":"Variable","name":{"kind":"Name","value":"on"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"on"}},{"kind":"Field","name":{"kind":"Name","value":"tables"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"table"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"halfYearly"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"sourceTitle"}},{"kind":"Field","name":{"kind":"Name","value":"sourceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"confirmed"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inForce"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"confirmed"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"staleInterestRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"halfYear"}},{"kind":"Field","name":{"kind":"Name","value":"halfYearStart"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<LegalTablesQuery, LegalTablesQueryVariables>;
export const LegalTableRowAddDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LegalTableRowAdd"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LegalTableRowAddInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"legalTableRowAdd"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"table"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"sourceTitle"}},{"kind":"Field","name":{"kind":"Name","value":"sourceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"confirmed"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<LegalTableRowAddMutation, LegalTableRowAddMutationVariables>;
export const ObjectionRegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ObjectionRegister"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ObjectionRegisterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objectionRegister"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ObjectionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ObjectionErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ObjectionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Objection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"written"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionReason"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnOn"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"answerDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"principalAmount"}},{"kind":"Field","name":{"kind":"Name","value":"feesAmount"}},{"kind":"Field","name":{"kind":"Name","value":"paidAmount"}},{"kind":"Field","name":{"kind":"Name","value":"creditedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"outstandingAmount"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"nextDeadline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"pastDue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"eventCount"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ObjectionErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ObjectionError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<ObjectionRegisterMutation, ObjectionRegisterMutationVariables>;
export const ObjectionWithdrawDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ObjectionWithdraw"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ObjectionWithdrawInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objectionWithdraw"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ObjectionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ObjectionErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ObjectionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Objection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"written"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionReason"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnOn"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"answerDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"principalAmount"}},{"kind":"Field","name":{"kind":"Name","value":"feesAmount"}},{"kind":"Field","name":{"kind":"Name","value":"paidAmount"}},{"kind":"Field","name":{"kind":"Name","value":"creditedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"outstandingAmount"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"nextDeadline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"pastDue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"eventCount"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ObjectionErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ObjectionError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<ObjectionWithdrawMutation, ObjectionWithdrawMutationVariables>;
export const ObjectionMarkUnfoundedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ObjectionMarkUnfounded"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ObjectionMarkUnfoundedInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objectionMarkUnfounded"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ObjectionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ObjectionErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ObjectionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Objection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"written"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionReason"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnOn"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"answerDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"principalAmount"}},{"kind":"Field","name":{"kind":"Name","value":"feesAmount"}},{"kind":"Field","name":{"kind":"Name","value":"paidAmount"}},{"kind":"Field","name":{"kind":"Name","value":"creditedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"outstandingAmount"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"nextDeadline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"pastDue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"eventCount"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ObjectionErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ObjectionError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<ObjectionMarkUnfoundedMutation, ObjectionMarkUnfoundedMutationVariables>;
export const ObjectionEscalateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ObjectionEscalate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ObjectionEscalateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objectionEscalate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ObjectionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ObjectionErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ObjectionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Objection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"written"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionReason"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnOn"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"answerDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"principalAmount"}},{"kind":"Field","name":{"kind":"Name","value":"feesAmount"}},{"kind":"Field","name":{"kind":"Name","value":"paidAmount"}},{"kind":"Field","name":{"kind":"Name","value":"creditedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"outstandingAmount"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"nextDeadline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"pastDue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"eventCount"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ObjectionErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ObjectionError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<ObjectionEscalateMutation, ObjectionEscalateMutationVariables>;
export const ObjectionResolveByCreditNoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ObjectionResolveByCreditNote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ObjectionResolveByCreditNoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objectionResolveByCreditNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ObjectionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseFields"}},{"kind":"Field","name":{"kind":"Name","value":"replacedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"creditNote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}},{"kind":"Field","name":{"kind":"Name","value":"newInvoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"sourceSystem"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"replacesInvoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"replacedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"newCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ObjectionErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ObjectionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Objection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"written"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionReason"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnOn"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"answerDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"principalAmount"}},{"kind":"Field","name":{"kind":"Name","value":"feesAmount"}},{"kind":"Field","name":{"kind":"Name","value":"paidAmount"}},{"kind":"Field","name":{"kind":"Name","value":"creditedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"outstandingAmount"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"nextDeadline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"pastDue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"eventCount"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ObjectionErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ObjectionError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<ObjectionResolveByCreditNoteMutation, ObjectionResolveByCreditNoteMutationVariables>;
export const CaseObjectionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseObjections"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseFields"}},{"kind":"Field","name":{"kind":"Name","value":"objections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ObjectionFields"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"statusBefore"}},{"kind":"Field","name":{"kind":"Name","value":"statusAfter"}},{"kind":"Field","name":{"kind":"Name","value":"data"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"principalAmount"}},{"kind":"Field","name":{"kind":"Name","value":"feesAmount"}},{"kind":"Field","name":{"kind":"Name","value":"paidAmount"}},{"kind":"Field","name":{"kind":"Name","value":"creditedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"outstandingAmount"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"nextDeadline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"pastDue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"eventCount"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ObjectionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Objection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"written"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionReason"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnOn"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"answerDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}}]}}]}}]} as unknown as DocumentNode<CaseObjectionsQuery, CaseObjectionsQueryVariables>;
export const ObjectionsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ObjectionsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ObjectionFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objections"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ObjectionsPageQuery, ObjectionsPageQueryVariables>;
export const ObjectionByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ObjectionById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<ObjectionByIdQuery, ObjectionByIdQueryVariables>;
export const CreditorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Creditors"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CreditorFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CreditorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Creditor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"orgNumber"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreditorsQuery, CreditorsQueryVariables>;
export const CreditorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Creditor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CreditorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CreditorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Creditor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"orgNumber"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreditorQuery, CreditorQueryVariables>;
export const DebtorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Debtors"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"creditorId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"debtors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"creditorId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"creditorId"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DebtorFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DebtorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Debtor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"orgNumber"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"board"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"creditor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<DebtorsQuery, DebtorsQueryVariables>;
export const DebtorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Debtor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"debtor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DebtorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DebtorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Debtor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"orgNumber"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"board"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"creditor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<DebtorQuery, DebtorQueryVariables>;
export const CreditorCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreditorCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreditorCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditorCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CreditorFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CreditorErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CreditorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Creditor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"orgNumber"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CreditorErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreditorError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<CreditorCreateMutation, CreditorCreateMutationVariables>;
export const CreditorUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreditorUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreditorUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditorUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CreditorFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CreditorErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CreditorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Creditor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"orgNumber"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CreditorErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreditorError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<CreditorUpdateMutation, CreditorUpdateMutationVariables>;
export const DebtorCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DebtorCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DebtorCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"debtorCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"debtor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DebtorFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DebtorErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DebtorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Debtor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"orgNumber"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"board"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"creditor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DebtorErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DebtorError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<DebtorCreateMutation, DebtorCreateMutationVariables>;
export const DebtorUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DebtorUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DebtorUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"debtorUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"debtor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DebtorFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DebtorErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DebtorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Debtor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"orgNumber"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"board"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"creditor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DebtorErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DebtorError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<DebtorUpdateMutation, DebtorUpdateMutationVariables>;
export const PostalCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PostalCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postalCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PostalCodeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PostalCodeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PostalCode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"kommunenummer"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"postboxOnly"}},{"kind":"Field","name":{"kind":"Name","value":"kommune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PostalCodeQuery, PostalCodeQueryVariables>;
export const PostalCodeSetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PostalCodeSet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PostalCodeSetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postalCodeSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postalCode"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PostalCodeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PostalCodeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PostalCode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"kommunenummer"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"postboxOnly"}},{"kind":"Field","name":{"kind":"Name","value":"kommune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PostalCodeSetMutation, PostalCodeSetMutationVariables>;
export const DebtorCreatePlacedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DebtorCreatePlaced"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DebtorCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"debtorCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"debtor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"board"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DebtorErrorFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartyWarningFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DebtorErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DebtorError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartyWarningFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartyWarning"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<DebtorCreatePlacedMutation, DebtorCreatePlacedMutationVariables>;
export const DebtorUpdatePlacedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DebtorUpdatePlaced"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DebtorUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"debtorUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"debtor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DebtorErrorFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartyWarningFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DebtorErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DebtorError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartyWarningFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartyWarning"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<DebtorUpdatePlacedMutation, DebtorUpdatePlacedMutationVariables>;
export const CreditorCreatePlacedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreditorCreatePlaced"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreditorCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditorCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CreditorErrorFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartyWarningFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CreditorErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreditorError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartyWarningFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartyWarning"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<CreditorCreatePlacedMutation, CreditorCreatePlacedMutationVariables>;
export const CaseVenueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseVenue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conciliationVenue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kommune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"board"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"needsCheck"}},{"kind":"Field","name":{"kind":"Name","value":"check"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CaseVenueQuery, CaseVenueQueryVariables>;
export const ConciliationDraftVenueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConciliationDraftVenue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConciliationCaseCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conciliationCaseCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conciliationCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"board"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"venueCheck"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ConciliationDraftVenueMutation, ConciliationDraftVenueMutationVariables>;
export const InvoicesPushPlacedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InvoicesPushPlaced"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InvoicesPushInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoicesPush"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"debtor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartyWarningFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartyWarningFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartyWarning"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<InvoicesPushPlacedMutation, InvoicesPushPlacedMutationVariables>;
export const CreditorExternalIdSetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreditorExternalIdSet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreditorExternalIdSetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditorExternalIdSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"externalIds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sourceSystem"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CreditorExternalIdSetMutation, CreditorExternalIdSetMutationVariables>;
export const CreditorExternalIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CreditorExternalIds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"externalIds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sourceSystem"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}}]}}]}}]}}]} as unknown as DocumentNode<CreditorExternalIdsQuery, CreditorExternalIdsQueryVariables>;
export const CaseNumberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseNumber"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}}]}}]}}]} as unknown as DocumentNode<CaseNumberQuery, CaseNumberQueryVariables>;
export const InvoicesPushNumbersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InvoicesPushNumbers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InvoicesPushInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoicesPush"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"creditor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<InvoicesPushNumbersMutation, InvoicesPushNumbersMutationVariables>;
export const PaymentsPushPartsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PaymentsPushParts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentsPushInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paymentsPush"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyPushPartsFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyPushPartsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MoneyPushResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"parts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"transaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"paidAmount"}},{"kind":"Field","name":{"kind":"Name","value":"creditedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"outstandingAmount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<PaymentsPushPartsMutation, PaymentsPushPartsMutationVariables>;
export const CreditNotesPushPartsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreditNotesPushParts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreditNotesPushInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditNotesPush"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyPushPartsFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyPushPartsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MoneyPushResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"parts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"transaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"paidAmount"}},{"kind":"Field","name":{"kind":"Name","value":"creditedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"outstandingAmount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<CreditNotesPushPartsMutation, CreditNotesPushPartsMutationVariables>;
export const CaseIdsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseIdsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CaseIdsPageQuery, CaseIdsPageQueryVariables>;
export const CasesByFragmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CasesByFragment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseRow"}},{"kind":"Field","name":{"kind":"Name","value":"creditor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoiceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"debtor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outstandingAmount"}},{"kind":"Field","name":{"kind":"Name","value":"debtor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latestEvent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]}}]}}]} as unknown as DocumentNode<CasesByFragmentQuery, CasesByFragmentQueryVariables>;
export const MunicipalitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Municipalities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"countyCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"validOn"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipalities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"countyCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"countyCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"validOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"validOn"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MunicipalityFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MunicipalityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Municipality"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"countyCode"}},{"kind":"Field","name":{"kind":"Name","value":"countyName"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"board"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MunicipalitiesQuery, MunicipalitiesQueryVariables>;
export const MunicipalityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Municipality"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"validOn"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipality"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"validOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"validOn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MunicipalityFields"}},{"kind":"Field","name":{"kind":"Name","value":"neighbours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MunicipalityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Municipality"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"countyCode"}},{"kind":"Field","name":{"kind":"Name","value":"countyName"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"board"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MunicipalityQuery, MunicipalityQueryVariables>;
export const MunicipalitiesWithNeighboursDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MunicipalitiesWithNeighbours"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipalities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"neighbours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MunicipalitiesWithNeighboursQuery, MunicipalitiesWithNeighboursQueryVariables>;
export const ConciliationBoardsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConciliationBoards"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conciliationBoards"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BoardFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BoardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConciliationBoard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"municipalities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ConciliationBoardsQuery, ConciliationBoardsQueryVariables>;
export const ConciliationBoardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConciliationBoard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"validOn"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conciliationBoard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"municipalities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"validOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"validOn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ConciliationBoardQuery, ConciliationBoardQueryVariables>;
export const MunicipalityCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MunicipalityCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MunicipalityCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipalityCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MunicipalityFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MunicipalityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Municipality"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"countyCode"}},{"kind":"Field","name":{"kind":"Name","value":"countyName"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"board"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MunicipalityCreateMutation, MunicipalityCreateMutationVariables>;
export const MunicipalityUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MunicipalityUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MunicipalityUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipalityUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MunicipalityFields"}},{"kind":"Field","name":{"kind":"Name","value":"neighbours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MunicipalityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Municipality"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"countyCode"}},{"kind":"Field","name":{"kind":"Name","value":"countyName"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"board"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MunicipalityUpdateMutation, MunicipalityUpdateMutationVariables>;
export const ConciliationBoardCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConciliationBoardCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConciliationBoardCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conciliationBoardCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conciliationBoard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BoardFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BoardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConciliationBoard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"municipalities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ConciliationBoardCreateMutation, ConciliationBoardCreateMutationVariables>;
export const ConciliationBoardUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConciliationBoardUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConciliationBoardUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conciliationBoardUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conciliationBoard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BoardFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BoardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConciliationBoard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"municipalities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ConciliationBoardUpdateMutation, ConciliationBoardUpdateMutationVariables>;
export const ConciliationBoardMergeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConciliationBoardMerge"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConciliationBoardMergeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conciliationBoardMerge"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conciliationBoard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BoardFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"removedBoardIds"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BoardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConciliationBoard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"municipalities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ConciliationBoardMergeMutation, ConciliationBoardMergeMutationVariables>;
export const WebhookEndpointCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebhookEndpointCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpointCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookEndpointCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookEndpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Endpoint"}}]}},{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Endpoint"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"eventTypes"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"disabledAt"}},{"kind":"Field","name":{"kind":"Name","value":"disabledReason"}},{"kind":"Field","name":{"kind":"Name","value":"secretRotatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"creditor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<WebhookEndpointCreateMutation, WebhookEndpointCreateMutationVariables>;
export const WebhookEndpointUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebhookEndpointUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpointUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookEndpointUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookEndpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Endpoint"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Endpoint"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"eventTypes"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"disabledAt"}},{"kind":"Field","name":{"kind":"Name","value":"disabledReason"}},{"kind":"Field","name":{"kind":"Name","value":"secretRotatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"creditor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<WebhookEndpointUpdateMutation, WebhookEndpointUpdateMutationVariables>;
export const WebhookEndpointRotateSecretDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebhookEndpointRotateSecret"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpointIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookEndpointRotateSecret"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookEndpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Endpoint"}}]}},{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Endpoint"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"eventTypes"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"disabledAt"}},{"kind":"Field","name":{"kind":"Name","value":"disabledReason"}},{"kind":"Field","name":{"kind":"Name","value":"secretRotatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"creditor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<WebhookEndpointRotateSecretMutation, WebhookEndpointRotateSecretMutationVariables>;
export const WebhookEndpointDeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebhookEndpointDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpointIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookEndpointDelete"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedWebhookEndpointId"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<WebhookEndpointDeleteMutation, WebhookEndpointDeleteMutationVariables>;
export const WebhookEndpointTestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebhookEndpointTest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpointIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookEndpointTest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookId"}},{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"statusCode"}},{"kind":"Field","name":{"kind":"Name","value":"latencyMs"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<WebhookEndpointTestMutation, WebhookEndpointTestMutationVariables>;
export const WebhookDeliveryRetryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebhookDeliveryRetry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookDeliveryRetryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookDeliveryRetry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookDelivery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Delivery"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Delivery"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookDelivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"webhookId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attemptCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastStatusCode"}},{"kind":"Field","name":{"kind":"Name","value":"lastLatencyMs"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attempts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attempt"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"statusCode"}},{"kind":"Field","name":{"kind":"Name","value":"latencyMs"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"}}]}}]}}]} as unknown as DocumentNode<WebhookDeliveryRetryMutation, WebhookDeliveryRetryMutationVariables>;
export const WebhookEndpointsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebhookEndpoints"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"creditorId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookEndpoints"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"creditorId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"creditorId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Endpoint"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Endpoint"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"eventTypes"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"disabledAt"}},{"kind":"Field","name":{"kind":"Name","value":"disabledReason"}},{"kind":"Field","name":{"kind":"Name","value":"secretRotatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"creditor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<WebhookEndpointsQuery, WebhookEndpointsQueryVariables>;
export const WebhookDeliveriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebhookDeliveries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"endpointId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookDeliveryStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookDeliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"endpointId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"endpointId"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Delivery"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Delivery"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookDelivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"webhookId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attemptCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastStatusCode"}},{"kind":"Field","name":{"kind":"Name","value":"lastLatencyMs"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attempts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attempt"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"statusCode"}},{"kind":"Field","name":{"kind":"Name","value":"latencyMs"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"}}]}}]}}]} as unknown as DocumentNode<WebhookDeliveriesQuery, WebhookDeliveriesQueryVariables>;