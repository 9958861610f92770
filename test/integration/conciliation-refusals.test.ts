import {
  CollectionStepRecordDocument,
  ConciliationBoardSearchDocument,
  ConciliationCaseCreateDocument,
  ConciliationCaseMarkSentDocument,
  ConciliationCaseMarkSignedDocument,
  ConciliationCaseScheduleHearingDocument,
  PaymentRegisterDocument,
  type ConciliationCaseCreateInput,
} from "../generated/graphql";
import { createDebtor } from "../support/factories";
import { draft, draftInput, openCase } from "../support/dispute";
import { toGlobalId } from "../../src/shared/global-id";
import { app, counts, creditor, debtor, startConciliationApp, stopConciliationApp } from "../support/conciliation";

beforeAll(startConciliationApp);
afterAll(stopConciliationApp);

describe("conciliationCaseCreate refuses bad inputs with typed errors and writes nothing", () => {
  let caseId: string;
  beforeAll(async () => {
    caseId = await openCase(app, creditor, debtor, { dueDate: "2026-08-01", amount: 500_000 });
  });

  const bad: [
    string,
    Partial<ConciliationCaseCreateInput>,
    { code: string; field: string[]; eligibilityReason?: string; instance?: string }[],
  ][] = [
    [
      "an excluded category (with the reason and tingretten)",
      { category: "PATENT" },
      [{ code: "NOT_ELIGIBLE", field: ["input", "category"], eligibilityReason: "IP_RIGHTS", instance: "TINGRETT" }],
    ],
    [
      "a binding nemnd's decision",
      { bindingNemnd: "FORBRUKERKLAGEUTVALGET" },
      [
        {
          code: "NOT_ELIGIBLE",
          field: ["input", "category"],
          eligibilityReason: "BINDING_NEMND",
          instance: "TINGRETT",
        },
      ],
    ],
    [
      "a filing date not after the due date",
      { filingDate: "2026-08-01" },
      [{ code: "NOT_DUE", field: ["input", "filingDate"] }],
    ],
    [
      "a filing date that does not exist",
      { filingDate: "2026-02-30" },
      [{ code: "INVALID_DATE", field: ["input", "filingDate"] }],
    ],
    [
      "negative legal costs",
      { legalCostsRequested: -1 },
      [{ code: "INVALID_AMOUNT", field: ["input", "legalCostsRequested"] }],
    ],
    [
      "a blank factual description",
      { factualDescription: "   " },
      [{ code: "MISSING_FIELD", field: ["input", "factualDescription"] }],
    ],
    [
      "an unknown board",
      { boardId: toGlobalId("ConciliationBoard", 999999) },
      [{ code: "UNKNOWN_BOARD", field: ["input", "boardId"] }],
    ],
    ["an unknown case", { caseId: toGlobalId("Case", 999999) }, [{ code: "UNKNOWN_CASE", field: ["input", "caseId"] }]],
    [
      "an unknown document",
      { documentIds: [toGlobalId("Document", 999999)] },
      [{ code: "UNKNOWN_DOCUMENT", field: ["input", "documentIds", "0"] }],
    ],
  ];
  it.each(bad)("refuses %s", async (_what, overrides, expected) => {
    const before = await counts();
    const data = await app.ok(ConciliationCaseCreateDocument, { input: draftInput(caseId, overrides) });
    expect(data.conciliationCaseCreate.conciliationCase).toBeNull();
    expect(data.conciliationCaseCreate.userErrors).toEqual(
      expected.map((e) => expect.objectContaining({ eligibilityReason: null, instance: null, ...e })),
    );
    for (const e of data.conciliationCaseCreate.userErrors) expect(e.message.length).toBeGreaterThan(20);
    expect(await counts()).toEqual(before);
  });

  it("reports several problems at once", async () => {
    const data = await app.ok(ConciliationCaseCreateDocument, {
      input: draftInput(caseId, { category: "FAMILY", legalCostsRequested: -5, factualDescription: "" }),
    });
    expect(data.conciliationCaseCreate.userErrors.map((e) => e.code)).toEqual([
      "MISSING_FIELD",
      "INVALID_AMOUNT",
      "NOT_ELIGIBLE",
    ]);
  });

  it("refuses a second open forliksklage, a closed case, and a case with nothing in dispute", async () => {
    const first = await draft(app, caseId, { filingDate: "2026-09-01" });
    const before = await counts();
    const again = await app.ok(ConciliationCaseCreateDocument, { input: draftInput(caseId) });
    expect(again.conciliationCaseCreate.userErrors).toEqual([
      expect.objectContaining({ code: "CONCILIATION_ALREADY_OPEN", field: ["input", "caseId"] }),
    ]);
    expect(again.conciliationCaseCreate.userErrors[0]!.message).toContain(first.id);

    const paid = await openCase(app, creditor, debtor, { dueDate: "2026-08-01", amount: 10_000 });
    await app.ok(PaymentRegisterDocument, { input: { caseId: paid, amount: 10_000, paidOn: "2026-09-01" } });
    const feesOnly = await openCase(app, creditor, debtor, { dueDate: "2026-08-01", amount: 10_000 });
    await app.ok(CollectionStepRecordDocument, {
      input: { caseId: feesOnly, kind: "COLLECTION_NOTICE", sentOn: "2026-08-05" },
    });
    await app.ok(PaymentRegisterDocument, { input: { caseId: feesOnly, amount: 10_000, paidOn: "2026-09-01" } });
    const mid = await counts();
    expect(
      (await app.ok(ConciliationCaseCreateDocument, { input: draftInput(paid) })).conciliationCaseCreate.userErrors,
    ).toEqual([expect.objectContaining({ code: "CASE_CLOSED" })]);
    expect(
      (await app.ok(ConciliationCaseCreateDocument, { input: draftInput(feesOnly) })).conciliationCaseCreate.userErrors,
    ).toEqual([expect.objectContaining({ code: "NOTHING_OWED" })]);
    expect(await counts()).toEqual(mid);
    expect(mid.conciliation).toBe(before.conciliation);
  });

  it("refuses, never guesses, when the debtor's kommune has no forliksråd in the register", async () => {
    const trondheim = await createDebtor(app, creditor, { name: "Trond Heim", municipalityCode: "5001" });
    const c = await openCase(app, creditor, trondheim, { dueDate: "2026-08-01", amount: 100_000 });
    await app.sql(`update municipality set board_id = null where code = '5001'`);
    try {
      const before = await counts();
      const data = await app.ok(ConciliationCaseCreateDocument, { input: draftInput(c) });
      expect(data.conciliationCaseCreate.userErrors).toEqual([
        expect.objectContaining({ code: "NO_BOARD_FOR_KOMMUNE", field: ["input", "boardId"] }),
      ]);
      expect(data.conciliationCaseCreate.userErrors[0]!.message).toContain("5001 Trondheim");
      expect(await counts()).toEqual(before);
      // with a board chosen by search it works
      const found = await app.ok(ConciliationBoardSearchDocument, { search: "Malvik", first: 5 });
      const malvik = found.conciliationBoards.nodes.find((b) => b.name === "Malvik forliksråd")!;
      const ok = await app.ok(ConciliationCaseCreateDocument, { input: draftInput(c, { boardId: malvik.id }) });
      expect(ok.conciliationCaseCreate.conciliationCase!.board).toEqual(malvik);
    } finally {
      await app.sql(
        `update municipality set board_id = (select id from conciliation_board where name = 'Trondheim forliksråd') where code = '5001'`,
      );
    }
  });
});

describe("signing, sending and scheduling refuse bad inputs and writes nothing", () => {
  it("checks status, dates and names at each step", async () => {
    const caseId = await openCase(app, creditor, debtor, { dueDate: "2026-08-01", amount: 300_000 });
    const cc = await draft(app, caseId, { filingDate: "2026-09-01" });
    const before = await counts();
    const sign = (signedOn: string, signedBy: string) =>
      app.ok(ConciliationCaseMarkSignedDocument, { input: { id: cc.id, signedOn, signedBy } });
    const send = (sentOn: string) => app.ok(ConciliationCaseMarkSentDocument, { input: { id: cc.id, sentOn } });
    const hearing = (
      hearingDate: string,
      place = "Bergen tinghus",
      representatives: { party: "CREDITOR" | "DEBTOR"; name: string; role: string }[] = [],
    ) => app.ok(ConciliationCaseScheduleHearingDocument, { input: { id: cc.id, hearingDate, place, representatives } });
    const codes = (errs: { code: string; field?: string[] | null }[]) => errs.map((e) => [e.code, e.field]);

    expect(codes((await send("2026-09-03")).conciliationCaseMarkSent.userErrors)).toEqual([
      ["WRONG_STATUS", ["input", "id"]],
    ]);
    expect(codes((await hearing("2026-10-01")).conciliationCaseScheduleHearing.userErrors)).toEqual([
      ["WRONG_STATUS", ["input", "id"]],
    ]);
    expect(codes((await sign("2026-11-24", "Per Hansen")).conciliationCaseMarkSigned.userErrors)).toEqual([
      ["DATE_IN_FUTURE", ["input", "signedOn"]],
    ]);
    expect(codes((await sign("2026-09-02", " ")).conciliationCaseMarkSigned.userErrors)).toEqual([
      ["MISSING_FIELD", ["input", "signedBy"]],
    ]);
    expect(codes((await sign("02.09.2026", "Per Hansen")).conciliationCaseMarkSigned.userErrors)).toEqual([
      ["INVALID_DATE", ["input", "signedOn"]],
    ]);
    expect(
      codes(
        (
          await app.ok(ConciliationCaseMarkSignedDocument, {
            input: { id: toGlobalId("ConciliationCase", 999999), signedOn: "2026-09-02", signedBy: "Per" },
          })
        ).conciliationCaseMarkSigned.userErrors,
      ),
    ).toEqual([["UNKNOWN_CONCILIATION_CASE", ["input", "id"]]]);
    expect(await counts()).toEqual(before);

    expect((await sign("2026-09-02", "Per Hansen")).conciliationCaseMarkSigned.userErrors).toEqual([]);
    const signed = await counts();
    expect(codes((await sign("2026-09-02", "Per Hansen")).conciliationCaseMarkSigned.userErrors)).toEqual([
      ["WRONG_STATUS", ["input", "id"]],
    ]);
    expect(codes((await send("2026-09-01")).conciliationCaseMarkSent.userErrors)).toEqual([
      ["DATE_OUT_OF_ORDER", ["input", "sentOn"]],
    ]);
    expect(codes((await send("2026-12-01")).conciliationCaseMarkSent.userErrors)).toEqual([
      ["DATE_IN_FUTURE", ["input", "sentOn"]],
    ]);
    expect(await counts()).toEqual(signed);

    expect((await send("2026-09-03")).conciliationCaseMarkSent.userErrors).toEqual([]);
    const posted = await counts();
    expect(codes((await hearing("2026-09-02")).conciliationCaseScheduleHearing.userErrors)).toEqual([
      ["DATE_OUT_OF_ORDER", ["input", "hearingDate"]],
    ]);
    expect(codes((await hearing("2026-10-01", " ")).conciliationCaseScheduleHearing.userErrors)).toEqual([
      ["MISSING_FIELD", ["input", "place"]],
    ]);
    expect(codes((await hearing("2026-13-01")).conciliationCaseScheduleHearing.userErrors)).toEqual([
      ["INVALID_DATE", ["input", "hearingDate"]],
    ]);
    expect(
      codes(
        (
          await hearing("2026-10-01", "Bergen tinghus", [
            { party: "DEBTOR", name: "Kari", role: "selv" },
            { party: "DEBTOR", name: "", role: "advokat" },
          ])
        ).conciliationCaseScheduleHearing.userErrors,
      ),
    ).toEqual([
      ["DUPLICATE_PARTY", ["input", "representatives", "1", "party"]],
      ["MISSING_FIELD", ["input", "representatives", "1", "name"]],
    ]);
    expect(await counts()).toEqual(posted);
  });
});
