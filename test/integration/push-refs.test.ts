import {
  CaseNumberDocument,
  CreditNotesPushPartsDocument,
  CreditorExternalIdSetDocument,
  CreditorExternalIdsDocument,
  InvoicesPushNumbersDocument,
  PaymentsPushPartsDocument,
  WebhookEndpointCreateDocument,
} from "../generated/graphql";
import { startTestApp, type TestApp } from "../support/app";
import { createCreditor } from "../support/factories";
import { startReceiver, type Receiver } from "../support/receiver";
import { until } from "../support/ws";
import { Client } from "pg";
import { parse } from "graphql";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { refsPlugin } from "../support/refs-plugin";
import { fixedClock } from "../../src/shared/clock";
import { toGlobalId } from "../../src/shared/global-id";
import { Scope } from "../../src/modules/access/api-key.entity";
import type { Creditor } from "../../src/modules/parties/creditor.entity";
import type { CreditorRef, InvoiceRef } from "@tvist/plugin-sdk";
import { outboundEvent } from "../../src/modules/webhooks/plugin-formats";
import { EVENT_COLUMNS, isCaseEvent, toEventRecord, type EventRow } from "../../src/events/event-record";
import { Migration20261203174813_creditor_external_ids_and_case_numbers as CaseNumbers } from "../../migrations/Migration20261203174813_creditor_external_ids_and_case_numbers";

let app: TestApp;
let receiver: Receiver;
let a: { creditor: Creditor; key: string; admin: string };
let b: { creditor: Creditor; key: string; admin: string };
let serial = 0;
const next = () => (serial += 1);
const gid = (c: Creditor) => toGlobalId("Creditor", c.id);
const at = (i: number, ...field: string[]) => ["input", "items", String(i), ...field];

beforeAll(async () => {
  app = await startTestApp({
    clock: fixedClock("2026-11-23T12:00:00Z"),
    plugins: [refsPlugin],
    worker: false,
    env: { WEBHOOK_ALLOW_PRIVATE_URLS: "true" },
  });
  receiver = await startReceiver();
  const ca = await createCreditor(app, { name: "Fjellrev Regnskap AS" });
  const cb = await createCreditor(app, { name: "Havørn Elektro AS" });
  a = {
    creditor: ca,
    key: await app.createKey([Scope.WRITE], [ca.id], "tenant A"),
    admin: await app.createKey([Scope.ADMIN], [ca.id], "tenant A admin"),
  };
  b = {
    creditor: cb,
    key: await app.createKey([Scope.WRITE], [cb.id], "tenant B"),
    admin: await app.createKey([Scope.ADMIN], [cb.id], "tenant B admin"),
  };
  for (const t of [a, b]) {
    const endpoint = await app.ok(WebhookEndpointCreateDocument, {
      input: { creditorId: gid(t.creditor), url: receiver.url },
    });
    expect(endpoint.webhookEndpointCreate.userErrors).toEqual([]);
  }
});
afterAll(async () => {
  await app?.close();
  await receiver?.close();
});

const rows = async () => ({
  externalIds: await app.count("creditor_external_id"),
  invoices: await app.count("invoice"),
  cases: await app.count("collection_case"),
  transactions: await app.count("case_transaction"),
  events: await app.count("case_event"),
  deliveries: await app.count("webhook_delivery"),
});

function invoice(creditor: CreditorRef, amount = 100_000, externalId = `inv-${next()}`) {
  return {
    creditor,
    externalId,
    invoiceNumber: `F-${serial}`,
    issueDate: "2026-09-01",
    dueDate: "2026-09-15",
    amount,
    currency: "NOK",
    kid: null,
    debtor: {
      kind: "PERSON",
      name: "Kari Nordmann",
      birthDate: "1980-01-31",
      address: { street: "Storgata 1", postalCode: "0155", city: "Oslo", country: "NO" },
    },
  };
}

const part = (creditor: CreditorRef, invoice: InvoiceRef, amount: number, externalId = `part-${next()}`) => ({
  creditor,
  invoice,
  externalId,
  amount,
  date: "2026-10-01",
});

async function setId(key: string, creditor: Creditor, externalId: string | null, sourceSystem = "refs") {
  return (
    await app.ok(CreditorExternalIdSetDocument, { input: { creditorId: gid(creditor), sourceSystem, externalId } }, key)
  ).creditorExternalIdSet;
}

const pushInvoices = async (key: string, items: unknown[], creditorId?: string) =>
  (await app.ok(InvoicesPushNumbersDocument, { input: { pluginId: "refs", items, creditorId } }, key)).invoicesPush;
const pushPayments = async (key: string, items: unknown[], creditorId?: string) =>
  (await app.ok(PaymentsPushPartsDocument, { input: { pluginId: "refs", items, creditorId } }, key)).paymentsPush;
const pushCreditNotes = async (key: string, items: unknown[]) =>
  (await app.ok(CreditNotesPushPartsDocument, { input: { pluginId: "refs", items } }, key)).creditNotesPush;
const codes = (errors: readonly { code: string; field?: readonly string[] | null }[]) =>
  errors.map((e) => [e.code, e.field]);

/** A new invoice of the tenant's creditor (by org number); its external id, case id and case number. */
async function opened(t: { creditor: Creditor; key: string }, amount = 100_000) {
  const item = invoice({ orgNumber: t.creditor.orgNumber }, amount);
  const result = (await pushInvoices(t.key, [item])).results[0]!;
  expect(result.userErrors).toEqual([]);
  return { externalId: item.externalId, caseId: result.case!.id, caseNumber: result.caseNumber! };
}

describe("creditorExternalIdSet and Creditor.externalIds", () => {
  it("stores, replaces and removes a creditor's id in one system", async () => {
    const set = await setId(a.admin, a.creditor, "10759");
    expect(set).toEqual({
      creditor: { id: gid(a.creditor), externalIds: [{ sourceSystem: "refs", externalId: "10759" }] },
      userErrors: [],
    });
    expect((await setId(a.admin, a.creditor, " 20001 ")).creditor!.externalIds).toEqual([
      { sourceSystem: "refs", externalId: "20001" },
    ]);
    expect(await app.count("creditor_external_id", `creditor_id = ${a.creditor.id}`)).toBe(1);
    expect((await setId(a.admin, a.creditor, "kr-1", "kravia")).creditor!.externalIds).toEqual([
      { sourceSystem: "kravia", externalId: "kr-1" },
      { sourceSystem: "refs", externalId: "20001" },
    ]);
    expect((await setId(a.admin, a.creditor, null, "kravia")).creditor!.externalIds).toEqual([
      { sourceSystem: "refs", externalId: "20001" },
    ]);
    const read = await app.ok(CreditorExternalIdsDocument, { id: gid(a.creditor) }, a.key);
    expect(read.creditor!.externalIds).toEqual([{ sourceSystem: "refs", externalId: "20001" }]);
    expect((await setId(a.admin, a.creditor, "10759")).userErrors).toEqual([]);
  });

  it("refuses bad input with typed errors and writes nothing", async () => {
    const other = await createCreditor(app, { name: "Tredje AS" });
    const both = await app.createKey([Scope.ADMIN], [a.creditor.id, other.id], "sees A and a third");
    const before = await rows();
    const cases: [Promise<{ userErrors: { code: string; field?: string[] | null }[] }>, unknown][] = [
      [setId(a.admin, b.creditor, "1"), [["UNKNOWN_CREDITOR", ["input", "creditorId"]]]],
      [setId(a.admin, a.creditor, "1", "fiken"), [["UNKNOWN_SOURCE_SYSTEM", ["input", "sourceSystem"]]]],
      [setId(a.admin, a.creditor, "   "), [["INVALID_EXTERNAL_ID", ["input", "externalId"]]]],
      [setId(both, other, "10759"), [["DUPLICATE_EXTERNAL_ID", ["input", "externalId"]]]],
    ];
    for (const [call, expected] of cases) {
      const result = await call;
      expect(codes(result.userErrors)).toEqual(expected);
      for (const e of result.userErrors) expect((e as unknown as { message: string }).message).toMatch(/:/);
    }
    expect(await rows()).toEqual(before);
    const write = await app.gql(
      CreditorExternalIdSetDocument,
      { input: { creditorId: gid(a.creditor), sourceSystem: "refs", externalId: "x" } },
      a.key,
    );
    expect(write.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(await rows()).toEqual(before);
  });

  it("gives one id to one of two creditors set at the same time", async () => {
    const one = await createCreditor(app, { name: "Samtidig En AS" });
    const two = await createCreditor(app, { name: "Samtidig To AS" });
    const key = await app.createKey([Scope.ADMIN], [one.id, two.id], "sees both");
    // A writer for the first creditor that has not committed yet, holding what creditorExternalIdSet holds while it writes.
    const first = new Client({ connectionString: app.databaseUrl });
    await first.connect();
    try {
      await first.query("begin");
      await first.query("select pg_advisory_xact_lock(hashtextextended('creditor_external_id:refs', 0))");
      await first.query(
        "insert into creditor_external_id (creditor_id, source_system, external_id) values ($1, 'refs', 'race-1')",
        [one.id],
      );
      let settled = false;
      const second = setId(key, two, "race-1").finally(() => (settled = true));
      const waiting = async () =>
        Number(
          (
            await app.sql<{ n: string }>(
              "select count(*)::text as n from pg_locks where locktype = 'advisory' and not granted",
            )
          )[0]!.n,
        ) > 0;
      await until(async () => settled || (await waiting()), 10_000, "the second writer to wait or finish");
      await first.query("commit");
      expect((await second).userErrors.map((e) => e.code)).toEqual(["DUPLICATE_EXTERNAL_ID"]);
    } finally {
      await first.end();
    }
    expect(await app.count("creditor_external_id", "external_id = 'race-1'")).toBe(1);
  });

  it("lets another tenant hold the same id: each key finds its own creditor, a key seeing both finds none", async () => {
    expect((await setId(b.admin, b.creditor, "10759")).userErrors).toEqual([]);
    const before = await rows();
    const mine = await pushInvoices(a.key, [invoice({ externalId: "10759" })]);
    const theirs = await pushInvoices(b.key, [invoice({ externalId: "10759" })]);
    expect(mine.results[0]).toMatchObject({
      created: true,
      userErrors: [],
      invoice: { creditor: { id: gid(a.creditor) } },
    });
    expect(theirs.results[0]).toMatchObject({
      created: true,
      userErrors: [],
      invoice: { creditor: { id: gid(b.creditor) } },
    });
    expect(await rows()).toMatchObject({ invoices: before.invoices + 2, cases: before.cases + 2 });

    const mid = await rows();
    const ambiguous = await pushInvoices(app.adminKey, [
      invoice({ externalId: "10759" }),
      invoice({ externalId: "no-such" }),
    ]);
    expect(ambiguous.results.map((r) => codes(r.userErrors))).toEqual([
      [["UNKNOWN_CREDITOR", at(0, "creditor")]],
      [["UNKNOWN_CREDITOR", at(1, "creditor")]],
    ]);
    expect(ambiguous.results[1]!.userErrors[0]!.message).toContain("creditorExternalIdSet");
    expect(await rows()).toEqual(mid);
  });
});

describe("creditors the payload does not name ({ fromRequest: true })", () => {
  it("take input.creditorId, else the key's only creditor; otherwise UNKNOWN_CREDITOR, and nothing is written", async () => {
    const only = await pushInvoices(a.key, [invoice({ fromRequest: true })]);
    expect(only.results[0]).toMatchObject({ created: true, invoice: { creditor: { id: gid(a.creditor) } } });
    const given = await pushInvoices(app.adminKey, [invoice({ fromRequest: true })], gid(b.creditor));
    expect(given.results[0]).toMatchObject({ created: true, invoice: { creditor: { id: gid(b.creditor) } } });

    const before = await rows();
    const none = await pushInvoices(app.adminKey, [
      invoice({ fromRequest: true }),
      invoice({ orgNumber: a.creditor.orgNumber }),
    ]);
    expect(codes(none.results[0]!.userErrors)).toEqual([["UNKNOWN_CREDITOR", at(0, "creditor")]]);
    expect(none.results[0]!.userErrors[0]!.message).toContain("input.creditorId");
    expect(none.results[1]).toMatchObject({ created: true, userErrors: [] });
    const landed = await rows();
    expect(landed).toMatchObject({ invoices: before.invoices + 1 });

    const hidden = await pushInvoices(a.key, [invoice({ fromRequest: true })], gid(b.creditor));
    expect(hidden.results).toEqual([]);
    expect(codes(hidden.userErrors)).toEqual([["UNKNOWN_CREDITOR", ["input", "creditorId"]]]);
    const junk = await pushPayments(a.key, [{ parts: [] }], "not-an-id");
    expect(codes(junk.userErrors)).toEqual([["UNKNOWN_CREDITOR", ["input", "creditorId"]]]);
    expect(await rows()).toEqual(landed);
  });
});

describe("Case.caseNumber", () => {
  it("is a 9-digit number, different per case, shown on the case and in the invoicesPush result", async () => {
    const result = await pushInvoices(a.key, [
      invoice({ fromRequest: true }),
      invoice({ fromRequest: true }),
      invoice({ fromRequest: true }),
    ]);
    const numbers = result.results.map((r) => r.caseNumber!);
    for (const [i, n] of numbers.entries()) {
      expect(n).toBeGreaterThanOrEqual(100_000_000);
      expect(n).toBeLessThanOrEqual(999_999_999);
      expect(result.results[i]!.case!.caseNumber).toBe(n);
      expect((await app.ok(CaseNumberDocument, { id: result.results[i]!.case!.id }, a.key)).case!.caseNumber).toBe(n);
    }
    expect(new Set(numbers).size).toBe(3);
    const list = parse("query { cases(first: 100) { edges { node { id caseNumber } } } }") as TypedDocumentNode<
      { cases: { edges: { node: { id: string; caseNumber: number } }[] } },
      Record<string, never>
    >;
    const listed = new Map((await app.ok(list, {}, a.key)).cases.edges.map((e) => [e.node.id, e.node.caseNumber]));
    for (const r of result.results) expect(listed.get(r.case!.id)).toBe(r.caseNumber);
    const again = await pushInvoices(a.key, [
      result.results.map((r) => r.externalId).map((id) => invoice({ fromRequest: true }, 100_000, id!))[0],
    ]);
    expect(again.results[0]).toMatchObject({ created: false, caseNumber: numbers[0] });
    const [{ n }] = await app.sql<{ n: string }>(
      "select count(*)::text as n from collection_case where case_number is null or case_number not between 100000000 and 999999999",
    );
    expect(n).toBe("0");
  });

  it("is in the event a plugin's outbound format gets (OutboundEvent.case.caseNumber)", async () => {
    const mine = await opened(a);
    const [row] = await app.sql<EventRow>(
      `select ${EVENT_COLUMNS} from case_event where case_id = (select id from collection_case where case_number = ?)`,
      [mine.caseNumber],
    );
    const logged = toEventRecord(row!);
    if (!isCaseEvent(logged)) throw new Error("a case event without a case");
    const event = await outboundEvent(app.orm.em.fork(), logged);
    expect(event.case).toMatchObject({ id: mine.caseId, caseNumber: mine.caseNumber });
  });

  it("names the case a payment or credit note is for, among the key's creditor's cases only", async () => {
    const mine = await opened(a);
    const theirs = await opened(b);
    const paid = await pushPayments(a.key, [
      { parts: [part({ fromRequest: true }, { caseNumber: mine.caseNumber }, 10_000)] },
    ]);
    expect(paid.results[0]).toMatchObject({
      created: true,
      userErrors: [],
      parts: [{ created: true, case: { id: mine.caseId, paidAmount: 10_000 } }],
    });
    const credited = await pushCreditNotes(a.key, [
      { parts: [part({ fromRequest: true }, { caseNumber: mine.caseNumber }, 5_000)] },
    ]);
    expect(credited.results[0]).toMatchObject({
      created: true,
      parts: [{ case: { id: mine.caseId, creditedAmount: 5_000 } }],
    });

    const before = await rows();
    const foreign = await pushPayments(a.key, [
      { parts: [part({ fromRequest: true }, { caseNumber: theirs.caseNumber }, 10_000)] },
    ]);
    expect(codes(foreign.results[0]!.userErrors)).toEqual([["UNKNOWN_INVOICE", at(0, "parts", "0", "invoice")]]);
    expect(foreign.results[0]!.userErrors[0]!.message).toContain("caseNumber");
    expect(await rows()).toEqual(before);
  });
});

describe("payments and credit notes spread over several invoices (parts)", () => {
  it("register each part as its own transaction with its own events on its own case; a repeat is a no-op", async () => {
    const one = await opened(a, 100_000);
    const two = await opened(a, 50_000);
    const before = await rows();
    const item = {
      parts: [
        part({ fromRequest: true }, { externalId: one.externalId }, 30_000),
        part({ fromRequest: true }, { caseNumber: two.caseNumber }, 50_000),
      ],
    };
    const result = await pushPayments(a.key, [item]);
    expect(result.results[0]).toMatchObject({
      created: true,
      userErrors: [],
      externalId: item.parts[0]!.externalId,
      parts: [
        {
          externalId: item.parts[0]!.externalId,
          created: true,
          transaction: { amount: 30_000, externalId: item.parts[0]!.externalId },
          case: { id: one.caseId, paidAmount: 30_000, status: "ACTIVE" },
        },
        {
          externalId: item.parts[1]!.externalId,
          created: true,
          transaction: { amount: 50_000, externalId: item.parts[1]!.externalId },
          case: { id: two.caseId, paidAmount: 50_000, status: "PAID" },
        },
      ],
    });
    // two payments, their two payment.registered events and case.paid; a delivery per event to the creditor's endpoint
    expect(await rows()).toEqual({
      ...before,
      transactions: before.transactions + 2,
      events: before.events + 3,
      deliveries: before.deliveries + 3,
    });
    const types = await app.sql<{ type: string }>(
      "select e.type from case_event e where e.case_id in (select case_id from case_transaction where external_id in (?, ?)) and e.type <> 'invoice.received' order by e.id",
      [item.parts[0]!.externalId, item.parts[1]!.externalId],
    );
    expect(types.map((t) => t.type)).toEqual(["payment.registered", "payment.registered", "case.paid"]);

    const after = await rows();
    const again = await pushPayments(a.key, [item]);
    expect(again.results[0]).toMatchObject({
      created: false,
      userErrors: [],
      parts: [{ created: false, transaction: { id: result.results[0]!.parts[0]!.transaction.id } }, { created: false }],
    });
    expect(await rows()).toEqual(after);
  });

  it("write nothing when one part fails; every failing part is reported at its own path; the other items land", async () => {
    const one = await opened(a, 100_000);
    const two = await opened(a, 20_000);
    const before = await rows();
    const result = await pushCreditNotes(a.key, [
      {
        parts: [
          part({ fromRequest: true }, { externalId: one.externalId }, 40_000),
          part({ fromRequest: true }, { externalId: "no-such-invoice" }, 1_000),
          part({ fromRequest: true }, { caseNumber: two.caseNumber }, 20_001),
          part({ fromRequest: true }, { externalId: one.externalId }, 60_001),
        ],
      },
      { parts: [part({ fromRequest: true }, { caseNumber: two.caseNumber }, 1_000)] },
    ]);
    expect(codes(result.results[0]!.userErrors)).toEqual([
      ["UNKNOWN_INVOICE", at(0, "parts", "1", "invoice")],
      ["AMOUNT_EXCEEDS_OUTSTANDING", at(0, "parts", "2", "amount")],
      // the fourth part exceeds what the first leaves owed
      ["AMOUNT_EXCEEDS_OUTSTANDING", at(0, "parts", "3", "amount")],
    ]);
    expect(result.results[0]).toMatchObject({ created: false, parts: [] });
    expect(result.results[1]).toMatchObject({
      created: true,
      userErrors: [],
      parts: [{ case: { id: two.caseId, creditedAmount: 1_000 } }],
    });
    // only the second item: one credit note, its event, its delivery
    expect(await rows()).toEqual({
      ...before,
      transactions: before.transactions + 1,
      events: before.events + 1,
      deliveries: before.deliveries + 1,
    });
  });

  it("write nothing when a part's creditor is unknown or a part repeats another's id", async () => {
    const one = await opened(a, 100_000);
    const before = await rows();
    const result = await pushPayments(a.key, [
      {
        parts: [
          part({ fromRequest: true }, { externalId: one.externalId }, 1_000),
          part({ orgNumber: b.creditor.orgNumber }, { externalId: one.externalId }, 1_000),
        ],
      },
      {
        parts: [
          part({ fromRequest: true }, { externalId: one.externalId }, 1_000, "same"),
          part({ fromRequest: true }, { externalId: one.externalId }, 1_000, "same"),
        ],
      },
      { parts: [] },
    ]);
    expect(result.results.map((r) => codes(r.userErrors))).toEqual([
      [["UNKNOWN_CREDITOR", at(0, "parts", "1", "creditor")]],
      [["CONFLICTING_REPEAT", at(1, "parts", "1", "externalId")]],
      [["MISSING_FIELD", at(2)]],
    ]);
    expect(await rows()).toEqual(before);
  });
});

describe("the migration's case numbers", () => {
  it("gives every existing case its own number and draws new ones in the database", async () => {
    const run = async (step: "up" | "down") => {
      const migration = new CaseNumbers(app.orm.em.getDriver(), app.orm.config);
      await migration[step]();
      for (const sql of migration.getQueries()) await app.sql(String(sql));
    };
    await pushInvoices(
      a.key,
      Array.from({ length: 6 }, () => invoice({ fromRequest: true })),
    );
    const cases = await app.count("collection_case");
    expect(cases).toBeGreaterThanOrEqual(6);
    await run("down");
    await run("up");
    const [row] = await app.sql<{ n: string; distinct: string; bad: string }>(
      "select count(*)::text as n, count(distinct case_number)::text as distinct, count(*) filter (where case_number not between 100000000 and 999999999)::text as bad from collection_case",
    );
    expect(row).toEqual({ n: String(cases), distinct: String(cases), bad: "0" });
    const fresh = await opened(a);
    expect(fresh.caseNumber).toBeGreaterThanOrEqual(100_000_000);
  });
});
