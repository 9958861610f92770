import fs from "node:fs";
import path from "node:path";
import { InvoicesPushDocument, WebhookEndpointCreateDocument } from "../generated/graphql";
import { startTestApp, type TestApp } from "../support/app";
import { createCreditor } from "../support/factories";
import { createCase } from "../support/event-factories";
import { samplePlugin } from "../support/sample-plugin";
import { runCommand, type CommandContext, type EventInput } from "../../src/events/command";
import { transitionCase } from "../../src/modules/cases/case.store";
import { CaseStatus } from "../../src/modules/cases/case.rules";
import { CollectionCase } from "../../src/modules/cases/collection-case.entity";
import type { Creditor } from "../../src/modules/parties/creditor.entity";
import { toGlobalId } from "../../src/shared/global-id";
import { ok } from "../../src/shared/result";

/**
 * Where a lean SQL path and an ORM path both write the same thing, they must write the same rows: a case's status
 * change (transitionCase's one statement vs runCommand's recorder) and a new invoice's case (the bulk insert of
 * invoicesPush vs registerInvoice). Each pair runs on the same input; the case rows, their events and the webhook
 * deliveries the sinks queue are compared, without what differs by nature (ids, numbers, names, creation instants).
 */
type Json = Record<string, unknown>;

const CONTA_CREDITOR = "923609016";
let app: TestApp;
let creditor: Creditor;

const strip = (row: Json, ...keys: string[]) =>
  Object.fromEntries(Object.entries(row).filter(([k]) => !keys.includes(k)));

beforeAll(async () => {
  // No worker: the queued deliveries stay as the sinks wrote them.
  app = await startTestApp({ worker: false, plugins: [samplePlugin], env: { WEBHOOK_ALLOW_PRIVATE_URLS: "true" } });
  creditor = await createCreditor(app, { name: "Paritet Regnskap AS", orgNumber: CONTA_CREDITOR });
  for (const eventTypes of [[], ["case.closed", "invoice.received"]]) {
    const created = await app.ok(WebhookEndpointCreateDocument, {
      input: { creditorId: toGlobalId("Creditor", creditor.id), url: "http://127.0.0.1:9/hook", eventTypes },
    });
    expect(created.webhookEndpointCreate.userErrors).toEqual([]);
  }
});
afterAll(async () => {
  await app?.close();
});

/** A case's row, its events and their queued deliveries (with their jobs). */
async function written(caseId: number) {
  const [kase] = await app.sql<Json>("select * from collection_case where id = ?", [caseId]);
  const events = await app.sql<Json>("select * from case_event where case_id = ? order by sequence", [caseId]);
  const deliveries = await app.sql<Json>(
    `select d.*, e.sequence, (select count(*)::int from graphile_worker.jobs j where j.key = 'webhook-delivery-' || d.id) as jobs
     from webhook_delivery d join case_event e on e.id = d.event_id where d.case_id = ? order by e.sequence, d.endpoint_id`,
    [caseId],
  );
  return {
    case: strip(kase!, "id", "invoice_id", "debtor_id", "case_number", "created_at"),
    events: events.map((e) => strip(e, "id", "case_id")),
    deliveries: deliveries.map((d) =>
      strip(d, "id", "event_id", "case_id", "next_attempt_at", "created_at", "updated_at"),
    ),
  };
}

describe("a case's status change", () => {
  it("writes the same case row, events and deliveries through transitionCase as through runCommand's recorder", async () => {
    const lean = await createCase(app.orm, creditor.id);
    const orm = await createCase(app.orm, creditor.id);
    const steps: { to: CaseStatus; event: EventInput }[] = [
      { to: CaseStatus.FROZEN, event: { type: "case.frozen", summary: "Frozen", data: { objectionId: "o-1" } } },
      {
        to: CaseStatus.ACTIVE,
        event: { type: "case.unfrozen", summary: "Unfrozen", data: { objectionId: "o-1", resolution: "WITHDRAWN" } },
      },
      { to: CaseStatus.CLOSED, event: { type: "case.closed", summary: "Case closed: gone", data: { reason: "gone" } } },
    ] as never;
    let instant = Date.parse("2026-11-23T12:00:00Z");
    for (const step of steps) {
      instant += 60_000;
      const ctx = (): CommandContext => ({
        em: app.orm.em.fork(),
        actor: "parity key",
        now: new Date(instant),
        sinks: app.services.eventSinks,
      });
      const row = await transitionCase(ctx(), { caseId: lean.id, creditorIds: [creditor.id], ...step });
      expect(row).toMatchObject({ id: lean.id, status: step.to });
      const done = await runCommand(ctx(), async (em, rec) => {
        const c = await em.findOneOrFail(CollectionCase, { id: orm.id });
        rec.transition(c, step.to, step.event);
        return ok(c);
      });
      expect(done.ok).toBe(true);
    }
    const a = await written(lean.id);
    const b = await written(orm.id);
    expect(a).toEqual(b);
    // what the rules make of the three changes
    expect(a.case).toMatchObject({ status: "CLOSED", last_sequence: 3, version: 4 });
    expect(new Date(String(a.case.closed_at)).toISOString()).toBe(new Date(instant).toISOString());
    expect(new Date(String(a.case.updated_at)).toISOString()).toBe(new Date(instant).toISOString());
    expect(a.events.map((e) => [e.sequence, e.status_before, e.status_after])).toEqual([
      [1, "ACTIVE", "FROZEN"],
      [2, "FROZEN", "ACTIVE"],
      [3, "ACTIVE", "CLOSED"],
    ]);
    expect(a.deliveries.map((d) => [d.sequence, d.status, d.jobs])).toEqual([
      [1, "PENDING", 1],
      [2, "PENDING", 1],
      [3, "PENDING", 1],
      [3, "PENDING", 1],
    ]);
  });
});

describe("a new invoice's case", () => {
  let serial = 0;
  function contaInvoice(name: string): Json {
    serial += 1;
    const payload = JSON.parse(
      fs.readFileSync(
        path.join(__dirname, "..", "support", "sample-plugin", "fixtures", "invoice-person.json"),
        "utf8",
      ),
    ) as Json;
    payload.id = `parity-${serial}`;
    payload.fakturanummer = String(70_000 + serial);
    payload.kunde = { ...(payload.kunde as Json), navn: name };
    return payload;
  }

  it("writes the same case row, event and deliveries through the bulk insert as through the entities", async () => {
    const bulk = contaInvoice("Bulk Bulksen");
    // An external id twice in one batch goes through the ORM path (the second is an unchanged repeat).
    const orm = contaInvoice("Orm Ormsen");
    const pushed = (await app.ok(InvoicesPushDocument, { input: { pluginId: "sample", items: [bulk, orm, orm] } }))
      .invoicesPush;
    expect(pushed.results.map((r) => [r.created, r.userErrors])).toEqual([
      [true, []],
      [true, []],
      [false, []],
    ]);
    const caseOf = async (externalId: unknown) =>
      Number(
        (
          await app.sql<{ id: string }>(
            "select c.id::text from collection_case c join invoice i on i.id = c.invoice_id where i.external_id = ?",
            [externalId],
          )
        )[0]!.id,
      );
    const unnamed = (w: Awaited<ReturnType<typeof written>>) => ({
      ...w,
      events: w.events.map((e) => ({
        ...strip(e, "occurred_at"),
        summary: "S",
        data: strip(e.data as Json, "invoiceId", "invoiceNumber", "externalId"),
      })),
    });
    const a = await written(await caseOf(bulk.id));
    const b = await written(await caseOf(orm.id));
    expect(unnamed(a)).toEqual(unnamed(b));
    expect(a.case).toMatchObject({ status: "ACTIVE", last_sequence: 1, version: 1, closed_at: null });
    expect(a.events.map((e) => [e.sequence, e.type, e.status_before, e.status_after])).toEqual([
      [1, "invoice.received", "ACTIVE", "ACTIVE"],
    ]);
    expect(a.deliveries.map((d) => [d.sequence, d.status, d.jobs])).toEqual([
      [1, "PENDING", 1],
      [1, "PENDING", 1],
    ]);
  });
});
