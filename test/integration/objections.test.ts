import {
  CaseCloseDocument,
  CaseObjectionsDocument,
  CollectionStepRecordDocument,
  CreditNoteRegisterDocument,
  EnforcementNoticeRecordDocument,
  EnforcementPetitionCreateDocument,
  InvoiceRegisterDocument,
  ObjectionByIdDocument,
  ObjectionEscalateDocument,
  ObjectionMarkUnfoundedDocument,
  ObjectionRegisterDocument,
  ObjectionResolveByCreditNoteDocument,
  ObjectionsPageDocument,
  ObjectionWithdrawDocument,
  PaymentRegisterDocument,
  type InvoiceRegisterInput,
  type ObjectionChannel,
  type ObjectionRegisterInput,
  type ObjectionResolveByCreditNoteInput,
} from "../generated/graphql";
import { startTestApp, type TestApp } from "../support/app";
import { createCreditor, createDebtor } from "../support/factories";
import { fixedClock } from "../../src/shared/clock";
import { idOf, toGlobalId } from "../../src/shared/global-id";
import { Scope } from "../../src/modules/access/api-key.entity";
import type { Creditor } from "../../src/modules/parties/creditor.entity";
import type { Debtor } from "../../src/modules/parties/debtor.entity";

/** 1×1 PNG: a scanned written objection, as far as the upload check can tell. */
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
  "base64",
);
const NOW = "2026-11-23T12:00:00.000Z";
const TODAY = "2026-11-23";

let app: TestApp;
let creditor: Creditor;
let debtor: Debtor;
let n = 0;

beforeAll(async () => {
  app = await startTestApp({ clock: fixedClock(NOW) });
  creditor = await createCreditor(app);
  debtor = await createDebtor(app, creditor);
});
afterAll(async () => app?.close());

async function openCase(
  target: TestApp,
  owner: { creditor: Creditor; debtor: Debtor },
  overrides: Partial<InvoiceRegisterInput> = {},
) {
  n += 1;
  const input: InvoiceRegisterInput = {
    creditorId: owner.creditor.globalId,
    debtorId: owner.debtor.globalId,
    invoiceNumber: `F-${2000 + n}`,
    sourceSystem: "conta",
    externalId: `obj-${n}`,
    issueDate: "2026-09-01",
    dueDate: "2026-09-15",
    amount: 125_000,
    ...overrides,
  };
  const data = await target.ok(InvoiceRegisterDocument, { input });
  expect(data.invoiceRegister.userErrors).toEqual([]);
  return { caseId: data.invoiceRegister.case!.id, invoiceId: data.invoiceRegister.invoice!.id };
}
const newCase = (overrides: Partial<InvoiceRegisterInput> = {}) =>
  openCase(app, { creditor, debtor }, overrides).then((c) => c.caseId);

async function object(
  caseId: string,
  channel: ObjectionChannel,
  over: Partial<ObjectionRegisterInput> = {},
  target = app,
  key?: string,
) {
  const input = {
    caseId,
    channel,
    receivedOn: "2026-11-20",
    text: "Varen ble returnert 3. oktober; jeg skylder ingenting.",
    ...over,
  };
  return (await target.ok(ObjectionRegisterDocument, { input }, key)).objectionRegister;
}
async function objectOk(
  caseId: string,
  channel: ObjectionChannel,
  over: Partial<ObjectionRegisterInput> = {},
  target = app,
) {
  const result = await object(caseId, channel, over, target);
  expect(result.userErrors).toEqual([]);
  return result;
}
const read = async (caseId: string, key?: string) => (await app.ok(CaseObjectionsDocument, { id: caseId }, key)).case;
const timeline = async (caseId: string) =>
  (await read(caseId))!.timeline.nodes.map((e) => [e.type, e.statusBefore, e.statusAfter]);

async function upload(owner: Creditor, key = app.adminKey): Promise<string> {
  const form = new FormData();
  form.append("creditorId", owner.globalId);
  form.append("file", new Blob([new Uint8Array(PNG)], { type: "image/png" }), "innsigelse-skannet.png");
  const res = await fetch(`http://127.0.0.1:${app.server.port}/documents`, {
    method: "POST",
    headers: { authorization: `Bearer ${key}` },
    body: form,
  });
  expect(res.status).toBe(201);
  return ((await res.json()) as { document: { id: string } }).document.id;
}

const counts = async () => ({
  objections: await app.count("objection"),
  attachments: await app.count("objection_document"),
  events: await app.count("case_event"),
  cases: await app.count("collection_case"),
  invoices: await app.count("invoice"),
  transactions: await app.count("case_transaction"),
  steps: await app.count("collection_step"),
});

const FROZEN_ACTIONS = [
  "REGISTER_PAYMENT",
  "REGISTER_CREDIT_NOTE",
  "REGISTER_OBJECTION",
  "WITHDRAW_OBJECTION",
  "MARK_OBJECTION_UNFOUNDED",
  "RESOLVE_OBJECTION_BY_CREDIT",
  "ESCALATE_TO_CONCILIATION",
  "CLOSE",
];

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

describe("ways out of a freeze", () => {
  it("objectionWithdraw ends the freeze: back to ACTIVE with case.unfrozen", async () => {
    const caseId = await newCase();
    const { objection } = await objectOk(caseId, "LETTER");
    const result = (
      await app.ok(ObjectionWithdrawDocument, { input: { objectionId: objection!.id, withdrawnOn: "2026-11-22" } })
    ).objectionWithdraw;
    expect(result.userErrors).toEqual([]);
    expect(result.objection).toMatchObject({
      status: "WITHDRAWN",
      withdrawnOn: "2026-11-22",
      decidedBy: "test admin",
      decidedAt: NOW,
      answerDueOn: null,
    });
    expect(result.case).toMatchObject({
      status: "ACTIVE",
      nextDeadline: { kind: "INVOICE_DUE", dueAt: "2026-09-15", pastDue: true },
      availableActions: [
        "SEND_COLLECTION_NOTICE",
        "REGISTER_PAYMENT",
        "REGISTER_CREDIT_NOTE",
        "REGISTER_OBJECTION",
        "CLOSE",
      ],
    });
    const events = (await read(caseId))!.timeline.nodes;
    expect(events.slice(3).map((e) => [e.type, e.statusBefore, e.statusAfter, e.data])).toEqual([
      [
        "objection.resolved",
        "FROZEN",
        "FROZEN",
        {
          objectionId: objection!.id,
          resolution: "WITHDRAWN",
          reason: null,
          decidedBy: "test admin",
          withdrawnOn: "2026-11-22",
        },
      ],
      ["case.unfrozen", "FROZEN", "ACTIVE", { objectionId: objection!.id, resolution: "WITHDRAWN" }],
    ]);
    const [row] = await app.sql<{ frozen_from_status: string | null }>(
      "select frozen_from_status from collection_case where id = ?",
      [idOf(caseId, "Case")],
    );
    expect(row!.frozen_from_status).toBeNull();
  });

  it("unfreezes only when the last open written objection ends; an oral one does not hold the freeze", async () => {
    const caseId = await newCase();
    const first = (await objectOk(caseId, "LETTER", { receivedOn: "2026-11-10" })).objection!;
    const second = (await objectOk(caseId, "EMAIL", { receivedOn: "2026-11-18" })).objection!;
    const oral = (await objectOk(caseId, "ORAL", { receivedOn: "2026-11-19" })).objection!;

    const withdrawn = (
      await app.ok(ObjectionWithdrawDocument, { input: { objectionId: first.id, withdrawnOn: TODAY } })
    ).objectionWithdraw;
    expect(withdrawn.case).toMatchObject({
      status: "FROZEN",
      nextDeadline: { kind: "OBJECTION_RESPONSE_DUE", dueAt: "2026-11-25", pastDue: false },
    });
    expect((await timeline(caseId)).filter(([t]) => t === "case.unfrozen")).toEqual([]);

    const unfounded = (
      await app.ok(ObjectionMarkUnfoundedDocument, {
        input: { objectionId: second.id, reason: "The invoice matches the signed order of 2026-08-20." },
      })
    ).objectionMarkUnfounded;
    expect(unfounded.userErrors).toEqual([]);
    expect(unfounded.case!.status).toBe("ACTIVE");
    expect(unfounded.case!.availableActions).toContain("REQUEST_WRITTEN_OBJECTION");
    expect((await timeline(caseId)).slice(-3)).toEqual([
      ["objection.resolved", "FROZEN", "FROZEN"],
      ["objection.resolved", "FROZEN", "FROZEN"],
      ["case.unfrozen", "FROZEN", "ACTIVE"],
    ]);
    expect((await read(caseId))!.objections.map((o) => [o.id, o.status])).toEqual([
      [first.id, "WITHDRAWN"],
      [second.id, "UNFOUNDED"],
      [oral.id, "OPEN"],
    ]);
  });

  it("objectionMarkUnfounded needs a reason and records who decided and when", async () => {
    const caseId = await newCase();
    const { objection } = await objectOk(caseId, "PORTAL");
    const key = await app.createKey([Scope.WRITE], [creditor.id], "saksbehandler Ola");
    const before = await counts();
    for (const reason of ["", "   ", "grunnløs"]) {
      const refused = (
        await app.ok(ObjectionMarkUnfoundedDocument, { input: { objectionId: objection!.id, reason } }, key)
      ).objectionMarkUnfounded;
      expect(refused).toMatchObject({
        objection: null,
        case: null,
        userErrors: [{ code: "MISSING_REASON", field: ["input", "reason"] }],
      });
      expect(refused.userErrors[0]!.message).toContain("at least 10 characters");
    }
    expect(await counts()).toEqual(before);
    const reason = "  Varen er levert og kvittert for 2026-08-20.  ";
    const result = (
      await app.ok(ObjectionMarkUnfoundedDocument, { input: { objectionId: objection!.id, reason } }, key)
    ).objectionMarkUnfounded;
    expect(result.objection).toMatchObject({
      status: "UNFOUNDED",
      resolutionReason: "Varen er levert og kvittert for 2026-08-20.",
      decidedBy: "saksbehandler Ola",
      decidedAt: NOW,
    });
    expect(result.case!.status).toBe("ACTIVE");
    const events = (await read(caseId))!.timeline.nodes.slice(-2);
    expect(events.map((e) => [e.type, e.actor])).toEqual([
      ["objection.resolved", "saksbehandler Ola"],
      ["case.unfrozen", "saksbehandler Ola"],
    ]);
    expect(events[0]!.data).toMatchObject({
      resolution: "UNFOUNDED",
      reason: "Varen er levert og kvittert for 2026-08-20.",
      decidedBy: "saksbehandler Ola",
    });
  });

  it("refuses bad withdrawals with typed errors and writes nothing", async () => {
    const caseId = await newCase();
    const { objection } = await objectOk(caseId, "LETTER", { receivedOn: "2026-11-15" });
    const withdraw = async (objectionId: string, withdrawnOn: string) =>
      (await app.ok(ObjectionWithdrawDocument, { input: { objectionId, withdrawnOn } })).objectionWithdraw.userErrors;
    const before = await counts();
    expect(await withdraw(objection!.id, "2026-11-14")).toEqual([
      expect.objectContaining({ code: "INVALID_DATE", field: ["input", "withdrawnOn"] }),
    ]);
    expect(await withdraw(objection!.id, "2026-11-24")).toEqual([
      expect.objectContaining({ code: "INVALID_DATE", field: ["input", "withdrawnOn"] }),
    ]);
    expect(await withdraw(toGlobalId("Objection", 999999), TODAY)).toEqual([
      expect.objectContaining({ code: "UNKNOWN_OBJECTION", field: ["input", "objectionId"] }),
    ]);
    expect(await withdraw(caseId, TODAY)).toEqual([expect.objectContaining({ code: "UNKNOWN_OBJECTION" })]);
    expect(await counts()).toEqual(before);
    expect(await withdraw(objection!.id, TODAY)).toEqual([]);
    const after = await counts();
    expect(await withdraw(objection!.id, TODAY)).toEqual([
      expect.objectContaining({ code: "OBJECTION_NOT_OPEN", field: ["input", "objectionId"] }),
    ]);
    const unfounded = await app.ok(ObjectionMarkUnfoundedDocument, {
      input: { objectionId: objection!.id, reason: "Too late for this, it was withdrawn." },
    });
    expect(unfounded.objectionMarkUnfounded.userErrors[0]!.code).toBe("OBJECTION_NOT_OPEN");
    expect(await counts()).toEqual(after);
  });

  it("objectionEscalate records the escalation and keeps the case FROZEN until the forliksklage is sent", async () => {
    const caseId = await newCase();
    const { objection } = await objectOk(caseId, "LETTER");
    const result = (await app.ok(ObjectionEscalateDocument, { input: { objectionId: objection!.id } }))
      .objectionEscalate;
    expect(result.userErrors).toEqual([]);
    expect(result.objection).toMatchObject({
      status: "ESCALATED",
      decidedBy: "test admin",
      decidedAt: NOW,
      answerDueOn: null,
    });
    expect(result.case).toMatchObject({
      status: "FROZEN",
      nextDeadline: null,
      availableActions: [
        "REGISTER_PAYMENT",
        "REGISTER_CREDIT_NOTE",
        "REGISTER_OBJECTION",
        "WITHDRAW_OBJECTION",
        "RESOLVE_OBJECTION_BY_CREDIT",
        "CLOSE",
      ],
    });
    const last = (await read(caseId))!.timeline.nodes.at(-1)!;
    expect([last.type, last.statusBefore, last.statusAfter, (last.data as { resolution: string }).resolution]).toEqual([
      "objection.resolved",
      "FROZEN",
      "FROZEN",
      "ESCALATED",
    ]);
    const before = await counts();
    const again = (await app.ok(ObjectionEscalateDocument, { input: { objectionId: objection!.id } }))
      .objectionEscalate;
    expect(again.userErrors).toEqual([expect.objectContaining({ code: "OBJECTION_NOT_OPEN" })]);
    const stepped = await app.ok(CollectionStepRecordDocument, {
      input: { caseId, kind: "COLLECTION_NOTICE", sentOn: TODAY },
    });
    expect(stepped.collectionStepRecord.userErrors[0]!.code).toBe("CASE_FROZEN");
    expect(await counts()).toEqual(before);
  });

  it("a full credit note closes the case as CREDITED and resolves the objection", async () => {
    const caseId = await newCase({ amount: 80_000 });
    const { objection } = await objectOk(caseId, "EMAIL");
    const result = (
      await app.ok(ObjectionResolveByCreditNoteDocument, {
        input: {
          objectionId: objection!.id,
          creditNoteAmount: 80_000,
          issuedOn: "2026-11-22",
          creditNoteNumber: "K-501",
        },
      })
    ).objectionResolveByCreditNote;
    expect(result.userErrors).toEqual([]);
    expect(result.objection).toMatchObject({
      status: "RESOLVED_BY_CREDIT",
      resolutionReason: "Credit note K-501",
      decidedBy: "test admin",
    });
    expect(result.case).toMatchObject({
      status: "CREDITED",
      creditedAmount: 80_000,
      outstandingAmount: 0,
      closedAt: NOW,
      availableActions: [],
      nextDeadline: null,
      replacedBy: null,
    });
    expect(result.creditNote).toEqual({ kind: "CREDIT_NOTE", amount: 80_000, date: "2026-11-22", reference: "K-501" });
    expect(result.newInvoice).toBeNull();
    expect(result.newCase).toBeNull();
    expect((await timeline(caseId)).slice(3)).toEqual([
      ["objection.resolved", "FROZEN", "FROZEN"],
      ["credit_note.registered", "FROZEN", "FROZEN"],
      ["case.credited", "FROZEN", "CREDITED"],
    ]);
  });

  it("a partial credit note closes the old case and opens a new invoice and case linked to it", async () => {
    const { caseId, invoiceId } = await openCase(app, { creditor, debtor }, { amount: 125_000 });
    const { objection } = await objectOk(caseId, "LETTER");
    const before = await counts();
    const input: ObjectionResolveByCreditNoteInput = {
      objectionId: objection!.id,
      creditNoteAmount: 25_000,
      issuedOn: "2026-11-22",
      creditNoteNumber: "K-502",
      newInvoice: {
        invoiceNumber: "F-9001",
        externalId: "obj-new-9001",
        issueDate: "2026-11-22",
        dueDate: "2026-12-06",
        amount: 100_000,
        kid: "1234590",
      },
    };
    const result = (await app.ok(ObjectionResolveByCreditNoteDocument, { input })).objectionResolveByCreditNote;
    expect(result.userErrors).toEqual([]);
    expect(result.case).toMatchObject({
      id: caseId,
      status: "CLOSED",
      creditedAmount: 25_000,
      outstandingAmount: 100_000,
      closedAt: NOW,
      replacedBy: { id: result.newCase!.id, status: "ACTIVE" },
    });
    expect(result.newInvoice).toEqual({
      id: expect.any(String),
      invoiceNumber: "F-9001",
      externalId: "obj-new-9001",
      sourceSystem: "conta",
      amount: 100_000,
      dueDate: "2026-12-06",
      replacesInvoice: { id: invoiceId, replacedBy: { id: result.newInvoice!.id } },
    });
    expect(result.newCase).toMatchObject({
      status: "ACTIVE",
      principalAmount: 100_000,
      outstandingAmount: 100_000,
      eventCount: 1,
    });
    expect(await counts()).toEqual({
      ...before,
      invoices: before.invoices + 1,
      cases: before.cases + 1,
      transactions: before.transactions + 1,
      events: before.events + 4,
    });
    const events = (await read(caseId))!.timeline.nodes.slice(3);
    expect(events.map((e) => [e.type, e.statusBefore, e.statusAfter])).toEqual([
      ["objection.resolved", "FROZEN", "FROZEN"],
      ["credit_note.registered", "FROZEN", "FROZEN"],
      ["case.closed", "FROZEN", "CLOSED"],
    ]);
    expect(events[2]!.data).toEqual({
      reason: "REPLACED_BY_NEW_INVOICE",
      newInvoiceId: result.newInvoice!.id,
      newCaseId: result.newCase!.id,
    });
    expect(events[0]!.data).toMatchObject({
      resolution: "RESOLVED_BY_CREDIT",
      creditNoteNumber: "K-502",
      creditNoteAmount: 25_000,
      newInvoiceId: result.newInvoice!.id,
    });
  });

  it("a full credit note may come with a new invoice for the agreed amount (credit and reissue)", async () => {
    const caseId = await newCase({ amount: 60_000 });
    const { objection } = await objectOk(caseId, "LETTER");
    const input: ObjectionResolveByCreditNoteInput = {
      objectionId: objection!.id,
      creditNoteAmount: 60_000,
      issuedOn: "2026-11-22",
      creditNoteNumber: "K-503",
      newInvoice: {
        invoiceNumber: "F-9002",
        externalId: "obj-new-9002",
        issueDate: "2026-11-22",
        dueDate: "2026-12-06",
        amount: 45_000,
      },
    };
    const result = (await app.ok(ObjectionResolveByCreditNoteDocument, { input })).objectionResolveByCreditNote;
    expect(result.userErrors).toEqual([]);
    expect(result.case).toMatchObject({
      status: "CREDITED",
      outstandingAmount: 0,
      replacedBy: { id: result.newCase!.id },
    });
    expect(result.newCase).toMatchObject({ status: "ACTIVE", principalAmount: 45_000 });
  });

  const partial = (
    over: Partial<ObjectionResolveByCreditNoteInput> = {},
    invoice: Record<string, unknown> = {},
  ): Omit<ObjectionResolveByCreditNoteInput, "objectionId"> => ({
    creditNoteAmount: 25_000,
    issuedOn: "2026-11-22",
    creditNoteNumber: "K-600",
    newInvoice: {
      invoiceNumber: "F-9100",
      externalId: `obj-new-bad-${n}`,
      issueDate: "2026-11-22",
      dueDate: "2026-12-06",
      amount: 100_000,
      ...invoice,
    },
    ...over,
  });
  const badCredit: [string, Omit<ObjectionResolveByCreditNoteInput, "objectionId">, string, string[]][] = [
    ["a zero credit note", partial({ creditNoteAmount: 0 }), "INVALID_AMOUNT", ["input", "creditNoteAmount"]],
    [
      "a credit note above what is owed",
      partial({ creditNoteAmount: 125_001 }),
      "AMOUNT_EXCEEDS_OUTSTANDING",
      ["input", "creditNoteAmount"],
    ],
    [
      "a partial credit note without a new invoice",
      partial({ newInvoice: null }),
      "MISSING_NEW_INVOICE",
      ["input", "newInvoice"],
    ],
    [
      "a new invoice for another amount than what remains",
      partial({}, { amount: 90_000 }),
      "AMOUNT_MISMATCH",
      ["input", "newInvoice", "amount"],
    ],
    ["a new invoice with a bad KID", partial({}, { kid: "1234591" }), "INVALID_KID", ["input", "newInvoice", "kid"]],
    [
      "a new invoice due before it is issued",
      partial({}, { dueDate: "2026-11-01" }),
      "DUE_BEFORE_ISSUE",
      ["input", "newInvoice", "dueDate"],
    ],
    [
      "a new invoice whose externalId is taken",
      partial({}, { externalId: "obj-1" }),
      "INVOICE_EXISTS",
      ["input", "newInvoice", "externalId"],
    ],
    ["a blank credit note number", partial({ creditNoteNumber: " " }), "MISSING_FIELD", ["input", "creditNoteNumber"]],
  ];
  it.each(badCredit)("refuses %s with a typed error and writes nothing", async (_what, input, code, field) => {
    const caseId = await newCase({ amount: 125_000 });
    const { objection } = await objectOk(caseId, "LETTER");
    const before = await counts();
    const result = (
      await app.ok(ObjectionResolveByCreditNoteDocument, { input: { objectionId: objection!.id, ...input } })
    ).objectionResolveByCreditNote;
    expect(result).toMatchObject({ objection: null, case: null, creditNote: null, newInvoice: null, newCase: null });
    expect(result.userErrors).toEqual([{ code, field, message: expect.any(String) }]);
    expect(await counts()).toEqual(before);
    expect((await read(caseId))!).toMatchObject({ status: "FROZEN", creditedAmount: 0 });
  });

  it("no way out on a closed case: CASE_CLOSED", async () => {
    const caseId = await newCase();
    const { objection } = await objectOk(caseId, "ORAL");
    await app.ok(PaymentRegisterDocument, { input: { caseId, amount: 125_000, paidOn: "2026-11-22" } });
    const before = await counts();
    const escalated = (await app.ok(ObjectionEscalateDocument, { input: { objectionId: objection!.id } }))
      .objectionEscalate;
    expect(escalated.userErrors).toEqual([
      {
        code: "CASE_CLOSED",
        field: ["input", "objectionId"],
        message: "The case is PAID and closed: nothing more can be registered on it.",
      },
    ]);
    expect(await counts()).toEqual(before);
  });
});

describe("tenant isolation", () => {
  it("another tenant's case, objection and documents answer as unknown, and it writes nothing", async () => {
    const caseId = await newCase();
    const { objection } = await objectOk(caseId, "LETTER");
    const other = await createCreditor(app, { name: "Annen Kreditor AS" });
    const otherDebtor = await createDebtor(app, other);
    const otherKey = await app.createKey([Scope.WRITE], [other.id], "annen");
    const otherCase = (await openCase(app, { creditor: other, debtor: otherDebtor })).caseId;
    const myDocument = await upload(creditor);
    const before = await counts();

    expect((await object(caseId, "LETTER", {}, app, otherKey)).userErrors).toEqual([
      expect.objectContaining({ code: "UNKNOWN_CASE", field: ["input", "caseId"] }),
    ]);
    const foreignDoc = await object(otherCase, "ORAL", { documentIds: [myDocument] }, app, otherKey);
    expect(foreignDoc.userErrors).toEqual([
      expect.objectContaining({ code: "UNKNOWN_DOCUMENT", field: ["input", "documentIds", "0"] }),
    ]);
    const withdraw = await app.ok(
      ObjectionWithdrawDocument,
      { input: { objectionId: objection!.id, withdrawnOn: TODAY } },
      otherKey,
    );
    expect(withdraw.objectionWithdraw.userErrors).toEqual([expect.objectContaining({ code: "UNKNOWN_OBJECTION" })]);
    const escalate = await app.ok(ObjectionEscalateDocument, { input: { objectionId: objection!.id } }, otherKey);
    expect(escalate.objectionEscalate.userErrors[0]!.code).toBe("UNKNOWN_OBJECTION");
    expect(await counts()).toEqual(before);

    expect(await app.ok(ObjectionByIdDocument, { id: objection!.id }, otherKey)).toEqual({
      objection: null,
      node: null,
    });
    expect(await app.ok(ObjectionByIdDocument, { id: objection!.id })).toEqual({
      objection: { id: objection!.id, status: "OPEN" },
      node: { id: objection!.id, __typename: "Objection" },
    });
    expect((await app.ok(ObjectionsPageDocument, { first: 100 }, otherKey)).objections.edges).toEqual([]);
    expect(
      (await app.ok(ObjectionsPageDocument, { first: 100, filter: { caseId } }, otherKey)).objections.edges,
    ).toEqual([]);
    expect(
      (await app.ok(ObjectionsPageDocument, { first: 100, filter: { creditorId: creditor.globalId } }, otherKey))
        .objections.edges,
    ).toEqual([]);
    expect(await read(caseId, otherKey)).toBeNull();
  });

  it("a read-only key may read objections but not register one", async () => {
    const caseId = await newCase();
    const readKey = await app.createKey([Scope.READ], [creditor.id]);
    const result = await app.gql(
      ObjectionRegisterDocument,
      { input: { caseId, channel: "LETTER", receivedOn: TODAY, text: "Nei." } },
      readKey,
    );
    expect(result.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await app.ok(ObjectionsPageDocument, { first: 1 }, readKey)).objections.edges).toHaveLength(1);
  });
});

describe("the objections connection", () => {
  it("filters by case, creditor, status and channel, and pages with cursors", async () => {
    const own = await createCreditor(app, { name: "Filter AS" });
    const ownDebtor = await createDebtor(app, own);
    const key = await app.createKey([Scope.READ], [own.id]);
    const first = (await openCase(app, { creditor: own, debtor: ownDebtor })).caseId;
    const second = (await openCase(app, { creditor: own, debtor: ownDebtor })).caseId;
    const a = (await objectOk(first, "LETTER", { receivedOn: "2026-11-01" })).objection!;
    const b = (await objectOk(first, "ORAL")).objection!;
    const c = (await objectOk(second, "EMAIL")).objection!;
    await app.ok(ObjectionWithdrawDocument, { input: { objectionId: a.id, withdrawnOn: "2026-11-02" } });

    const ids = async (filter: Record<string, unknown>, withKey?: string) =>
      (await app.ok(ObjectionsPageDocument, { first: 100, filter }, withKey)).objections.edges.map((e) => e.node.id);
    expect(await ids({ creditorId: own.globalId })).toEqual([a.id, b.id, c.id]);
    expect(await ids({}, key)).toEqual([a.id, b.id, c.id]);
    expect(await ids({ caseId: first })).toEqual([a.id, b.id]);
    expect(await ids({ creditorId: own.globalId, status: ["OPEN"] })).toEqual([b.id, c.id]);
    expect(await ids({ creditorId: own.globalId, channel: ["ORAL", "EMAIL"] })).toEqual([b.id, c.id]);
    expect(await ids({ caseId: first, status: ["WITHDRAWN"] })).toEqual([a.id]);
    expect(await ids({ caseId: second, channel: ["LETTER"] })).toEqual([]);

    const page1 = (await app.ok(ObjectionsPageDocument, { first: 2 }, key)).objections;
    expect(page1.edges.map((e) => e.node.id)).toEqual([a.id, b.id]);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const page2 = (await app.ok(ObjectionsPageDocument, { first: 2, after: page1.pageInfo.endCursor }, key)).objections;
    expect(page2.edges.map((e) => [e.node.id, e.node.channel, e.node.case.id])).toEqual([[c.id, "EMAIL", second]]);
    expect(page2.pageInfo.hasNextPage).toBe(false);
  });
});

describe("OBJECTION_RESPONSE_DAYS", () => {
  it("sets when the creditor's answer is due on a frozen case", async () => {
    const ten = await startTestApp({ clock: fixedClock(NOW), env: { OBJECTION_RESPONSE_DAYS: "10" } });
    try {
      const owner = await createCreditor(ten);
      const ownerDebtor = await createDebtor(ten, owner);
      const { caseId } = await openCase(ten, { creditor: owner, debtor: ownerDebtor });
      const result = await objectOk(caseId, "LETTER", { receivedOn: "2026-11-20" }, ten);
      expect(result.objection!.answerDueOn).toBe("2026-11-30");
      expect(result.case!.nextDeadline).toEqual({
        kind: "OBJECTION_RESPONSE_DUE",
        dueAt: "2026-11-30",
        pastDue: false,
      });
      const frozen = (await ten.ok(CaseObjectionsDocument, { id: caseId })).case!.timeline.nodes.at(-1)!;
      expect(frozen.data).toMatchObject({ responseDueOn: "2026-11-30" });
    } finally {
      await ten.close();
    }
  });
});
