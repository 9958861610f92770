/**
 * The claim (påstand) of a forliksklage, and whether a judgment can be enforced by an utleggsbegjæring. Pure:
 * dates and the legal tables' rows are arguments.
 */
import { feesOn, legalValueOn, multipleOfR, type MissingRow } from "../fees/fee-tables";
import { interestStaleness, LegalTable, type LegalBasis, type LegalTables } from "../legal-tables/legal-table.rules";
import { addDays, addMonths, type LocalDate } from "../../shared/local-date";
import { failure, fail, ok, type Result } from "../../shared/result";
import { lateInterest, type InterestResult } from "./interest.rules";

export interface ExtraFee {
  /** Norwegian label for the document, e.g. "Purregebyr". */
  label: string;
  /** Øre. */
  amount: number;
}

export interface ClaimInput {
  /** Øre. */
  principal: number;
  dueDate: LocalDate;
  /** Interest is computed to this day inclusive; it also picks the fee row. */
  filingDate: LocalDate;
  /** Øre asked for legal help (juridisk bistand); capped at the legal-cost cap. Default 0. */
  legalCosts?: number;
  /** Collection fees already incurred that are claimed too (øre each). */
  extraFees?: readonly ExtraFee[];
  /**
   * Costs of out-of-court collection (inkasso) are claimed too, which lowers the legal-cost cap (tvisteloven § 6-13 (1) d).
   * Default: true when any extra fee above 0 is claimed.
   */
  claimsCollectionCosts?: boolean;
  /** The creditor asks for judgment in absence (fraværsdom) if the debtor does not answer or appear. */
  requestJudgmentInAbsence: boolean;
  /** The debtor is a business (næringsdrivende): the claim is B2B and may carry standardkompensasjon. */
  debtorIsBusiness?: boolean;
  /** Claim standardkompensasjon (forsinkelsesrenteloven § 3 a); only on B2B claims. Default false. */
  claimStandardCompensation?: boolean;
  /** The day the claim is computed: an unconfirmed rate for its half-year is reported. Default filingDate. */
  today?: LocalDate;
}

export type ClaimErrorCode = "NO_RATE_IN_FORCE" | "NO_FEE_IN_FORCE" | "NOT_B2B";

export interface StandardCompensation {
  /** Øre: the amount in force on the first day of interest (the day after the due date). */
  amount: number;
  basis: LegalBasis;
}

export interface LegalCosts {
  /** Øre asked for. */
  requested: number;
  /** Øre claimed: the request, at most the cap. */
  claimed: number;
  /** Øre: LEGAL_COST_CAP_FACTOR × R, or LEGAL_COST_CAP_WITH_COLLECTION_FACTOR × R when collection costs are claimed. */
  cap: number;
  /** The multiple of R the cap is. */
  capFactor: number;
  /** Collection costs (inkasso) are claimed too, so the lower cap applies. */
  withCollectionCosts: boolean;
  capped: boolean;
}

export interface ConciliationClaim {
  principal: number;
  interest: InterestResult;
  /** Øre: the forliksklage fee, conciliationFeeFactor × R rounded down to whole kroner. */
  conciliationFee: number;
  conciliationFeeFactor: number;
  /** Øre: R on the filing date. */
  courtFeeR: number;
  extraFees: ExtraFee[];
  legalCosts: LegalCosts;
  requestJudgmentInAbsence: boolean;
  /** B2B only, when asked for (forsinkelsesrenteloven § 3 a); null otherwise. */
  standardCompensation: StandardCompensation | null;
  /** On a B2B claim without it: what could be claimed (offered, not added). */
  standardCompensationAvailable: StandardCompensation | null;
  /** Every legal-table row the fees come from (interest rows are on each interest period). */
  basis: LegalBasis[];
  /** What the caller should know about the numbers: an unconfirmed rate, a carried-forward half-year. */
  warnings: string[];
  /** Øre: principal + interest + fees + standardkompensasjon + claimed legal costs. */
  total: number;
}

function assertOre(value: number, what: string): void {
  if (!Number.isSafeInteger(value) || value < 0) throw new Error(`${what} must be whole øre >= 0, got ${value}`);
}

export function buildClaim(input: ClaimInput, tables: LegalTables): Result<ConciliationClaim, ClaimErrorCode> {
  assertOre(input.principal, "principal");
  const feesFound = feesOn(input.filingDate, tables);
  if (!feesFound.ok) return fail(failure("NO_FEE_IN_FORCE", null, feesFound.message));
  const fees = feesFound.value;
  const interestFound = lateInterest(
    input.principal,
    input.dueDate,
    input.filingDate,
    tables[LegalTable.LATE_INTEREST_RATE],
  );
  if (!interestFound.ok) return fail(failure("NO_RATE_IN_FORCE", null, interestFound.message));
  const interest = interestFound.value;
  const conciliationFee = multipleOfR(fees.conciliationFeeFactor, fees);
  const requested = input.legalCosts ?? 0;
  assertOre(requested, "legalCosts");
  const extraFees = (input.extraFees ?? []).map((f) => ({ ...f }));
  for (const f of extraFees) assertOre(f.amount, `fee "${f.label}"`);
  const withCollectionCosts = input.claimsCollectionCosts ?? extraFees.some((f) => f.amount > 0);
  let capFactor = fees.legalCostCapFactor;
  const capBasis: LegalBasis[] = [];
  if (withCollectionCosts) {
    const found = legalValueOn(LegalTable.LEGAL_COST_CAP_WITH_COLLECTION_FACTOR, input.filingDate, tables);
    if (!found.ok) return fail(failure("NO_FEE_IN_FORCE", null, found.message));
    capFactor = found.value / 100;
    capBasis.push(found.basis);
  }
  const cap = multipleOfR(capFactor, fees);
  const legalCosts: LegalCosts = {
    requested,
    claimed: Math.min(requested, cap),
    cap,
    capFactor,
    withCollectionCosts,
    capped: requested > cap,
  };
  // the cap row used: the plain cap's row is among the fee rows, the lower one is added
  const feeBasis = withCollectionCosts
    ? [...fees.basis.filter((b) => b.table !== LegalTable.LEGAL_COST_CAP_FACTOR), ...capBasis]
    : fees.basis;

  let offered: StandardCompensation | null = null;
  if (input.debtorIsBusiness) {
    const found = legalValueOn(LegalTable.STANDARD_COMPENSATION, addDays(input.dueDate, 1), tables);
    if (found.ok) offered = { amount: found.value, basis: found.basis };
  }
  if (input.claimStandardCompensation && !input.debtorIsBusiness) {
    return fail(
      failure(
        "NOT_B2B",
        null,
        "Standardkompensasjon (forsinkelsesrenteloven § 3 a) may be claimed only from a business debtor: leave claimStandardCompensation off for a person.",
      ),
    );
  }
  const standardCompensation = input.claimStandardCompensation ? offered : null;

  const warnings: string[] = [];
  for (const p of interest.periods) {
    if (!p.rateConfirmed)
      warnings.push(
        `The late-payment interest rate for ${p.from}–${p.to} (${p.rateBasisPoints / 100} %, from ${p.validFrom}) is not confirmed by a published source for that half-year.`,
      );
  }
  const stale = interestStaleness(tables[LegalTable.LATE_INTEREST_RATE], input.today ?? input.filingDate);
  // only a claim whose interest runs into the stale half-year is affected by it
  if (stale && interest.toDate >= stale.halfYearStart && interest.periods.length > 0) warnings.push(stale.message);
  for (const b of feeBasis)
    if (!b.confirmed) warnings.push(`${b.table} from ${b.validFrom} (${b.value}) is not confirmed: ${b.sourceTitle}.`);

  const total =
    input.principal +
    interest.total +
    conciliationFee +
    extraFees.reduce((s, f) => s + f.amount, 0) +
    (standardCompensation?.amount ?? 0) +
    legalCosts.claimed;
  return ok({
    principal: input.principal,
    interest,
    conciliationFee,
    conciliationFeeFactor: fees.conciliationFeeFactor,
    courtFeeR: fees.courtFeeR,
    extraFees,
    legalCosts,
    requestJudgmentInAbsence: input.requestJudgmentInAbsence,
    standardCompensation,
    standardCompensationAvailable: standardCompensation ? null : offered,
    basis: [...feeBasis, ...(standardCompensation ? [standardCompensation.basis] : [])],
    warnings,
    total,
  });
}

// ---- Enforcement (utleggsbegjæring) ----

export enum JudgmentOutcome {
  WON = "WON",
  PARTLY_WON = "PARTLY_WON",
  /** Rettsforlik: enforceable when it orders the debtor to pay. */
  COURT_SETTLEMENT = "COURT_SETTLEMENT",
  LOST = "LOST",
  /** Avvist. */
  DISMISSED = "DISMISSED",
  /** Innstilt: the case goes on in tingretten. */
  REFERRED_TO_TINGRETT = "REFERRED_TO_TINGRETT",
  /** Fraværsdom for the creditor: counts as won. */
  JUDGMENT_IN_ABSENCE = "JUDGMENT_IN_ABSENCE",
}

/** Outcomes that can order the debtor to pay. */
export const PAYING_OUTCOMES: ReadonlySet<JudgmentOutcome> = new Set([
  JudgmentOutcome.WON,
  JudgmentOutcome.PARTLY_WON,
  JudgmentOutcome.COURT_SETTLEMENT,
  JudgmentOutcome.JUDGMENT_IN_ABSENCE,
]);

/**
 * Days a notice (varsel) to the debtor must run before enforcement once a year has passed since the judgment became
 * enforceable (tvangsfullbyrdelsesloven §§ 4-18, 4-19).
 */
export const ENFORCEMENT_NOTICE_DAYS = 14;

export enum EnforcementRefusalCode {
  OUTCOME_NOT_ENFORCEABLE = "OUTCOME_NOT_ENFORCEABLE",
  NOTHING_OWED = "NOTHING_OWED",
  PAYMENT_NOT_DUE = "PAYMENT_NOT_DUE",
  NOT_FINAL = "NOT_FINAL",
  AGAINST_STATE = "AGAINST_STATE",
  NOTICE_REQUIRED = "NOTICE_REQUIRED",
  NOTICE_RUNNING = "NOTICE_RUNNING",
}

export interface EnforcementFacts {
  outcome: JudgmentOutcome;
  /** Øre the debtor still owes under the judgment. */
  amountOwed: number;
  /** Oppfyllelsesfrist: the last day to pay, as the judgment says. */
  paymentDueDate: LocalDate;
  /** The day the judgment (or settlement) was given. */
  judgmentDate: LocalDate;
  today: LocalDate;
  /** The day a notice (varsel) of enforcement was sent to the debtor, if one was. */
  noticeSentOn?: LocalDate | null;
  /** The day the judgment becomes final (court-calendar finalDate); checked when given. */
  finalOn?: LocalDate | null;
  /** The debtor is the state: its debts are not enforced by utlegg. */
  againstState?: boolean;
  /**
   * The forliksråd case came from namsmannen: the creditor's utleggsbegjæring was sent to the forliksråd under
   * tvangsfullbyrdelsesloven § 7-7 when the debtor objected, and the utlegg fee was paid with that petition.
   */
  transferredFromEnforcement?: boolean;
}

export interface EnforcementRefusal {
  code: EnforcementRefusalCode;
  message: string;
}

export interface EnforcementAvailability {
  /** An utleggsbegjæring may be created today. */
  mayCreate: boolean;
  /** The first day the judgment may be enforced: the day after the oppfyllelsesfrist, and not before it is final. */
  enforceableOn: LocalDate;
  /** A year has passed since the judgment became enforceable, so a notice must have run first. */
  noticeRequired: boolean;
  /** A notice was sent and its 14 days have run out. */
  noticeExpired: boolean;
  /** The day the notice has run out (sent + 14 days), from which enforcement may be asked for; null without a notice. */
  noticeExpiresOn: LocalDate | null;
  /** Under one year since the judgment became enforceable: no notice is needed. */
  underOneYear: boolean;
  /** Øre: the utleggsbegjæring fee, enforcementFeeFactor × R on `today`; 0 when the forliksråd case came from namsmannen. */
  enforcementFee: number;
  /** The legal-table rows the fee comes from (R and the factor); empty when there is no fee. */
  feeBasis: LegalBasis[];
  /** Every reason it may not be created today; empty when it may. */
  reasons: EnforcementRefusal[];
}

/** The first day a date counts as one year old. */
export function oneYearAfter(date: LocalDate): LocalDate {
  return addMonths(date, 12);
}

/**
 * The day enforcement of a judgment opens (tvangsfullbyrdelsesloven § 4-19 counts its year from it): the day after
 * the oppfyllelsesfrist, or the day the judgment becomes final when that is later.
 */
export function enforceableFrom(facts: Pick<EnforcementFacts, "paymentDueDate" | "finalOn">): LocalDate {
  const afterDue = addDays(facts.paymentDueDate, 1);
  return facts.finalOn && facts.finalOn > afterDue ? facts.finalOn : afterDue;
}

export function enforcementAvailability(facts: EnforcementFacts, tables: LegalTables): EnforcementAvailability {
  const reasons: EnforcementRefusal[] = [];
  const { today } = facts;
  if (!PAYING_OUTCOMES.has(facts.outcome)) {
    reasons.push({
      code: EnforcementRefusalCode.OUTCOME_NOT_ENFORCEABLE,
      message: `A ${facts.outcome} outcome orders the debtor to pay nothing: only a won (wholly or partly) judgment, a judgment in absence or a court settlement ordering payment can be enforced.`,
    });
  } else if (facts.amountOwed <= 0) {
    reasons.push({
      code: EnforcementRefusalCode.NOTHING_OWED,
      message: "Nothing is owed under the judgment: register the payments, or close the case.",
    });
  }
  if (today <= facts.paymentDueDate) {
    reasons.push({
      code: EnforcementRefusalCode.PAYMENT_NOT_DUE,
      message: `The debtor may pay until ${facts.paymentDueDate} (oppfyllelsesfrist): ask for enforcement from ${addDays(facts.paymentDueDate, 1)}.`,
    });
  }
  if (facts.finalOn && today < facts.finalOn) {
    reasons.push({
      code: EnforcementRefusalCode.NOT_FINAL,
      message: `The judgment can be brought before tingretten until it becomes final on ${facts.finalOn}: ask for enforcement from then.`,
    });
  }
  if (facts.againstState) {
    reasons.push({
      code: EnforcementRefusalCode.AGAINST_STATE,
      message: "Claims against the state are not enforced by utlegg: ask the state body to pay under the judgment.",
    });
  }
  // §§ 4-18/4-19: no notice while under a year has passed since enforcement opened (politiet.no, "Krav til varsel",
  // https://www.politiet.no/tjenester/namsmann-og-forliksrad/krav-pa-annet-enn-penger/).
  const enforceableOn = enforceableFrom(facts);
  const underOneYear = today < oneYearAfter(enforceableOn);
  const noticeRequired = !underOneYear;
  const noticeSentOn = facts.noticeSentOn && facts.noticeSentOn <= today ? facts.noticeSentOn : null;
  const noticeExpiresOn = noticeSentOn ? addDays(noticeSentOn, ENFORCEMENT_NOTICE_DAYS) : null;
  const noticeExpired = noticeExpiresOn !== null && today >= noticeExpiresOn;
  if (noticeRequired && !noticeSentOn) {
    reasons.push({
      code: EnforcementRefusalCode.NOTICE_REQUIRED,
      message: `A year has passed since the judgment became enforceable on ${enforceableOn} (since ${oneYearAfter(enforceableOn)}): send the debtor a notice and wait ${ENFORCEMENT_NOTICE_DAYS} days before asking for enforcement.`,
    });
  } else if (noticeRequired && !noticeExpired) {
    reasons.push({
      code: EnforcementRefusalCode.NOTICE_RUNNING,
      message: `The notice sent on ${noticeSentOn} runs until ${noticeExpiresOn}: ask for enforcement from then.`,
    });
  }
  // rettsgebyrloven § 14 (1): the utleggsbegjæring fee whatever the judgment's age. A case sent to the forliksråd
  // by namsmannen (tvangsfullbyrdelsesloven § 7-7) goes back to the utleggssak whose fee was paid already; that fee
  // is claimed in the forliksråd case (tvisteloven § 6-13 (1) a).
  const found = facts.transferredFromEnforcement ? null : feesOn(today, tables);
  const fees = found?.ok ? found.value : null;
  const enforcementFee = fees ? multipleOfR(fees.enforcementFeeFactor, fees) : 0;
  const feeBasis = fees
    ? fees.basis.filter((b) => b.table === LegalTable.COURT_FEE || b.table === LegalTable.ENFORCEMENT_FEE_FACTOR)
    : [];
  return {
    mayCreate: reasons.length === 0,
    enforceableOn,
    noticeRequired,
    noticeExpired,
    noticeExpiresOn,
    underOneYear,
    enforcementFee,
    feeBasis,
    reasons,
  };
}

export interface PetitionCost {
  /** Øre asked for. */
  requested: number;
  /** Øre claimed: the request, at most the cap. */
  claimed: number;
  /** Øre: factor × R on the petition date, rounded down to whole kroner. */
  cap: number;
  capFactor: number;
  capped: boolean;
  /** The rows the cap comes from (R and PETITION_COST_CAP_FACTOR). */
  basis: LegalBasis[];
}

/** The creditor's cost of preparing the petition as claimed: at most the PETITION_COST_CAP_FACTOR row's multiple of R. */
export function petitionCost(
  requested: number,
  petitionDate: LocalDate,
  tables: LegalTables,
): { ok: true; value: PetitionCost } | MissingRow {
  assertOre(requested, "preparation cost");
  const r = legalValueOn(LegalTable.COURT_FEE, petitionDate, tables);
  if (!r.ok) return r;
  const factor = legalValueOn(LegalTable.PETITION_COST_CAP_FACTOR, petitionDate, tables);
  if (!factor.ok) return factor;
  const capFactor = factor.value / 100;
  const cap = multipleOfR(capFactor, { courtFeeR: r.value });
  return {
    ok: true,
    value: {
      requested,
      claimed: Math.min(requested, cap),
      cap,
      capFactor,
      capped: requested > cap,
      basis: [r.basis, factor.basis],
    },
  };
}
