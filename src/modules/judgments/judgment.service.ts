import type { CommonErrorCode } from "../../shared/user-error";
import type { EntityManager } from "@mikro-orm/postgresql";
import type { Recorder } from "../../events/command";
import { fail, failure, ok, type Failure, type Result } from "../../shared/result";
import { isLocalDate, type LocalDate } from "../../shared/local-date";
import { formatOre } from "../../shared/format-no";
import type { Auth } from "../access/auth";
import { finalDate, reviewDeadline } from "../calendar/court-calendar.rules";
import { CaseStatus, CLOSED_STATUSES } from "../cases/case.rules";
import { findVisibleCase } from "../cases/case.service";
import type { CollectionCase } from "../cases/collection-case.entity";
import {
  enforcementAvailability,
  JudgmentOutcome,
  PAYING_OUTCOMES,
  petitionCost,
  type EnforcementAvailability,
} from "../conciliation/claim.rules";
import type { LegalTables } from "../legal-tables/legal-table.rules";
import { loadLegalTables } from "../legal-tables/legal-table.service";
import { PostalAddress } from "../parties/address";
import { checkAddress, normaliseAddress, type AddressFields } from "../parties/address.rules";
import { DebtorKind } from "../parties/debtor.entity";
import { isValidBirthNumber } from "../parties/identifiers.rules";
import { claimFees, ConciliationCase, ConciliationStatus } from "../conciliation/conciliation-case.entity";
import { findVisibleConciliationCase } from "../conciliation/conciliation.service";
import { loadDocumentsForAttachment } from "../documents/documents.service";
import { EnforcementPetition, Judgment } from "./judgment.entity";
import {
  decidesClaim,
  judgmentDateProblems,
  MUST_ORDER_PAYMENT,
  remainingSplit,
  splitTotal,
  type AmountSplit,
} from "./judgment.rules";

export type JudgmentErrorCode =
  | "UNKNOWN_CONCILIATION_CASE"
  | "CASE_CLOSED"
  | "WRONG_STATUS"
  | "INVALID_DATE"
  | "DATE_IN_FUTURE"
  | "DATE_OUT_OF_ORDER"
  | "INVALID_AMOUNT"
  | "AMOUNT_NOT_ORDERED"
  | "MISSING_FIELD"
  | "BREAKDOWN_REQUIRED"
  | "BREAKDOWN_MISMATCH"
  | "UNKNOWN_DOCUMENT";

export interface BreakdownInput extends AmountSplit {
  interestTo?: string | null;
}

export interface JudgmentRegisterInput {
  conciliationCaseId: string;
  judgmentDate: string;
  serviceDate: string;
  outcome: JudgmentOutcome;
  /** Øre. */
  amountOwed?: number | null;
  paymentDueDate?: string | null;
  breakdown?: BreakdownInput | null;
  caseNumber?: string | null;
  documentId?: string | null;
}

export interface JudgmentDeps {
  today: LocalDate;
  courtHolidaysSuspendReviewDeadline: boolean;
}

const ZERO: AmountSplit = { principal: 0, interest: 0, fees: 0, costs: 0 };

/** The conciliation claim as a split: principal, interest, fees (forliksklage and collection fees), legal costs. */
export function claimSplit(cc: ConciliationCase): AmountSplit {
  return {
    principal: cc.principalAmount,
    interest: cc.interestAmount,
    fees: claimFees(cc.claim),
    costs: cc.legalCostsClaimed,
  };
}

export async function registerJudgment(
  em: EntityManager,
  rec: Recorder,
  auth: Auth,
  input: JudgmentRegisterInput,
  deps: JudgmentDeps,
): Promise<Result<Judgment, JudgmentErrorCode>> {
  const cc = await findVisibleConciliationCase(em, auth, input.conciliationCaseId);
  if (!cc)
    return fail(
      failure(
        "UNKNOWN_CONCILIATION_CASE",
        ["input", "conciliationCaseId"],
        "No such conciliation case for this API key: use an id from the conciliationCases query.",
      ),
    );
  const c = cc.case;
  if (CLOSED_STATUSES.has(c.status))
    return fail(
      failure(
        "CASE_CLOSED",
        ["input", "conciliationCaseId"],
        `The case is ${c.status} and closed: no judgment can be registered on it.`,
      ),
    );
  if (cc.status !== ConciliationStatus.SENT && cc.status !== ConciliationStatus.HEARING_SCHEDULED) {
    return fail(
      failure(
        "WRONG_STATUS",
        ["input", "conciliationCaseId"],
        `The forliksklage is ${cc.status}: a judgment is registered after it was sent (SENT or HEARING_SCHEDULED).`,
      ),
    );
  }

  const errors: Failure<JudgmentErrorCode>[] = [];
  const datesValid =
    isLocalDate(input.judgmentDate) &&
    isLocalDate(input.serviceDate) &&
    (input.paymentDueDate == null || isLocalDate(input.paymentDueDate));
  if (!isLocalDate(input.judgmentDate))
    errors.push(
      failure("INVALID_DATE", ["input", "judgmentDate"], "judgmentDate must be a calendar date as YYYY-MM-DD."),
    );
  if (!isLocalDate(input.serviceDate))
    errors.push(
      failure("INVALID_DATE", ["input", "serviceDate"], "serviceDate must be a calendar date as YYYY-MM-DD."),
    );
  if (input.paymentDueDate != null && !isLocalDate(input.paymentDueDate))
    errors.push(
      failure("INVALID_DATE", ["input", "paymentDueDate"], "paymentDueDate must be a calendar date as YYYY-MM-DD."),
    );
  if (datesValid) {
    for (const p of judgmentDateProblems({
      sentOn: cc.sentOn!,
      judgmentDate: input.judgmentDate,
      serviceDate: input.serviceDate,
      paymentDueDate: input.paymentDueDate ?? null,
      today: deps.today,
    })) {
      errors.push(failure(p.code, ["input", p.field], p.message));
    }
  }

  const amount = input.amountOwed ?? 0;
  const orders = PAYING_OUTCOMES.has(input.outcome);
  let split: AmountSplit = ZERO;
  let interestTo: string | null = null;
  if (!Number.isSafeInteger(amount) || amount < 0) {
    errors.push(
      failure("INVALID_AMOUNT", ["input", "amountOwed"], "amountOwed must be a whole number of øre, 0 or more."),
    );
  } else if (MUST_ORDER_PAYMENT.has(input.outcome) && amount <= 0) {
    errors.push(
      failure(
        "INVALID_AMOUNT",
        ["input", "amountOwed"],
        `A ${input.outcome} judgment orders the debtor to pay: give the amount it orders, in øre, above 0.`,
      ),
    );
  } else if (!orders && amount > 0) {
    errors.push(
      failure(
        "AMOUNT_NOT_ORDERED",
        ["input", "amountOwed"],
        `A ${input.outcome} outcome orders no payment: leave amountOwed out or 0.`,
      ),
    );
  } else if (amount > 0) {
    if (!input.paymentDueDate)
      errors.push(
        failure(
          "MISSING_FIELD",
          ["input", "paymentDueDate"],
          "Give the payment due date (oppfyllelsesfrist) the judgment states, normally 2 weeks after service.",
        ),
      );
    const b = input.breakdown;
    if (b) {
      const parts = [b.principal, b.interest, b.fees, b.costs];
      if (parts.some((v) => !Number.isSafeInteger(v) || v < 0))
        errors.push(
          failure(
            "INVALID_AMOUNT",
            ["input", "breakdown"],
            "Each part of the breakdown must be a whole number of øre, 0 or more.",
          ),
        );
      else if (splitTotal(b) !== amount) {
        errors.push(
          failure(
            "BREAKDOWN_MISMATCH",
            ["input", "breakdown"],
            `The breakdown adds up to ${splitTotal(b)} øre but amountOwed is ${amount}: make the parts add up to the amount ordered.`,
          ),
        );
      }
      if (b.interestTo != null && !isLocalDate(b.interestTo))
        errors.push(
          failure(
            "INVALID_DATE",
            ["input", "breakdown", "interestTo"],
            "interestTo must be a calendar date as YYYY-MM-DD.",
          ),
        );
      split = { principal: b.principal, interest: b.interest, fees: b.fees, costs: b.costs };
      interestTo = b.interestTo ?? (isLocalDate(input.judgmentDate) ? input.judgmentDate : null);
    } else if (amount === cc.totalAmount) {
      split = claimSplit(cc);
      interestTo = cc.filingDate;
    } else {
      errors.push(
        failure(
          "BREAKDOWN_REQUIRED",
          ["input", "breakdown"],
          `The amount ordered (${amount} øre) differs from the claim (${cc.totalAmount} øre): give the breakdown into principal, interest, fees and costs as the judgment states it.`,
        ),
      );
    }
  } else if (input.paymentDueDate) {
    errors.push(
      failure(
        "AMOUNT_NOT_ORDERED",
        ["input", "paymentDueDate"],
        "Nothing is ordered paid, so there is no payment due date: leave paymentDueDate out.",
      ),
    );
  }

  let documentId: number | null = null;
  if (input.documentId) {
    const docs = await loadDocumentsForAttachment(
      em,
      auth,
      cc.creditor.id,
      [input.documentId],
      ["input", "documentId"],
    );
    if (docs.ok) documentId = docs.value[0]!.id;
    else errors.push(...docs.errors.map((e) => ({ ...e, field: ["input", "documentId"] })));
  }
  if (errors.length > 0) return fail(...errors);

  const options = { suspendInCourtHolidays: deps.courtHolidaysSuspendReviewDeadline };
  const judgment = new Judgment(cc, {
    outcome: input.outcome,
    judgmentDate: input.judgmentDate,
    serviceDate: input.serviceDate,
    amountOwed: amount,
    split,
    reviewDeadline: reviewDeadline(input.serviceDate, options),
    finalOn: finalDate(input.serviceDate, options),
    courtHolidaysSuspended: deps.courtHolidaysSuspendReviewDeadline,
  });
  judgment.interestTo = interestTo;
  judgment.paymentDueDate = amount > 0 ? input.paymentDueDate! : null;
  judgment.caseNumber = input.caseNumber?.trim() || null;
  judgment.documentId = documentId;
  em.persist(judgment);
  cc.status = ConciliationStatus.DECIDED;
  if (decidesClaim(input.outcome)) {
    c.judgmentAmount = amount;
    c.reducedBeforeJudgment = c.paidAmount + c.creditedAmount;
  }
  await em.flush();
  rec.transition(c, CaseStatus.JUDGMENT, {
    type: "judgment.registered",
    summary: `Judgment ${input.outcome} of ${input.judgmentDate}${amount > 0 ? `: ${formatOre(amount)} to pay by ${input.paymentDueDate}` : ""}; final on ${judgment.finalOn}`,
    data: {
      judgmentId: judgment.globalId,
      conciliationCaseId: cc.globalId,
      outcome: input.outcome,
      judgmentDate: input.judgmentDate,
      serviceDate: input.serviceDate,
      amountOwed: amount,
      paymentDueDate: judgment.paymentDueDate,
      reviewDeadline: judgment.reviewDeadline,
      finalOn: judgment.finalOn,
    },
  });
  return ok(judgment);
}

// ---- Enforcement ----

export type EnforcementErrorCode =
  | "UNKNOWN_CASE"
  | "CASE_CLOSED"
  | "CASE_FROZEN"
  | "NO_JUDGMENT"
  | "WRONG_STATUS"
  | "INVALID_DATE"
  | "DATE_IN_FUTURE"
  | "DATE_OUT_OF_ORDER"
  | "NOTICE_NOT_NEEDED"
  | "NOTICE_ALREADY_SENT"
  | "OUTCOME_NOT_ENFORCEABLE"
  | "NOTHING_OWED"
  | "PAYMENT_NOT_DUE"
  | "NOT_FINAL"
  | "AGAINST_STATE"
  | "NOTICE_REQUIRED"
  | "NOTICE_RUNNING"
  | "INVALID_AMOUNT"
  | "MISSING_OWNER_BIRTH_NUMBER"
  | "INVALID_BIRTH_NUMBER"
  | "MISSING_OWNER_ADDRESS"
  | "INVALID_ADDRESS"
  | "INVALID_POSTAL_CODE"
  | "NOT_A_SOLE_PROPRIETORSHIP"
  | CommonErrorCode;

/** The owner of an enkeltpersonforetak (ENK) debtor, as the petition must name it. */
export interface SoleProprietorOwnerInput {
  birthNumber?: string | null;
  privateAddress?: AddressFields | null;
}

export interface EnforcementPetitionInput {
  caseId: string;
  petitionDate: string;
  /** Øre the creditor asks for preparing the petition; claimed at most the cap. Default 0. */
  preparationCostsRequested?: number | null;
  /** Given when the debtor is an enkeltpersonforetak. */
  soleProprietorOwner?: SoleProprietorOwnerInput | null;
}

interface CheckedOwner {
  birthNumber: string;
  address: PostalAddress;
}

/** The ENK owner's fødselsnummer and private address, which namsmannen needs (politiet.no, Sende utleggsbegjæring). */
function checkOwner(
  owner: SoleProprietorOwnerInput,
  debtorKind: DebtorKind,
  errors: Failure<EnforcementErrorCode>[],
): CheckedOwner | null {
  const path = ["input", "soleProprietorOwner"];
  if (debtorKind !== DebtorKind.ORGANISATION) {
    errors.push(
      failure(
        "NOT_A_SOLE_PROPRIETORSHIP",
        path,
        "The debtor is a person, not an enkeltpersonforetak: leave soleProprietorOwner out; the petition names the person by fødselsdato.",
      ),
    );
    return null;
  }
  const birthNumber = owner.birthNumber?.replace(/\s+/g, "") ?? "";
  if (birthNumber === "") {
    errors.push(
      failure(
        "MISSING_OWNER_BIRTH_NUMBER",
        [...path, "birthNumber"],
        "An utleggsbegjæring against an enkeltpersonforetak must give the owner's fødselsnummer (11 digits): get it from Folkeregisteret.",
      ),
    );
  } else if (!isValidBirthNumber(birthNumber)) {
    errors.push(
      failure(
        "INVALID_BIRTH_NUMBER",
        [...path, "birthNumber"],
        "That is not a valid fødselsnummer: give the owner's 11 digits, whose last two are check digits.",
      ),
    );
  }
  if (!owner.privateAddress) {
    errors.push(
      failure(
        "MISSING_OWNER_ADDRESS",
        [...path, "privateAddress"],
        "An utleggsbegjæring against an enkeltpersonforetak must give the owner's private address (bostedsadresse).",
      ),
    );
    return null;
  }
  const a = normaliseAddress(owner.privateAddress);
  const bad = checkAddress(a, [...path, "privateAddress"]);
  errors.push(...bad);
  return bad.length === 0 && isValidBirthNumber(birthNumber)
    ? { birthNumber, address: new PostalAddress(a.street, a.postalCode, a.city, a.country) }
    : null;
}

export function latestJudgment(em: EntityManager, c: CollectionCase): Promise<Judgment | null> {
  return em.findOne(Judgment, { case: c }, { orderBy: { id: "desc" }, populate: ["conciliationCase"] });
}

/** Whether the judgment of a case may be enforced on `today`, as the rules say. */
export function enforcementFor(
  c: CollectionCase,
  judgment: Judgment,
  againstState: boolean,
  today: LocalDate,
  tables: LegalTables,
): EnforcementAvailability {
  return enforcementAvailability(
    {
      outcome: judgment.outcome,
      amountOwed: c.outstandingAmount,
      paymentDueDate: judgment.paymentDueDate ?? judgment.judgmentDate,
      judgmentDate: judgment.judgmentDate,
      finalOn: judgment.finalOn,
      noticeSentOn: judgment.enforcementNoticeSentOn,
      againstState,
      transferredFromEnforcement: judgment.conciliationCase.transferredFromEnforcement,
      today,
    },
    tables,
  );
}

type Located = { case: CollectionCase; judgment: Judgment };

async function judgmentOfCase(
  em: EntityManager,
  auth: Auth,
  caseId: string,
): Promise<Result<Located, EnforcementErrorCode>> {
  const c = await findVisibleCase(em, auth, caseId);
  if (!c)
    return fail(
      failure("UNKNOWN_CASE", ["input", "caseId"], "No such case for this API key: use an id from the cases query."),
    );
  if (CLOSED_STATUSES.has(c.status))
    return fail(
      failure("CASE_CLOSED", ["input", "caseId"], `The case is ${c.status} and closed: there is nothing to enforce.`),
    );
  if (c.status === CaseStatus.FROZEN) {
    return fail(
      failure(
        "CASE_FROZEN",
        ["input", "caseId"],
        "Collection is frozen by a written objection: resolve the objection (withdrawn, unfounded, credit note or forliksråd) first.",
      ),
    );
  }
  const judgment = await latestJudgment(em, c);
  if (!judgment)
    return fail(
      failure(
        "NO_JUDGMENT",
        ["input", "caseId"],
        "The case has no judgment: bring it before the forliksråd and register the judgment (judgmentRegister) first.",
      ),
    );
  if (c.status !== CaseStatus.JUDGMENT)
    return fail(
      failure(
        "WRONG_STATUS",
        ["input", "caseId"],
        `The case is ${c.status}: enforcement is asked for once, from a case in JUDGMENT.`,
      ),
    );
  return ok({ case: c, judgment });
}

function checkDate(
  field: string,
  date: string,
  judgment: Judgment,
  today: LocalDate,
): Failure<EnforcementErrorCode> | null {
  if (!isLocalDate(date))
    return failure("INVALID_DATE", ["input", field], `${field} must be a calendar date as YYYY-MM-DD.`);
  if (date > today)
    return failure(
      "DATE_IN_FUTURE",
      ["input", field],
      `${field} ${date} is after today (${today}): record it on the day it happens.`,
    );
  if (date < judgment.judgmentDate)
    return failure(
      "DATE_OUT_OF_ORDER",
      ["input", field],
      `${field} ${date} is before the judgment date ${judgment.judgmentDate}.`,
    );
  return null;
}

export async function recordEnforcementNotice(
  em: EntityManager,
  rec: Recorder,
  auth: Auth,
  input: { caseId: string; sentOn: string },
  today: LocalDate,
): Promise<Result<Judgment, EnforcementErrorCode>> {
  const found = await judgmentOfCase(em, auth, input.caseId);
  if (!found.ok) return found;
  const { case: c, judgment } = found.value;
  const bad = checkDate("sentOn", input.sentOn, judgment, today);
  if (bad) return fail(bad);
  if (judgment.enforcementNoticeSentOn) {
    return fail(
      failure(
        "NOTICE_ALREADY_SENT",
        ["input", "caseId"],
        `A notice was already sent on ${judgment.enforcementNoticeSentOn}: ask for enforcement once its 14 days have run.`,
      ),
    );
  }
  const availability = enforcementFor(
    c,
    judgment,
    judgment.conciliationCase.againstState,
    input.sentOn,
    await loadLegalTables(em),
  );
  if (availability.underOneYear) {
    return fail(
      failure(
        "NOTICE_NOT_NEEDED",
        ["input", "sentOn"],
        `Under a year has passed on ${input.sentOn} since the judgment became enforceable on ${availability.enforceableOn} (tvangsfullbyrdelsesloven § 4-18): no notice is needed; ask for enforcement directly.`,
      ),
    );
  }
  const blocking = availability.reasons.filter(
    (r) => r.code !== "NOTICE_REQUIRED" && r.code !== "PAYMENT_NOT_DUE" && r.code !== "NOT_FINAL",
  );
  if (blocking.length > 0) return fail(...blocking.map((r) => failure(r.code, ["input", "caseId"], r.message)));
  judgment.enforcementNoticeSentOn = input.sentOn;
  rec.record(c, {
    type: "enforcement.notice_sent",
    summary: `Notice of enforcement sent ${input.sentOn}; enforcement may be asked for from the 14th day`,
    data: { judgmentId: judgment.globalId, sentOn: input.sentOn },
  });
  return ok(judgment);
}

export async function createEnforcementPetition(
  em: EntityManager,
  rec: Recorder,
  auth: Auth,
  input: EnforcementPetitionInput,
  today: LocalDate,
): Promise<Result<EnforcementPetition, EnforcementErrorCode>> {
  const found = await judgmentOfCase(em, auth, input.caseId);
  if (!found.ok) return found;
  const { case: c, judgment } = found.value;
  const bad = checkDate("petitionDate", input.petitionDate, judgment, today);
  if (bad) return fail(bad);
  const errors: Failure<EnforcementErrorCode>[] = [];
  const requestedCost = input.preparationCostsRequested ?? 0;
  if (!Number.isSafeInteger(requestedCost) || requestedCost < 0) {
    errors.push(
      failure(
        "INVALID_AMOUNT",
        ["input", "preparationCostsRequested"],
        "Give the preparation cost as a whole number of øre, 0 or more.",
      ),
    );
  }
  let owner: CheckedOwner | null = null;
  if (input.soleProprietorOwner) {
    await em.populate(c, ["debtor"]);
    owner = checkOwner(input.soleProprietorOwner, c.debtor.kind, errors);
  }
  if (errors.length > 0) return fail(...errors);
  const tables = await loadLegalTables(em);
  const availability = enforcementFor(c, judgment, judgment.conciliationCase.againstState, input.petitionDate, tables);
  if (!availability.mayCreate) {
    return fail(
      ...availability.reasons.map((r) =>
        failure(
          r.code,
          [
            "input",
            r.code === "PAYMENT_NOT_DUE" || r.code === "NOT_FINAL" || r.code === "NOTICE_RUNNING"
              ? "petitionDate"
              : "caseId",
          ],
          r.message,
        ),
      ),
    );
  }
  const reduced = c.paidAmount + c.creditedAmount - c.reducedBeforeJudgment;
  const left = remainingSplit(judgment.split, reduced);
  const prepared = petitionCost(requestedCost, input.petitionDate, tables);
  if (!prepared.ok) return fail(failure("INVALID_DATE", ["input", "petitionDate"], prepared.message));
  const preparation = prepared.value;
  const split: AmountSplit = {
    ...left,
    fees: left.fees + availability.enforcementFee,
    costs: left.costs + preparation.claimed,
  };
  const petition = new EnforcementPetition(judgment, {
    petitionDate: input.petitionDate,
    split,
    enforcementFee: availability.enforcementFee,
    underOneYear: availability.underOneYear,
  });
  petition.interestTo = judgment.interestTo;
  petition.noticeSentOn = availability.underOneYear ? null : judgment.enforcementNoticeSentOn;
  petition.feeBasis = availability.feeBasis;
  petition.preparationCosts = preparation.claimed;
  petition.preparationCostsCap = preparation.cap;
  petition.preparationCostsBasis = preparation.basis;
  if (owner) {
    petition.ownerBirthNumber = owner.birthNumber;
    petition.ownerAddress = owner.address;
  }
  em.persist(petition);
  if (c.judgmentAmount !== null) c.judgmentAmount += availability.enforcementFee + preparation.claimed;
  await em.flush();
  rec.transition(c, CaseStatus.ENFORCEMENT, {
    type: "enforcement.requested",
    summary: `Utleggsbegjæring of ${input.petitionDate} for ${formatOre(splitTotal(split))}${availability.underOneYear ? " (under one year since the judgment became enforceable: no notice)" : ""}`,
    data: {
      enforcementPetitionId: petition.globalId,
      judgmentId: judgment.globalId,
      petitionDate: input.petitionDate,
      ...split,
      enforcementFee: availability.enforcementFee,
      preparationCosts: preparation.claimed,
      underOneYear: availability.underOneYear,
    },
  });
  return ok(petition);
}
