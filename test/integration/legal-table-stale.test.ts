import pg from "pg";
import { Webhook } from "standardwebhooks";
import {
  CaseEventsDocument,
  CreditorEventsDocument,
  EventsSinceDocument,
  LegalTableRowAddDocument,
  WebhookEndpointCreateDocument,
  WebhookEndpointUpdateDocument,
  type CreditorEventsSubscription,
} from "../generated/graphql";
import { startTestApp, type TestApp } from "../support/app";
import { createCase, createCreditor, emit } from "../support/event-factories";
import { startReceiver, type Receiver } from "../support/receiver";
import { subscribe, until, type Subscription } from "../support/ws";
import { Scope } from "../../src/modules/access/api-key.entity";
import { CaseStatus } from "../../src/modules/cases/case.rules";
import { LEGAL_TABLES_CHECK_TASK, runLegalTablesCheck } from "../../src/modules/legal-tables/legal-tables-check.job";
import { eventCursor } from "../../src/events/event-record";
import { enqueueStrandedDeliveries } from "../../src/modules/webhooks/delivery.store";
import { osloToday, type Clock } from "../../src/shared/clock";
import { toGlobalId } from "../../src/shared/global-id";

/** The servers' clock: starts in 2026-H1 (a confirmed rate from 2026-01-01), moved on by the tests. */
let at = new Date("2026-03-02T10:00:00Z");
const clock: Clock = { now: () => new Date(at), today: () => osloToday(at) };

let app: TestApp;
/** A second tvist process over the same database. */
let other: TestApp;
let creditorA: number;
let creditorB: number;
let keyA: string;
let keyB: string;
const receivers: Receiver[] = [];
const subs: Subscription<unknown>[] = [];

beforeAll(async () => {
  const env = {
    WEBHOOK_ALLOW_PRIVATE_URLS: "true",
    WEBHOOK_RETRY_BASE_MS: "300",
    WEBHOOK_TIMEOUT_MS: "2000",
    WEBHOOK_LOCK_TIMEOUT_MS: "5000",
  };
  app = await startTestApp({ clock, env });
  other = await startTestApp({ clock, env, attachTo: app, worker: false });
  creditorA = (await createCreditor(app.orm, "Alfa Regnskap AS")).id;
  creditorB = (await createCreditor(app.orm, "Beta Bygg AS")).id;
  keyA = await app.createKey([Scope.READ], [creditorA], "tenant A");
  keyB = await app.createKey([Scope.READ], [creditorB], "tenant B");
});
afterAll(async () => {
  await Promise.all(subs.map((s) => s.close()));
  await Promise.all(receivers.map((r) => r.close()));
  await other?.close();
  await app?.close();
});

async function receiver(respond?: Parameters<typeof startReceiver>[0]): Promise<Receiver> {
  const r = await startReceiver(respond);
  receivers.push(r);
  return r;
}

async function endpoint(creditorId: number, url: string, eventTypes: string[], format = "TVIST") {
  const data = await app.ok(WebhookEndpointCreateDocument, {
    input: { creditorId: toGlobalId("Creditor", creditorId), url, eventTypes, format },
  });
  expect(data.webhookEndpointCreate.userErrors).toEqual([]);
  return { id: await endpointDbId(url), secret: data.webhookEndpointCreate.secret! };
}

async function endpointDbId(url: string): Promise<number> {
  const rows = await app.sql<{ id: string }>("select id::text from webhook_endpoint where url = ?", [url]);
  return Number(rows[0]!.id);
}

function creditorEvents(
  key: string,
  filter: Record<string, unknown> = {},
  after?: string,
): Subscription<CreditorEventsSubscription> {
  const s = subscribe(app.server.wsUrl, CreditorEventsDocument, { filter, after } as never, key);
  subs.push(s as Subscription<unknown>);
  return s;
}

const staleCounts = async () =>
  app.sql<{ creditor_id: string; n: number }>(
    "select creditor_id::text, count(*)::int as n from case_event where type = 'legal_table.stale' group by creditor_id order by creditor_id",
  );
const creditorCount = async () => app.count("creditor");

/** Runs the check as the job queue runs it (the cron task), and waits until the job is done. */
async function runJob(): Promise<void> {
  await app.sql(`select graphile_worker.add_job(?, '{}'::json, max_attempts := 1)`, [LEGAL_TABLES_CHECK_TASK]);
  await until(
    async () =>
      (
        await app.sql<{ n: number }>(
          "select count(*)::int as n from graphile_worker.jobs where task_identifier = ? and attempts = 0",
          [LEGAL_TABLES_CHECK_TASK],
        )
      )[0]!.n === 0,
    10000,
    "the check job to run",
  );
  await until(
    async () =>
      (
        await app.sql<{ n: number }>(
          "select count(*)::int as n from graphile_worker.jobs where task_identifier = ? and locked_at is not null",
          [LEGAL_TABLES_CHECK_TASK],
        )
      )[0]!.n === 0,
    10000,
    "the check job to end",
  );
  const failed = await app.sql<{ last_error: string }>(
    "select last_error from graphile_worker.jobs where task_identifier = ?",
    [LEGAL_TABLES_CHECK_TASK],
  );
  expect(failed).toEqual([]);
}

const readyz = async () =>
  (await (await fetch(app.server.url.replace(/\/graphql$/, "/readyz"))).json()) as {
    legalTables?: { staleInterestRate: { halfYear: string } | null };
  };

describe("legal_table.stale", () => {
  let endpointA: { id: number; secret: string };
  let endpointAOnlyStale: { id: number; secret: string };
  let endpointANotSubscribed: { id: number; secret: string };
  let endpointAPlugin: { id: number; secret: string };
  let endpointB: { id: number; secret: string };
  let rA: Receiver;
  let rAOnly: Receiver;
  let rNot: Receiver;
  let rPlugin: Receiver;
  let rB: Receiver;

  it("tells each creditor once, on creditorEvents and on every subscribed TVIST endpoint, when the job finds the half-year unconfirmed", async () => {
    [rA, rAOnly, rNot, rPlugin] = [await receiver(), await receiver(), await receiver(), await receiver()];
    // B's receiver fails the first attempt: the event is retried like a case event
    rB = await receiver((_req, n) => (n === 0 ? 503 : 200));
    endpointA = await endpoint(creditorA, rA.url, []);
    endpointAOnlyStale = await endpoint(creditorA, rAOnly.url, ["legal_table.stale"]);
    endpointANotSubscribed = await endpoint(creditorA, rNot.url, ["case.frozen"]);
    endpointAPlugin = await endpoint(creditorA, rPlugin.url, [], "conta");
    endpointB = await endpoint(creditorB, rB.url, []);

    // the job queue runs the check on LEGAL_TABLES_CHECK_CRON
    expect(await app.sql("select identifier from graphile_worker._private_known_crontabs")).toEqual([
      { identifier: LEGAL_TABLES_CHECK_TASK },
    ]);
    // in a confirmed half-year the job tells nobody anything
    await runJob();
    expect(await staleCounts()).toEqual([]);
    expect(await app.count("legal_table_stale_notice", "half_year = '2026-H1'")).toBe(0);

    const subA = creditorEvents(keyA);
    const subB = creditorEvents(keyB);
    const subAdmin = creditorEvents(app.adminKey);
    const caseSub = subscribe(app.server.wsUrl, CaseEventsDocument, {} as never, keyA);
    subs.push(caseSub as Subscription<unknown>);
    await until(() => app.services.eventBus!.listenerCount >= 4, 5000, "4 live listeners");

    at = new Date("2027-02-01T09:00:00Z");
    await runJob();

    const creditors = await creditorCount();
    const counts = await staleCounts();
    expect(counts.length).toBe(creditors);
    expect(counts.every((c) => c.n === 1)).toBe(true);
    expect(await app.count("legal_table_stale_notice", "half_year = '2027-H1'")).toBe(1);

    const [a] = await subA.waitFor(1);
    const [b] = await subB.waitFor(1);
    await subAdmin.waitFor(creditors);
    const rowA = (
      await app.sql<{ id: string; occurred_at: Date; case_id: string | null; sequence: number }>(
        "select id::text, occurred_at, case_id, sequence from case_event where type = 'legal_table.stale' and creditor_id = ?",
        [creditorA],
      )
    )[0]!;
    expect(rowA).toMatchObject({ case_id: null, sequence: 0 });
    const data = {
      table: "LATE_INTEREST_RATE",
      halfYear: "2027-H1",
      halfYearStart: "2027-01-01",
      carried: {
        validFrom: "2026-01-01",
        value: 1200,
        confirmed: true,
        sourceTitle: expect.any(String),
        sourceUrl: expect.stringMatching(/^https?:\/\//),
      },
      message: expect.stringContaining("legalTableRowAdd"),
    };
    const summary = "No confirmed late-payment interest rate for 2027-H1: 12 % from 2026-01-01 is carried forward";
    expect(a!.creditorEvents).toEqual({
      id: toGlobalId("CaseEvent", Number(rowA.id)),
      cursor: eventCursor(Number(rowA.id)),
      creditorId: toGlobalId("Creditor", creditorA),
      type: "legal_table.stale",
      occurredAt: "2027-02-01T09:00:00.000Z",
      actor: "system",
      summary,
      data,
    });
    expect(b!.creditorEvents.creditorId).toBe(toGlobalId("Creditor", creditorB));
    expect(subA.items.length).toBe(1);
    expect(subB.items.length).toBe(1);
    expect(new Set(subAdmin.items.map((i) => i.creditorEvents.creditorId)).size).toBe(creditors);

    // one delivery per subscribed TVIST endpoint, signed; none to the unsubscribed one nor to the plugin format
    const deliveries = async (id: number) => app.count("webhook_delivery", `endpoint_id = ${id}`);
    expect([
      await deliveries(endpointA.id),
      await deliveries(endpointAOnlyStale.id),
      await deliveries(endpointB.id),
    ]).toEqual([1, 1, 1]);
    expect([await deliveries(endpointANotSubscribed.id), await deliveries(endpointAPlugin.id)]).toEqual([0, 0]);
    const [reqA] = await rA.waitFor(1);
    await rAOnly.waitFor(1);
    const [reqB, retryB] = await rB.waitFor(2);
    expect([reqB!.answered, retryB!.answered]).toEqual([503, 200]);
    expect(retryB!.headers["webhook-id"]).toBe(reqB!.headers["webhook-id"]);
    const verified = new Webhook(endpointA.secret).verify(reqA!.body, reqA!.headers) as Record<string, unknown>;
    expect(verified).toEqual({
      id: toGlobalId("CaseEvent", Number(rowA.id)),
      type: "legal_table.stale",
      occurredAt: "2027-02-01T09:00:00.000Z",
      creditorId: toGlobalId("Creditor", creditorA),
      summary,
      data,
    });
    expect(reqA!.headers["webhook-id"]).toBe(toGlobalId("CaseEvent", Number(rowA.id)));
    expect(reqB!.json.creditorId).toBe(toGlobalId("Creditor", creditorB));
    await until(
      async () =>
        (await app.count(
          "webhook_delivery",
          `endpoint_id in (${endpointA.id}, ${endpointAOnlyStale.id}, ${endpointB.id}) and status = 'DELIVERED'`,
        )) === 3,
      10000,
      "3 deliveries recorded",
    );
    expect(await app.sql("select attempt_count from webhook_delivery where endpoint_id = ?", [endpointB.id])).toEqual([
      { attempt_count: 2 },
    ]);

    // caseEvents and eventsSince carry case events only
    const frozenCase = await createCase(app.orm, creditorA);
    expect((await emit(app, frozenCase.id, "case.frozen", { to: CaseStatus.FROZEN })).ok).toBe(true);
    const [onlyCase] = await caseSub.waitFor(1);
    expect((onlyCase as { caseEvents: { type: string } }).caseEvents.type).toBe("case.frozen");
    const since = await app.ok(EventsSinceDocument, { first: 100 }, keyA);
    expect(since.eventsSince.edges.map((e) => e.node.type)).toEqual(["case.frozen"]);
    expect(
      (await app.gql(EventsSinceDocument, { types: ["legal_table.stale"] }, keyA)).errors?.[0]?.extensions?.code,
    ).toBe("BAD_USER_INPUT");
  });

  it("runs again in the same half-year and tells nobody anything new", async () => {
    const before = {
      events: await app.count("case_event"),
      deliveries: await app.count("webhook_delivery"),
      notices: await app.count("legal_table_stale_notice"),
    };
    await runJob();
    expect(await readyz()).toMatchObject({ legalTables: { staleInterestRate: { halfYear: "2027-H1" } } });
    expect({
      events: await app.count("case_event"),
      deliveries: await app.count("webhook_delivery"),
      notices: await app.count("legal_table_stale_notice"),
    }).toEqual(before);
  });

  it("gives an open delivery of it that lost its job a job again (the sweep), and sends it again with the same webhook-id", async () => {
    const first = rA.requests.find((r) => r.json.type === "legal_table.stale")!;
    const seen = rA.requests.length;
    await app.sql(
      "update webhook_delivery set status = 'PENDING', next_attempt_at = now() where endpoint_id = ? and case_id is null",
      [endpointA.id],
    );
    // the sweep (run here, and every WEBHOOK_LOCK_TIMEOUT_MS / 2 by the worker, whichever comes first)
    await enqueueStrandedDeliveries(app.orm.em.fork());
    const again = (await rA.waitFor(seen + 1))[seen]!;
    expect(again.headers["webhook-id"]).toBe(first.headers["webhook-id"]);
    expect(again.body).toBe(first.body);
    await until(
      async () =>
        (await app.count(
          "webhook_delivery",
          `endpoint_id = ${endpointA.id} and case_id is null and status = 'DELIVERED'`,
        )) === 1,
      10000,
      "the delivery recorded again",
    );
  });

  it("refuses legal_table.stale on a plugin-format endpoint (those formats describe a case), and writes nothing", async () => {
    const before = JSON.stringify(await app.sql("select * from webhook_endpoint order by id"));
    const created = await app.ok(WebhookEndpointCreateDocument, {
      input: {
        creditorId: toGlobalId("Creditor", creditorA),
        url: rPlugin.url,
        eventTypes: ["case.frozen", "legal_table.stale"],
        format: "kravia",
      },
    });
    expect(created.webhookEndpointCreate.userErrors).toEqual([
      {
        code: "UNKNOWN_EVENT_TYPE",
        field: ["input", "eventTypes", "1"],
        message: expect.stringMatching(/^"legal_table.stale" is not sent in the kravia format .*use format TVIST/),
      },
    ]);
    const stale = toGlobalId("WebhookEndpoint", endpointAOnlyStale.id);
    const updated = await app.ok(WebhookEndpointUpdateDocument, { input: { id: stale, format: "conta" } });
    expect(updated.webhookEndpointUpdate.userErrors).toEqual([
      {
        code: "UNKNOWN_EVENT_TYPE",
        field: ["input", "format"],
        message: expect.stringMatching(/^"legal_table.stale" is not sent in the conta format/),
      },
    ]);
    expect(JSON.stringify(await app.sql("select * from webhook_endpoint order by id"))).toBe(before);
  });

  it("resumes creditorEvents from a cursor with only the tenant's own events; another tenant's creditor is NOT_FOUND", async () => {
    const s = creditorEvents(keyB, {}, eventCursor(0));
    const [only] = await s.waitFor(1);
    expect(only!.creditorEvents).toMatchObject({
      type: "legal_table.stale",
      creditorId: toGlobalId("Creditor", creditorB),
    });
    const refused = creditorEvents(keyB, { creditorId: toGlobalId("Creditor", creditorA) });
    expect(JSON.stringify(await refused.failure())).toContain("NOT_FOUND");
    const badType = creditorEvents(keyB, { types: ["case.frozen"] });
    expect(JSON.stringify(await badType.failure())).toContain("BAD_USER_INPUT");
    expect(s.items.length).toBe(1);
  });

  it("records one notice and one event per creditor when two processes run the check at the same moment", async () => {
    at = new Date("2027-08-02T09:00:00Z");
    const before = await app.count("case_event", "type = 'legal_table.stale'");
    // Both runs queue up behind an uncommitted notice of the half-year, then race for it once it rolls back.
    const blocker = new pg.Client({ connectionString: app.databaseUrl });
    await blocker.connect();
    try {
      await blocker.query("begin");
      await blocker.query("insert into legal_table_stale_notice (half_year, message) values ('2027-H2', 'blocker')");
      const deps = (t: TestApp) => ({ orm: t.orm, sinks: t.services.eventSinks, clock, logger: t.services.logger });
      const runs = Promise.all([runLegalTablesCheck(deps(app)), runLegalTablesCheck(deps(other))]);
      await until(
        async () =>
          (
            await app.sql<{ n: number }>(
              "select count(*)::int as n from pg_stat_activity where wait_event_type = 'Lock' and query like 'insert into \"legal_table_stale_notice\"%'",
            )
          )[0]!.n === 2,
        10000,
        "both runs waiting on the notice",
      );
      await blocker.query("rollback");
      expect(await runs).toEqual(["2027-H2", "2027-H2"]);
    } finally {
      await blocker.end();
    }
    expect(await app.count("legal_table_stale_notice", "half_year = '2027-H2'")).toBe(1);
    expect(await app.count("case_event", "type = 'legal_table.stale'")).toBe(before + (await creditorCount()));
    expect(await app.count("case_event", "type = 'legal_table.stale' and data->>'halfYear' = '2027-H2'")).toBe(
      await creditorCount(),
    );
  });

  it("clears on /readyz when a global admin adds the confirmed rate, and tells nothing more", async () => {
    expect(await readyz()).toMatchObject({ legalTables: { staleInterestRate: { halfYear: "2027-H2" } } });
    const before = {
      events: await app.count("case_event"),
      deliveries: await app.count("webhook_delivery"),
      notices: await app.count("legal_table_stale_notice"),
    };
    const added = await app.ok(LegalTableRowAddDocument, {
      input: {
        table: "LATE_INTEREST_RATE",
        validFrom: "2027-07-01",
        value: 1175,
        sourceTitle: "Forskrift om forsinkelsesrente (2H2027)",
        sourceUrl: "https://lovdata.no/forskrift/2027-06-20-1",
        confirmed: true,
      },
    });
    expect(added.legalTableRowAdd.userErrors).toEqual([]);
    expect(await readyz()).toMatchObject({ legalTables: { staleInterestRate: null } });
    await runJob();
    expect({
      events: await app.count("case_event"),
      deliveries: await app.count("webhook_delivery"),
      notices: await app.count("legal_table_stale_notice"),
    }).toEqual(before);
  });
});
