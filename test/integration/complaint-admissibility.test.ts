import { EnforcementMeasureUpdateDocument } from "../generated/graphql";
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

/** Submits, expecting it stored; returns its admissibility. */
async function admitted(caseId: string, overrides: Parameters<ComplaintFixture["submit"]>[1]) {
  const result = await f.submit(caseId, overrides);
  expect(result.userErrors).toEqual([]);
  return result.complaint!.admissibility;
}

/** Submits, expecting COMPLAINT_LATE and nothing stored; returns the message. */
async function late(caseId: string, overrides: Parameters<ComplaintFixture["submit"]>[1]) {
  const before = await f.counts();
  const result = await f.submit(caseId, overrides);
  expect(result.complaint).toBeNull();
  expect(result.userErrors.map((e) => [e.code, e.field])).toEqual([["COMPLAINT_LATE", ["input", "receivedOn"]]]);
  expect(await f.counts()).toEqual(before);
  return result.userErrors[0]!.message;
}

describe("admissibility through complaintSubmit", () => {
  it("general rule: admissible while enforcement is not concluded", async () => {
    const caseId = await f.openCase();
    expect(await admitted(caseId, { subject: "CLAIM", receivedOn: "2026-06-01" })).toEqual({
      admissible: true,
      rule: "ENFORCEMENT_ONGOING",
      deadline: null,
      reason: "Enforced collection is not concluded, so a complaint is admissible.",
    });
  });

  it("lien: admissible until a forced sale is requested, late after it", async () => {
    const caseId = await f.openCase();
    const lien = await f.lien(caseId, "2026-03-02");
    expect(await admitted(caseId, { measureId: lien, subject: "OTHER", receivedOn: "2026-05-11" })).toEqual({
      admissible: true,
      rule: "LIEN_UNTIL_FORCED_SALE",
      deadline: null,
      reason: "No forced sale (tvangsdekning) has been requested, so a complaint against the lien is admissible.",
    });

    const update = await app.ok(EnforcementMeasureUpdateDocument, {
      input: { measureId: lien, forcedSaleRequestedOn: "2026-05-10" },
    });
    expect(update.enforcementMeasureUpdate.userErrors).toEqual([]);
    expect(await admitted(caseId, { measureId: lien, subject: "OTHER", receivedOn: "2026-05-10" })).toMatchObject({
      admissible: true,
      rule: "LIEN_UNTIL_FORCED_SALE",
      deadline: "2026-05-10",
    });
    expect(await late(caseId, { measureId: lien, subject: "OTHER", receivedOn: "2026-05-11" })).toBe(
      "The complaint is late: the deadline was 2026-05-10 and it was received 2026-05-11. A forced sale (tvangsdekning) was requested on 2026-05-10; a complaint against the lien had to arrive by then, and it arrived 2026-05-11. To register it anyway, give acceptLate with the caseworker's reason.",
    );
  });

  it("deduction: admissible until the period ends, late after it — also when the deduction was ended early", async () => {
    const caseId = await f.openCase();
    const deduction = await f.deduction(caseId, "2026-04-30");
    const asks = { measureId: deduction, subject: "DEDUCTION" as const, desiredOutcome: "STOP_DEDUCTION" as const };
    expect(await admitted(caseId, { ...asks, receivedOn: "2026-04-30" })).toMatchObject({
      admissible: true,
      rule: "DEDUCTION_UNTIL_PERIOD_END",
      deadline: "2026-04-30",
    });
    expect(await late(caseId, { ...asks, receivedOn: "2026-05-01" })).toContain(
      "the deadline was 2026-04-30 and it was received 2026-05-01. The deduction period ended on 2026-04-30",
    );

    const open = await f.deduction(caseId, null);
    const openAsks = { ...asks, measureId: open };
    expect(await admitted(caseId, { ...openAsks, receivedOn: "2026-06-10" })).toEqual({
      admissible: true,
      rule: "DEDUCTION_UNTIL_PERIOD_END",
      deadline: null,
      reason: "The deduction period has no end date yet, so a complaint against it is admissible.",
    });
    await app.ok(EnforcementMeasureUpdateDocument, {
      input: { measureId: open, end: { endedOn: "2026-06-11", reason: "Arbeidsforholdet opphørte" } },
    });
    expect(await late(caseId, { ...openAsks, receivedOn: "2026-06-12" })).toContain("the deadline was 2026-06-11");
  });

  it("choice of assets: within one calendar month of the notification; 31 January ends on the last day of February, and a Saturday moves to Monday (domstolloven § 149)", async () => {
    const caseId = await f.openCase();
    const asks = (measureId: string) => ({
      measureId,
      subject: "CHOICE_OF_ASSETS" as const,
      desiredOutcome: "OTHER" as const,
      desiredOutcomeText: "Ta utlegg i bilen i stedet for boligen.",
    });

    // 28 February 2026 is a Saturday: the deadline is Monday 2 March.
    const jan2026 = await f.lien(caseId, "2026-01-31");
    expect(await admitted(caseId, { ...asks(jan2026), receivedOn: "2026-03-02" })).toEqual({
      admissible: true,
      rule: "CHOICE_OF_ASSETS_ONE_MONTH",
      deadline: "2026-03-02",
      reason:
        "A complaint about the choice of assets may be made until 2026-03-02, one month after the notification on 2026-01-31.",
    });
    expect(await late(caseId, { ...asks(jan2026), receivedOn: "2026-03-03" })).toBe(
      "The complaint is late: the deadline was 2026-03-02 and it was received 2026-03-03. The deadline for complaining about the choice of assets was 2026-03-02, one month after the notification on 2026-01-31; the complaint arrived 2026-03-03. To register it anyway, give acceptLate with the caseworker's reason.",
    );

    const jan2024 = await f.lien(caseId, "2024-01-31");
    expect(await admitted(caseId, { ...asks(jan2024), receivedOn: "2024-02-29" })).toMatchObject({
      admissible: true,
      deadline: "2024-02-29",
    });
    expect(await late(caseId, { ...asks(jan2024), receivedOn: "2024-03-01" })).toContain("the deadline was 2024-02-29");

    const mid = await f.lien(caseId, "2026-04-15");
    expect(await admitted(caseId, { ...asks(mid), receivedOn: "2026-05-15" })).toMatchObject({
      admissible: true,
      deadline: "2026-05-15",
    });
    expect(await late(caseId, { ...asks(mid), receivedOn: "2026-05-16" })).toContain("the deadline was 2026-05-15");
  });

  it("letter deadline: a complaint about something else goes by the deadline the measure's letter stated", async () => {
    const caseId = await f.openCase();
    const lien = await f.lien(caseId, "2026-03-02", { letterDeadline: "2026-04-15" });
    expect(await admitted(caseId, { measureId: lien, subject: "TAX_SET_OFF", receivedOn: "2026-04-15" })).toEqual({
      admissible: true,
      rule: "LETTER_DEADLINE",
      deadline: "2026-04-15",
      reason: "The letter gives a complaint deadline of 2026-04-15; the complaint arrived 2026-04-15.",
    });
    expect(await late(caseId, { measureId: lien, subject: "TAX_SET_OFF", receivedOn: "2026-04-16" })).toContain(
      "the deadline was 2026-04-15 and it was received 2026-04-16. The letter gave a complaint deadline of 2026-04-15",
    );
    // the choice of assets keeps its own one-month rule; 2 April 2026 is Skjærtorsdag, so it ends Tuesday 7 April
    expect(
      await admitted(caseId, { measureId: lien, subject: "CHOICE_OF_ASSETS", receivedOn: "2026-04-07" }),
    ).toMatchObject({ rule: "CHOICE_OF_ASSETS_ONE_MONTH", deadline: "2026-04-07" });
  });

  it("concluded enforcement: admissible up to the day it concluded, late after it with that date", async () => {
    const caseId = await f.openCase();
    const deduction = await f.deduction(caseId, null);
    const done = await app.ok(EnforcementMeasureUpdateDocument, {
      input: { measureId: deduction, enforcementConcludedOn: "2026-05-20" },
    });
    expect(done.enforcementMeasureUpdate.userErrors).toEqual([]);

    expect(await admitted(caseId, { subject: "CASE_HANDLING", receivedOn: "2026-05-20" })).toMatchObject({
      admissible: true,
      rule: "ENFORCEMENT_ONGOING",
      deadline: null,
    });
    expect(await late(caseId, { subject: "CASE_HANDLING", receivedOn: "2026-05-21" })).toBe(
      "The complaint is late: the deadline was 2026-05-20 and it was received 2026-05-21. Enforced collection has been concluded, so a complaint against it is no longer admissible. To register it anyway, give acceptLate with the caseworker's reason.",
    );
    const accepted = await f.submit(caseId, {
      subject: "CASE_HANDLING",
      receivedOn: "2026-05-21",
      acceptLate: { reason: "Klagen ble sendt til feil adresse i tide." },
    });
    expect(accepted.userErrors).toEqual([]);
    expect(accepted.complaint!.admissibility).toEqual({
      admissible: false,
      rule: "ENFORCEMENT_ONGOING",
      deadline: "2026-05-20",
      reason: "Enforced collection has been concluded, so a complaint against it is no longer admissible.",
    });
  });
});
