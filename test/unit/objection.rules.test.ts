import { ConfigError, loadConfig } from "../../src/app/config";
import {
  availableActions,
  BLOCKED_WHILE_FROZEN,
  CaseAction,
  CaseStatus,
  nextDeadline,
  type CaseFacts,
  type ObjectionFact,
} from "../../src/modules/cases/case.rules";
import {
  freezesOnRegistration,
  isWritten,
  objectionFacts,
  ObjectionChannel,
  ObjectionStatus,
  planCredit,
  refuseReason,
  refuseRegistration,
  refuseResolution,
  unfreezes,
  type Resolution,
} from "../../src/modules/objections/objection.rules";

const facts = (over: Partial<CaseFacts> = {}): CaseFacts => ({
  status: CaseStatus.ACTIVE,
  outstanding: 10_000,
  dueDate: "2026-01-31",
  steps: [],
  objections: [],
  ...over,
});
const written = (receivedOn: string, open = true): ObjectionFact => ({ written: true, open, receivedOn });
const oral = (receivedOn: string): ObjectionFact => ({ written: false, open: true, receivedOn });
const policy = { objectionResponseDays: 7 };

describe("what counts as a written objection", () => {
  it.each([
    [ObjectionChannel.LETTER, 0, true],
    [ObjectionChannel.EMAIL, 0, true],
    [ObjectionChannel.PORTAL, 0, true],
    [ObjectionChannel.ORAL, 0, false],
    [ObjectionChannel.ORAL, 1, true],
  ])("%s with %i documents: written %s", (channel, documents, expected) => {
    expect(isWritten(channel, documents)).toBe(expected);
  });

  it("only a written objection on a running case freezes; a second one on a frozen case does not freeze again", () => {
    expect(freezesOnRegistration(CaseStatus.ACTIVE, true)).toBe(true);
    expect(freezesOnRegistration(CaseStatus.ACTIVE, false)).toBe(false);
    expect(freezesOnRegistration(CaseStatus.FROZEN, true)).toBe(false);
  });

  it("keeps only live objections (open or escalated) as facts for the case rules", () => {
    const states = Object.values(ObjectionStatus).map((status) => ({
      written: true,
      status,
      receivedOn: "2026-02-01",
    }));
    expect(objectionFacts(states)).toEqual([
      { written: true, open: true, receivedOn: "2026-02-01" },
      { written: true, open: false, receivedOn: "2026-02-01" },
    ]);
  });
});

describe("registration and resolution", () => {
  it("refuses objections on closed cases and on cases before the forliksråd or the courts", () => {
    expect(refuseRegistration(CaseStatus.ACTIVE)).toBeNull();
    expect(refuseRegistration(CaseStatus.FROZEN)).toBeNull();
    for (const s of [CaseStatus.PAID, CaseStatus.CREDITED, CaseStatus.CLOSED])
      expect(refuseRegistration(s)?.code).toBe("CASE_CLOSED");
    for (const s of [CaseStatus.IN_CONCILIATION, CaseStatus.JUDGMENT, CaseStatus.ENFORCEMENT])
      expect(refuseRegistration(s)?.code).toBe("CASE_IN_LEGAL_PROCESS");
  });

  const table: [ObjectionStatus, Resolution, boolean][] = [
    [ObjectionStatus.OPEN, ObjectionStatus.WITHDRAWN, true],
    [ObjectionStatus.OPEN, ObjectionStatus.UNFOUNDED, true],
    [ObjectionStatus.OPEN, ObjectionStatus.RESOLVED_BY_CREDIT, true],
    [ObjectionStatus.OPEN, ObjectionStatus.ESCALATED, true],
    [ObjectionStatus.ESCALATED, ObjectionStatus.WITHDRAWN, true],
    [ObjectionStatus.ESCALATED, ObjectionStatus.RESOLVED_BY_CREDIT, true],
    [ObjectionStatus.ESCALATED, ObjectionStatus.UNFOUNDED, false],
    [ObjectionStatus.ESCALATED, ObjectionStatus.ESCALATED, false],
    [ObjectionStatus.WITHDRAWN, ObjectionStatus.WITHDRAWN, false],
    [ObjectionStatus.UNFOUNDED, ObjectionStatus.ESCALATED, false],
    [ObjectionStatus.RESOLVED_BY_CREDIT, ObjectionStatus.WITHDRAWN, false],
  ];
  it.each(table)("%s -> %s allowed: %s", (from, to, allowed) => {
    const refusal = refuseResolution(from, to);
    expect(refusal === null).toBe(allowed);
    if (refusal)
      expect(refusal).toMatchObject({
        code: "OBJECTION_NOT_OPEN",
        message: expect.stringContaining(`is ${from} already`),
      });
  });

  it("the freeze ends only when no written objection holds it", () => {
    expect(unfreezes(CaseStatus.FROZEN, [])).toBe(true);
    expect(unfreezes(CaseStatus.FROZEN, [oral("2026-02-01")])).toBe(true);
    expect(unfreezes(CaseStatus.FROZEN, [written("2026-02-01")])).toBe(false);
    expect(unfreezes(CaseStatus.FROZEN, [written("2026-02-01", false)])).toBe(false);
    expect(unfreezes(CaseStatus.ACTIVE, [])).toBe(false);
  });

  it("an unfounded-decision needs a reason of at least 10 characters", () => {
    expect(refuseReason("")).toContain("at least 10 characters");
    expect(refuseReason("  kort     ")).toContain("åpenbart grunnløs");
    expect(refuseReason(null)).not.toBeNull();
    expect(refuseReason("0123456789")).toBeNull();
  });
});

describe("credit note plans (øre)", () => {
  it.each([
    ["all of it", 10_000, 10_000, null, { kind: "FULL", reissue: false }],
    ["all of it and reissue", 10_000, 10_000, 8_000, { kind: "FULL", reissue: true }],
    ["part with the rest as a new invoice", 10_000, 2_500, 7_500, { kind: "PARTIAL", remainder: 7_500 }],
    ["nothing", 10_000, 0, null, { code: "INVALID_AMOUNT", field: ["creditNoteAmount"] }],
    ["a fraction of an øre", 10_000, 2.5, null, { code: "INVALID_AMOUNT", field: ["creditNoteAmount"] }],
    ["more than owed", 10_000, 10_001, null, { code: "AMOUNT_EXCEEDS_OUTSTANDING", field: ["creditNoteAmount"] }],
    ["part without a new invoice", 10_000, 2_500, null, { code: "MISSING_NEW_INVOICE", field: ["newInvoice"] }],
    [
      "part with a new invoice for another amount",
      10_000,
      2_500,
      7_000,
      { code: "AMOUNT_MISMATCH", field: ["newInvoice", "amount"] },
    ],
    ["a new invoice of zero", 10_000, 10_000, 0, { code: "INVALID_AMOUNT", field: ["newInvoice", "amount"] }],
  ] as const)("%s", (_what, outstanding, credit, newAmount, expected) => {
    expect(planCredit(outstanding, credit, newAmount)).toMatchObject(expected);
  });

  it("says what the new invoice must carry", () => {
    expect(planCredit(10_000, 2_500, 7_000)).toMatchObject({
      message: expect.stringContaining("7500 øre (10000 − 2500)"),
    });
  });
});

describe("the case rules with objections", () => {
  const today = "2026-03-01";

  it("while FROZEN no fee-bearing or escalating action is offered, but the ways out are", () => {
    const actions = availableActions(facts({ status: CaseStatus.FROZEN, objections: [written("2026-02-20")] }), today);
    for (const blocked of BLOCKED_WHILE_FROZEN) expect(actions).not.toContain(blocked);
    expect(actions).toEqual([
      CaseAction.REGISTER_PAYMENT,
      CaseAction.REGISTER_CREDIT_NOTE,
      CaseAction.REGISTER_OBJECTION,
      CaseAction.WITHDRAW_OBJECTION,
      CaseAction.MARK_OBJECTION_UNFOUNDED,
      CaseAction.RESOLVE_OBJECTION_BY_CREDIT,
      CaseAction.ESCALATE_TO_CONCILIATION,
      CaseAction.CLOSE,
    ]);
  });

  it("an oral objection alone leaves collection running and asks for it in writing", () => {
    const actions = availableActions(facts({ objections: [oral("2026-02-20")] }), today);
    expect(actions).toContain(CaseAction.SEND_COLLECTION_NOTICE);
    expect(actions).toContain(CaseAction.REQUEST_WRITTEN_OBJECTION);
    expect(
      availableActions(
        facts({ status: CaseStatus.FROZEN, objections: [oral("2026-02-20"), written("2026-02-21")] }),
        today,
      ),
    ).not.toContain(CaseAction.REQUEST_WRITTEN_OBJECTION);
  });

  it("an escalated objection can still be withdrawn or credited, not escalated or found unfounded again", () => {
    expect(
      availableActions(facts({ status: CaseStatus.FROZEN, objections: [written("2026-02-20", false)] }), today),
    ).toEqual([
      CaseAction.REGISTER_PAYMENT,
      CaseAction.REGISTER_CREDIT_NOTE,
      CaseAction.REGISTER_OBJECTION,
      CaseAction.WITHDRAW_OBJECTION,
      CaseAction.RESOLVE_OBJECTION_BY_CREDIT,
      CaseAction.CLOSE,
    ]);
  });

  it("no objection actions before the forliksråd or on a closed case", () => {
    expect(
      availableActions(
        facts({ status: CaseStatus.IN_CONCILIATION, objections: [written("2026-02-20", false)] }),
        today,
      ),
    ).toEqual([CaseAction.REGISTER_PAYMENT, CaseAction.REGISTER_CREDIT_NOTE, CaseAction.CLOSE]);
    expect(availableActions(facts({ status: CaseStatus.CLOSED, objections: [written("2026-02-20")] }), today)).toEqual(
      [],
    );
  });

  it("a frozen case's next deadline is the answer to its oldest open written objection", () => {
    const frozen = facts({
      status: CaseStatus.FROZEN,
      objections: [oral("2026-02-01"), written("2026-02-25"), written("2026-02-20")],
    });
    expect(nextDeadline(frozen, today, policy)).toEqual({
      kind: "OBJECTION_RESPONSE_DUE",
      dueAt: "2026-02-27",
      pastDue: true,
    });
    expect(nextDeadline(frozen, today, { objectionResponseDays: 10 })).toEqual({
      kind: "OBJECTION_RESPONSE_DUE",
      dueAt: "2026-03-02",
      pastDue: false,
    });
    expect(
      nextDeadline(facts({ status: CaseStatus.FROZEN, objections: [written("2026-02-20", false)] }), today, policy),
    ).toBeNull();
    expect(nextDeadline(facts({ objections: [oral("2026-02-20")] }), today, policy)).toMatchObject({
      kind: "INVOICE_DUE",
    });
  });
});

describe("OBJECTION_RESPONSE_DAYS", () => {
  it("defaults to 7 and takes a positive whole number", () => {
    expect(loadConfig({}).objectionResponseDays).toBe(7);
    expect(loadConfig({ OBJECTION_RESPONSE_DAYS: "14" }).objectionResponseDays).toBe(14);
  });
  it("names the fix for a bad value", () => {
    expect(() => loadConfig({ OBJECTION_RESPONSE_DAYS: "0" })).toThrow(ConfigError);
    let error: unknown;
    try {
      loadConfig({ OBJECTION_RESPONSE_DAYS: "a week" });
    } catch (err) {
      error = err;
    }
    expect((error as ConfigError).problems).toEqual([
      expect.stringMatching(
        /^OBJECTION_RESPONSE_DAYS is invalid .*: set OBJECTION_RESPONSE_DAYS to the whole number of calendar days/,
      ),
    ]);
  });
});
