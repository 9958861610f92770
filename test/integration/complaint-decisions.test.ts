import {
  CaseComplaintsDocument,
  CaseSetClaimOriginDocument,
  ComplaintDecideDocument,
  ComplaintForwardDocument,
  ComplaintReconsiderDocument,
  PaymentRegisterDocument,
  type ComplaintDecideInput,
} from "../generated/graphql";
import { startTestApp, type TestApp } from "../support/app";
import { complaintFixture, type ComplaintFixture } from "../support/complaints";
import { fixedClock } from "../../src/shared/clock";

let app: TestApp;
let f: ComplaintFixture;

beforeAll(async () => {
  app = await startTestApp({ clock: fixedClock("2026-06-15T10:00:00Z") });
  f = await complaintFixture(app);
});
afterAll(async () => app?.close());

const reconsider = (complaintId: string, decision: "UPHELD" | "KEPT", reconsideredOn = "2026-06-05") =>
  app.ok(ComplaintReconsiderDocument, {
    input: {
      complaintId,
      decision,
      reason: decision === "KEPT" ? "Vedtaket var riktig." : "Trekket var for høyt.",
      reconsideredOn,
    },
  });

/** A complaint the agency kept and forwarded (to the default instance) on 2026-06-08. */
async function forwarded(caseId: string, overrides: Parameters<ComplaintFixture["submit"]>[1] = {}) {
  const complaint = await f.submitted(caseId, overrides);
  expect((await reconsider(complaint.id, "KEPT")).complaintReconsider.userErrors).toEqual([]);
  const fwd = await app.ok(ComplaintForwardDocument, {
    input: { complaintId: complaint.id, forwardedOn: "2026-06-08" },
  });
  expect(fwd.complaintForward.userErrors).toEqual([]);
  return complaint.id;
}

const decide = (complaintId: string, input: Partial<ComplaintDecideInput> = {}) =>
  app.ok(ComplaintDecideDocument, {
    input: { complaintId, outcome: "UPHELD", decidedOn: "2026-06-12", reason: "Kravet var foreldet.", ...input },
  });

const timelineTypes = async (caseId: string) =>
  (await app.ok(CaseComplaintsDocument, { id: caseId })).case!.timeline.nodes.map((e) => e.type);

describe("first-instance reconsideration", () => {
  it("UPHELD: the agency reverses its decision, the complaint is decided and the deduction ends; the case itself goes on", async () => {
    const caseId = await f.openCase();
    const deduction = await f.deduction(caseId, null);
    const complaint = await f.submitted(caseId, {
      measureId: deduction,
      subject: "DEDUCTION",
      desiredOutcome: "STOP_DEDUCTION",
    });

    const result = await reconsider(complaint.id, "UPHELD", "2026-06-10");
    expect(result.complaintReconsider.userErrors).toEqual([]);
    expect(result.complaintReconsider.complaint).toMatchObject({
      status: "DECIDED",
      outcome: "UPHELD",
      decidedOn: "2026-06-10",
      decidedBy: "AGENCY",
      decisionReason: "Trekket var for høyt.",
      reconsideration: {
        decision: "UPHELD",
        reason: "Trekket var for høyt.",
        reconsideredOn: "2026-06-10",
        reconsideredBy: "test admin",
      },
      forwardedTo: null,
      effectsSummary: "Upheld: the deduction (utleggstrekk) ends.",
      refundAmount: null,
      followUpNeeded: false,
      overdue: false,
    });
    expect(result.complaintReconsider.case).toMatchObject({
      status: "ACTIVE",
      outstandingAmount: 250_000,
      availableActions: [
        "SEND_COLLECTION_NOTICE",
        "REGISTER_PAYMENT",
        "REGISTER_CREDIT_NOTE",
        "REGISTER_OBJECTION",
        "CLOSE",
      ],
    });

    const read = await app.ok(CaseComplaintsDocument, { id: caseId });
    expect(read.case!.enforcementMeasures[0]).toMatchObject({
      id: deduction,
      status: "ENDED",
      endedOn: "2026-06-10",
      endReason: "The complaint upheld on 2026-06-10",
      deduction: { periodEnd: "2026-06-10" },
    });
    expect(read.case!.timeline.nodes.slice(-3).map((e) => [e.type, e.summary])).toEqual([
      ["complaint.reconsidered", "The agency reversed its own decision (omgjøring) on 2026-06-10: complaint upheld"],
      [
        "complaint.decided",
        "Complaint decided by the agency on 2026-06-10: Upheld: the deduction (utleggstrekk) ends.",
      ],
      ["enforcement.measure_updated", "Utleggstrekk ended 2026-06-10: The complaint upheld on 2026-06-10"],
    ]);
  });

  it("refuses a second reconsideration, a date before receipt or in the future, and a blank reason, writing nothing", async () => {
    const caseId = await f.openCase();
    const complaint = await f.submitted(caseId, { receivedOn: "2026-06-01" });
    const before = await f.counts();
    const early = await reconsider(complaint.id, "KEPT", "2026-05-31");
    expect(early.complaintReconsider.userErrors).toEqual([
      {
        code: "INVALID_DATE",
        field: ["input", "reconsideredOn"],
        message: "reconsideredOn 2026-05-31 is before the day the complaint was received (2026-06-01): check the date.",
      },
    ]);
    const future = await reconsider(complaint.id, "KEPT", "2026-06-16");
    expect(future.complaintReconsider.userErrors.map((e) => [e.code, e.field])).toEqual([
      ["INVALID_DATE", ["input", "reconsideredOn"]],
    ]);
    const blank = await app.ok(ComplaintReconsiderDocument, {
      input: { complaintId: complaint.id, decision: "KEPT", reason: " " },
    });
    expect(blank.complaintReconsider.userErrors.map((e) => [e.code, e.field])).toEqual([
      ["MISSING_REASON", ["input", "reason"]],
    ]);
    expect(await f.counts()).toEqual(before);

    expect((await reconsider(complaint.id, "KEPT")).complaintReconsider.complaint).toMatchObject({
      status: "KEPT",
      reconsideration: { decision: "KEPT", reconsideredOn: "2026-06-05" },
    });
    const again = await reconsider(complaint.id, "UPHELD");
    expect(again.complaintReconsider.userErrors).toEqual([
      {
        code: "STEP_OUT_OF_ORDER",
        field: ["input", "complaintId"],
        message:
          "The agency already reconsidered this complaint on 2026-06-05 and kept its decision; the agency kept its decision: forward the complaint with complaintForward.",
      },
    ]);
  });

  it("defaults today as the reconsideration day", async () => {
    const caseId = await f.openCase();
    const complaint = await f.submitted(caseId);
    const kept = await app.ok(ComplaintReconsiderDocument, {
      input: { complaintId: complaint.id, decision: "KEPT", reason: "Opprettholdt." },
    });
    expect(kept.complaintReconsider.complaint!.reconsideration!.reconsideredOn).toBe("2026-06-15");
  });
});

describe("forwarding and the instance's decision", () => {
  it("KEPT → forwarded to the claim's originator by default → rejected: nothing else changes", async () => {
    const caseId = await f.openCase();
    await app.ok(CaseSetClaimOriginDocument, { input: { caseId, originator: { kind: "PUBLIC_BODY", name: "NRK" } } });
    const complaint = await f.submitted(caseId);
    const before = await f.counts();
    const tooSoon = await app.ok(ComplaintForwardDocument, {
      input: { complaintId: complaint.id, forwardedOn: "2026-06-08" },
    });
    expect(tooSoon.complaintForward.userErrors).toEqual([
      {
        code: "STEP_OUT_OF_ORDER",
        field: ["input", "complaintId"],
        message:
          "The complaint cannot be forwarded now: the agency must first reconsider its decision: use complaintReconsider.",
      },
    ]);
    const decideFirst = await decide(complaint.id, { outcome: "REJECTED" });
    expect(decideFirst.complaintDecide.userErrors.map((e) => e.code)).toEqual(["STEP_OUT_OF_ORDER"]);
    expect(await f.counts()).toEqual(before);

    await reconsider(complaint.id, "KEPT");
    const beforeForward = await f.counts();
    const early = await app.ok(ComplaintForwardDocument, {
      input: { complaintId: complaint.id, forwardedOn: "2026-06-04" },
    });
    expect(early.complaintForward.userErrors.map((e) => [e.code, e.field])).toEqual([
      ["INVALID_DATE", ["input", "forwardedOn"]],
    ]);
    const blank = await app.ok(ComplaintForwardDocument, {
      input: { complaintId: complaint.id, forwardedOn: "2026-06-08", instance: " " },
    });
    expect(blank.complaintForward.userErrors.map((e) => [e.code, e.field])).toEqual([
      ["MISSING_FIELD", ["input", "instance"]],
    ]);
    expect(await f.counts()).toEqual(beforeForward);

    const fwd = await app.ok(ComplaintForwardDocument, {
      input: { complaintId: complaint.id, forwardedOn: "2026-06-08" },
    });
    expect(fwd.complaintForward.complaint).toMatchObject({
      status: "FORWARDED",
      forwardedTo: "NRK",
      forwardedOn: "2026-06-08",
      outcome: null,
    });
    const twice = await app.ok(ComplaintForwardDocument, {
      input: { complaintId: complaint.id, forwardedOn: "2026-06-09" },
    });
    expect(twice.complaintForward.userErrors[0]!.message).toBe(
      "The complaint cannot be forwarded now: it was forwarded to NRK on 2026-06-08: register that instance's decision with complaintDecide.",
    );

    const rejected = await decide(complaint.id, { outcome: "REJECTED", reason: "Kravet er riktig." });
    expect(rejected.complaintDecide.userErrors).toEqual([]);
    expect(rejected.complaintDecide.complaint).toMatchObject({
      status: "DECIDED",
      outcome: "REJECTED",
      decidedBy: "INSTANCE",
      decidedOn: "2026-06-12",
      decisionReason: "Kravet er riktig.",
      effectsSummary: "Rejected: collection continues unchanged.",
      refundAmount: null,
    });
    expect(rejected.complaintDecide.case).toMatchObject({
      status: "ACTIVE",
      principalAmount: 250_000,
      outstandingAmount: 250_000,
    });
    expect((await timelineTypes(caseId)).slice(-3)).toEqual([
      "complaint.reconsidered",
      "complaint.forwarded",
      "complaint.decided",
    ]);
    const read = await app.ok(CaseComplaintsDocument, { id: caseId });
    expect(read.case!.timeline.nodes.at(-2)).toMatchObject({
      summary: "Complaint forwarded to NRK on 2026-06-08 for decision",
      data: { instance: "NRK", defaultInstance: true },
    });
    expect(read.case!.timeline.nodes.at(-1)!.summary).toBe(
      "Complaint decided by NRK on 2026-06-12: Rejected: collection continues unchanged.",
    );

    const after = await decide(complaint.id, { outcome: "UPHELD" });
    expect(after.complaintDecide.userErrors).toEqual([
      {
        code: "COMPLAINT_DECIDED",
        field: ["input", "complaintId"],
        message: "The complaint was decided on 2026-06-12 (REJECTED): a decided complaint cannot change.",
      },
    ]);
  });

  it("forwards to the creditor when no other originator was recorded, or to a named instance", async () => {
    const caseId = await f.openCase();
    const a = await forwarded(caseId);
    const read = await app.ok(CaseComplaintsDocument, { id: caseId });
    expect(read.case!.complaints.find((k) => k.id === a)!.forwardedTo).toBe("Statens Innkreving AS");

    const b = await f.submitted(caseId);
    await reconsider(b.id, "KEPT");
    const named = await app.ok(ComplaintForwardDocument, {
      input: { complaintId: b.id, forwardedOn: "2026-06-08", instance: " Lånekassen " },
    });
    expect(named.complaintForward.complaint).toMatchObject({ forwardedTo: "Lånekassen" });
  });

  const bad: [string, Partial<ComplaintDecideInput>, [string, string[]][]][] = [
    [
      "a granted reduction with UPHELD",
      { outcome: "UPHELD", grantedReduction: 10_000 },
      [["INVALID_AMOUNT", ["input", "grantedReduction"]]],
    ],
    [
      "a zero granted reduction",
      { outcome: "PARTLY_UPHELD", grantedReduction: 0 },
      [["INVALID_AMOUNT", ["input", "grantedReduction"]]],
    ],
    [
      "a granted reduction above the principal",
      { outcome: "PARTLY_UPHELD", grantedReduction: 250_001 },
      [["REDUCTION_EXCEEDS_CLAIM", ["input", "grantedReduction"]]],
    ],
    ["a decision before the forwarding", { decidedOn: "2026-06-07" }, [["INVALID_DATE", ["input", "decidedOn"]]]],
    ["a decision in the future", { decidedOn: "2026-06-16" }, [["INVALID_DATE", ["input", "decidedOn"]]]],
    ["a blank reason", { reason: "" }, [["MISSING_REASON", ["input", "reason"]]]],
  ];
  it.each(bad)("refuses %s with a typed error and writes nothing", async (_what, input, expected) => {
    const caseId = await f.openCase();
    const complaintId = await forwarded(caseId);
    const before = await f.counts();
    const data = await decide(complaintId, input);
    expect(data.complaintDecide.complaint).toBeNull();
    expect(data.complaintDecide.userErrors.map((e) => [e.code, e.field])).toEqual(expected);
    expect(data.complaintDecide.userErrors.every((e) => e.message.length > 30)).toBe(true);
    expect(await f.counts()).toEqual(before);
    const read = await app.ok(CaseComplaintsDocument, { id: caseId });
    expect(read.case!.complaints[0]).toMatchObject({ status: "FORWARDED", outcome: null });
    expect(read.case!.principalAmount).toBe(250_000);
  });
});

describe("effects of an upheld complaint", () => {
  it("deleting the claim closes the case, ends every measure and refunds everything paid", async () => {
    const caseId = await f.openCase({ amount: 250_000, paid: 150_000 });
    const deduction = await f.deduction(caseId, null);
    const lien = await f.lien(caseId);
    const complaintId = await forwarded(caseId, { subject: "CLAIM", desiredOutcome: "DELETE_CLAIM" });

    const result = await decide(complaintId);
    expect(result.complaintDecide.userErrors).toEqual([]);
    expect(result.complaintDecide.complaint).toMatchObject({
      status: "DECIDED",
      outcome: "UPHELD",
      refundAmount: 150_000,
      effectsSummary: "Upheld: the claim is deleted and collection stops.",
    });
    expect(result.complaintDecide.case).toMatchObject({
      status: "CLOSED",
      principalAmount: 0,
      feesAmount: 0,
      paidAmount: 150_000,
      outstandingAmount: 0,
      availableActions: [],
      nextDeadline: null,
    });
    expect(result.complaintDecide.case!.closedAt).toBe("2026-06-15T10:00:00.000Z");

    const read = await app.ok(CaseComplaintsDocument, { id: caseId });
    expect(read.case!.enforcementMeasures.map((m) => [m.id, m.status, m.endedOn])).toEqual([
      [deduction, "ENDED", "2026-06-12"],
      [lien, "ENDED", "2026-06-12"],
    ]);
    const tail = read.case!.timeline.nodes.slice(-6);
    expect(tail.map((e) => [e.type, e.statusBefore, e.statusAfter])).toEqual([
      ["complaint.decided", "ACTIVE", "ACTIVE"],
      ["enforcement.measure_updated", "ACTIVE", "ACTIVE"],
      ["enforcement.measure_updated", "ACTIVE", "ACTIVE"],
      ["claim.deleted", "ACTIVE", "ACTIVE"],
      ["case.closed", "ACTIVE", "CLOSED"],
      ["refund.due", "CLOSED", "CLOSED"],
    ]);
    expect(tail.at(-1)).toMatchObject({
      summary: "Refund due: 1500 kr paid beyond the 0 kr owed after the decision",
      data: { complaintId, amount: 150_000, paid: 150_000, owedAfterDecision: 0 },
    });
  });

  it("reducing the claim below what was paid refunds the difference (paid 150 000, owed 100 000 → 50 000) and settles the case", async () => {
    const caseId = await f.openCase({ amount: 250_000, paid: 150_000 });
    const complaintId = await forwarded(caseId, {
      subject: "CLAIM",
      desiredOutcome: "REDUCE_CLAIM",
      reductionAmount: 150_000,
    });
    const result = await decide(complaintId);
    expect(result.complaintDecide.userErrors).toEqual([]);
    expect(result.complaintDecide.complaint).toMatchObject({
      refundAmount: 50_000,
      effectsSummary: "Upheld: the claim is reduced by 150000 øre; collection continues for the rest.",
    });
    expect(result.complaintDecide.case).toMatchObject({
      status: "PAID",
      principalAmount: 100_000,
      paidAmount: 150_000,
      outstandingAmount: 0,
    });
    const nodes = (await app.ok(CaseComplaintsDocument, { id: caseId })).case!.timeline.nodes;
    expect(nodes.slice(-4).map((e) => e.type)).toEqual([
      "complaint.decided",
      "claim.reduced",
      "case.paid",
      "refund.due",
    ]);
    expect(nodes.at(-3)!.data).toEqual({
      complaintId,
      reducedBy: 150_000,
      principalBefore: 250_000,
      principalAfter: 100_000,
      owedAfterDecision: 100_000,
    });
    expect(nodes.at(-1)!.data).toEqual({ complaintId, amount: 50_000, paid: 150_000, owedAfterDecision: 100_000 });
  });

  it("paid less than what is still owed: refund 0 and no refund.due; collection goes on for the rest", async () => {
    const caseId = await f.openCase({ amount: 250_000, paid: 50_000 });
    const complaintId = await forwarded(caseId, {
      subject: "CLAIM",
      desiredOutcome: "REDUCE_CLAIM",
      reductionAmount: 100_000,
    });
    const result = await decide(complaintId);
    expect(result.complaintDecide.complaint!.refundAmount).toBe(0);
    expect(result.complaintDecide.case).toMatchObject({
      status: "ACTIVE",
      principalAmount: 150_000,
      outstandingAmount: 100_000,
    });
    const types = await timelineTypes(caseId);
    expect(types.slice(-2)).toEqual(["complaint.decided", "claim.reduced"]);
    expect(types).not.toContain("refund.due");
  });

  it("deleting a claim paid in full after the complaint came in refunds all of it; the case stays PAID", async () => {
    const caseId = await f.openCase({ amount: 120_000 });
    const complaintId = await forwarded(caseId, { subject: "CLAIM", desiredOutcome: "DELETE_CLAIM" });
    const paid = await app.ok(PaymentRegisterDocument, { input: { caseId, amount: 120_000, paidOn: "2026-06-09" } });
    expect(paid.paymentRegister.case!.status).toBe("PAID");
    const result = await decide(complaintId);
    expect(result.complaintDecide.userErrors).toEqual([]);
    expect(result.complaintDecide.complaint!.refundAmount).toBe(120_000);
    expect(result.complaintDecide.case).toMatchObject({ status: "PAID", principalAmount: 0, outstandingAmount: 0 });
    expect((await timelineTypes(caseId)).slice(-3)).toEqual(["complaint.decided", "claim.deleted", "refund.due"]);
  });

  it("deleting a claim nothing was paid on refunds 0 without refund.due", async () => {
    const caseId = await f.openCase({ amount: 80_000 });
    const complaint = await f.submitted(caseId, { subject: "CLAIM", desiredOutcome: "DELETE_CLAIM" });
    const result = await reconsider(complaint.id, "UPHELD");
    expect(result.complaintReconsider.complaint!.refundAmount).toBe(0);
    expect(result.complaintReconsider.case).toMatchObject({ status: "CLOSED", outstandingAmount: 0 });
    expect(await timelineTypes(caseId)).not.toContain("refund.due");
  });

  it("partly upheld with a granted reduction lowers the principal; without an amount it is left to the caseworker", async () => {
    const caseId = await f.openCase({ amount: 250_000, paid: 200_000 });
    const a = await forwarded(caseId, { subject: "CLAIM", desiredOutcome: "DELETE_CLAIM" });
    const partly = await decide(a, { outcome: "PARTLY_UPHELD", grantedReduction: 80_000 });
    expect(partly.complaintDecide.userErrors).toEqual([]);
    expect(partly.complaintDecide.complaint).toMatchObject({
      outcome: "PARTLY_UPHELD",
      grantedReduction: 80_000,
      refundAmount: 30_000,
      followUpNeeded: false,
      effectsSummary: "Partly upheld: the claim is reduced by 80000 øre; collection continues for the rest.",
    });
    expect(partly.complaintDecide.case).toMatchObject({
      status: "PAID",
      principalAmount: 170_000,
      outstandingAmount: 0,
    });

    const other = await f.openCase({ amount: 90_000 });
    const b = await forwarded(other, { subject: "CLAIM", desiredOutcome: "DELETE_CLAIM" });
    const manual = await decide(b, { outcome: "PARTLY_UPHELD" });
    expect(manual.complaintDecide.complaint).toMatchObject({
      outcome: "PARTLY_UPHELD",
      grantedReduction: null,
      refundAmount: null,
      followUpNeeded: true,
    });
    expect(manual.complaintDecide.case).toMatchObject({ status: "ACTIVE", principalAmount: 90_000 });
  });
});
