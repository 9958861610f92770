import { CaseEventsDocument, EventsSinceDocument, type CaseEventsSubscription } from "../generated/graphql";
import { startTestApp, type TestApp } from "../support/app";
import { createCase, createCreditor, emit } from "../support/event-factories";
import { subscribe, until, type Subscription } from "../support/ws";
import { CaseStatus } from "../../src/modules/cases/case.rules";
import { Scope } from "../../src/modules/access/api-key.entity";
import { eventCursor } from "../../src/events/event-record";
import { toGlobalId } from "../../src/shared/global-id";

let app: TestApp;
let creditorA: number;
let creditorB: number;
let keyA: string;
let keyB: string;
const open: Subscription<unknown>[] = [];

beforeAll(async () => {
  app = await startTestApp();
  creditorA = (await createCreditor(app.orm, "Alfa Regnskap AS")).id;
  creditorB = (await createCreditor(app.orm, "Beta Bygg AS")).id;
  keyA = await app.createKey([Scope.READ], [creditorA], "tenant A");
  keyB = await app.createKey([Scope.READ], [creditorB], "tenant B");
});
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
});
afterAll(async () => app?.close());

function sub(
  vars: Parameters<typeof subscribe<CaseEventsSubscription, object>>[2],
  key: string | null = app.adminKey,
  target: TestApp = app,
): Subscription<CaseEventsSubscription> {
  const s = subscribe(target.server.wsUrl, CaseEventsDocument, vars as never, key);
  open.push(s as Subscription<unknown>);
  return s;
}

/** Waits until the server has registered `n` live listeners (a subscription without cursor only sees later events). */
const listening = (n: number, target: TestApp = app) =>
  until(() => target.services.eventBus!.listenerCount >= n, 5000, `${n} live listener(s)`);

const ids = (s: Subscription<CaseEventsSubscription>) => s.items.map((i) => i.caseEvents.id);
const gid = (id: number) => toGlobalId("CaseEvent", id);

async function lastCursor(): Promise<string | null> {
  const rows = await app.sql<{ id: string | null }>("select max(id)::text as id from case_event");
  return rows[0]!.id ? eventCursor(Number(rows[0]!.id)) : null;
}

describe("caseEvents subscription", () => {
  it("delivers events live, with every field, as their command commits", async () => {
    const c = await createCase(app.orm, creditorA);
    const s = sub({});
    await listening(1);
    expect(
      (
        await emit(app, c.id, ["case.frozen", "objection.registered"], {
          to: CaseStatus.FROZEN,
          data: { objectionId: "7" },
        })
      ).ok,
    ).toBe(true);
    const items = await s.waitFor(2);
    const rows = await app.sql<{ id: string; occurred_at: Date }>(
      "select id::text, occurred_at from case_event where case_id = ? order by id",
      [c.id],
    );
    expect(items.map((i) => i.caseEvents)).toEqual([
      {
        id: gid(Number(rows[0]!.id)),
        cursor: eventCursor(Number(rows[0]!.id)),
        caseId: toGlobalId("Case", c.id),
        creditorId: toGlobalId("Creditor", creditorA),
        sequence: 1,
        type: "case.frozen",
        occurredAt: new Date(rows[0]!.occurred_at).toISOString(),
        actor: "test key",
        summary: "case.frozen happened",
        statusBefore: "ACTIVE",
        statusAfter: "FROZEN",
        data: { objectionId: "7" },
      },
      {
        id: gid(Number(rows[1]!.id)),
        cursor: eventCursor(Number(rows[1]!.id)),
        caseId: toGlobalId("Case", c.id),
        creditorId: toGlobalId("Creditor", creditorA),
        sequence: 2,
        type: "objection.registered",
        occurredAt: new Date(rows[1]!.occurred_at).toISOString(),
        actor: "test key",
        summary: "objection.registered happened",
        statusBefore: "FROZEN",
        statusAfter: "FROZEN",
        data: { objectionId: "7" },
      },
    ]);
  });

  it("given a cursor, replays the missed events first, then goes live, without gaps or duplicates", async () => {
    const c = await createCase(app.orm, creditorA);
    const first = await emit(app, c.id, "invoice.received");
    const missed = await emit(app, c.id, ["collection.step_recorded", "payment.registered"]);
    if (!first.ok || !missed.ok) throw new Error("emit failed");
    const s = sub({ filter: { caseId: toGlobalId("Case", c.id) }, after: eventCursor(first.value[0]!) });
    await s.waitFor(2);
    const live = await emit(app, c.id, "case.frozen", { to: CaseStatus.FROZEN });
    if (!live.ok) throw new Error("emit failed");
    await s.waitFor(3);
    await new Promise((r) => setTimeout(r, 200));
    expect(ids(s)).toEqual([...missed.value, ...live.value].map(gid));
    expect(s.items.map((i) => i.caseEvents.sequence)).toEqual([2, 3, 4]);
  });

  it("loses nothing and repeats nothing when events commit while the replay runs", async () => {
    const c = await createCase(app.orm, creditorA);
    const before = await emit(app, c.id, ["invoice.received", "payment.registered", "collection.step_recorded"]);
    if (!before.ok) throw new Error("emit failed");
    const s = sub({ filter: { caseId: toGlobalId("Case", c.id) }, after: eventCursor(before.value[0]! - 1) });
    const during: number[] = [];
    for (let i = 0; i < 10; i++) {
      const r = await emit(app, c.id, "payment.registered");
      if (r.ok) during.push(...r.value);
    }
    await s.waitFor(13);
    await new Promise((r) => setTimeout(r, 300));
    expect(ids(s)).toEqual([...before.value, ...during].map(gid));
    expect(s.items.map((i) => i.caseEvents.sequence)).toEqual(Array.from({ length: 13 }, (_, i) => i + 1));
  });

  it("filters by event type and creditor", async () => {
    const ca = await createCase(app.orm, creditorA);
    const cb = await createCase(app.orm, creditorB);
    const cursor = await lastCursor();
    const byType = sub({ filter: { types: ["case.frozen"] }, after: cursor });
    const byCreditor = sub({ filter: { creditorId: toGlobalId("Creditor", creditorB) }, after: cursor });
    await emit(app, ca.id, "invoice.received");
    const frozenA = await emit(app, ca.id, "case.frozen", { to: CaseStatus.FROZEN });
    const b = await emit(app, cb.id, ["invoice.received", "case.frozen"], { to: CaseStatus.FROZEN });
    if (!frozenA.ok || !b.ok) throw new Error("emit failed");
    await byType.waitFor(2);
    await byCreditor.waitFor(2);
    await new Promise((r) => setTimeout(r, 200));
    expect(byType.items.map((i) => i.caseEvents.type)).toEqual(["case.frozen", "case.frozen"]);
    expect(ids(byType)).toEqual([gid(frozenA.value[0]!), gid(b.value[1]!)]);
    expect(ids(byCreditor)).toEqual(b.value.map(gid));
  });
});

describe("caseEvents tenant isolation and errors", () => {
  it("shows a tenant only its own creditors' events, live and replayed", async () => {
    const ca = await createCase(app.orm, creditorA);
    const cb = await createCase(app.orm, creditorB);
    const cursor = await lastCursor();
    const a = sub({ after: cursor }, keyA);
    const b = sub({ after: cursor }, keyB);
    const ea = await emit(app, ca.id, ["invoice.received", "case.frozen"]);
    const eb = await emit(app, cb.id, "invoice.received");
    if (!ea.ok || !eb.ok) throw new Error("emit failed");
    await a.waitFor(2);
    await b.waitFor(1);
    await new Promise((r) => setTimeout(r, 200));
    expect(ids(a)).toEqual(ea.value.map(gid));
    expect(ids(b)).toEqual(eb.value.map(gid));
    expect(new Set(a.items.map((i) => i.caseEvents.creditorId))).toEqual(new Set([toGlobalId("Creditor", creditorA)]));
  });

  it("answers not found for another tenant's case or creditor", async () => {
    const cb = await createCase(app.orm, creditorB);
    const byCase = sub({ filter: { caseId: toGlobalId("Case", cb.id) } }, keyA);
    expect(JSON.stringify(await byCase.failure())).toContain(`No case with id ${toGlobalId("Case", cb.id)}`);
    const byCreditor = sub({ filter: { creditorId: toGlobalId("Creditor", creditorB) } }, keyA);
    expect(JSON.stringify(await byCreditor.failure())).toContain("NOT_FOUND");
    await emit(app, cb.id, "invoice.received");
    await new Promise((r) => setTimeout(r, 200));
    expect(byCase.items).toEqual([]);
    expect(byCreditor.items).toEqual([]);
  });

  it("refuses unknown event types, bad cursors and missing keys", async () => {
    const unknown = sub({ filter: { types: ["case.exploded"] } });
    expect(JSON.stringify(await unknown.failure())).toContain('Unknown event type \\"case.exploded\\"');
    const badCursor = sub({ after: "not-a-cursor" });
    expect(JSON.stringify(await badCursor.failure())).toContain("The cursor is not valid");
    const anonymous = sub({}, null);
    expect(JSON.stringify(await anonymous.failure())).toContain("Authentication required");
  });
});

describe("eventsSince", () => {
  it("pages through events after a cursor, oldest first, within the tenant", async () => {
    const start = (await lastCursor()) ?? eventCursor(0);
    const ca = await createCase(app.orm, creditorA);
    const cb = await createCase(app.orm, creditorB);
    const a1 = await emit(app, ca.id, ["invoice.received", "payment.registered", "case.paid"]);
    await emit(app, cb.id, ["invoice.received", "case.frozen"]);
    if (!a1.ok) throw new Error("emit failed");
    const page1 = await app.ok(EventsSinceDocument, { after: start, first: 2 }, keyA);
    expect(page1.eventsSince.edges.map((e) => e.node.id)).toEqual(a1.value.slice(0, 2).map(gid));
    expect(page1.eventsSince.edges.map((e) => e.cursor)).toEqual(a1.value.slice(0, 2).map(eventCursor));
    expect(page1.eventsSince.pageInfo).toEqual({ hasNextPage: true, endCursor: eventCursor(a1.value[1]!) });
    const page2 = await app.ok(EventsSinceDocument, { after: page1.eventsSince.pageInfo.endCursor, first: 2 }, keyA);
    expect(page2.eventsSince.edges.map((e) => e.node.id)).toEqual([gid(a1.value[2]!)]);
    expect(page2.eventsSince.pageInfo).toEqual({ hasNextPage: false, endCursor: eventCursor(a1.value[2]!) });
    const empty = await app.ok(EventsSinceDocument, { after: page2.eventsSince.pageInfo.endCursor, first: 2 }, keyA);
    expect(empty.eventsSince.edges).toEqual([]);
    expect(empty.eventsSince.pageInfo).toEqual({ hasNextPage: false, endCursor: page2.eventsSince.pageInfo.endCursor });
    const typed = await app.ok(
      EventsSinceDocument,
      { after: start, first: 10, types: ["case.paid", "case.frozen"] },
      keyB,
    );
    expect(typed.eventsSince.edges.map((e) => [e.node.type, e.node.creditorId])).toEqual([
      ["case.frozen", toGlobalId("Creditor", creditorB)],
    ]);
  });

  it("refuses an unknown type or a bad cursor", async () => {
    const unknown = await app.gql(EventsSinceDocument, { types: ["nope"] });
    expect(unknown.errors?.[0]?.message).toMatch(
      /^Unknown event type "nope": use types from the catalogue \(invoice.received, /,
    );
    expect(unknown.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const bad = await app.gql(EventsSinceDocument, { after: "xyz" });
    expect(bad.errors?.[0]?.message).toBe(
      "The cursor is not valid: pass the cursor of an event received earlier, or none to start from now.",
    );
  });
});

describe("commit order", () => {
  it("gives a later commit a higher id, so a reader past an id never misses a late commit", async () => {
    const c1 = await createCase(app.orm, creditorA);
    const c2 = await createCase(app.orm, creditorB);
    const start = (await lastCursor()) ?? eventCursor(0);
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let entered!: () => void;
    const inside = new Promise<void>((r) => (entered = r));
    const slowSink = async () => {
      entered();
      await gate;
    };
    const slow = emit(app, c1.id, "invoice.received", { sinks: [...app.services.eventSinks, slowSink] });
    await inside;
    let fastDone = false;
    const fast = emit(app, c2.id, "invoice.received").then((r) => ((fastDone = true), r));
    try {
      await new Promise((r) => setTimeout(r, 300));
      expect(fastDone).toBe(false);
      const seen = await app.ok(EventsSinceDocument, { after: start, first: 10 });
      expect(seen.eventsSince.edges).toEqual([]);
    } finally {
      release();
    }
    const [s1, s2] = await Promise.all([slow, fast]);
    if (!s1.ok || !s2.ok) throw new Error("emit failed");
    expect(s1.value[0]!).toBeLessThan(s2.value[0]!);
    const all = await app.ok(EventsSinceDocument, { after: start, first: 10 });
    expect(all.eventsSince.edges.map((e) => e.node.id)).toEqual([gid(s1.value[0]!), gid(s2.value[0]!)]);
  });
});

describe("fan-out", () => {
  it("re-LISTENs after the connection is killed and delivers what committed meanwhile, in order, once", async () => {
    const c = await createCase(app.orm, creditorA);
    const s = sub({ filter: { caseId: toGlobalId("Case", c.id) } });
    await listening(1);
    const bus = app.services.eventBus!;
    const before = await emit(app, c.id, "invoice.received");
    await s.waitFor(1);
    const pid = bus.backendPid;
    const reconnected = new Promise<number>((resolve) => bus.status.once("connected", resolve));
    await app.sql("select pg_terminate_backend(?)", [pid]);
    await until(() => bus.backendPid === undefined, 5000, "the bus to notice the drop");
    const meanwhile = await emit(app, c.id, ["payment.registered", "collection.step_recorded"]);
    const newPid = await reconnected;
    expect(newPid).not.toBe(pid);
    await s.waitFor(3);
    const after = await emit(app, c.id, "case.frozen", { to: CaseStatus.FROZEN });
    if (!before.ok || !meanwhile.ok || !after.ok) throw new Error("emit failed");
    await s.waitFor(4);
    await new Promise((r) => setTimeout(r, 300));
    expect(ids(s)).toEqual([...before.value, ...meanwhile.value, ...after.value].map(gid));
  });

  it("delivers on one server what was committed through another over the same database", async () => {
    const other = await startTestApp({ attachTo: app, worker: false });
    try {
      const c = await createCase(app.orm, creditorA);
      const s = sub({}, keyA, other);
      await listening(1, other);
      const r = await emit(app, c.id, ["invoice.received", "case.frozen"], { to: CaseStatus.FROZEN });
      if (!r.ok) throw new Error("emit failed");
      await s.waitFor(2);
      expect(ids(s)).toEqual(r.value.map(gid));
      expect(s.items[0]!.caseEvents.statusAfter).toBe("FROZEN");
    } finally {
      await Promise.all(open.splice(0).map((x) => x.close()));
      await other.close();
    }
  });

  it("dispatches events from their notification when they follow on, and reads them when they do not fit or an id was skipped", async () => {
    const c = await createCase(app.orm, creditorA);
    const s = sub({ filter: { caseId: toGlobalId("Case", c.id) } });
    await listening(1);
    const bus = app.services.eventBus!;
    const warm = await emit(app, c.id, "invoice.received");
    await s.waitFor(1);
    const seen = { ...bus.dispatched };
    const small = await emit(app, c.id, ["payment.registered", "collection.step_recorded"]);
    await s.waitFor(3);
    expect(bus.dispatched.fromNotifications - seen.fromNotifications).toBe(2);
    expect(bus.dispatched.fromReads).toBe(seen.fromReads);
    // 20 events of ~1 kB each: too large for a NOTIFY payload (8000 bytes), so the bus reads them.
    const large = await emit(
      app,
      c.id,
      Array.from({ length: 20 }, () => "payment.registered" as const),
      { data: { note: "x".repeat(1000) } },
    );
    await s.waitFor(23);
    expect(bus.dispatched.fromReads - seen.fromReads).toBe(20);
    // An id drawn by a transaction that rolled back: the next notification does not follow on, so the bus reads.
    await app.sql("select nextval('case_event_id_seq')");
    const afterGap = await emit(app, c.id, "credit_note.registered");
    await s.waitFor(24);
    expect(bus.dispatched.fromReads - seen.fromReads).toBe(21);
    const next = await emit(app, c.id, "payment.registered");
    await s.waitFor(25);
    expect(bus.dispatched.fromNotifications - seen.fromNotifications).toBe(3);
    await new Promise((r) => setTimeout(r, 200));
    if (!warm.ok || !small.ok || !large.ok || !afterGap.ok || !next.ok) throw new Error("emit failed");
    expect(ids(s)).toEqual([...warm.value, ...small.value, ...large.value, ...afterGap.value, ...next.value].map(gid));
  });

  it("tells no one about a command that rolled back", async () => {
    const c = await createCase(app.orm, creditorA);
    const s = sub({ filter: { caseId: toGlobalId("Case", c.id) } });
    await listening(1);
    const failed = await emit(app, c.id, "case.frozen", { to: CaseStatus.FROZEN, fail: true });
    expect(failed.ok).toBe(false);
    const ok = await emit(app, c.id, "invoice.received");
    if (!ok.ok) throw new Error("emit failed");
    await s.waitFor(1);
    await new Promise((r) => setTimeout(r, 200));
    expect(ids(s)).toEqual(ok.value.map(gid));
    expect(s.items[0]!.caseEvents.sequence).toBe(1);
  });
});
