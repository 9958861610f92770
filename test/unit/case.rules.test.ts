import {
  applyReduction,
  availableActions,
  CaseAction,
  CaseStatus,
  canTransition,
  changeStatus,
  closedAtOn,
  CollectionStepKind,
  nextSequence,
  NEW_CASE,
  transitionSources,
  nextDeadline,
  outstanding,
  refuseStep,
  TRANSITIONS,
  type CaseFacts,
} from "../../src/modules/cases/case.rules";

const facts = (over: Partial<CaseFacts> = {}): CaseFacts => ({
  status: CaseStatus.ACTIVE,
  outstanding: 10_000,
  dueDate: "2026-01-31",
  steps: [],
  objections: [],
  ...over,
});
const policy = { objectionResponseDays: 7 };
const notice = { kind: CollectionStepKind.COLLECTION_NOTICE, sentOn: "2026-02-01", deadline: "2026-02-15" };

describe("case state machine", () => {
  it("closed statuses are terminal", () => {
    for (const s of [CaseStatus.PAID, CaseStatus.CREDITED, CaseStatus.CLOSED]) expect(TRANSITIONS[s]).toEqual([]);
  });
  it("a freeze can be lifted back to ACTIVE but a judgment cannot go back to conciliation", () => {
    expect(canTransition(CaseStatus.FROZEN, CaseStatus.ACTIVE)).toBe(true);
    expect(canTransition(CaseStatus.JUDGMENT, CaseStatus.IN_CONCILIATION)).toBe(false);
    expect(canTransition(CaseStatus.ACTIVE, CaseStatus.ENFORCEMENT)).toBe(false);
  });
});

describe("collection steps (inkassoloven §§ 9, 10)", () => {
  it("an inkassovarsel only after the due date", () => {
    expect(refuseStep(facts(), CollectionStepKind.COLLECTION_NOTICE, "2026-01-31", "2026-02-14")?.code).toBe("NOT_DUE");
    expect(refuseStep(facts(), CollectionStepKind.COLLECTION_NOTICE, "2026-02-01", "2026-02-15")).toBeNull();
  });
  it("at least 14 calendar days, no roll over holidays (Easter 2026: 2 to 6 April)", () => {
    expect(refuseStep(facts(), CollectionStepKind.COLLECTION_NOTICE, "2026-03-20", "2026-04-02")?.code).toBe(
      "DEADLINE_TOO_SHORT",
    );
    // 3 April 2026 is Good Friday: the deadline stays there; no move to the next working day
    expect(refuseStep(facts(), CollectionStepKind.COLLECTION_NOTICE, "2026-03-20", "2026-04-03")).toBeNull();
  });
  it("month-end: 14 days from 17 Feb 2026 is 3 March", () => {
    expect(refuseStep(facts(), CollectionStepKind.COLLECTION_NOTICE, "2026-02-17", "2026-03-02")?.code).toBe(
      "DEADLINE_TOO_SHORT",
    );
    expect(refuseStep(facts(), CollectionStepKind.COLLECTION_NOTICE, "2026-02-17", "2026-03-03")).toBeNull();
  });
  it("a betalingsoppfordring only after the inkassovarsel's deadline has passed", () => {
    const f = facts({ steps: [notice] });
    expect(refuseStep(facts(), CollectionStepKind.PAYMENT_DEMAND, "2026-03-01", "2026-03-15")?.code).toBe(
      "STEP_OUT_OF_ORDER",
    );
    expect(refuseStep(f, CollectionStepKind.PAYMENT_DEMAND, "2026-02-15", "2026-03-01")?.code).toBe(
      "DEADLINE_NOT_PASSED",
    );
    expect(refuseStep(f, CollectionStepKind.PAYMENT_DEMAND, "2026-02-16", "2026-03-02")).toBeNull();
    expect(refuseStep(f, CollectionStepKind.COLLECTION_NOTICE, "2026-02-16", "2026-03-02")?.code).toBe(
      "STEP_OUT_OF_ORDER",
    );
  });
  it("no step while frozen or closed", () => {
    expect(
      refuseStep(facts({ status: CaseStatus.FROZEN }), CollectionStepKind.COLLECTION_NOTICE, "2026-02-01", "2026-02-15")
        ?.code,
    ).toBe("CASE_FROZEN");
    expect(
      refuseStep(facts({ status: CaseStatus.PAID }), CollectionStepKind.COLLECTION_NOTICE, "2026-02-01", "2026-02-15")
        ?.code,
    ).toBe("CASE_CLOSED");
  });
});

describe("available actions and deadlines", () => {
  it("offers the next step only when the rules allow it today", () => {
    expect(availableActions(facts(), "2026-01-31")).toEqual([
      CaseAction.REGISTER_PAYMENT,
      CaseAction.REGISTER_CREDIT_NOTE,
      CaseAction.REGISTER_OBJECTION,
      CaseAction.CLOSE,
    ]);
    expect(availableActions(facts(), "2026-02-01")).toContain(CaseAction.SEND_COLLECTION_NOTICE);
    expect(availableActions(facts({ steps: [notice] }), "2026-02-15")).not.toContain(CaseAction.SEND_PAYMENT_DEMAND);
    expect(availableActions(facts({ steps: [notice] }), "2026-02-16")).toContain(CaseAction.SEND_PAYMENT_DEMAND);
    expect(availableActions(facts({ status: CaseStatus.CREDITED }), "2026-02-16")).toEqual([]);
  });
  it("names the next deadline and whether it has passed", () => {
    expect(nextDeadline(facts(), "2026-01-31", policy)).toEqual({
      kind: "INVOICE_DUE",
      dueAt: "2026-01-31",
      pastDue: false,
    });
    expect(nextDeadline(facts({ steps: [notice] }), "2026-02-16", policy)).toEqual({
      kind: "COLLECTION_NOTICE_DEADLINE",
      dueAt: "2026-02-15",
      pastDue: true,
    });
    expect(nextDeadline(facts({ status: CaseStatus.PAID }), "2026-02-16", policy)).toBeNull();
  });
  it("payments and credits reduce what is owed; in full they close the case", () => {
    expect(applyReduction({ status: CaseStatus.ACTIVE, outstanding: 100 }, 40, "payment")).toEqual({
      status: CaseStatus.ACTIVE,
      outstanding: 60,
    });
    expect(applyReduction({ status: CaseStatus.FROZEN, outstanding: 100 }, 100, "payment")).toEqual({
      status: CaseStatus.PAID,
      outstanding: 0,
    });
    expect(applyReduction({ status: CaseStatus.ACTIVE, outstanding: 100 }, 150, "credit")).toEqual({
      status: CaseStatus.CREDITED,
      outstanding: 0,
    });
  });
});

describe("outstanding", () => {
  const balance = {
    principalAmount: 1_250_000,
    feesAmount: 7_000,
    paidAmount: 50_000,
    creditedAmount: 0,
    judgmentAmount: null,
    reducedBeforeJudgment: 0,
  };
  it("before a judgment: principal and fees less payments and credits, never negative", () => {
    expect(outstanding(balance)).toBe(1_207_000);
    expect(outstanding({ ...balance, paidAmount: 2_000_000 })).toBe(0);
  });
  it("after a judgment: what it orders less what was paid or credited since, not the principal", () => {
    const judged = { ...balance, judgmentAmount: 1_407_505, reducedBeforeJudgment: 50_000 };
    expect(outstanding(judged)).toBe(1_407_505);
    expect(outstanding({ ...judged, paidAmount: 125_000, creditedAmount: 5 })).toBe(1_332_500);
    expect(outstanding({ ...judged, paidAmount: 1_500_000 })).toBe(0);
  });
});

describe("status changes and counters", () => {
  const now = new Date("2026-11-23T12:00:00Z");
  const earlier = new Date("2026-10-01T08:00:00Z");

  it("lists the statuses a change may leave, from the transition table", () => {
    expect(transitionSources(CaseStatus.CLOSED)).toEqual([
      CaseStatus.ACTIVE,
      CaseStatus.FROZEN,
      CaseStatus.IN_CONCILIATION,
      CaseStatus.JUDGMENT,
      CaseStatus.ENFORCEMENT,
    ]);
    expect(transitionSources(CaseStatus.FROZEN)).toEqual([CaseStatus.ACTIVE]);
    expect(transitionSources(CaseStatus.ENFORCEMENT)).toEqual([CaseStatus.JUDGMENT]);
  });

  it("stamps closedAt when a change enters a closed status, and keeps it otherwise", () => {
    expect(closedAtOn(CaseStatus.PAID, now)).toBe(now);
    expect(closedAtOn(CaseStatus.FROZEN, now)).toBeNull();
    expect(changeStatus({ status: CaseStatus.ACTIVE, closedAt: null }, CaseStatus.CLOSED, now)).toEqual({
      status: CaseStatus.CLOSED,
      closedAt: now,
    });
    expect(changeStatus({ status: CaseStatus.ACTIVE, closedAt: null }, CaseStatus.FROZEN, now)).toEqual({
      status: CaseStatus.FROZEN,
      closedAt: null,
    });
    const closed = { status: CaseStatus.CLOSED, closedAt: earlier };
    expect(changeStatus(closed, CaseStatus.CLOSED, now)).toBe(closed);
    expect(changeStatus(closed, CaseStatus.ACTIVE, now)).toBeNull();
  });

  it("numbers a timeline from 1 and opens a case as ACTIVE with nothing paid", () => {
    expect(nextSequence(NEW_CASE.lastSequence)).toBe(1);
    expect(nextSequence(7)).toBe(8);
    expect(NEW_CASE).toMatchObject({ status: CaseStatus.ACTIVE, paidAmount: 0, closedAt: null, version: 1 });
  });
});
