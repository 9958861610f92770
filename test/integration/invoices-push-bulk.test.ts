import fs from "node:fs";
import path from "node:path";
import {
  CaseEventsDocument,
  InvoicesPushDocument,
  WebhookEndpointCreateDocument,
  type CaseEventsSubscription,
} from "../generated/graphql";
import { samplePlugin } from "../support/sample-plugin";
import { startTestApp, type TestApp } from "../support/app";
import { createCreditor } from "../support/factories";
import { startReceiver, type Receiver } from "../support/receiver";
import { subscribe, until, type Subscription } from "../support/ws";
import { fixedClock } from "../../src/shared/clock";
import { toGlobalId } from "../../src/shared/global-id";
import type { Creditor } from "../../src/modules/parties/creditor.entity";

/**
 * New invoices of a push are written by multi-row INSERT (src/modules/ingest/bulk-invoices.ts), the rest through the
 * ORM (registerInvoice). Both must write the same rows, and the bulk path's events must reach the event log, the
 * subscriptions and the webhooks like any other.
 */
type Json = Record<string, unknown>;

const CONTA_CREDITOR = "923609016";
let app: TestApp;
let receiver: Receiver;
let creditor: Creditor;
let serial = 0;
const open: Subscription<unknown>[] = [];

function contaInvoice(change: (p: Json) => void = () => undefined): Json {
  serial += 1;
  const payload = JSON.parse(
    fs.readFileSync(path.join(__dirname, "..", "support", "sample-plugin", "fixtures", "invoice-person.json"), "utf8"),
  ) as Json;
  payload.id = `bulk-${serial}`;
  payload.fakturanummer = String(50_000 + serial);
  change(payload);
  return payload;
}

const customer = (name: string) => (p: Json) => {
  p.kunde = { ...(p.kunde as Json), navn: name };
};

async function push(items: unknown[]) {
  return (await app.ok(InvoicesPushDocument, { input: { pluginId: "sample", items } })).invoicesPush;
}

beforeAll(async () => {
  app = await startTestApp({
    plugins: [samplePlugin],
    clock: fixedClock("2026-11-23T12:00:00Z"),
    env: { WEBHOOK_ALLOW_PRIVATE_URLS: "true" },
  });
  receiver = await startReceiver();
  creditor = await createCreditor(app, { name: "Fjellrev Regnskap AS", orgNumber: CONTA_CREDITOR });
});
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
});
afterAll(async () => {
  await receiver?.close();
  await app?.close();
});

/** The rows of one pushed invoice, without what differs by nature (ids, numbers, names, instants). */
async function rowsOf(externalId: string) {
  const [invoice] = await app.sql<Json>("select * from invoice where source_system = 'sample' and external_id = ?", [
    externalId,
  ]);
  const [kase] = await app.sql<Json>("select * from collection_case where invoice_id = ?", [invoice!.id]);
  const events = await app.sql<Json>("select * from case_event where case_id = ? order by sequence", [kase!.id]);
  const [debtor] = await app.sql<Json>("select * from debtor where id = ?", [invoice!.debtor_id]);
  const number = String(invoice!.invoice_number);
  const strip = (row: Json, ...keys: string[]) =>
    Object.fromEntries(Object.entries(row).filter(([k]) => !keys.includes(k)));
  return {
    invoice: strip(invoice!, "id", "debtor_id", "external_id", "invoice_number", "created_at", "updated_at"),
    case: strip(kase!, "id", "invoice_id", "debtor_id", "created_at", "updated_at", "case_number"),
    events: events.map((e) => ({
      ...strip(e, "id", "case_id", "occurred_at"),
      summary: String(e.summary).replace(number, "N"),
      // the event names its own invoice
      data: {
        ...(e.data as Json),
        invoiceNumber: "N",
        externalId: "X",
        invoiceId:
          (e.data as Json).invoiceId === toGlobalId("Invoice", Number(invoice!.id)) ? "I" : (e.data as Json).invoiceId,
      },
    })),
    debtor: strip(debtor!, "id", "name", "created_at", "updated_at"),
    checks: {
      caseMatchesInvoice:
        kase!.creditor_id === invoice!.creditor_id &&
        kase!.debtor_id === invoice!.debtor_id &&
        kase!.principal_amount === invoice!.amount,
      eventCreditor: events.every((e) => e.creditor_id === kase!.creditor_id),
      lastSequence: kase!.last_sequence === events.length,
      caseNumber: Number(kase!.case_number) >= 100_000_000 && Number(kase!.case_number) <= 999_999_999,
    },
  };
}

describe("invoicesPush bulk path", () => {
  it("writes the same rows for a new invoice as the ORM path does", async () => {
    const bulk = contaInvoice(customer("Bulk Bulksen"));
    // An external id twice in one batch goes through the ORM path (the second is an unchanged repeat).
    const orm = contaInvoice(customer("Orm Ormsen"));
    const result = await push([bulk, orm, orm]);
    expect(result.results.map((r) => [r.created, r.userErrors])).toEqual([
      [true, []],
      [true, []],
      [false, []],
    ]);
    const a = await rowsOf(String(bulk.id));
    const b = await rowsOf(String(orm.id));
    expect(a).toEqual(b);
    expect(a.checks).toEqual({ caseMatchesInvoice: true, eventCreditor: true, lastSequence: true, caseNumber: true });
    expect(a.events).toHaveLength(1);
    expect(a.events[0]).toMatchObject({
      type: "invoice.received",
      sequence: 1,
      status_before: "ACTIVE",
      status_after: "ACTIVE",
    });
    // the answer's ids are the stored rows'
    const [stored] = await app.sql<{ id: string; case_id: string }>(
      "select i.id::text, c.id::text as case_id from invoice i join collection_case c on c.invoice_id = i.id where i.external_id = ?",
      [bulk.id],
    );
    expect(result.results[0]!.invoice!.id).toBe(toGlobalId("Invoice", stored!.id));
    expect(result.results[0]!.case!.id).toBe(toGlobalId("Case", stored!.case_id));
  });

  it("creates a new customer once when a refused item and a new invoice share it", async () => {
    const closed = contaInvoice();
    const first = await push([closed]);
    await app.sql("update collection_case set status = 'CLOSED', closed_at = now() where id = ?", [
      Number(Buffer.from(first.results[0]!.case!.id, "base64url").toString().split(":")[1]),
    ]);
    const debtorsBefore = await app.count("debtor");
    const moved = { ...closed, kunde: { ...(closed.kunde as Json), navn: "Delt Kunde" } };
    const fresh = contaInvoice(customer("Delt Kunde"));
    const result = await push([moved, fresh]);
    expect(result.results[0]!.userErrors.map((e) => e.code)).toEqual(["CASE_CLOSED"]);
    expect(result.results[1]).toMatchObject({ created: true, userErrors: [] });
    expect(await app.count("debtor")).toBe(debtorsBefore + 1);
    const [row] = await app.sql<{ name: string; n: string }>(
      "select d.name, count(i.id)::text as n from debtor d join invoice i on i.debtor_id = d.id where i.external_id = ? group by d.name",
      [fresh.id],
    );
    expect(row).toEqual({ name: "Delt Kunde", n: "1" });
  });

  it("sends every new invoice's event to subscribers and webhooks, once, in id order, also from concurrent pushes", async () => {
    const endpoint = await app.ok(WebhookEndpointCreateDocument, {
      input: { creditorId: toGlobalId("Creditor", creditor.id), url: receiver.url, eventTypes: ["invoice.received"] },
    });
    expect(endpoint.webhookEndpointCreate.userErrors).toEqual([]);
    const s = subscribe(app.server.wsUrl, CaseEventsDocument, {}, app.adminKey);
    open.push(s as Subscription<unknown>);
    await until(() => app.services.eventBus!.listenerCount >= 1, 5000, "a live listener");
    const [{ id: maxBefore }] = await app.sql<{ id: string }>(
      "select coalesce(max(id), 0)::text as id from case_event",
    );

    const batches = [0, 1, 2].map(() =>
      Array.from({ length: 40 }, (_, i) => contaInvoice(customer(`Samtidig ${serial} ${i}`))),
    );
    const results = await Promise.all(batches.map(push));
    expect(results.flatMap((r) => r.results).filter((r) => r.created)).toHaveLength(120);

    const rows = await app.sql<{ id: string; case_id: string }>(
      "select e.id::text, e.case_id::text from case_event e where e.id > ? order by e.id",
      [maxBefore],
    );
    expect(rows).toHaveLength(120);
    const expected = rows.map((r) => toGlobalId("CaseEvent", r.id));
    const items: CaseEventsSubscription[] = await s.waitFor(120, 15000);
    expect(items.map((i) => i.caseEvents.id)).toEqual(expected);
    expect(items.every((i) => i.caseEvents.type === "invoice.received")).toBe(true);

    const received = await receiver.waitFor(120, 30000);
    const ids = received.map((r) => r.headers["webhook-id"]);
    expect(new Set(ids).size).toBe(120);
    expect([...ids].sort()).toEqual([...expected].sort());
    expect(await app.count("webhook_delivery")).toBe(120);
  });
});
