/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
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

/** Which events to receive; every field narrows the stream. Only the caller's creditors are ever seen. */
export type CaseEventFilter = {
  caseId?: string | null | undefined;
  creditorId?: string | null | undefined;
  /** Event types from the catalogue; none or empty for all. Text: one line of at most 255 characters, no control characters. */
  types?: Array<string> | null | undefined;
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

/** The owner of an enkeltpersonforetak (ENK) debtor. */
export type SoleProprietorOwnerInput = {
  /** Fødselsnummer, 11 digits (MOD11). Text: one line of at most 255 characters, no control characters. */
  birthNumber?: string | null | undefined;
  /** Private address (bostedsadresse) of the owner. */
  privateAddress?: PostalAddressInput | null | undefined;
};

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

export type CaseQueryVariables = Exact<{
  id: string;
}>;


export type CaseQuery = { case: { id: string, caseNumber: number, status: CaseStatus, principalAmount: number, feesAmount: number, paidAmount: number, creditedAmount: number, outstandingAmount: number, availableActions: Array<CaseAction>, createdAt: string, updatedAt: string, timeline: { nodes: Array<{ sequence: number, type: string, occurredAt: string, actor: string, summary: string, statusBefore: CaseStatus | null, statusAfter: CaseStatus | null }> }, nextDeadline: { kind: DeadlineKind, dueAt: string, pastDue: boolean } | null, invoice: { id: string, invoiceNumber: string, dueDate: string }, debtor: { id: string, name: string } } | null };

export type CasesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CasesQuery = { cases: { nodes: Array<{ id: string, caseNumber: number, status: CaseStatus, principalAmount: number, feesAmount: number, paidAmount: number, creditedAmount: number, outstandingAmount: number, availableActions: Array<CaseAction>, createdAt: string, updatedAt: string, nextDeadline: { kind: DeadlineKind, dueAt: string, pastDue: boolean } | null, invoice: { id: string, invoiceNumber: string, dueDate: string }, debtor: { id: string, name: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ObjectionRegisterMutationVariables = Exact<{
  input: ObjectionRegisterInput;
}>;


export type ObjectionRegisterMutation = { objectionRegister: { objection: { id: string, status: ObjectionStatus, written: boolean, receivedOn: string, answerDueOn: string | null } | null, case: { id: string, status: CaseStatus, nextDeadline: { kind: DeadlineKind, dueAt: string, pastDue: boolean } | null } | null, userErrors: Array<{ code: ObjectionErrorCode, field: Array<string> | null, message: string }> } };

export type ObjectionWithdrawMutationVariables = Exact<{
  input: ObjectionWithdrawInput;
}>;


export type ObjectionWithdrawMutation = { objectionWithdraw: { objection: { id: string, status: ObjectionStatus, withdrawnOn: string | null } | null, case: { id: string, status: CaseStatus } | null, userErrors: Array<{ code: ObjectionErrorCode, field: Array<string> | null, message: string }> } };

export type ConciliationCaseCreateMutationVariables = Exact<{
  input: ConciliationCaseCreateInput;
}>;


export type ConciliationCaseCreateMutation = { conciliationCaseCreate: { conciliationCase: { id: string, status: ConciliationStatus, filingDate: string, totalAmount: number, pdfUrl: string, board: { id: string, name: string } } | null, userErrors: Array<{ code: ConciliationCaseErrorCode, field: Array<string> | null, message: string }> } };

export type JudgmentRegisterMutationVariables = Exact<{
  input: JudgmentRegisterInput;
}>;


export type JudgmentRegisterMutation = { judgmentRegister: { judgment: { id: string, outcome: JudgmentOutcome, amountOwed: number, judgmentDate: string, serviceDate: string, reviewDeadline: string, finalOn: string } | null, case: { id: string, status: CaseStatus } | null, userErrors: Array<{ code: JudgmentRegisterErrorCode, field: Array<string> | null, message: string }> } };

export type EnforcementPetitionCreateMutationVariables = Exact<{
  input: EnforcementPetitionCreateInput;
}>;


export type EnforcementPetitionCreateMutation = { enforcementPetitionCreate: { enforcementPetition: { id: string, petitionDate: string, enforcementFee: number, preparationCosts: number, pdfUrl: string } | null, case: { id: string, status: CaseStatus } | null, userErrors: Array<{ code: EnforcementPetitionErrorCode, field: Array<string> | null, message: string }> } };

export type WebhookEndpointCreateMutationVariables = Exact<{
  input: WebhookEndpointCreateInput;
}>;


export type WebhookEndpointCreateMutation = { webhookEndpointCreate: { secret: string | null, webhookEndpoint: { id: string, url: string, format: string, eventTypes: Array<string>, enabled: boolean } | null, userErrors: Array<{ code: WebhookEndpointErrorCode, field: Array<string> | null, message: string }> } };

export type CaseEventsSubscriptionVariables = Exact<{
  filter?: CaseEventFilter | null | undefined;
  after?: string | null | undefined;
}>;


export type CaseEventsSubscription = { caseEvents: { id: string, cursor: string, caseId: string, creditorId: string, sequence: number, type: string, occurredAt: string, actor: string, summary: string, statusBefore: CaseStatus | null, statusAfter: CaseStatus | null, data: Record<string, unknown> } };

export type EventsSinceQueryVariables = Exact<{
  after?: string | null | undefined;
  first?: number | null | undefined;
  types?: Array<string> | string | null | undefined;
}>;


export type EventsSinceQuery = { eventsSince: { nodes: Array<{ id: string, cursor: string, caseId: string, creditorId: string, sequence: number, type: string, occurredAt: string, actor: string, summary: string, statusBefore: CaseStatus | null, statusAfter: CaseStatus | null, data: Record<string, unknown> }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ClientCaseFragment = { id: string, caseNumber: number, status: CaseStatus, principalAmount: number, feesAmount: number, paidAmount: number, creditedAmount: number, outstandingAmount: number, availableActions: Array<CaseAction>, createdAt: string, updatedAt: string, nextDeadline: { kind: DeadlineKind, dueAt: string, pastDue: boolean } | null, invoice: { id: string, invoiceNumber: string, dueDate: string }, debtor: { id: string, name: string } };

export type ClientWarningFragment = { code: PartyWarningCode, field: Array<string> | null, message: string };

export type InvoiceRegisterMutationVariables = Exact<{
  input: InvoiceRegisterInput;
}>;


export type InvoiceRegisterMutation = { invoiceRegister: { invoice: { id: string, invoiceNumber: string } | null, case: { id: string, caseNumber: number, status: CaseStatus, principalAmount: number, feesAmount: number, paidAmount: number, creditedAmount: number, outstandingAmount: number, availableActions: Array<CaseAction>, createdAt: string, updatedAt: string, nextDeadline: { kind: DeadlineKind, dueAt: string, pastDue: boolean } | null, invoice: { id: string, invoiceNumber: string, dueDate: string }, debtor: { id: string, name: string } } | null, userErrors: Array<{ code: InvoiceErrorCode, field: Array<string> | null, message: string }> } };

export type InvoicesPushMutationVariables = Exact<{
  input: InvoicesPushInput;
}>;


export type InvoicesPushMutation = { invoicesPush: { results: Array<{ index: number, externalId: string | null, created: boolean, caseNumber: number | null, invoice: { id: string } | null, case: { id: string, status: CaseStatus } | null, warnings: Array<{ code: PartyWarningCode, field: Array<string> | null, message: string }>, userErrors: Array<{ code: InvoicePushItemErrorCode, field: Array<string> | null, message: string }> }>, userErrors: Array<{ code: InvoicesPushErrorCode, field: Array<string> | null, message: string }> } };

export type PaymentsPushMutationVariables = Exact<{
  input: PaymentsPushInput;
}>;


export type PaymentsPushMutation = { paymentsPush: { results: Array<{ index: number, externalId: string | null, created: boolean, case: { id: string, status: CaseStatus, outstandingAmount: number } | null, userErrors: Array<{ code: MoneyPushItemErrorCode, field: Array<string> | null, message: string }> }>, userErrors: Array<{ code: PaymentsPushErrorCode, field: Array<string> | null, message: string }> } };

export type CreditNotesPushMutationVariables = Exact<{
  input: CreditNotesPushInput;
}>;


export type CreditNotesPushMutation = { creditNotesPush: { results: Array<{ index: number, externalId: string | null, created: boolean, case: { id: string, status: CaseStatus, outstandingAmount: number } | null, userErrors: Array<{ code: MoneyPushItemErrorCode, field: Array<string> | null, message: string }> }>, userErrors: Array<{ code: CreditNotesPushErrorCode, field: Array<string> | null, message: string }> } };

export type MoneyPushResultFieldsFragment = { index: number, externalId: string | null, created: boolean, case: { id: string, status: CaseStatus, outstandingAmount: number } | null, userErrors: Array<{ code: MoneyPushItemErrorCode, field: Array<string> | null, message: string }> };

export type CreditorCreateMutationVariables = Exact<{
  input: CreditorCreateInput;
}>;


export type CreditorCreateMutation = { creditorCreate: { creditor: { id: string, name: string, orgNumber: string } | null, warnings: Array<{ code: PartyWarningCode, field: Array<string> | null, message: string }>, userErrors: Array<{ code: CreditorErrorCode, field: Array<string> | null, message: string }> } };

export type DebtorCreateMutationVariables = Exact<{
  input: DebtorCreateInput;
}>;


export type DebtorCreateMutation = { debtorCreate: { debtor: { id: string, name: string, kind: DebtorKind } | null, warnings: Array<{ code: PartyWarningCode, field: Array<string> | null, message: string }>, userErrors: Array<{ code: DebtorErrorCode, field: Array<string> | null, message: string }> } };

export const ClientCaseFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClientCase"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"principalAmount"}},{"kind":"Field","name":{"kind":"Name","value":"feesAmount"}},{"kind":"Field","name":{"kind":"Name","value":"paidAmount"}},{"kind":"Field","name":{"kind":"Name","value":"creditedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"outstandingAmount"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"nextDeadline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"pastDue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"debtor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<ClientCaseFragment, unknown>;
export const ClientWarningFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClientWarning"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartyWarning"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<ClientWarningFragment, unknown>;
export const MoneyPushResultFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyPushResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MoneyPushResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outstandingAmount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<MoneyPushResultFieldsFragment, unknown>;
export const CaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Case"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClientCase"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"statusBefore"}},{"kind":"Field","name":{"kind":"Name","value":"statusAfter"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClientCase"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"principalAmount"}},{"kind":"Field","name":{"kind":"Name","value":"feesAmount"}},{"kind":"Field","name":{"kind":"Name","value":"paidAmount"}},{"kind":"Field","name":{"kind":"Name","value":"creditedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"outstandingAmount"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"nextDeadline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"pastDue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"debtor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<CaseQuery, CaseQueryVariables>;
export const CasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Cases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClientCase"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClientCase"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"principalAmount"}},{"kind":"Field","name":{"kind":"Name","value":"feesAmount"}},{"kind":"Field","name":{"kind":"Name","value":"paidAmount"}},{"kind":"Field","name":{"kind":"Name","value":"creditedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"outstandingAmount"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"nextDeadline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"pastDue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"debtor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<CasesQuery, CasesQueryVariables>;
export const ObjectionRegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ObjectionRegister"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ObjectionRegisterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objectionRegister"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"written"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"answerDueOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"nextDeadline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"pastDue"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ObjectionRegisterMutation, ObjectionRegisterMutationVariables>;
export const ObjectionWithdrawDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ObjectionWithdraw"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ObjectionWithdrawInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objectionWithdraw"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ObjectionWithdrawMutation, ObjectionWithdrawMutationVariables>;
export const ConciliationCaseCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConciliationCaseCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConciliationCaseCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conciliationCaseCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conciliationCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"filingDate"}},{"kind":"Field","name":{"kind":"Name","value":"totalAmount"}},{"kind":"Field","name":{"kind":"Name","value":"pdfUrl"}},{"kind":"Field","name":{"kind":"Name","value":"board"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ConciliationCaseCreateMutation, ConciliationCaseCreateMutationVariables>;
export const JudgmentRegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"JudgmentRegister"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"JudgmentRegisterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"judgmentRegister"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"judgment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"amountOwed"}},{"kind":"Field","name":{"kind":"Name","value":"judgmentDate"}},{"kind":"Field","name":{"kind":"Name","value":"serviceDate"}},{"kind":"Field","name":{"kind":"Name","value":"reviewDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"finalOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<JudgmentRegisterMutation, JudgmentRegisterMutationVariables>;
export const EnforcementPetitionCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EnforcementPetitionCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EnforcementPetitionCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enforcementPetitionCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enforcementPetition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"petitionDate"}},{"kind":"Field","name":{"kind":"Name","value":"enforcementFee"}},{"kind":"Field","name":{"kind":"Name","value":"preparationCosts"}},{"kind":"Field","name":{"kind":"Name","value":"pdfUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<EnforcementPetitionCreateMutation, EnforcementPetitionCreateMutationVariables>;
export const WebhookEndpointCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebhookEndpointCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpointCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookEndpointCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookEndpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"eventTypes"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<WebhookEndpointCreateMutation, WebhookEndpointCreateMutationVariables>;
export const CaseEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"CaseEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseEventFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"creditorId"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"statusBefore"}},{"kind":"Field","name":{"kind":"Name","value":"statusAfter"}},{"kind":"Field","name":{"kind":"Name","value":"data"}}]}}]}}]} as unknown as DocumentNode<CaseEventsSubscription, CaseEventsSubscriptionVariables>;
export const EventsSinceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EventsSince"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"types"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventsSince"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"Variable","name":{"kind":"Name","value":"types"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"creditorId"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"statusBefore"}},{"kind":"Field","name":{"kind":"Name","value":"statusAfter"}},{"kind":"Field","name":{"kind":"Name","value":"data"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<EventsSinceQuery, EventsSinceQueryVariables>;
export const InvoiceRegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InvoiceRegister"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InvoiceRegisterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoiceRegister"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClientCase"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClientCase"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"principalAmount"}},{"kind":"Field","name":{"kind":"Name","value":"feesAmount"}},{"kind":"Field","name":{"kind":"Name","value":"paidAmount"}},{"kind":"Field","name":{"kind":"Name","value":"creditedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"outstandingAmount"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"nextDeadline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"pastDue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"debtor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<InvoiceRegisterMutation, InvoiceRegisterMutationVariables>;
export const InvoicesPushDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InvoicesPush"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InvoicesPushInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoicesPush"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClientWarning"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClientWarning"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartyWarning"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<InvoicesPushMutation, InvoicesPushMutationVariables>;
export const PaymentsPushDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PaymentsPush"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentsPushInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paymentsPush"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyPushResultFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyPushResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MoneyPushResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outstandingAmount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<PaymentsPushMutation, PaymentsPushMutationVariables>;
export const CreditNotesPushDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreditNotesPush"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreditNotesPushInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditNotesPush"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyPushResultFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyPushResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MoneyPushResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outstandingAmount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<CreditNotesPushMutation, CreditNotesPushMutationVariables>;
export const CreditorCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreditorCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreditorCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditorCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"orgNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClientWarning"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClientWarning"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartyWarning"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<CreditorCreateMutation, CreditorCreateMutationVariables>;
export const DebtorCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DebtorCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DebtorCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"debtorCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"debtor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClientWarning"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClientWarning"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartyWarning"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<DebtorCreateMutation, DebtorCreateMutationVariables>;