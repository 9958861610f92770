/**
 * What a judgment (forliksdom) orders and what is left to enforce. Pure: no ORM, no GraphQL; dates are arguments.
 */
import { PAYING_OUTCOMES, JudgmentOutcome } from "../conciliation/claim.rules";
import type { LocalDate } from "../../shared/local-date";

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

export type JudgmentDateProblem =
  | { code: "DATE_IN_FUTURE"; field: "judgmentDate" | "serviceDate"; message: string }
  | { code: "DATE_OUT_OF_ORDER"; field: "judgmentDate" | "serviceDate" | "paymentDueDate"; message: string };

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
    problems.push({
      code: "DATE_IN_FUTURE",
      field: "judgmentDate",
      message: `The judgment date ${d.judgmentDate} is after today (${d.today}): register a judgment once it is given.`,
    });
  else if (d.judgmentDate < d.sentOn)
    problems.push({
      code: "DATE_OUT_OF_ORDER",
      field: "judgmentDate",
      message: `The judgment date ${d.judgmentDate} is before the forliksklage was sent (${d.sentOn}): check the date on the judgment.`,
    });
  if (d.serviceDate < d.judgmentDate)
    problems.push({
      code: "DATE_OUT_OF_ORDER",
      field: "serviceDate",
      message: `The service date ${d.serviceDate} is before the judgment date ${d.judgmentDate}: a judgment is served (forkynt) on or after the day it is given.`,
    });
  else if (d.serviceDate > d.today)
    problems.push({
      code: "DATE_IN_FUTURE",
      field: "serviceDate",
      message: `The service date ${d.serviceDate} is after today (${d.today}): register the judgment once it has been served.`,
    });
  if (d.paymentDueDate !== null && d.paymentDueDate < d.judgmentDate) {
    problems.push({
      code: "DATE_OUT_OF_ORDER",
      field: "paymentDueDate",
      message: `The payment due date ${d.paymentDueDate} is before the judgment date ${d.judgmentDate}: give the oppfyllelsesfrist the judgment states.`,
    });
  }
  return problems;
}
