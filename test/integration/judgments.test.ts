import {
  CaseDisputeDocument,
  ConciliationCaseCreateDocument,
  JudgmentRegisterDocument,
  type JudgmentRegisterInput,
} from "../generated/graphql";
import { startTestApp, type TestApp } from "../support/app";
import { createCreditor, createDebtor } from "../support/factories";
import { draftInput, judge, openCase, sent, uploadPdf } from "../support/dispute";
import { fixedClock } from "../../src/shared/clock";
import { toGlobalId } from "../../src/shared/global-id";
import type { Creditor } from "../../src/modules/parties/creditor.entity";
import type { Debtor } from "../../src/modules/parties/debtor.entity";

const CLOCK = "2026-11-23T12:00:00Z";
let app: TestApp;
let creditor: Creditor;
let debtor: Debtor;

beforeAll(async () => {
  app = await startTestApp({ clock: fixedClock(CLOCK) });
  creditor = await createCreditor(app);
  debtor = await createDebtor(app, creditor, { municipalityCode: "4601" });
});
afterAll(async () => app?.close());

const counts = async () => ({
  judgments: await app.count("judgment"),
  events: await app.count("case_event"),
  cases: await app.sql<{ s: string }>(
    "select string_agg(id || ':' || status || ':' || coalesce(judgment_amount::text, '-'), ',' order by id) as s from collection_case",
  ),
  conciliation: await app.sql<{ s: string }>(
    "select string_agg(id || ':' || status, ',' order by id) as s from conciliation_case",
  ),
});

/** A case whose forliksklage (12 500 kr) was sent on 2025-09-01. */
async function sentCase(
  target: TestApp = app,
  parties: { creditor: Creditor; debtor: Debtor } = { creditor, debtor },
): Promise<{ caseId: string; ccId: string }> {
  const caseId = await openCase(target, parties.creditor, parties.debtor, { dueDate: "2025-08-01", amount: 1_250_000 });
  const ccId = await sent(target, caseId, { filingDate: "2025-09-01" });
  return { caseId, ccId };
}

describe("judgmentRegister on the court calendar", () => {
  // [what, judgment date, service date, review deadline, final on]
  const dates: [string, string, string, string, string][] = [
    [
      "Easter: the court holiday 28 Mar–6 Apr 2026 stops the deadline",
      "2026-03-16",
      "2026-03-17",
      "2026-04-27",
      "2026-04-28",
    ],
    ["17 May 2026 falls on a Sunday: 17 May → Monday 18 May", "2026-04-15", "2026-04-17", "2026-05-18", "2026-05-19"],
    ["Whit Monday: Sunday 24 May → Tuesday 26 May", "2026-04-21", "2026-04-24", "2026-05-26", "2026-05-27"],
    [
      "Christmas: the court holiday from 24 Dec stops it, 4 Jan is a Sunday",
      "2025-11-20",
      "2025-11-24",
      "2026-01-05",
      "2026-01-06",
    ],
    ["month end: 31 Jan + 1 month = 28 Feb, a Saturday", "2026-01-29", "2026-01-31", "2026-03-02", "2026-03-03"],
    ["summer: the court holiday 1 Jul–15 Aug stops it", "2026-06-18", "2026-06-20", "2026-09-04", "2026-09-05"],
  ];
  it.each(dates)("%s", async (_what, judgmentDate, serviceDate, reviewDeadline, finalOn) => {
    const { caseId, ccId } = await sentCase();
    const result = await judge(app, { conciliationCaseId: ccId, judgmentDate, serviceDate, outcome: "DISMISSED" });
    expect(result.judgment).toMatchObject({
      judgmentDate,
      serviceDate,
      reviewDeadline,
      finalOn,
      courtHolidaysSuspended: true,
      amountOwed: 0,
      paymentDueDate: null,
    });
    expect(result.case).toMatchObject({ id: caseId, status: "JUDGMENT", outstandingAmount: 1_250_000 });
  });

  it("with COURT_HOLIDAYS_SUSPEND_REVIEW_DEADLINE=false court holidays do not stop it (domstolloven § 140 (2) read strictly)", async () => {
    const strict = await startTestApp({
      clock: fixedClock(CLOCK),
      env: { COURT_HOLIDAYS_SUSPEND_REVIEW_DEADLINE: "false" },
    });
    try {
      const c = await createCreditor(strict);
      const d = await createDebtor(strict, c);
      const easter = await sentCase(strict, { creditor: c, debtor: d });
      expect(
        (
          await judge(strict, {
            conciliationCaseId: easter.ccId,
            judgmentDate: "2026-03-16",
            serviceDate: "2026-03-17",
            outcome: "DISMISSED",
          })
        ).judgment,
      ).toMatchObject({
        reviewDeadline: "2026-04-17",
        finalOn: "2026-04-18",
        courtHolidaysSuspended: false,
      });
      const christmas = await sentCase(strict, { creditor: c, debtor: d });
      // julaften is a working day for deadlines: no roll
      expect(
        (
          await judge(strict, {
            conciliationCaseId: christmas.ccId,
            judgmentDate: "2025-11-20",
            serviceDate: "2025-11-24",
            outcome: "DISMISSED",
          })
        ).judgment,
      ).toMatchObject({
        reviewDeadline: "2025-12-24",
        finalOn: "2025-12-25",
      });
    } finally {
      await strict.close();
    }
  });
});

describe("judgmentRegister outcomes", () => {
  it("a won judgment for the whole claim takes the claim's split; the case owes what it orders", async () => {
    const { caseId, ccId } = await sentCase();
    // 12 500 kr, interest 2 Aug–1 Sep 2025 (31 days at 12.25 %, the 2H2025 rate) = 130.05 kr; R 2025 = 1 314 kr: fee 1.1 R = 1 445 kr; no legal costs
    const total = 1_250_000 + 13_005 + 144_500;
    const pdf = await uploadPdf(app, creditor, "fravaersdom.pdf");
    const result = await judge(app, {
      conciliationCaseId: ccId,
      judgmentDate: "2025-10-01",
      serviceDate: "2025-10-03",
      outcome: "JUDGMENT_IN_ABSENCE",
      amountOwed: total,
      paymentDueDate: "2025-10-17",
      documentId: pdf,
    });
    expect(result.judgment!.document).toEqual({ id: pdf, filename: "fravaersdom.pdf" });
    expect(result.judgment).toMatchObject({
      outcome: "JUDGMENT_IN_ABSENCE",
      amountOwed: total,
      split: { principal: 1_250_000, interest: 13_005, fees: 144_500, costs: 0, total },
      interestTo: "2025-09-01",
      paymentDueDate: "2025-10-17",
    });
    expect(result.case).toMatchObject({ status: "JUDGMENT", outstandingAmount: total });
    const dispute = await app.ok(CaseDisputeDocument, { id: caseId });
    expect(dispute.case!.timeline.nodes.at(-1)).toMatchObject({
      type: "judgment.registered",
      statusBefore: "IN_CONCILIATION",
      statusAfter: "JUDGMENT",
      data: expect.objectContaining({
        outcome: "JUDGMENT_IN_ABSENCE",
        amountOwed: total,
        finalOn: "2025-11-04",
        reviewDeadline: "2025-11-03",
      }),
    });
  });

  it("a partly won judgment needs the split as the judgment states it", async () => {
    const { ccId } = await sentCase();
    const before = await counts();
    const missing = await app.ok(JudgmentRegisterDocument, {
      input: {
        conciliationCaseId: ccId,
        judgmentDate: "2025-10-01",
        serviceDate: "2025-10-03",
        outcome: "PARTLY_WON",
        amountOwed: 900_000,
        paymentDueDate: "2025-10-17",
      },
    });
    expect(missing.judgmentRegister.userErrors).toEqual([
      expect.objectContaining({ code: "BREAKDOWN_REQUIRED", field: ["input", "breakdown"] }),
    ]);
    expect(await counts()).toEqual(before);
    const result = await judge(app, {
      conciliationCaseId: ccId,
      judgmentDate: "2025-10-01",
      serviceDate: "2025-10-03",
      outcome: "PARTLY_WON",
      amountOwed: 900_000,
      paymentDueDate: "2025-10-17",
      breakdown: { principal: 800_000, interest: 0, fees: 100_000, costs: 0 },
    });
    expect(result.judgment).toMatchObject({
      split: { principal: 800_000, interest: 0, fees: 100_000, costs: 0, total: 900_000 },
      interestTo: "2025-10-01",
    });
    expect(result.case!.outstandingAmount).toBe(900_000);
  });

  it("a lost case owes nothing and may only be closed; a referral leaves the claim open", async () => {
    const lost = await sentCase();
    const result = await judge(app, {
      conciliationCaseId: lost.ccId,
      judgmentDate: "2025-10-01",
      serviceDate: "2025-10-03",
      outcome: "LOST",
    });
    expect(result.case).toMatchObject({ status: "JUDGMENT", outstandingAmount: 0, availableActions: ["CLOSE"] });
    const referred = await sentCase();
    const r = await judge(app, {
      conciliationCaseId: referred.ccId,
      judgmentDate: "2025-10-01",
      serviceDate: "2025-10-01",
      outcome: "REFERRED_TO_TINGRETT",
      amountOwed: 0,
    });
    expect(r.case).toMatchObject({
      outstandingAmount: 1_250_000,
      availableActions: ["REGISTER_PAYMENT", "REGISTER_CREDIT_NOTE", "CLOSE"],
    });
  });
});

describe("judgmentRegister refuses bad inputs with typed errors and writes nothing", () => {
  let ccId: string;
  beforeAll(async () => {
    ({ ccId } = await sentCase());
  });
  const won = (overrides: Partial<JudgmentRegisterInput>): Partial<JudgmentRegisterInput> => ({
    outcome: "WON",
    amountOwed: 1_407_505,
    paymentDueDate: "2025-10-17",
    ...overrides,
  });
  const bad: [string, Partial<JudgmentRegisterInput>, [string, string[]][]][] = [
    [
      "a service date before the judgment date",
      won({ serviceDate: "2025-09-30" }),
      [["DATE_OUT_OF_ORDER", ["input", "serviceDate"]]],
    ],
    [
      "a judgment date before the forliksklage was sent",
      won({ judgmentDate: "2025-08-31", serviceDate: "2025-09-02" }),
      [["DATE_OUT_OF_ORDER", ["input", "judgmentDate"]]],
    ],
    [
      "a judgment date in the future",
      won({ judgmentDate: "2026-11-24", serviceDate: "2026-11-25", paymentDueDate: "2026-12-09" }),
      [
        ["DATE_IN_FUTURE", ["input", "judgmentDate"]],
        ["DATE_IN_FUTURE", ["input", "serviceDate"]],
      ],
    ],
    [
      "a judgment date that does not exist",
      won({ judgmentDate: "2025-09-31" }),
      [["INVALID_DATE", ["input", "judgmentDate"]]],
    ],
    [
      "a service date in the future",
      won({ serviceDate: "2026-11-24" }),
      [["DATE_IN_FUTURE", ["input", "serviceDate"]]],
    ],
    [
      "a payment due date before the judgment",
      won({ paymentDueDate: "2025-09-30" }),
      [["DATE_OUT_OF_ORDER", ["input", "paymentDueDate"]]],
    ],
    ["a won judgment ordering nothing", won({ amountOwed: 0 }), [["INVALID_AMOUNT", ["input", "amountOwed"]]]],
    ["a negative amount", won({ amountOwed: -100 }), [["INVALID_AMOUNT", ["input", "amountOwed"]]]],
    [
      "a won judgment without its payment due date",
      won({ paymentDueDate: null }),
      [["MISSING_FIELD", ["input", "paymentDueDate"]]],
    ],
    [
      "a lost case ordering a payment",
      { outcome: "LOST", amountOwed: 5_000 },
      [["AMOUNT_NOT_ORDERED", ["input", "amountOwed"]]],
    ],
    [
      "a payment due date with nothing ordered",
      { outcome: "DISMISSED", paymentDueDate: "2025-10-17" },
      [["AMOUNT_NOT_ORDERED", ["input", "paymentDueDate"]]],
    ],
    [
      "a breakdown that does not add up",
      won({ amountOwed: 1_000_000, breakdown: { principal: 900_000, interest: 0, fees: 0, costs: 0 } }),
      [["BREAKDOWN_MISMATCH", ["input", "breakdown"]]],
    ],
    [
      "a negative part of the breakdown",
      won({ amountOwed: 1_000_000, breakdown: { principal: 1_100_000, interest: -100_000, fees: 0, costs: 0 } }),
      [["INVALID_AMOUNT", ["input", "breakdown"]]],
    ],
    [
      "an unknown judgment PDF",
      won({ documentId: toGlobalId("Document", 999999) }),
      [["UNKNOWN_DOCUMENT", ["input", "documentId"]]],
    ],
    [
      "an unknown conciliation case",
      won({ conciliationCaseId: toGlobalId("ConciliationCase", 999999) }),
      [["UNKNOWN_CONCILIATION_CASE", ["input", "conciliationCaseId"]]],
    ],
  ];
  it.each(bad)("refuses %s", async (_what, overrides, expected) => {
    const before = await counts();
    const input = {
      conciliationCaseId: ccId,
      judgmentDate: "2025-10-01",
      serviceDate: "2025-10-03",
      outcome: "WON" as const,
      ...overrides,
    };
    const data = await app.ok(JudgmentRegisterDocument, { input });
    expect(data.judgmentRegister.judgment).toBeNull();
    expect(data.judgmentRegister.userErrors.map((e) => [e.code, e.field])).toEqual(expected);
    for (const e of data.judgmentRegister.userErrors) expect(e.message.length).toBeGreaterThan(20);
    expect(await counts()).toEqual(before);
  });

  it("refuses a draft that was never sent, and a second judgment", async () => {
    const caseId = await openCase(app, creditor, debtor, { dueDate: "2025-08-01", amount: 100_000 });
    const draft = await app.ok(ConciliationCaseCreateDocument, {
      input: draftInput(caseId, { filingDate: "2025-09-01" }),
    });
    const before = await counts();
    const notSent = await app.ok(JudgmentRegisterDocument, {
      input: {
        conciliationCaseId: draft.conciliationCaseCreate.conciliationCase!.id,
        judgmentDate: "2025-10-01",
        serviceDate: "2025-10-03",
        outcome: "LOST",
      },
    });
    expect(notSent.judgmentRegister.userErrors.map((e) => e.code)).toEqual(["WRONG_STATUS"]);
    expect(await counts()).toEqual(before);
    await judge(app, {
      conciliationCaseId: ccId,
      judgmentDate: "2025-10-01",
      serviceDate: "2025-10-03",
      outcome: "LOST",
    });
    const mid = await counts();
    const twice = await app.ok(JudgmentRegisterDocument, {
      input: { conciliationCaseId: ccId, judgmentDate: "2025-10-01", serviceDate: "2025-10-03", outcome: "LOST" },
    });
    expect(twice.judgmentRegister.userErrors.map((e) => e.code)).toEqual(["WRONG_STATUS"]);
    expect(await counts()).toEqual(mid);
  });
});
