import {
  CaseObjectionsDocument,
  ObjectionByIdDocument,
  ObjectionEscalateDocument,
  ObjectionRegisterDocument,
  ObjectionsPageDocument,
  ObjectionWithdrawDocument,
} from "../generated/graphql";
import { startTestApp } from "../support/app";
import { createCreditor, createDebtor } from "../support/factories";
import { fixedClock } from "../../src/shared/clock";
import { Scope } from "../../src/modules/access/api-key.entity";
import {
  app,
  counts,
  creditor,
  newCase,
  NOW,
  object,
  objectOk,
  openCase,
  read,
  startObjectionsApp,
  stopObjectionsApp,
  TODAY,
  upload,
} from "../support/objections";

beforeAll(startObjectionsApp);
afterAll(stopObjectionsApp);

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
