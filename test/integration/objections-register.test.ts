import {
  CaseCloseDocument,
  CollectionStepRecordDocument,
  CreditNoteRegisterDocument,
  EnforcementNoticeRecordDocument,
  EnforcementPetitionCreateDocument,
  ObjectionWithdrawDocument,
  PaymentRegisterDocument,
  type ObjectionRegisterInput,
} from "../generated/graphql";
import { idOf, toGlobalId } from "../../src/shared/global-id";
import {
  app,
  counts,
  creditor,
  FROZEN_ACTIONS,
  newCase,
  object,
  objectOk,
  read,
  startObjectionsApp,
  stopObjectionsApp,
  timeline,
  TODAY,
  upload,
} from "../support/objections";

beforeAll(startObjectionsApp);
afterAll(stopObjectionsApp);

describe("objectionRegister", () => {
  it("a written objection freezes the case in the same transaction, with objection.registered and case.frozen", async () => {
    const caseId = await newCase();
    expect((await read(caseId))!.availableActions).toContain("SEND_COLLECTION_NOTICE");
    const result = await objectOk(caseId, "LETTER");
    expect(result.objection).toEqual({
      id: expect.any(String),
      channel: "LETTER",
      receivedOn: "2026-11-20",
      text: "Varen ble returnert 3. oktober; jeg skylder ingenting.",
      written: true,
      status: "OPEN",
      resolutionReason: null,
      withdrawnOn: null,
      decidedBy: null,
      decidedAt: null,
      answerDueOn: "2026-11-27",
      documents: [],
    });
    expect(result.case).toMatchObject({
      status: "FROZEN",
      availableActions: FROZEN_ACTIONS,
      nextDeadline: { kind: "OBJECTION_RESPONSE_DUE", dueAt: "2026-11-27", pastDue: false },
      eventCount: 3,
    });
    expect(result.case!.availableActions).not.toContain("SEND_COLLECTION_NOTICE");
    expect(result.case!.availableActions).not.toContain("SEND_PAYMENT_DEMAND");
    const events = (await read(caseId))!.timeline.nodes;
    expect(events.map((e) => [e.sequence, e.type, e.actor, e.statusBefore, e.statusAfter])).toEqual([
      [1, "invoice.received", "test admin", "ACTIVE", "ACTIVE"],
      [2, "objection.registered", "test admin", "ACTIVE", "ACTIVE"],
      [3, "case.frozen", "test admin", "ACTIVE", "FROZEN"],
    ]);
    expect(events[1]!.data).toEqual({
      objectionId: result.objection!.id,
      channel: "LETTER",
      receivedOn: "2026-11-20",
      written: true,
      documentIds: [],
    });
    expect(events[2]!.data).toEqual({ objectionId: result.objection!.id, responseDueOn: "2026-11-27" });
    // one transaction: the objection row, both events and the case update carry the same transaction id
    const caseNumber = idOf(caseId, "Case");
    const xids = await app.sql<{ xmin: string }>(
      `select xmin::text from objection where case_id = ? union select xmin::text from case_event where case_id = ? and sequence > 1 union select xmin::text from collection_case where id = ?`,
      [caseNumber, caseNumber, caseNumber],
    );
    expect(xids).toHaveLength(1);
    const [row] = await app.sql<{ frozen_from_status: string }>(
      "select frozen_from_status from collection_case where id = ?",
      [caseNumber],
    );
    expect(row!.frozen_from_status).toBe("ACTIVE");
  });

  it.each([
    ["LETTER", "FROZEN"],
    ["EMAIL", "FROZEN"],
    ["PORTAL", "FROZEN"],
    ["ORAL", "ACTIVE"],
  ] as const)("channel %s leaves the case %s", async (channel, status) => {
    const caseId = await newCase();
    const result = await objectOk(caseId, channel);
    expect(result.objection!.written).toBe(status === "FROZEN");
    expect(result.case!.status).toBe(status);
  });

  it("an oral objection is recorded without a freeze and asks for it in writing; the written one then freezes", async () => {
    const caseId = await newCase();
    const oral = await objectOk(caseId, "ORAL", { text: "Ringte og sa at beløpet er feil." });
    expect(oral.objection).toMatchObject({ channel: "ORAL", written: false, status: "OPEN", answerDueOn: null });
    expect(oral.case).toMatchObject({
      status: "ACTIVE",
      nextDeadline: { kind: "INVOICE_DUE", dueAt: "2026-09-15", pastDue: true },
      availableActions: [
        "SEND_COLLECTION_NOTICE",
        "REGISTER_PAYMENT",
        "REGISTER_CREDIT_NOTE",
        "REGISTER_OBJECTION",
        "REQUEST_WRITTEN_OBJECTION",
        "WITHDRAW_OBJECTION",
        "MARK_OBJECTION_UNFOUNDED",
        "RESOLVE_OBJECTION_BY_CREDIT",
        "ESCALATE_TO_CONCILIATION",
        "CLOSE",
      ],
    });
    expect(await timeline(caseId)).toEqual([
      ["invoice.received", "ACTIVE", "ACTIVE"],
      ["objection.registered", "ACTIVE", "ACTIVE"],
    ]);
    const written = await objectOk(caseId, "EMAIL", { receivedOn: "2026-11-22" });
    expect(written.case).toMatchObject({
      status: "FROZEN",
      availableActions: FROZEN_ACTIONS,
      nextDeadline: { kind: "OBJECTION_RESPONSE_DUE", dueAt: "2026-11-29" },
    });
  });

  it("an oral objection with the uploaded written objection counts as written and freezes", async () => {
    const documentId = await upload(creditor);
    const caseId = await newCase();
    const before = await app.count("objection_document");
    const result = await objectOk(caseId, "ORAL", { documentIds: [documentId] });
    expect(result.objection).toMatchObject({
      written: true,
      documents: [{ id: documentId, filename: "innsigelse-skannet.png" }],
    });
    expect(result.case!.status).toBe("FROZEN");
    expect(await app.count("objection_document")).toBe(before + 1);
    const events = (await read(caseId))!.timeline.nodes;
    expect(events[1]!.data).toMatchObject({ channel: "ORAL", written: true, documentIds: [documentId] });
    expect(events[2]!.type).toBe("case.frozen");
  });

  it("a second objection on a frozen case is added to it, without a second freeze", async () => {
    const caseId = await newCase();
    await objectOk(caseId, "LETTER", { receivedOn: "2026-11-10" });
    const second = await objectOk(caseId, "PORTAL", { receivedOn: "2026-11-21" });
    expect(second.case).toMatchObject({
      status: "FROZEN",
      eventCount: 4,
      nextDeadline: { kind: "OBJECTION_RESPONSE_DUE", dueAt: "2026-11-17", pastDue: true },
    });
    expect(await timeline(caseId)).toEqual([
      ["invoice.received", "ACTIVE", "ACTIVE"],
      ["objection.registered", "ACTIVE", "ACTIVE"],
      ["case.frozen", "ACTIVE", "FROZEN"],
      ["objection.registered", "FROZEN", "FROZEN"],
    ]);
    expect((await read(caseId))!.objections.map((o) => [o.channel, o.status, o.answerDueOn])).toEqual([
      ["LETTER", "OPEN", "2026-11-17"],
      ["PORTAL", "OPEN", "2026-11-28"],
    ]);
  });

  const bad: [string, Partial<ObjectionRegisterInput>, string, string[]][] = [
    ["an unknown case", { caseId: toGlobalId("Case", 999999) }, "UNKNOWN_CASE", ["input", "caseId"]],
    ["a date in the future", { receivedOn: "2026-11-24" }, "INVALID_DATE", ["input", "receivedOn"]],
    ["a date before the invoice was issued", { receivedOn: "2026-08-31" }, "INVALID_DATE", ["input", "receivedOn"]],
    ["a blank text", { text: "   " }, "MISSING_FIELD", ["input", "text"]],
    [
      "an unknown document",
      { documentIds: [toGlobalId("Document", 999999)] },
      "UNKNOWN_DOCUMENT",
      ["input", "documentIds", "0"],
    ],
  ];
  it.each(bad)("refuses %s with a typed error and writes nothing", async (_what, over, code, field) => {
    const caseId = await newCase();
    const before = await counts();
    const result = await object(caseId, "LETTER", over);
    expect(result.objection).toBeNull();
    expect(result.case).toBeNull();
    expect(result.userErrors).toEqual([{ code, field, message: expect.any(String) }]);
    expect(result.userErrors[0]!.message.length).toBeGreaterThan(30);
    expect(await counts()).toEqual(before);
    expect((await read(caseId))!.status).toBe("ACTIVE");
  });

  const closers: [string, (caseId: string) => Promise<unknown>, string][] = [
    [
      "paid",
      (caseId) => app.ok(PaymentRegisterDocument, { input: { caseId, amount: 125_000, paidOn: "2026-11-01" } }),
      "PAID",
    ],
    [
      "credited",
      (caseId) => app.ok(CreditNoteRegisterDocument, { input: { caseId, amount: 125_000, issuedOn: "2026-11-01" } }),
      "CREDITED",
    ],
    [
      "closed",
      (caseId) => app.ok(CaseCloseDocument, { input: { caseId, reason: "Sent to the wrong collector" } }),
      "CLOSED",
    ],
  ];
  it.each(closers)(
    "refuses an objection on a %s case with CASE_CLOSED and writes nothing",
    async (_what, close, status) => {
      const caseId = await newCase();
      await close(caseId);
      const before = await counts();
      const result = await object(caseId, "LETTER");
      expect(result.userErrors).toEqual([
        {
          code: "CASE_CLOSED",
          field: ["input", "caseId"],
          message: `The case is ${status} and closed: there is no claim left to object to.`,
        },
      ]);
      expect(await counts()).toEqual(before);
    },
  );
});

describe("while a case is FROZEN", () => {
  type Row = {
    mutation: string;
    prepare: (caseId: string) => Promise<void>;
    run: (caseId: string) => Promise<{ code: string; field?: string[] | null }[]>;
    /** Error codes the control call still gets once the freeze is lifted (an unrelated precondition), none by default. */
    afterUnfreeze?: string[];
  };
  const step = (kind: "COLLECTION_NOTICE" | "PAYMENT_DEMAND") => async (caseId: string) =>
    (await app.ok(CollectionStepRecordDocument, { input: { caseId, kind, sentOn: TODAY } })).collectionStepRecord
      .userErrors;
  // every escalating mutation (notices, fees, legal steps); later modules add their rows here
  const escalating: Row[] = [
    {
      mutation: "collectionStepRecord COLLECTION_NOTICE",
      prepare: async () => undefined,
      run: step("COLLECTION_NOTICE"),
    },
    {
      mutation: "collectionStepRecord PAYMENT_DEMAND",
      prepare: async (caseId) => {
        const notice = await app.ok(CollectionStepRecordDocument, {
          input: { caseId, kind: "COLLECTION_NOTICE", sentOn: "2026-10-01" },
        });
        expect(notice.collectionStepRecord.userErrors).toEqual([]);
      },
      run: step("PAYMENT_DEMAND"),
    },
    // enforcement needs a judgment, which a frozen case cannot have: once unfrozen the refusal is NO_JUDGMENT instead
    {
      mutation: "enforcementNoticeRecord",
      prepare: async () => undefined,
      run: async (caseId) =>
        (await app.ok(EnforcementNoticeRecordDocument, { input: { caseId, sentOn: TODAY } })).enforcementNoticeRecord
          .userErrors,
      afterUnfreeze: ["NO_JUDGMENT"],
    },
    {
      mutation: "enforcementPetitionCreate",
      prepare: async () => undefined,
      run: async (caseId) =>
        (await app.ok(EnforcementPetitionCreateDocument, { input: { caseId, petitionDate: TODAY } }))
          .enforcementPetitionCreate.userErrors,
      afterUnfreeze: ["NO_JUDGMENT"],
    },
  ];

  it.each(escalating.map((r) => [r.mutation, r] as const))(
    "%s returns CASE_FROZEN and changes nothing; after the freeze it works",
    async (_name, row) => {
      const caseId = await newCase();
      await row.prepare(caseId);
      const { objection } = await objectOk(caseId, "LETTER");
      const before = await counts();
      const errors = await row.run(caseId);
      expect(errors).toEqual([expect.objectContaining({ code: "CASE_FROZEN", field: ["input", "caseId"] })]);
      expect(await counts()).toEqual(before);
      expect((await read(caseId))!).toMatchObject({
        status: "FROZEN",
        feesAmount: row.mutation.endsWith("DEMAND") ? 3500 : 0,
      });
      // the control: the same call succeeds once the objection is withdrawn
      await app.ok(ObjectionWithdrawDocument, { input: { objectionId: objection!.id, withdrawnOn: TODAY } });
      expect((await row.run(caseId)).map((e) => e.code)).toEqual(row.afterUnfreeze ?? []);
    },
  );
});
