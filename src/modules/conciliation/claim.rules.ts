/**
 * The claim (påstand) of a forliksklage, and whether a judgment can be enforced by an utleggsbegjæring. Pure:
 * dates are arguments, tables have defaults callers may replace.
 */
import { feesOn, multipleOfR, FEE_TABLE, type FeeRow } from "../fees/fee-tables";
import { rowOn, type DatedRow } from "../../shared/dated-table";
import { addDays, addMonths, type LocalDate } from "../../shared/local-date";
import { lateInterest, LATE_INTEREST_TABLE, type InterestRateRow, type InterestResult } from "./interest.rules";

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
}

export interface ClaimTables {
  /** Default FEE_TABLE. */
  fees?: readonly FeeRow[];
  /** Default LATE_INTEREST_TABLE. */
  interestRates?: readonly InterestRateRow[];
  /** Default LEGAL_COST_CAP_WITH_COLLECTION_TABLE. */
  legalCostCapWithCollection?: readonly LegalCostCapWithCollectionRow[];
}

export interface LegalCosts {
  /** Øre asked for. */
  requested: number;
  /** Øre claimed: the request, at most the cap. */
  claimed: number;
  /** Øre: legalCostCapFactor × R, or the lower factor of LEGAL_COST_CAP_WITH_COLLECTION_TABLE when collection costs are claimed. */
  cap: number;
  /** The multiple of R the cap is. */
  capFactor: number;
  /** Collection costs (inkasso) are claimed too, so the lower cap applies. */
  withCollectionCosts: boolean;
  capped: boolean;
}

/** The legal-cost cap, as a multiple of R, when the claimant also claims out-of-court collection costs. */
export interface LegalCostCapWithCollectionRow extends DatedRow {
  factor: number;
  source: string;
  /** The row's value is confirmed in the statute text as in force. */
  confirmed: boolean;
}

/**
 * tvisteloven § 6-13 (1) d: legal help in a forliksråd case up to 4 R, "men inntil rettsgebyret dersom klageren i
 * tillegg krever erstatning for kostnader ved utenrettslig inndriving". Halved to ½ R for forliksklager from
 * 2021-01-01 by Prop. 18 L (2020–2021) (Innst. 125 L (2020–2021)); the enacted text was not at hand, so that row is
 * unconfirmed. It is applied because the lower cap never over-claims.
 */
export const LEGAL_COST_CAP_WITH_COLLECTION_TABLE: readonly LegalCostCapWithCollectionRow[] = [
  { validFrom: "2008-01-01", factor: 1, source: "tvisteloven § 6-13 (1) d, https://lovdata.no/dokument/NL/lov/2005-06-17-90", confirmed: true },
  {
    validFrom: "2021-01-01",
    factor: 0.5,
    source: "Prop. 18 L (2020–2021) https://www.regjeringen.no/no/dokumenter/prop.-18-l-20202021/id2773152/?ch=5; Innst. 125 L (2020–2021) https://stortinget.no/no/Saker-og-publikasjoner/Publikasjoner/Innstillinger/Stortinget/2020-2021/inns-202021-125l/",
    confirmed: false,
  },
];

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
  /** Øre: principal + interest + fees + claimed legal costs. */
  total: number;
}

function assertOre(value: number, what: string): void {
  if (!Number.isSafeInteger(value) || value < 0) throw new Error(`${what} must be whole øre >= 0, got ${value}`);
}

export function buildClaim(input: ClaimInput, tables: ClaimTables = {}): ConciliationClaim {
  assertOre(input.principal, "principal");
  const fees = feesOn(input.filingDate, tables.fees ?? FEE_TABLE);
  const interest = lateInterest(input.principal, input.dueDate, input.filingDate, tables.interestRates ?? LATE_INTEREST_TABLE);
  const conciliationFee = multipleOfR(fees.conciliationFeeFactor, fees);
  const requested = input.legalCosts ?? 0;
  assertOre(requested, "legalCosts");
  const extraFees = (input.extraFees ?? []).map((f) => ({ ...f }));
  for (const f of extraFees) assertOre(f.amount, `fee "${f.label}"`);
  const withCollectionCosts = input.claimsCollectionCosts ?? extraFees.some((f) => f.amount > 0);
  const capFactor = withCollectionCosts
    ? rowOn(tables.legalCostCapWithCollection ?? LEGAL_COST_CAP_WITH_COLLECTION_TABLE, input.filingDate).factor
    : fees.legalCostCapFactor;
  const cap = multipleOfR(capFactor, fees);
  const legalCosts: LegalCosts = { requested, claimed: Math.min(requested, cap), cap, capFactor, withCollectionCosts, capped: requested > cap };
  const total = input.principal + interest.total + conciliationFee + extraFees.reduce((s, f) => s + f.amount, 0) + legalCosts.claimed;
  return {
    principal: input.principal,
    interest,
    conciliationFee,
    conciliationFeeFactor: fees.conciliationFeeFactor,
    courtFeeR: fees.courtFeeR,
    extraFees,
    legalCosts,
    requestJudgmentInAbsence: input.requestJudgmentInAbsence,
    total,
  };
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

export function enforcementAvailability(facts: EnforcementFacts, feeTable: readonly FeeRow[] = FEE_TABLE): EnforcementAvailability {
  const reasons: EnforcementRefusal[] = [];
  const { today } = facts;
  if (!PAYING_OUTCOMES.has(facts.outcome)) {
    reasons.push({
      code: EnforcementRefusalCode.OUTCOME_NOT_ENFORCEABLE,
      message: `A ${facts.outcome} outcome orders the debtor to pay nothing: only a won (wholly or partly) judgment, a judgment in absence or a court settlement ordering payment can be enforced.`,
    });
  } else if (facts.amountOwed <= 0) {
    reasons.push({ code: EnforcementRefusalCode.NOTHING_OWED, message: "Nothing is owed under the judgment: register the payments, or close the case." });
  }
  if (today <= facts.paymentDueDate) {
    reasons.push({
      code: EnforcementRefusalCode.PAYMENT_NOT_DUE,
      message: `The debtor may pay until ${facts.paymentDueDate} (oppfyllelsesfrist): ask for enforcement from ${addDays(facts.paymentDueDate, 1)}.`,
    });
  }
  if (facts.finalOn && today < facts.finalOn) {
    reasons.push({ code: EnforcementRefusalCode.NOT_FINAL, message: `The judgment can be brought before tingretten until it becomes final on ${facts.finalOn}: ask for enforcement from then.` });
  }
  if (facts.againstState) {
    reasons.push({ code: EnforcementRefusalCode.AGAINST_STATE, message: "Claims against the state are not enforced by utlegg: ask the state body to pay under the judgment." });
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
    reasons.push({ code: EnforcementRefusalCode.NOTICE_RUNNING, message: `The notice sent on ${noticeSentOn} runs until ${noticeExpiresOn}: ask for enforcement from then.` });
  }
  // rettsgebyrloven § 14 (1): 1.21 R for an utleggsbegjæring, whatever the judgment's age. A case sent to the
  // forliksråd by namsmannen (tvangsfullbyrdelsesloven § 7-7) goes back to the utleggssak whose fee was paid already;
  // that fee is claimed in the forliksråd case (tvisteloven § 6-13 (1) a).
  const fees = feesOn(today, feeTable);
  const enforcementFee = facts.transferredFromEnforcement ? 0 : multipleOfR(fees.enforcementFeeFactor, fees);
  return { mayCreate: reasons.length === 0, enforceableOn, noticeRequired, noticeExpired, noticeExpiresOn, underOneYear, enforcementFee, reasons };
}

/** The creditor's own cost of preparing an utleggsbegjæring, as a multiple of R, at most (unless more work is documented). */
export interface PetitionCostCapRow extends DatedRow {
  factor: number;
  source: string;
  confirmed: boolean;
}

/**
 * What politiet.no publishes for a næringsdrivende creditor's own work on a petition to namsmannen: one R before
 * the 2021 halving of skrivesalær (Prop. 18 L (2020–2021) names the enforcement rate alongside), half an R now. The
 * regulation text was not at hand: both rows are unconfirmed; the lower one never over-claims.
 */
export const PETITION_COST_CAP_TABLE: readonly PetitionCostCapRow[] = [
  { validFrom: "2008-01-01", factor: 1, source: "politiet.no, Begjære utleggsforretning, https://www.politiet.no/tjenester/namsmann-og-forliksrad/begjare-utleggsforretning/lovbestemmelse/", confirmed: false },
  { validFrom: "2021-01-01", factor: 0.5, source: "politiet.no, https://www.politiet.no/tjenester/namsmann-og-forliksrad/utlevering/begjare/ (ett halvt rettsgebyr for å sende kravet til namsmannen)", confirmed: false },
];

export interface PetitionCost {
  /** Øre asked for. */
  requested: number;
  /** Øre claimed: the request, at most the cap. */
  claimed: number;
  /** Øre: factor × R on the petition date, rounded down to whole kroner. */
  cap: number;
  capFactor: number;
  capped: boolean;
}

/** The creditor's cost of preparing the petition as claimed: at most PETITION_COST_CAP_TABLE's factor × R. */
export function petitionCost(requested: number, petitionDate: LocalDate, feeTable: readonly FeeRow[] = FEE_TABLE, capTable: readonly PetitionCostCapRow[] = PETITION_COST_CAP_TABLE): PetitionCost {
  assertOre(requested, "preparation cost");
  const capFactor = rowOn(capTable, petitionDate).factor;
  const cap = multipleOfR(capFactor, feesOn(petitionDate, feeTable));
  return { requested, claimed: Math.min(requested, cap), cap, capFactor, capped: requested > cap };
}
