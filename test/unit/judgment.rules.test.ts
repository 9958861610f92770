import { JudgmentOutcome } from "../../src/modules/conciliation/claim.rules";
import {
  decidesClaim,
  judgmentDateProblems,
  remainingSplit,
  splitTotal,
} from "../../src/modules/judgments/judgment.rules";
import { availableActions, CaseAction, CaseStatus } from "../../src/modules/cases/case.rules";
import { judgmentAmount, petitionSplit } from "../../src/modules/judgments/judgment.rules";
import { judgmentUserErrors } from "../../src/modules/judgments/judgment.errors";

describe("remainingSplit", () => {
  const split = { principal: 800_000, interest: 50_000, fees: 50_000, costs: 100_000 };

  it("payments cover costs, then fees, then interest, and the principal last", () => {
    expect(remainingSplit(split, 0)).toEqual(split);
    expect(remainingSplit(split, 100_000)).toEqual({ principal: 800_000, interest: 50_000, fees: 50_000, costs: 0 });
    expect(remainingSplit(split, 120_000)).toEqual({ principal: 800_000, interest: 50_000, fees: 30_000, costs: 0 });
    expect(remainingSplit(split, 180_000)).toEqual({ principal: 800_000, interest: 20_000, fees: 0, costs: 0 });
    expect(remainingSplit(split, 400_000)).toEqual({ principal: 600_000, interest: 0, fees: 0, costs: 0 });
    expect(remainingSplit(split, 2_000_000)).toEqual({ principal: 0, interest: 0, fees: 0, costs: 0 });
    expect(remainingSplit(split, -5)).toEqual(split);
    expect(splitTotal(remainingSplit(split, 123_456))).toBe(splitTotal(split) - 123_456);
  });
});

describe("decidesClaim", () => {
  it("paying outcomes and a loss decide the claim; dismissal and referral leave it open", () => {
    expect(Object.values(JudgmentOutcome).filter(decidesClaim)).toEqual([
      "WON",
      "PARTLY_WON",
      "COURT_SETTLEMENT",
      "LOST",
      "JUDGMENT_IN_ABSENCE",
    ]);
  });
});

describe("judgmentDateProblems", () => {
  const ok = {
    sentOn: "2026-03-04",
    judgmentDate: "2026-04-21",
    serviceDate: "2026-04-24",
    paymentDueDate: "2026-05-08",
    today: "2026-11-23",
  };

  it("accepts dates in order, the same day for judgment and service, and no due date", () => {
    expect(judgmentDateProblems(ok)).toEqual([]);
    expect(judgmentDateProblems({ ...ok, serviceDate: "2026-04-21", paymentDueDate: null })).toEqual([]);
    expect(judgmentDateProblems({ ...ok, judgmentDate: "2026-03-04" })).toEqual([]);
  });

  it("names each problem with its field", () => {
    expect(judgmentDateProblems({ ...ok, serviceDate: "2026-04-20" }).map((p) => [p.code, p.field])).toEqual([
      ["DATE_OUT_OF_ORDER", "serviceDate"],
    ]);
    expect(
      judgmentDateProblems({ ...ok, judgmentDate: "2026-03-03", serviceDate: "2026-03-05" }).map((p) => [
        p.code,
        p.field,
      ]),
    ).toEqual([["DATE_OUT_OF_ORDER", "judgmentDate"]]);
    expect(
      judgmentDateProblems({
        ...ok,
        judgmentDate: "2026-11-24",
        serviceDate: "2026-11-24",
        paymentDueDate: "2026-11-23",
      }).map((p) => [p.code, p.field]),
    ).toEqual([
      ["DATE_IN_FUTURE", "judgmentDate"],
      ["DATE_IN_FUTURE", "serviceDate"],
      ["DATE_OUT_OF_ORDER", "paymentDueDate"],
    ]);
  });
});

describe("availableActions offers CREATE_ENFORCEMENT_PETITION", () => {
  const facts = { outstanding: 100_000, dueDate: "2026-01-01", steps: [], objections: [] };
  it("only for a case in JUDGMENT whose judgment may be enforced", () => {
    expect(
      availableActions({ ...facts, status: CaseStatus.JUDGMENT, enforcementAvailable: true }, "2026-11-23"),
    ).toEqual([
      CaseAction.REGISTER_PAYMENT,
      CaseAction.REGISTER_CREDIT_NOTE,
      CaseAction.CREATE_ENFORCEMENT_PETITION,
      CaseAction.CLOSE,
    ]);
    expect(
      availableActions({ ...facts, status: CaseStatus.JUDGMENT, enforcementAvailable: false }, "2026-11-23"),
    ).not.toContain(CaseAction.CREATE_ENFORCEMENT_PETITION);
    expect(availableActions({ ...facts, status: CaseStatus.JUDGMENT }, "2026-11-23")).not.toContain(
      CaseAction.CREATE_ENFORCEMENT_PETITION,
    );
    for (const status of [
      CaseStatus.ACTIVE,
      CaseStatus.FROZEN,
      CaseStatus.IN_CONCILIATION,
      CaseStatus.ENFORCEMENT,
      CaseStatus.PAID,
    ]) {
      expect(availableActions({ ...facts, status, enforcementAvailable: true }, "2026-11-23")).not.toContain(
        CaseAction.CREATE_ENFORCEMENT_PETITION,
      );
    }
  });
});

describe("judgmentAmount", () => {
  const claim = {
    total: 1_000_000,
    split: { principal: 800_000, interest: 50_000, fees: 50_000, costs: 100_000 },
    filingDate: "2026-03-01",
  };
  const won = { outcome: JudgmentOutcome.WON, judgmentDate: "2026-04-21", paymentDueDate: "2026-05-08" };
  const problems = (o: Parameters<typeof judgmentAmount>[0]) =>
    judgmentAmount(o, claim).problems.map((p) => [p.code, p.field]);

  it("an order of the claim's total takes the claim's split and interest date", () => {
    expect(judgmentAmount({ ...won, amountOwed: 1_000_000 }, claim)).toEqual({
      amount: 1_000_000,
      split: claim.split,
      interestTo: "2026-03-01",
      problems: [],
    });
  });

  it("another amount takes the breakdown given, its interest running to the judgment date by default", () => {
    const breakdown = { principal: 500_000, interest: 10_000, fees: 0, costs: 90_000 };
    expect(judgmentAmount({ ...won, amountOwed: 600_000, breakdown }, claim)).toEqual({
      amount: 600_000,
      split: breakdown,
      interestTo: "2026-04-21",
      problems: [],
    });
    expect(problems({ ...won, amountOwed: 600_000 })).toEqual([["BREAKDOWN_REQUIRED", "breakdown"]]);
    expect(problems({ ...won, amountOwed: 600_000, breakdown: { ...breakdown, costs: 1 } })).toEqual([
      ["BREAKDOWN_MISMATCH", "breakdown"],
    ]);
    expect(
      problems({ ...won, amountOwed: 600_000, breakdown: { ...breakdown, costs: -1, interestTo: "21.04.2026" } }),
    ).toEqual([
      ["INVALID_AMOUNT", "breakdown"],
      ["INVALID_DATE", "breakdown.interestTo"],
    ]);
  });

  it("an amount fits the outcome, and a due date belongs to an amount ordered", () => {
    expect(problems({ ...won, amountOwed: 0 })).toEqual([["INVALID_AMOUNT", "amountOwed"]]);
    expect(problems({ ...won, amountOwed: 1.5 })).toEqual([["INVALID_AMOUNT", "amountOwed"]]);
    expect(problems({ ...won, amountOwed: 1_000_000, paymentDueDate: null })).toEqual([
      ["MISSING_FIELD", "paymentDueDate"],
    ]);
    expect(problems({ ...won, outcome: JudgmentOutcome.LOST, amountOwed: 5 })).toEqual([
      ["AMOUNT_NOT_ORDERED", "amountOwed"],
    ]);
    expect(problems({ ...won, outcome: JudgmentOutcome.LOST })).toEqual([["AMOUNT_NOT_ORDERED", "paymentDueDate"]]);
    expect(judgmentAmount({ ...won, outcome: JudgmentOutcome.COURT_SETTLEMENT, paymentDueDate: null }, claim)).toEqual({
      amount: 0,
      split: { principal: 0, interest: 0, fees: 0, costs: 0 },
      interestTo: null,
      problems: [],
    });
  });

  it("the module's mapping words each problem and places it under input", () => {
    const { problems: found } = judgmentAmount({ ...won, amountOwed: 600_000 }, claim);
    expect(judgmentUserErrors(found)).toEqual([
      {
        code: "BREAKDOWN_REQUIRED",
        field: ["input", "breakdown"],
        message:
          "The amount ordered (600000 øre) differs from the claim (1000000 øre): give the breakdown into principal, interest, fees and costs as the judgment states it.",
      },
    ]);
    const dates = judgmentDateProblems({
      sentOn: "2026-03-04",
      judgmentDate: "2026-04-21",
      serviceDate: "2026-04-20",
      paymentDueDate: null,
      today: "2026-11-23",
    });
    expect(judgmentUserErrors(dates)).toEqual([
      {
        code: "DATE_OUT_OF_ORDER",
        field: ["input", "serviceDate"],
        message:
          "The service date 2026-04-20 is before the judgment date 2026-04-21: a judgment is served (forkynt) on or after the day it is given.",
      },
    ]);
  });
});

describe("petitionSplit", () => {
  it("asks for what is left of the judgment, with the fee in fees and the preparation in costs", () => {
    const split = { principal: 800_000, interest: 50_000, fees: 50_000, costs: 100_000 };
    expect(
      petitionSplit(split, { reducedSinceJudgment: 120_000, enforcementFee: 15_000, preparationCosts: 7_000 }),
    ).toEqual({ principal: 800_000, interest: 50_000, fees: 45_000, costs: 7_000 });
  });
});
