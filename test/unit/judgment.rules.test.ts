import { JudgmentOutcome } from "../../src/modules/conciliation/claim.rules";
import {
  decidesClaim,
  judgmentDateProblems,
  remainingSplit,
  splitTotal,
} from "../../src/modules/judgments/judgment.rules";
import { availableActions, CaseAction, CaseStatus } from "../../src/modules/cases/case.rules";

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
