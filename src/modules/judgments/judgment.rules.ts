/**
 * What a judgment (forliksdom) orders and what is left to enforce. Pure: no ORM, no GraphQL; dates are arguments.
 */
import { PAYING_OUTCOMES, JudgmentOutcome } from "../conciliation/claim.rules";
import { isLocalDate, type LocalDate } from "../../shared/local-date";

/** Øre each. */
export interface AmountSplit {
  principal: number;
  interest: number;
  fees: number;
  costs: number;
}

export function splitTotal(s: AmountSplit): number {
  return s.principal + s.interest + s.fees + s.costs;
}

/** Outcomes that must order a payment above 0 (a court settlement may order none). */
export const MUST_ORDER_PAYMENT: ReadonlySet<JudgmentOutcome> = new Set([
  JudgmentOutcome.WON,
  JudgmentOutcome.PARTLY_WON,
  JudgmentOutcome.JUDGMENT_IN_ABSENCE,
]);

/** Outcomes after which the claim is what the judgment says (0 when lost); dismissal or referral leave it open. */
export function decidesClaim(outcome: JudgmentOutcome): boolean {
  return PAYING_OUTCOMES.has(outcome) || outcome === JudgmentOutcome.LOST;
}

/**
 * What is left of the judgment's split after `reduced` øre were paid or credited since: payments cover costs first,
 * then fees, then interest, and the principal last.
 */
export function remainingSplit(split: AmountSplit, reduced: number): AmountSplit {
  let left = Math.max(0, reduced);
  const take = (amount: number) => {
    const used = Math.min(amount, left);
    left -= used;
    return amount - used;
  };
  const costs = take(split.costs);
  const fees = take(split.fees);
  const interest = take(split.interest);
  const principal = take(split.principal);
  return { principal, interest, fees, costs };
}

/** What a petition asks for: what is left of the judgment, the enforcement fee in fees and the preparation in costs. */
export function petitionSplit(
  judgmentSplit: AmountSplit,
  p: { reducedSinceJudgment: number; enforcementFee: number; preparationCosts: number },
): AmountSplit {
  const left = remainingSplit(judgmentSplit, p.reducedSinceJudgment);
  return { ...left, fees: left.fees + p.enforcementFee, costs: left.costs + p.preparationCosts };
}

export type JudgmentDateProblem =
  | { code: "DATE_IN_FUTURE"; field: "judgmentDate" | "serviceDate"; value: LocalDate; today: LocalDate }
  | {
      code: "DATE_OUT_OF_ORDER";
      field: "judgmentDate" | "serviceDate" | "paymentDueDate";
      value: LocalDate;
      /** The day it may not come before: the sending of the forliksklage, or the judgment. */
      notBefore: LocalDate;
    };

/** Every ordering problem among a judgment's dates; empty when they fit. */
export function judgmentDateProblems(d: {
  sentOn: LocalDate;
  judgmentDate: LocalDate;
  serviceDate: LocalDate;
  paymentDueDate: LocalDate | null;
  today: LocalDate;
}): JudgmentDateProblem[] {
  const problems: JudgmentDateProblem[] = [];
  if (d.judgmentDate > d.today)
    problems.push({ code: "DATE_IN_FUTURE", field: "judgmentDate", value: d.judgmentDate, today: d.today });
  else if (d.judgmentDate < d.sentOn)
    problems.push({ code: "DATE_OUT_OF_ORDER", field: "judgmentDate", value: d.judgmentDate, notBefore: d.sentOn });
  if (d.serviceDate < d.judgmentDate)
    problems.push({ code: "DATE_OUT_OF_ORDER", field: "serviceDate", value: d.serviceDate, notBefore: d.judgmentDate });
  else if (d.serviceDate > d.today)
    problems.push({ code: "DATE_IN_FUTURE", field: "serviceDate", value: d.serviceDate, today: d.today });
  if (d.paymentDueDate !== null && d.paymentDueDate < d.judgmentDate) {
    problems.push({
      code: "DATE_OUT_OF_ORDER",
      field: "paymentDueDate",
      value: d.paymentDueDate,
      notBefore: d.judgmentDate,
    });
  }
  return problems;
}

/** The amount a judgment orders, as registered; øre. */
export interface OrderedAmount {
  outcome: JudgmentOutcome;
  amountOwed?: number | null;
  paymentDueDate?: string | null;
  breakdown?: (AmountSplit & { interestTo?: string | null }) | null;
  judgmentDate: string;
}

/** The forliksklage's claim, which an order of the same total repeats. */
export interface ClaimAmount {
  total: number;
  split: AmountSplit;
  filingDate: LocalDate;
}

export type JudgmentAmountProblem =
  | { code: "INVALID_AMOUNT"; field: "amountOwed"; problem: "NOT_ORE" }
  | { code: "INVALID_AMOUNT"; field: "amountOwed"; problem: "MUST_ORDER"; outcome: JudgmentOutcome }
  | { code: "INVALID_AMOUNT"; field: "breakdown"; problem: "NOT_ORE" }
  | { code: "AMOUNT_NOT_ORDERED"; field: "amountOwed"; outcome: JudgmentOutcome }
  | { code: "AMOUNT_NOT_ORDERED"; field: "paymentDueDate" }
  | { code: "MISSING_FIELD"; field: "paymentDueDate" }
  | { code: "BREAKDOWN_MISMATCH"; field: "breakdown"; total: number; amount: number }
  | { code: "BREAKDOWN_REQUIRED"; field: "breakdown"; amount: number; claimTotal: number }
  | { code: "INVALID_DATE"; field: "breakdown.interestTo"; problem: "NOT_A_DATE" };

export interface JudgmentAmount {
  /** Øre ordered; 0 when nothing is. */
  amount: number;
  split: AmountSplit;
  interestTo: LocalDate | null;
  problems: JudgmentAmountProblem[];
}

const NO_SPLIT: AmountSplit = { principal: 0, interest: 0, fees: 0, costs: 0 };

/**
 * The amount a judgment orders and its split: the breakdown given, or the claim's own split when the judgment
 * orders the claim's total; with every problem of the amount, the due date and the breakdown.
 */
export function judgmentAmount(o: OrderedAmount, claim: ClaimAmount): JudgmentAmount {
  const amount = o.amountOwed ?? 0;
  const problems: JudgmentAmountProblem[] = [];
  let split = NO_SPLIT;
  let interestTo: LocalDate | null = null;
  if (!Number.isSafeInteger(amount) || amount < 0) {
    problems.push({ code: "INVALID_AMOUNT", field: "amountOwed", problem: "NOT_ORE" });
  } else if (MUST_ORDER_PAYMENT.has(o.outcome) && amount <= 0) {
    problems.push({ code: "INVALID_AMOUNT", field: "amountOwed", problem: "MUST_ORDER", outcome: o.outcome });
  } else if (!PAYING_OUTCOMES.has(o.outcome) && amount > 0) {
    problems.push({ code: "AMOUNT_NOT_ORDERED", field: "amountOwed", outcome: o.outcome });
  } else if (amount > 0) {
    if (!o.paymentDueDate) problems.push({ code: "MISSING_FIELD", field: "paymentDueDate" });
    const b = o.breakdown;
    if (b) {
      if ([b.principal, b.interest, b.fees, b.costs].some((v) => !Number.isSafeInteger(v) || v < 0))
        problems.push({ code: "INVALID_AMOUNT", field: "breakdown", problem: "NOT_ORE" });
      else if (splitTotal(b) !== amount)
        problems.push({ code: "BREAKDOWN_MISMATCH", field: "breakdown", total: splitTotal(b), amount });
      if (b.interestTo != null && !isLocalDate(b.interestTo))
        problems.push({ code: "INVALID_DATE", field: "breakdown.interestTo", problem: "NOT_A_DATE" });
      split = { principal: b.principal, interest: b.interest, fees: b.fees, costs: b.costs };
      interestTo = b.interestTo ?? (isLocalDate(o.judgmentDate) ? o.judgmentDate : null);
    } else if (amount === claim.total) {
      split = claim.split;
      interestTo = claim.filingDate;
    } else {
      problems.push({ code: "BREAKDOWN_REQUIRED", field: "breakdown", amount, claimTotal: claim.total });
    }
  } else if (o.paymentDueDate) {
    problems.push({ code: "AMOUNT_NOT_ORDERED", field: "paymentDueDate" });
  }
  return { amount, split, interestTo, problems };
}
