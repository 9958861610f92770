import {
  CaseCloseDocument,
  CasesPageDocument,
  CaseWithTimelineDocument,
  CollectionStepRecordDocument,
  CreditNoteRegisterDocument,
  InvoicePdfDocument,
  InvoiceRegisterDocument,
  NodeByIdDocument,
  PaymentRegisterDocument,
  type InvoiceRegisterInput,
} from "../generated/graphql";
import { startTestApp, type TestApp } from "../support/app";
import { createCreditor, createDebtor } from "../support/factories";
import { uploadPdf } from "../support/dispute";
import { fixedClock } from "../../src/shared/clock";
import { idOf, toGlobalId } from "../../src/shared/global-id";
import { Scope } from "../../src/modules/access/api-key.entity";
import type { Creditor } from "../../src/modules/parties/creditor.entity";
import type { Debtor } from "../../src/modules/parties/debtor.entity";

let app: TestApp;
let creditor: Creditor;
let debtor: Debtor;
let n = 0;

beforeAll(async () => {
  app = await startTestApp({ clock: fixedClock("2026-11-23T12:00:00Z") });
  creditor = await createCreditor(app);
  debtor = await createDebtor(app, creditor);
});
afterAll(async () => app?.close());

function invoiceInput(overrides: Partial<InvoiceRegisterInput> = {}): InvoiceRegisterInput {
  n += 1;
  return {
    creditorId: toGlobalId("Creditor", creditor.id),
    debtorId: toGlobalId("Debtor", debtor.id),
    invoiceNumber: `F-${1000 + n}`,
    sourceSystem: "conta",
    externalId: `ext-${n}`,
    issueDate: "2026-09-01",
    dueDate: "2026-09-15",
    amount: 125_000,
    kid: "1234590",
    ...overrides,
  };
}

async function register(overrides: Partial<InvoiceRegisterInput> = {}) {
  const data = await app.ok(InvoiceRegisterDocument, { input: invoiceInput(overrides) });
  expect(data.invoiceRegister.userErrors).toEqual([]);
  return data.invoiceRegister;
}

const counts = async () => ({
  invoices: await app.count("invoice"),
  cases: await app.count("collection_case"),
  events: await app.count("case_event"),
  steps: await app.count("collection_step"),
  transactions: await app.count("case_transaction"),
});

describe("invoiceRegister", () => {
  it("registers an invoice and opens an ACTIVE case with an invoice.received event", async () => {
    const result = await register({ amount: 250_050 });
    expect(result.created).toBe(true);
    expect(result.invoice).toMatchObject({ amount: 250_050, currency: "NOK", kid: "1234590", dueDate: "2026-09-15" });
    expect(result.case).toMatchObject({
      status: "ACTIVE",
      principalAmount: 250_050,
      outstandingAmount: 250_050,
      feesAmount: 0,
      eventCount: 1,
      nextDeadline: { kind: "INVOICE_DUE", dueAt: "2026-09-15", pastDue: true },
      availableActions: [
        "SEND_COLLECTION_NOTICE",
        "REGISTER_PAYMENT",
        "REGISTER_CREDIT_NOTE",
        "REGISTER_OBJECTION",
        "CLOSE",
      ],
    });
    const read = await app.ok(CaseWithTimelineDocument, { id: result.case!.id });
    expect(read.case!.timeline.nodes).toEqual([
      expect.objectContaining({
        sequence: 1,
        type: "invoice.received",
        actor: "test admin",
        statusBefore: "ACTIVE",
        statusAfter: "ACTIVE",
      }),
    ]);
    expect(read.case!.debtor.name).toBe("Kari Nordmann");
  });

  it("is idempotent on (sourceSystem, externalId): a repeat changes nothing, a change updates", async () => {
    const input = invoiceInput();
    const first = await app.ok(InvoiceRegisterDocument, { input });
    const before = await counts();
    const again = await app.ok(InvoiceRegisterDocument, { input });
    expect(again.invoiceRegister.created).toBe(false);
    expect(again.invoiceRegister.case!.id).toBe(first.invoiceRegister.case!.id);
    expect(await counts()).toEqual(before);
    const changed = await app.ok(InvoiceRegisterDocument, { input: { ...input, amount: 99_000 } });
    expect(changed.invoiceRegister.case).toMatchObject({
      principalAmount: 99_000,
      outstandingAmount: 99_000,
      eventCount: 2,
    });
    expect(await counts()).toEqual({ ...before, events: before.events + 1 });
  });

  const bad: [string, Partial<InvoiceRegisterInput>, string, string[]][] = [
    ["a KID with a wrong check digit", { kid: "1234591" }, "INVALID_KID", ["input", "kid"]],
    ["a zero amount", { amount: 0 }, "INVALID_AMOUNT", ["input", "amount"]],
    ["a negative amount", { amount: -100 }, "INVALID_AMOUNT", ["input", "amount"]],
    [
      "a due date before the issue date",
      { issueDate: "2026-09-10", dueDate: "2026-09-01" },
      "DUE_BEFORE_ISSUE",
      ["input", "dueDate"],
    ],
    ["another currency", { currency: "EUR" }, "UNKNOWN_CURRENCY", ["input", "currency"]],
    ["a blank invoice number", { invoiceNumber: "  " }, "MISSING_FIELD", ["input", "invoiceNumber"]],
    [
      "an unknown creditor",
      { creditorId: toGlobalId("Creditor", 999999) },
      "UNKNOWN_CREDITOR",
      ["input", "creditorId"],
    ],
    ["an unknown debtor", { debtorId: toGlobalId("Debtor", 999999) }, "UNKNOWN_DEBTOR", ["input", "debtorId"]],
  ];
  it.each(bad)("refuses %s with a typed error and writes nothing", async (_what, overrides, code, field) => {
    const before = await counts();
    const data = await app.ok(InvoiceRegisterDocument, { input: invoiceInput(overrides) });
    expect(data.invoiceRegister.invoice).toBeNull();
    expect(data.invoiceRegister.userErrors).toEqual([expect.objectContaining({ code, field })]);
    expect(data.invoiceRegister.userErrors[0]!.message.length).toBeGreaterThan(20);
    expect(await counts()).toEqual(before);
  });

  it("attaches an uploaded invoice PDF, and refuses another tenant's document", async () => {
    const pdfId = await uploadPdf(app, creditor, "faktura-1042.pdf");
    const result = await register({ pdfDocumentId: pdfId });
    const read = await app.ok(InvoicePdfDocument, { id: result.invoice!.id });
    expect(read.invoice!.pdf).toEqual({ id: pdfId, filename: "faktura-1042.pdf", contentType: "application/pdf" });
    const other = await createCreditor(app, { name: "Tredje AS" });
    const foreign = await uploadPdf(app, other, "annen.pdf");
    const before = await counts();
    const refused = await app.ok(InvoiceRegisterDocument, { input: invoiceInput({ pdfDocumentId: foreign }) });
    expect(refused.invoiceRegister.userErrors).toEqual([
      expect.objectContaining({ code: "UNKNOWN_DOCUMENT", field: ["input", "pdfDocumentId"] }),
    ]);
    expect(await counts()).toEqual(before);
  });

  it("reports every problem of one input at once", async () => {
    const data = await app.ok(InvoiceRegisterDocument, {
      input: invoiceInput({ amount: 0, kid: "12", currency: "SEK" }),
    });
    expect(data.invoiceRegister.userErrors.map((e) => e.code).sort()).toEqual([
      "INVALID_AMOUNT",
      "INVALID_KID",
      "UNKNOWN_CURRENCY",
    ]);
  });
});

describe("collection steps", () => {
  it("takes inkassovarsel then betalingsoppfordring in order, each with a 14-day deadline and its fee", async () => {
    const { case: c } = await register({ dueDate: "2026-10-01" });
    const step = (kind: "COLLECTION_NOTICE" | "PAYMENT_DEMAND", sentOn: string, deadline?: string) =>
      app.ok(CollectionStepRecordDocument, { input: { caseId: c!.id, kind, sentOn, deadline } });

    const early = await step("COLLECTION_NOTICE", "2026-10-01");
    expect(early.collectionStepRecord.userErrors).toEqual([
      expect.objectContaining({ code: "NOT_DUE", field: ["input", "sentOn"] }),
    ]);
    const demandFirst = await step("PAYMENT_DEMAND", "2026-10-05");
    expect(demandFirst.collectionStepRecord.userErrors[0]!.code).toBe("STEP_OUT_OF_ORDER");
    const short = await step("COLLECTION_NOTICE", "2026-10-02", "2026-10-15");
    expect(short.collectionStepRecord.userErrors[0]).toMatchObject({
      code: "DEADLINE_TOO_SHORT",
      field: ["input", "deadline"],
    });
    expect(await app.count("collection_step")).toBe(0);

    const notice = await step("COLLECTION_NOTICE", "2026-10-02");
    expect(notice.collectionStepRecord.step).toMatchObject({
      kind: "COLLECTION_NOTICE",
      sentOn: "2026-10-02",
      deadline: "2026-10-16",
      fee: 3500,
    });
    expect(notice.collectionStepRecord.case).toMatchObject({
      feesAmount: 3500,
      outstandingAmount: 128_500,
      nextDeadline: { kind: "COLLECTION_NOTICE_DEADLINE", dueAt: "2026-10-16" },
    });

    const tooSoon = await step("PAYMENT_DEMAND", "2026-10-16");
    expect(tooSoon.collectionStepRecord.userErrors[0]).toMatchObject({ code: "DEADLINE_NOT_PASSED" });
    expect(tooSoon.collectionStepRecord.userErrors[0]!.message).toContain("2026-10-16");

    const demand = await step("PAYMENT_DEMAND", "2026-10-17");
    // inkassoforskriften § 1-2: 3/20 of the inkassosats (700 kr) when the creditor sends it itself
    expect(demand.collectionStepRecord.step).toMatchObject({ deadline: "2026-10-31", fee: 10_500 });
    expect(demand.collectionStepRecord.case!.availableActions).toEqual([
      "REGISTER_PAYMENT",
      "REGISTER_CREDIT_NOTE",
      "REGISTER_OBJECTION",
      "CLOSE",
    ]);
    const twice = await step("PAYMENT_DEMAND", "2026-11-20");
    expect(twice.collectionStepRecord.userErrors[0]!.code).toBe("STEP_OUT_OF_ORDER");
    expect(await app.count("collection_step")).toBe(2);
  });
});

describe("payments and credit notes", () => {
  it("reduces the outstanding amount, and payment in full closes the case as PAID", async () => {
    const { case: c } = await register({ amount: 100_000 });
    const part = await app.ok(PaymentRegisterDocument, {
      input: { caseId: c!.id, amount: 40_000, paidOn: "2026-11-01", reference: "bank-1" },
    });
    expect(part.paymentRegister.case).toMatchObject({
      status: "ACTIVE",
      paidAmount: 40_000,
      outstandingAmount: 60_000,
    });
    const rest = await app.ok(PaymentRegisterDocument, {
      input: { caseId: c!.id, amount: 60_000, paidOn: "2026-11-02" },
    });
    expect(rest.paymentRegister.case).toMatchObject({
      status: "PAID",
      outstandingAmount: 0,
      availableActions: [],
      nextDeadline: null,
    });
    expect(rest.paymentRegister.case!.closedAt).not.toBeNull();
    const timeline = await app.ok(CaseWithTimelineDocument, { id: c!.id });
    expect(timeline.case!.timeline.nodes.map((e) => [e.sequence, e.type, e.statusBefore, e.statusAfter])).toEqual([
      [1, "invoice.received", "ACTIVE", "ACTIVE"],
      [2, "payment.registered", "ACTIVE", "ACTIVE"],
      [3, "payment.registered", "ACTIVE", "ACTIVE"],
      [4, "case.paid", "ACTIVE", "PAID"],
    ]);
    const before = await counts();
    const late = await app.ok(PaymentRegisterDocument, { input: { caseId: c!.id, amount: 100, paidOn: "2026-11-03" } });
    expect(late.paymentRegister.userErrors[0]!.code).toBe("CASE_CLOSED");
    expect(await counts()).toEqual(before);
  });

  it("a payment or credit note on a day that does not exist is refused at the field the client sent", async () => {
    const { case: c } = await register({ amount: 50_000 });
    const before = await counts();
    const pay = await app.ok(PaymentRegisterDocument, { input: { caseId: c!.id, amount: 100, paidOn: "2026-02-30" } });
    expect(pay.paymentRegister.userErrors.map((e) => [e.code, e.field])).toEqual([
      ["INVALID_DATE", ["input", "paidOn"]],
    ]);
    const credit = await app.ok(CreditNoteRegisterDocument, {
      input: { caseId: c!.id, amount: 100, issuedOn: "2026-13-01" },
    });
    expect(credit.creditNoteRegister.userErrors.map((e) => [e.code, e.field])).toEqual([
      ["INVALID_DATE", ["input", "issuedOn"]],
    ]);
    expect(await counts()).toEqual(before);
  });

  it("a full credit note closes the case as CREDITED; more than owed is refused", async () => {
    const { case: c } = await register({ amount: 50_000 });
    const before = await counts();
    const tooMuch = await app.ok(CreditNoteRegisterDocument, {
      input: { caseId: c!.id, amount: 50_001, issuedOn: "2026-11-01" },
    });
    expect(tooMuch.creditNoteRegister.userErrors[0]).toMatchObject({
      code: "AMOUNT_EXCEEDS_OUTSTANDING",
      field: ["input", "amount"],
    });
    const zero = await app.ok(CreditNoteRegisterDocument, {
      input: { caseId: c!.id, amount: 0, issuedOn: "2026-11-01" },
    });
    expect(zero.creditNoteRegister.userErrors[0]!.code).toBe("INVALID_AMOUNT");
    expect(await counts()).toEqual(before);
    const full = await app.ok(CreditNoteRegisterDocument, {
      input: { caseId: c!.id, amount: 50_000, issuedOn: "2026-11-01", creditNoteNumber: "K-1" },
    });
    expect(full.creditNoteRegister.case).toMatchObject({
      status: "CREDITED",
      creditedAmount: 50_000,
      outstandingAmount: 0,
    });
  });

  it("closes a case for another reason; a closed case cannot be closed again", async () => {
    const { case: c } = await register();
    const closed = await app.ok(CaseCloseDocument, {
      input: { caseId: c!.id, reason: "Debtor deceased, estate without assets" },
    });
    expect(closed.caseClose.userErrors).toEqual([]);
    expect(closed.caseClose.case).toMatchObject({
      id: c!.id,
      status: "CLOSED",
      availableActions: [],
      closedAt: "2026-11-23T12:00:00.000Z",
      eventCount: c!.eventCount + 1,
    });
    const timeline = await app.ok(CaseWithTimelineDocument, { id: c!.id, first: 50 });
    expect(timeline.case!.timeline.nodes.at(-1)).toMatchObject({
      sequence: c!.eventCount + 1,
      type: "case.closed",
      summary: "Case closed: Debtor deceased, estate without assets",
      statusBefore: "ACTIVE",
      statusAfter: "CLOSED",
      data: { reason: "Debtor deceased, estate without assets" },
    });

    const before = {
      ...(await counts()),
      deliveries: await app.count("webhook_delivery"),
      row: await app.sql("select status, version, last_sequence, updated_at from collection_case where id = ?", [
        idOf(c!.id, "Case"),
      ]),
    };
    const again = await app.ok(CaseCloseDocument, { input: { caseId: c!.id, reason: "again" } });
    expect(again.caseClose).toEqual({
      case: null,
      userErrors: [
        {
          code: "CASE_CLOSED",
          field: ["input", "caseId"],
          message: "The case is CLOSED and closed: nothing more can be registered on it.",
        },
      ],
    });
    const unknown = await app.ok(CaseCloseDocument, { input: { caseId: toGlobalId("Case", 999_999), reason: "x" } });
    expect(unknown.caseClose.userErrors).toEqual([
      expect.objectContaining({ code: "UNKNOWN_CASE", field: ["input", "caseId"] }),
    ]);
    const notACase = await app.ok(CaseCloseDocument, {
      input: { caseId: toGlobalId("Debtor", debtor.id), reason: "x" },
    });
    expect(notACase.caseClose.userErrors).toEqual([expect.objectContaining({ code: "UNKNOWN_CASE" })]);
    expect({
      ...(await counts()),
      deliveries: await app.count("webhook_delivery"),
      row: await app.sql("select status, version, last_sequence, updated_at from collection_case where id = ?", [
        idOf(c!.id, "Case"),
      ]),
    }).toEqual(before);
  });

  it("refuses to close a case with a blank reason, writing nothing", async () => {
    const { case: c } = await register();
    const before = {
      ...(await counts()),
      deliveries: await app.count("webhook_delivery"),
      row: await app.sql("select status, version, last_sequence, updated_at from collection_case where id = ?", [
        idOf(c!.id, "Case"),
      ]),
    };
    for (const reason of ["", "   ", "\t\n"]) {
      const blank = await app.ok(CaseCloseDocument, { input: { caseId: c!.id, reason } });
      expect(blank.caseClose).toEqual({
        case: null,
        userErrors: [
          {
            code: "MISSING_REASON",
            field: ["input", "reason"],
            message: "Give the reason the case is closed (not blank): it is recorded in the case's timeline.",
          },
        ],
      });
    }
    expect({
      ...(await counts()),
      deliveries: await app.count("webhook_delivery"),
      row: await app.sql("select status, version, last_sequence, updated_at from collection_case where id = ?", [
        idOf(c!.id, "Case"),
      ]),
    }).toEqual(before);
  });

  it("closes a FROZEN case (any open status), and enqueues the event for the creditor's webhook endpoints", async () => {
    const { case: c } = await register();
    const id = idOf(c!.id, "Case")!;
    await app.sql("update collection_case set status = 'FROZEN' where id = ?", [id]);
    await app.sql(
      "insert into webhook_endpoint (creditor_id, url, event_types, secret) values (?, 'http://127.0.0.1:9/tvist', '{case.closed}', 'whsec_dGVzdA==')",
      [creditor.id],
    );
    try {
      const closed = await app.ok(CaseCloseDocument, {
        input: { caseId: c!.id, reason: "settled outside collection" },
      });
      expect(closed.caseClose.case).toMatchObject({ status: "CLOSED" });
      const [event] = await app.sql<{ id: string; status_before: string; status_after: string }>(
        "select id::text, status_before, status_after from case_event where case_id = ? and type = 'case.closed'",
        [id],
      );
      expect(event).toMatchObject({ status_before: "FROZEN", status_after: "CLOSED" });
      expect(await app.sql("select status from webhook_delivery where event_id = ?", [event!.id])).toEqual([
        { status: expect.stringMatching(/PENDING|RETRYING|FAILED|DELIVERED/) },
      ]);
    } finally {
      await app.sql("update webhook_endpoint set enabled = false");
    }
  });
});

describe("tenant isolation", () => {
  it("another tenant's ids answer as not found, and its writes are refused as unknown", async () => {
    const { case: c, invoice } = await register();
    const other = await createCreditor(app, { name: "Annen Kreditor AS" });
    const otherKey = await app.createKey([Scope.WRITE], [other.id]);
    expect((await app.ok(CaseWithTimelineDocument, { id: c!.id }, otherKey)).case).toBeNull();
    expect((await app.ok(NodeByIdDocument, { id: c!.id }, otherKey)).node).toBeNull();
    expect((await app.ok(NodeByIdDocument, { id: invoice!.id }, otherKey)).node).toBeNull();
    expect((await app.ok(CasesPageDocument, { first: 100 }, otherKey)).cases.edges).toEqual([]);
    const before = await counts();
    const pay = await app.ok(
      PaymentRegisterDocument,
      { input: { caseId: c!.id, amount: 100, paidOn: "2026-11-01" } },
      otherKey,
    );
    expect(pay.paymentRegister.userErrors[0]).toMatchObject({ code: "UNKNOWN_CASE", field: ["input", "caseId"] });
    const reg = await app.ok(InvoiceRegisterDocument, { input: invoiceInput() }, otherKey);
    expect(reg.invoiceRegister.userErrors[0]!.code).toBe("UNKNOWN_CREDITOR");
    const close = await app.ok(CaseCloseDocument, { input: { caseId: c!.id, reason: "not mine" } }, otherKey);
    expect(close.caseClose).toEqual({
      case: null,
      userErrors: [expect.objectContaining({ code: "UNKNOWN_CASE", field: ["input", "caseId"] })],
    });
    expect(await counts()).toEqual(before);
    expect((await app.ok(NodeByIdDocument, { id: c!.id })).node).toMatchObject({ status: "ACTIVE" });
  });

  it("a read-only key may read but not write", async () => {
    const readKey = await app.createKey([Scope.READ], [creditor.id]);
    expect((await app.ok(CasesPageDocument, { first: 1 }, readKey)).cases.edges).toHaveLength(1);
    const result = await app.gql(InvoiceRegisterDocument, { input: invoiceInput() }, readKey);
    expect(result.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});

describe("node and connections", () => {
  it("resolves any object by global id", async () => {
    const { case: c, invoice } = await register();
    expect((await app.ok(NodeByIdDocument, { id: c!.id })).node).toMatchObject({
      __typename: "Case",
      status: "ACTIVE",
    });
    expect((await app.ok(NodeByIdDocument, { id: invoice!.id })).node).toMatchObject({
      __typename: "Invoice",
      invoiceNumber: invoice!.invoiceNumber,
    });
    const [oslo] = await app.sql<{ id: string }>("select id from municipality where code = '0301'");
    expect((await app.ok(NodeByIdDocument, { id: toGlobalId("Municipality", oslo!.id) })).node).toMatchObject({
      code: "0301",
      name: "Oslo - Oslove",
    });
    expect((await app.ok(NodeByIdDocument, { id: "bm9wZQ" })).node).toBeNull();
  });

  it("walks every case page by page with opaque cursors, no duplicates", async () => {
    const all = new Set<string>();
    let after: string | null | undefined;
    let pages = 0;
    for (;;) {
      const page = (await app.ok(CasesPageDocument, { first: 3, after })).cases;
      for (const e of page.edges) all.add(e.node.id);
      pages += 1;
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(all.size).toBe(await app.count("collection_case"));
    expect(pages).toBe(Math.ceil(all.size / 3));
  });

  it("filters by status and refuses pages over 100 and forged cursors", async () => {
    const paid = (await app.ok(CasesPageDocument, { first: 100, filter: { status: ["PAID"] } })).cases.edges;
    expect(paid.length).toBe(await app.count("collection_case", "status = 'PAID'"));
    expect(paid.every((e) => e.node.status === "PAID")).toBe(true);
    const big = await app.gql(CasesPageDocument, { first: 101 });
    expect(big.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "first", max: 100 });
    const forged = await app.gql(CasesPageDocument, { first: 5, after: "garbage" });
    expect(forged.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});

describe("batching", () => {
  it("sends the same number of SQL statements for a page of 10 and of 100 cases", async () => {
    const batchCreditor = await createCreditor(app, { name: "Batch AS" });
    const debtors = await Promise.all(
      Array.from({ length: 5 }, (_, i) => createDebtor(app, batchCreditor, { name: `Debtor ${i}` })),
    );
    for (let i = 0; i < 100; i++) {
      await register({
        creditorId: toGlobalId("Creditor", batchCreditor.id),
        debtorId: toGlobalId("Debtor", debtors[i % 5]!.id),
      });
    }
    const key = await app.createKey([Scope.READ], [batchCreditor.id]);
    const statements = async (first: number) => {
      await app.ok(CasesPageDocument, { first }, key); // warm the key cache
      app.queries.length = 0;
      const data = await app.ok(CasesPageDocument, { first }, key);
      expect(data.cases.edges).toHaveLength(first);
      expect(
        data.cases.edges.every(
          (e) => e.node.debtor.name.startsWith("Debtor") && e.node.latestEvent?.type === "invoice.received",
        ),
      ).toBe(true);
      return app.queries.length;
    };
    const ten = await statements(10);
    const hundred = await statements(100);
    expect(ten).toBe(hundred);
    expect(ten).toBeLessThanOrEqual(4);
  }, 120_000); // 100 registrations take close to the default 30 s on a loaded 2-core machine
});
