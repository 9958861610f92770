import {
  CaseComplaintsDocument,
  CaseSetClaimOriginDocument,
  CaseCloseDocument,
  CollectionStepRecordDocument,
  ComplaintNodeDocument,
  ComplaintReconsiderDocument,
  ComplaintsPageDocument,
  ComplaintSubmitDocument,
  EnforcementMeasureRecordDocument,
  EnforcementMeasuresPageDocument,
  EnforcementMeasureUpdateDocument,
  type ComplaintSubmitInput,
  type EnforcementMeasureRecordInput,
} from "../generated/graphql";
import { startTestApp, type TestApp } from "../support/app";
import { complaintFixture, type ComplaintFixture } from "../support/complaints";
import { createCreditor } from "../support/factories";
import { Scope } from "../../src/modules/access/api-key.entity";
import { fixedClock } from "../../src/shared/clock";
import { toGlobalId } from "../../src/shared/global-id";

let app: TestApp;
let f: ComplaintFixture;

beforeAll(async () => {
  app = await startTestApp({ clock: fixedClock("2026-06-15T10:00:00Z") });
  f = await complaintFixture(app);
});
afterAll(async () => app?.close());

describe("caseSetClaimOrigin", () => {
  it("defaults to the creditor, records a public body once, and a repeat changes nothing", async () => {
    const caseId = await f.openCase();
    const before = await app.ok(CaseComplaintsDocument, { id: caseId });
    expect(before.case!.claimOrigin).toEqual({
      kind: "CREDITOR",
      name: "Statens Innkreving AS",
      orgNumber: f.creditor.orgNumber,
    });

    const input = { caseId, originator: { kind: "PUBLIC_BODY" as const, name: " NRK ", orgNumber: "123456785" } };
    const set = await app.ok(CaseSetClaimOriginDocument, { input });
    expect(set.caseSetClaimOrigin.userErrors).toEqual([]);
    expect(set.caseSetClaimOrigin.case).toMatchObject({
      claimOrigin: { kind: "PUBLIC_BODY", name: "NRK", orgNumber: "123456785" },
      eventCount: 2,
      status: "ACTIVE",
    });
    const again = await app.ok(CaseSetClaimOriginDocument, { input });
    expect(again.caseSetClaimOrigin.case!.eventCount).toBe(2);

    const read = await app.ok(CaseComplaintsDocument, { id: caseId });
    expect(read.case!.timeline.nodes.at(-1)).toMatchObject({
      type: "claim.origin_recorded",
      summary: "Claim origin recorded: NRK (public body)",
      data: { kind: "PUBLIC_BODY", name: "NRK", orgNumber: "123456785", previous: null },
    });
  });

  it("refuses a blank name and a bad organisasjonsnummer together, writing nothing", async () => {
    const caseId = await f.openCase();
    const before = await f.counts();
    const data = await app.ok(CaseSetClaimOriginDocument, {
      input: { caseId, originator: { kind: "PUBLIC_BODY", name: "  ", orgNumber: "123456789" } },
    });
    expect(data.caseSetClaimOrigin.case).toBeNull();
    expect(data.caseSetClaimOrigin.userErrors.map((e) => [e.code, e.field])).toEqual([
      ["MISSING_FIELD", ["input", "originator", "name"]],
      ["INVALID_ORG_NUMBER", ["input", "originator", "orgNumber"]],
    ]);
    const unknown = await app.ok(CaseSetClaimOriginDocument, {
      input: { caseId: toGlobalId("Case", 999_999), originator: { kind: "PUBLIC_BODY", name: "NRK" } },
    });
    expect(unknown.caseSetClaimOrigin.userErrors).toEqual([
      {
        code: "UNKNOWN_CASE",
        field: ["input", "caseId"],
        message: "No such case for this API key: use an id from the cases query.",
      },
    ]);
    expect(await f.counts()).toEqual(before);
    expect((await app.ok(CaseComplaintsDocument, { id: caseId })).case!.claimOrigin.kind).toBe("CREDITOR");
  });
});

describe("enforcementMeasureRecord", () => {
  it("records an utleggstrekk with its deductor and period", async () => {
    const caseId = await f.openCase();
    const data = await app.ok(EnforcementMeasureRecordDocument, {
      input: {
        caseId,
        kind: "DEDUCTION",
        notifiedOn: "2026-02-01",
        letterDeadline: "2026-03-01",
        deduction: { deductor: "NAV", periodStart: "2026-02-01", periodEnd: "2026-07-31" },
      },
    });
    expect(data.enforcementMeasureRecord.userErrors).toEqual([]);
    expect(data.enforcementMeasureRecord.measure).toEqual({
      id: expect.any(String),
      kind: "DEDUCTION",
      status: "ACTIVE",
      notifiedOn: "2026-02-01",
      letterDeadline: "2026-03-01",
      deduction: { deductor: "NAV", periodStart: "2026-02-01", periodEnd: "2026-07-31" },
      lien: null,
      endedOn: null,
      endReason: null,
      recordedBy: "test admin",
    });
    const read = await app.ok(CaseComplaintsDocument, { id: caseId });
    expect(read.case!.status).toBe("ACTIVE");
    expect(read.case!.enforcementMeasures.map((m) => m.id)).toEqual([data.enforcementMeasureRecord.measure!.id]);
    expect(read.case!.timeline.nodes.at(-1)).toMatchObject({
      type: "enforcement.measure_recorded",
      summary: "Utleggstrekk recorded by NAV from 2026-02-01 to 2026-07-31; debtor notified 2026-02-01",
      data: {
        measureId: data.enforcementMeasureRecord.measure!.id,
        kind: "DEDUCTION",
        notifiedOn: "2026-02-01",
        letterDeadline: "2026-03-01",
      },
    });
  });

  it("records an utleggspant with its asset", async () => {
    const caseId = await f.openCase();
    const data = await app.ok(EnforcementMeasureRecordDocument, {
      input: {
        caseId,
        kind: "LIEN",
        notifiedOn: "2026-03-02",
        lien: { assetKind: "BANK_ACCOUNT", assetDescription: "1503.12.34567", registeredOn: "2026-03-01" },
      },
    });
    expect(data.enforcementMeasureRecord.measure).toMatchObject({
      kind: "LIEN",
      deduction: null,
      lien: {
        assetKind: "BANK_ACCOUNT",
        assetDescription: "1503.12.34567",
        registeredOn: "2026-03-01",
        forcedSaleRequestedOn: null,
      },
    });
  });

  const bad: [string, Partial<EnforcementMeasureRecordInput>, [string, string[]][]][] = [
    [
      "a deduction without its details",
      { kind: "DEDUCTION", deduction: null },
      [["MISSING_DETAILS", ["input", "deduction"]]],
    ],
    [
      "a deduction with lien details",
      { kind: "DEDUCTION", lien: { assetKind: "VEHICLE", registeredOn: "2026-03-01" } },
      [["UNEXPECTED_DETAILS", ["input", "lien"]]],
    ],
    ["a lien without its details", { kind: "LIEN", deduction: null }, [["MISSING_DETAILS", ["input", "lien"]]]],
    [
      "a period that ends before it starts",
      { deduction: { deductor: "EMPLOYER", periodStart: "2026-03-01", periodEnd: "2026-02-28" } },
      [["INVALID_PERIOD", ["input", "deduction", "periodEnd"]]],
    ],
    ["a notification in the future", { notifiedOn: "2026-06-16" }, [["INVALID_DATE", ["input", "notifiedOn"]]]],
    [
      "a letter deadline before the notification",
      { letterDeadline: "2026-01-31" },
      [["INVALID_DATE", ["input", "letterDeadline"]]],
    ],
    [
      "a forced sale requested before the lien was registered",
      {
        kind: "LIEN",
        deduction: null,
        lien: { assetKind: "REAL_ESTATE", registeredOn: "2026-03-01", forcedSaleRequestedOn: "2026-02-27" },
      },
      [["INVALID_DATE", ["input", "lien", "forcedSaleRequestedOn"]]],
    ],
    ["an unknown case", { caseId: toGlobalId("Case", 999_999) }, [["UNKNOWN_CASE", ["input", "caseId"]]]],
  ];
  it.each(bad)("refuses %s with a typed error and writes nothing", async (_what, overrides, expected) => {
    const caseId = await f.openCase();
    const before = await f.counts();
    const input: EnforcementMeasureRecordInput = {
      caseId,
      kind: "DEDUCTION",
      notifiedOn: "2026-02-01",
      deduction: { deductor: "EMPLOYER", periodStart: "2026-02-01", periodEnd: "2026-06-30" },
      ...overrides,
    };
    const data = await app.ok(EnforcementMeasureRecordDocument, { input });
    expect(data.enforcementMeasureRecord.measure).toBeNull();
    expect(data.enforcementMeasureRecord.userErrors.map((e) => [e.code, e.field])).toEqual(expected);
    expect(data.enforcementMeasureRecord.userErrors.every((e) => e.message.length > 30)).toBe(true);
    expect(await f.counts()).toEqual(before);
  });

  it("rejects an impossible calendar date at the scalar, writing nothing", async () => {
    const caseId = await f.openCase();
    const before = await f.counts();
    const result = await app.gql(EnforcementMeasureRecordDocument, {
      input: {
        caseId,
        kind: "DEDUCTION",
        notifiedOn: "2026-02-30",
        deduction: { deductor: "NAV", periodStart: "2026-02-01" },
      },
    });
    expect(result.errors?.[0]?.message).toContain("2026-02-30");
    expect(await f.counts()).toEqual(before);
  });
});

describe("enforcementMeasureUpdate", () => {
  it("records a forced sale on a lien once; refuses it on a deduction", async () => {
    const caseId = await f.openCase();
    const lien = await f.lien(caseId);
    const deduction = await f.deduction(caseId);
    const set = await app.ok(EnforcementMeasureUpdateDocument, {
      input: { measureId: lien, forcedSaleRequestedOn: "2026-05-10" },
    });
    expect(set.enforcementMeasureUpdate.userErrors).toEqual([]);
    expect(set.enforcementMeasureUpdate.measure!.lien).toMatchObject({ forcedSaleRequestedOn: "2026-05-10" });
    expect(set.enforcementMeasureUpdate.measure!.status).toBe("ACTIVE");

    const before = await f.counts();
    const twice = await app.ok(EnforcementMeasureUpdateDocument, {
      input: { measureId: lien, forcedSaleRequestedOn: "2026-05-11" },
    });
    expect(twice.enforcementMeasureUpdate.userErrors).toEqual([
      {
        code: "ALREADY_SET",
        field: ["input", "forcedSaleRequestedOn"],
        message: "A forced sale was already requested on 2026-05-10.",
      },
    ]);
    const onDeduction = await app.ok(EnforcementMeasureUpdateDocument, {
      input: { measureId: deduction, forcedSaleRequestedOn: "2026-05-10" },
    });
    expect(onDeduction.enforcementMeasureUpdate.userErrors.map((e) => e.code)).toEqual(["MEASURE_KIND_MISMATCH"]);
    const nothing = await app.ok(EnforcementMeasureUpdateDocument, { input: { measureId: deduction } });
    expect(nothing.enforcementMeasureUpdate.userErrors.map((e) => [e.code, e.field])).toEqual([
      ["NOTHING_TO_UPDATE", ["input"]],
    ]);
    const unknown = await app.ok(EnforcementMeasureUpdateDocument, {
      input: { measureId: toGlobalId("EnforcementMeasure", 999_999), end: { endedOn: "2026-05-01", reason: "x" } },
    });
    expect(unknown.enforcementMeasureUpdate.userErrors.map((e) => e.code)).toEqual(["UNKNOWN_MEASURE"]);
    expect(await f.counts()).toEqual(before);
  });

  it("ends a deduction: its period ends that day; it cannot end twice or before it began", async () => {
    const caseId = await f.openCase();
    const deduction = await f.deduction(caseId, null);
    const before = await f.counts();
    const early = await app.ok(EnforcementMeasureUpdateDocument, {
      input: { measureId: deduction, end: { endedOn: "2026-01-31", reason: "Trekket stanset" } },
    });
    expect(early.enforcementMeasureUpdate.userErrors.map((e) => [e.code, e.field])).toEqual([
      ["INVALID_PERIOD", ["input", "end", "endedOn"]],
    ]);
    const blank = await app.ok(EnforcementMeasureUpdateDocument, {
      input: { measureId: deduction, end: { endedOn: "2026-05-31", reason: " " } },
    });
    expect(blank.enforcementMeasureUpdate.userErrors.map((e) => [e.code, e.field])).toEqual([
      ["MISSING_FIELD", ["input", "end", "reason"]],
    ]);
    expect(await f.counts()).toEqual(before);

    const ended = await app.ok(EnforcementMeasureUpdateDocument, {
      input: { measureId: deduction, end: { endedOn: "2026-05-31", reason: "Gjelden er betalt" } },
    });
    expect(ended.enforcementMeasureUpdate.measure).toMatchObject({
      status: "ENDED",
      endedOn: "2026-05-31",
      endReason: "Gjelden er betalt",
      deduction: { deductor: "EMPLOYER", periodStart: "2026-02-01", periodEnd: "2026-05-31" },
    });
    expect(ended.enforcementMeasureUpdate.case!.status).toBe("ACTIVE");
    const again = await app.ok(EnforcementMeasureUpdateDocument, {
      input: { measureId: deduction, end: { endedOn: "2026-06-01", reason: "igjen" } },
    });
    expect(again.enforcementMeasureUpdate.userErrors).toEqual([
      {
        code: "MEASURE_ENDED",
        field: ["input", "end"],
        message: "The measure ended on 2026-05-31: it cannot change any more.",
      },
    ]);
  });

  it("concludes enforcement on the case: active measures end, and no new measure can be recorded", async () => {
    const caseId = await f.openCase();
    const deduction = await f.deduction(caseId, null);
    const lien = await f.lien(caseId);
    const done = await app.ok(EnforcementMeasureUpdateDocument, {
      input: { measureId: lien, enforcementConcludedOn: "2026-05-20" },
    });
    expect(done.enforcementMeasureUpdate.userErrors).toEqual([]);
    expect(done.enforcementMeasureUpdate.case).toMatchObject({
      enforcementConcludedOn: "2026-05-20",
      status: "ACTIVE",
    });
    const read = await app.ok(CaseComplaintsDocument, { id: caseId });
    expect(read.case!.enforcementMeasures.map((m) => [m.id, m.status, m.endedOn, m.endReason])).toEqual([
      [deduction, "ENDED", "2026-05-20", "Enforced collection concluded"],
      [lien, "ENDED", "2026-05-20", "Enforced collection concluded"],
    ]);
    expect(read.case!.timeline.nodes.slice(-3).map((e) => e.type)).toEqual([
      "enforcement.concluded",
      "enforcement.measure_updated",
      "enforcement.measure_updated",
    ]);

    const before = await f.counts();
    const more = await app.ok(EnforcementMeasureRecordDocument, {
      input: {
        caseId,
        kind: "DEDUCTION",
        notifiedOn: "2026-06-01",
        deduction: { deductor: "NAV", periodStart: "2026-06-01" },
      },
    });
    expect(more.enforcementMeasureRecord.userErrors).toEqual([
      {
        code: "ENFORCEMENT_CONCLUDED",
        field: ["input", "caseId"],
        message: "Enforced collection on this case was concluded on 2026-05-20: no new measures can be recorded.",
      },
    ]);
    expect(await f.counts()).toEqual(before);
  });

  it("lists measures as a filtered connection", async () => {
    const caseId = await f.openCase();
    const d = await f.deduction(caseId);
    const l = await f.lien(caseId);
    const all = await app.ok(EnforcementMeasuresPageDocument, { filter: { caseId } });
    expect(all.enforcementMeasures.nodes.map((m) => [m.id, m.kind, m.case.id])).toEqual([
      [d, "DEDUCTION", caseId],
      [l, "LIEN", caseId],
    ]);
    const liens = await app.ok(EnforcementMeasuresPageDocument, { filter: { caseId, kind: ["LIEN"] } });
    expect(liens.enforcementMeasures.nodes.map((m) => m.id)).toEqual([l]);
    const page = await app.ok(EnforcementMeasuresPageDocument, { filter: { caseId }, first: 1 });
    expect(page.enforcementMeasures.pageInfo.hasNextPage).toBe(true);
    const next = await app.ok(EnforcementMeasuresPageDocument, {
      filter: { caseId },
      first: 1,
      after: page.enforcementMeasures.pageInfo.endCursor,
    });
    expect(next.enforcementMeasures.nodes.map((m) => m.id)).toEqual([l]);
  });
});

describe("complaintSubmit", () => {
  it("stores a complete complaint, due 3 weeks after receipt, without changing the case's status or actions", async () => {
    const caseId = await f.openCase();
    const step = await app.ok(CollectionStepRecordDocument, {
      input: { caseId, kind: "COLLECTION_NOTICE", sentOn: "2026-06-01" },
    });
    expect(step.collectionStepRecord.userErrors).toEqual([]);
    const deduction = await f.deduction(caseId);
    const before = await app.ok(CaseComplaintsDocument, { id: caseId });
    const attachment = await f.document();

    const result = await f.submit(caseId, {
      measureId: deduction,
      subject: "DEDUCTION",
      desiredOutcome: "STOP_DEDUCTION",
      reason: "Trekket tar mer enn jeg har igjen til livsopphold.",
      receivedOn: "2026-06-02",
      attachmentDocumentIds: [attachment, attachment],
    });
    expect(result.userErrors).toEqual([]);
    expect(result.complaint).toEqual({
      id: expect.any(String),
      status: "RECEIVED",
      channel: "LETTER",
      receivedOn: "2026-06-02",
      subject: "DEDUCTION",
      reason: "Trekket tar mer enn jeg har igjen til livsopphold.",
      desiredOutcome: "STOP_DEDUCTION",
      reductionAmount: null,
      desiredOutcomeText: null,
      signerName: "Kari Nordmann",
      signedAt: "2026-05-30T09:00:00.000Z",
      signedDocument: null,
      attachments: [{ id: attachment }],
      measure: { id: deduction, kind: "DEDUCTION" },
      admissibility: {
        admissible: true,
        rule: "DEDUCTION_UNTIL_PERIOD_END",
        deadline: "2026-12-31",
        reason: "The deduction period runs until 2026-12-31, so a complaint against it is admissible until then.",
      },
      lateAcceptance: null,
      dueOn: "2026-06-23",
      overdue: false,
      reconsideration: null,
      forwardedTo: null,
      forwardedOn: null,
      outcome: null,
      decidedOn: null,
      decidedBy: null,
      decisionReason: null,
      grantedReduction: null,
      effectsSummary: null,
      followUpNeeded: false,
      refundAmount: null,
      overdueNotifiedAt: null,
      receivedBy: "test admin",
    });

    const after = await app.ok(CaseComplaintsDocument, { id: caseId });
    const { eventCount: countBefore, timeline: _t1, complaints: _c1, ...stateBefore } = before.case!;
    const { eventCount: countAfter, timeline, complaints, ...stateAfter } = after.case!;
    expect(stateAfter).toEqual(stateBefore);
    expect(stateAfter.availableActions).toEqual([
      "REGISTER_PAYMENT",
      "REGISTER_CREDIT_NOTE",
      "REGISTER_OBJECTION",
      "CLOSE",
    ]);
    expect(stateAfter.status).toBe("ACTIVE");
    expect(countAfter).toBe(countBefore + 1);
    expect(complaints.map((k) => k.id)).toEqual([result.complaint!.id]);
    expect(timeline.nodes.at(-1)).toEqual({
      sequence: countAfter,
      type: "complaint.received",
      actor: "test admin",
      summary:
        "Complaint (klage) about the deduction (utleggstrekk) received by letter on 2026-06-02; decision due 2026-06-23",
      statusBefore: "ACTIVE",
      statusAfter: "ACTIVE",
      data: {
        complaintId: result.complaint!.id,
        measureId: deduction,
        subject: "DEDUCTION",
        desiredOutcome: "STOP_DEDUCTION",
        receivedOn: "2026-06-02",
        dueOn: "2026-06-23",
        admissible: true,
        rule: "DEDUCTION_UNTIL_PERIOD_END",
        deadline: "2026-12-31",
        acceptedLate: null,
      },
    });
    expect((await app.ok(ComplaintNodeDocument, { id: result.complaint!.id })).node).toEqual({
      id: result.complaint!.id,
      __typename: "Complaint",
      status: "RECEIVED",
    });
  });

  it("accepts an uploaded signed complaint instead of signer and time", async () => {
    const caseId = await f.openCase();
    const signed = await f.document();
    const result = await f.submit(caseId, { signature: null, signedDocumentId: signed });
    expect(result.userErrors).toEqual([]);
    expect(result.complaint).toMatchObject({ signerName: null, signedAt: null, signedDocument: { id: signed } });
  });

  it("answers an incomplete complaint with every missing element at once and stores nothing", async () => {
    const caseId = await f.openCase();
    const before = await f.counts();
    const data = await app.ok(ComplaintSubmitDocument, {
      input: {
        caseId,
        channel: "ORAL",
        receivedOn: "2026-06-01",
        subject: null,
        reason: "  ",
        desiredOutcome: "REDUCE_CLAIM",
        signature: null,
        attachmentDocumentIds: [],
      },
    });
    expect(data.complaintSubmit.complaint).toBeNull();
    expect(data.complaintSubmit.case).toBeNull();
    expect(data.complaintSubmit.userErrors).toEqual([
      {
        code: "NOT_WRITTEN",
        field: ["input", "channel"],
        message:
          "A complaint must be written: ask the debtor to send it by letter, e-mail or the portal, then register it with that channel.",
      },
      {
        code: "MISSING_SUBJECT",
        field: ["input", "subject"],
        message:
          "Say what the complaint is about: DEDUCTION, CASE_HANDLING, CLAIM, TAX_SET_OFF, CHOICE_OF_ASSETS or OTHER.",
      },
      {
        code: "MISSING_REASON",
        field: ["input", "reason"],
        message: "Give the debtor's reason for the complaint: why the decision is wrong.",
      },
      {
        code: "MISSING_REDUCTION_AMOUNT",
        field: ["input", "reductionAmount"],
        message: "Give the amount, in øre, the debtor wants the claim reduced by.",
      },
      {
        code: "MISSING_SIGNATURE",
        field: ["input", "signature", "signerName"],
        message:
          "The complaint must be signed: give the signer's name and the time of signing, or upload the signed complaint as signedDocumentId.",
      },
      {
        code: "MISSING_ATTACHMENTS",
        field: ["input", "attachmentDocumentIds"],
        message:
          "Attach at least one document supporting the complaint: upload it with POST /documents and list its id.",
      },
    ]);
    expect(await f.counts()).toEqual(before);
  });

  it("lists a missing channel, outcome and signing time together", async () => {
    const caseId = await f.openCase();
    const before = await f.counts();
    const input = await f.complaintInput(caseId, {
      channel: null,
      desiredOutcome: null,
      signature: { signerName: "Kari Nordmann" },
    });
    const data = await app.ok(ComplaintSubmitDocument, { input });
    expect(data.complaintSubmit.userErrors.map((e) => [e.code, e.field])).toEqual([
      ["MISSING_CHANNEL", ["input", "channel"]],
      ["MISSING_DESIRED_OUTCOME", ["input", "desiredOutcome"]],
      ["MISSING_SIGNATURE", ["input", "signature", "signedAt"]],
    ]);
    expect(await f.counts()).toEqual(before);
  });

  const bad: [string, (caseId: string) => Promise<Partial<ComplaintSubmitInput>>, [string, string[]][]][] = [
    ["an unknown case", async () => ({ caseId: toGlobalId("Case", 999_999) }), [["UNKNOWN_CASE", ["input", "caseId"]]]],
    [
      "an unknown measure",
      async () => ({ measureId: toGlobalId("EnforcementMeasure", 999_999) }),
      [["UNKNOWN_MEASURE", ["input", "measureId"]]],
    ],
    [
      "another case's measure",
      async () => ({ measureId: await f.deduction(await f.openCase()) }),
      [["UNKNOWN_MEASURE", ["input", "measureId"]]],
    ],
    [
      "a deduction complaint that names no measure",
      async () => ({ subject: "DEDUCTION", desiredOutcome: "STOP_DEDUCTION" }),
      [["MISSING_MEASURE", ["input", "measureId"]]],
    ],
    [
      "a choice-of-assets complaint naming a deduction",
      async (caseId) => ({ subject: "CHOICE_OF_ASSETS", measureId: await f.deduction(caseId) }),
      [["MEASURE_KIND_MISMATCH", ["input", "measureId"]]],
    ],
    [
      "a request to stop a lien as a deduction",
      async (caseId) => ({ desiredOutcome: "STOP_DEDUCTION", measureId: await f.lien(caseId) }),
      [["MEASURE_KIND_MISMATCH", ["input", "measureId"]]],
    ],
    [
      "a reduction above the principal",
      async () => ({ desiredOutcome: "REDUCE_CLAIM", reductionAmount: 250_001 }),
      [["REDUCTION_EXCEEDS_CLAIM", ["input", "reductionAmount"]]],
    ],
    [
      "a negative reduction",
      async () => ({ desiredOutcome: "REDUCE_CLAIM", reductionAmount: -5 }),
      [["INVALID_REDUCTION_AMOUNT", ["input", "reductionAmount"]]],
    ],
    [
      "an unknown attachment",
      async () => ({ attachmentDocumentIds: [toGlobalId("Document", 999_999)] }),
      [["UNKNOWN_DOCUMENT", ["input", "attachmentDocumentIds", "0"]]],
    ],
    [
      "another creditor's attachment",
      async () => ({
        attachmentDocumentIds: [await f.document(), await f.document(await createCreditor(app, { name: "Andre AS" }))],
      }),
      [["UNKNOWN_DOCUMENT", ["input", "attachmentDocumentIds", "1"]]],
    ],
    [
      "an unknown signed document",
      async () => ({ signature: null, signedDocumentId: toGlobalId("Document", 999_999) }),
      [["UNKNOWN_DOCUMENT", ["input", "signedDocumentId"]]],
    ],
    [
      "a receipt date in the future",
      async () => ({ receivedOn: "2026-06-16" }),
      [["INVALID_DATE", ["input", "receivedOn"]]],
    ],
    [
      "a late acceptance without a reason",
      async () => ({ acceptLate: { reason: " " } }),
      [["MISSING_LATE_REASON", ["input", "acceptLate", "reason"]]],
    ],
    [
      "a closed case",
      async (caseId) => {
        await app.ok(CaseCloseDocument, { input: { caseId, reason: "Avskrevet" } });
        return {};
      },
      [["CASE_CLOSED", ["input", "caseId"]]],
    ],
  ];
  it.each(bad)("refuses %s with a typed error and writes nothing", async (_what, overrides, expected) => {
    const caseId = await f.openCase();
    const input = await f.complaintInput(caseId, await overrides(caseId));
    const before = await f.counts();
    const data = await app.ok(ComplaintSubmitDocument, { input });
    expect(data.complaintSubmit.complaint).toBeNull();
    expect(data.complaintSubmit.userErrors.map((e) => [e.code, e.field])).toEqual(expected);
    expect(data.complaintSubmit.userErrors.every((e) => e.message.length > 30)).toBe(true);
    expect(await f.counts()).toEqual(before);
  });

  it("refuses a late complaint with the deadline that passed, and accepts it late with a reason, recording who and when", async () => {
    const caseId = await f.openCase();
    const lien = await f.lien(caseId, "2026-03-02", { forcedSaleRequestedOn: "2026-04-01" });
    const before = await f.counts();
    const late = await f.submit(caseId, { measureId: lien, subject: "OTHER", receivedOn: "2026-04-10" });
    expect(late.complaint).toBeNull();
    expect(late.userErrors).toEqual([
      {
        code: "COMPLAINT_LATE",
        field: ["input", "receivedOn"],
        message:
          "The complaint is late: the deadline was 2026-04-01 and it was received 2026-04-10. A forced sale (tvangsdekning) was requested on 2026-04-01; a complaint against the lien had to arrive by then, and it arrived 2026-04-10. To register it anyway, give acceptLate with the caseworker's reason.",
      },
    ]);
    expect(await f.counts()).toEqual(before);

    const accepted = await f.submit(caseId, {
      measureId: lien,
      subject: "OTHER",
      receivedOn: "2026-04-10",
      acceptLate: { reason: "Skyldner lå på sykehus da fristen løp ut." },
    });
    expect(accepted.userErrors).toEqual([]);
    expect(accepted.complaint).toMatchObject({
      status: "RECEIVED",
      admissibility: { admissible: false, rule: "LIEN_UNTIL_FORCED_SALE", deadline: "2026-04-01" },
      lateAcceptance: {
        reason: "Skyldner lå på sykehus da fristen løp ut.",
        acceptedBy: "test admin",
        acceptedAt: "2026-06-15T10:00:00.000Z",
      },
      dueOn: "2026-05-01",
      overdue: true,
    });
    const read = await app.ok(CaseComplaintsDocument, { id: caseId });
    expect(read.case!.timeline.nodes.at(-1)).toMatchObject({
      type: "complaint.received",
      summary:
        "Complaint (klage) about another matter received by letter on 2026-04-10, accepted late; decision due 2026-05-01",
      data: {
        admissible: false,
        deadline: "2026-04-01",
        acceptedLate: { reason: "Skyldner lå på sykehus da fristen løp ut.", by: "test admin" },
      },
    });
  });
});

describe("tenant isolation", () => {
  it("another tenant's cases, measures and complaints are not found, and its writes are refused as unknown", async () => {
    const caseId = await f.openCase();
    const measureId = await f.deduction(caseId);
    const complaint = await f.submitted(caseId);
    const other = await createCreditor(app, { name: "Annen Kreditor AS" });
    const otherKey = await app.createKey([Scope.WRITE], [other.id]);
    const before = await f.counts();

    const submit = await app.ok(ComplaintSubmitDocument, { input: await f.complaintInput(caseId) }, otherKey);
    expect(submit.complaintSubmit.userErrors.map((e) => e.code)).toEqual(["UNKNOWN_CASE"]);
    const reconsider = await app.ok(
      ComplaintReconsiderDocument,
      { input: { complaintId: complaint.id, decision: "KEPT", reason: "x" } },
      otherKey,
    );
    expect(reconsider.complaintReconsider.userErrors.map((e) => e.code)).toEqual(["UNKNOWN_COMPLAINT"]);
    const update = await app.ok(
      EnforcementMeasureUpdateDocument,
      { input: { measureId, end: { endedOn: "2026-06-01", reason: "x" } } },
      otherKey,
    );
    expect(update.enforcementMeasureUpdate.userErrors.map((e) => e.code)).toEqual(["UNKNOWN_MEASURE"]);
    const record = await app.ok(
      EnforcementMeasureRecordDocument,
      {
        input: {
          caseId,
          kind: "DEDUCTION",
          notifiedOn: "2026-02-01",
          deduction: { deductor: "NAV", periodStart: "2026-02-01" },
        },
      },
      otherKey,
    );
    expect(record.enforcementMeasureRecord.userErrors.map((e) => e.code)).toEqual(["UNKNOWN_CASE"]);
    const origin = await app.ok(
      CaseSetClaimOriginDocument,
      { input: { caseId, originator: { kind: "PUBLIC_BODY", name: "NRK" } } },
      otherKey,
    );
    expect(origin.caseSetClaimOrigin.userErrors.map((e) => e.code)).toEqual(["UNKNOWN_CASE"]);
    expect(await f.counts()).toEqual(before);

    expect((await app.ok(ComplaintNodeDocument, { id: complaint.id }, otherKey)).node).toBeNull();
    expect((await app.ok(ComplaintNodeDocument, { id: measureId }, otherKey)).node).toBeNull();
    expect((await app.ok(ComplaintsPageDocument, {}, otherKey)).complaints.nodes).toEqual([]);
    expect(
      (
        await app.ok(
          ComplaintsPageDocument,
          { filter: { creditorId: toGlobalId("Creditor", f.creditor.id) } },
          otherKey,
        )
      ).complaints.nodes,
    ).toEqual([]);
    expect(
      (await app.ok(EnforcementMeasuresPageDocument, { filter: { caseId } }, otherKey)).enforcementMeasures.nodes,
    ).toEqual([]);

    const ownKey = await app.createKey([Scope.READ], [f.creditor.id]);
    expect((await app.ok(ComplaintNodeDocument, { id: complaint.id }, ownKey)).node).toEqual({
      id: complaint.id,
      __typename: "Complaint",
      status: "RECEIVED",
    });
    expect((await app.ok(ComplaintNodeDocument, { id: measureId }, ownKey)).node).toEqual({
      id: measureId,
      __typename: "EnforcementMeasure",
      kind: "DEDUCTION",
    });
    const readOnly = await app.gql(ComplaintSubmitDocument, { input: await f.complaintInput(caseId) }, ownKey);
    expect(readOnly.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(await app.count("complaint")).toBe(before.complaints);
  });
});
