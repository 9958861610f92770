import {
  CollectionStepRecordDocument,
  ObjectionEscalateDocument,
  ObjectionMarkUnfoundedDocument,
  ObjectionResolveByCreditNoteDocument,
  ObjectionWithdrawDocument,
  PaymentRegisterDocument,
  type ObjectionResolveByCreditNoteInput,
} from "../generated/graphql";
import { idOf, toGlobalId } from "../../src/shared/global-id";
import { Scope } from "../../src/modules/access/api-key.entity";
import {
  app,
  counts,
  creditor,
  debtor,
  n,
  newCase,
  NOW,
  objectOk,
  openCase,
  read,
  startObjectionsApp,
  stopObjectionsApp,
  timeline,
  TODAY,
} from "../support/objections";

beforeAll(startObjectionsApp);
afterAll(stopObjectionsApp);

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
