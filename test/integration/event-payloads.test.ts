import fs from "node:fs";
import path from "node:path";
import Ajv, { type ValidateFunction } from "ajv";
import addFormats from "ajv-formats";
import { Webhook } from "standardwebhooks";
import {
  CaseCloseDocument,
  CaseSetClaimOriginDocument,
  CollectionStepRecordDocument,
  ComplaintDecideDocument,
  ComplaintForwardDocument,
  ComplaintReconsiderDocument,
  ConciliationBoardSearchDocument,
  ConciliationCaseChangeBoardDocument,
  ConciliationCaseMarkSentDocument,
  ConciliationCaseMarkSignedDocument,
  ConciliationCaseScheduleHearingDocument,
  CreditNoteRegisterDocument,
  CreditorEventsDocument,
  EnforcementMeasureUpdateDocument,
  EnforcementNoticeRecordDocument,
  EnforcementPetitionCreateDocument,
  EventsSinceDocument,
  InvoiceRegisterDocument,
  ObjectionMarkUnfoundedDocument,
  ObjectionRegisterDocument,
  PaymentRegisterDocument,
  WebhookEndpointCreateDocument,
  type ComplaintSubmitInput,
  type CreditorEventsSubscription,
} from "../generated/graphql";
import { startTestApp, type TestApp } from "../support/app";
import { complaintFixture, type ComplaintFixture } from "../support/complaints";
import { draft, judge, openCase } from "../support/dispute";
import { startReceiver, type Receiver } from "../support/receiver";
import { subscribe, until, type Subscription } from "../support/ws";
import { EVENT_DEFINITIONS } from "../../src/events/catalogue";
import { eventCursor } from "../../src/events/event-record";
import { markOverdueComplaints } from "../../src/modules/complaints/overdue.sweep";
import { runLegalTablesCheck } from "../../src/modules/legal-tables/legal-tables-check.job";
import { osloToday, type Clock } from "../../src/shared/clock";
import { toGlobalId } from "../../src/shared/global-id";

/** The servers' clock: late 2026 (a year after the judgments below), moved to 2027-H1 for the legal-tables check. */
let at = new Date("2026-11-23T12:00:00Z");
const clock: Clock = { now: () => new Date(at), today: () => osloToday(at) };

let app: TestApp;
let f: ComplaintFixture;
let receiver: Receiver;
let secret: string;
let sub: Subscription<CreditorEventsSubscription> | undefined;

/** Each published schema, compiled strictly: `data` may carry no field the schema does not declare. */
const validators = new Map<string, ValidateFunction>();

beforeAll(async () => {
  app = await startTestApp({
    clock,
    env: { WEBHOOK_ALLOW_PRIVATE_URLS: "true", WEBHOOK_RETRY_BASE_MS: "300", WEBHOOK_TIMEOUT_MS: "2000" },
  });
  f = await complaintFixture(app);
  receiver = await startReceiver();
  const created = await app.ok(WebhookEndpointCreateDocument, {
    input: { creditorId: toGlobalId("Creditor", f.creditor.id), url: receiver.url, eventTypes: [] },
  });
  expect(created.webhookEndpointCreate.userErrors).toEqual([]);
  secret = created.webhookEndpointCreate.secret!;
  const ajv = new Ajv({ allErrors: true, strict: true });
  addFormats(ajv);
  for (const type of Object.keys(EVENT_DEFINITIONS)) {
    const schema = JSON.parse(
      fs.readFileSync(path.join(process.cwd(), "schema", "events", `${type}.json`), "utf8"),
    ) as { properties: { data: Record<string, unknown> } };
    schema.properties.data = { ...schema.properties.data, additionalProperties: false };
    validators.set(type, ajv.compile(schema));
  }
});
afterAll(async () => {
  await sub?.close();
  await receiver?.close();
  await app?.close();
});

/** Problems of one payload against the published schema of its type ("" when it conforms). */
function problems(payload: Record<string, unknown>): string {
  const validate = validators.get(String(payload.type));
  if (!validate) return `${String(payload.type)}: no published schema`;
  if (validate(payload as unknown)) return "";
  return `${String(payload.type)}: ${(validate.errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message ?? ""}${e.params && "additionalProperty" in e.params ? ` (${String(e.params.additionalProperty)})` : ""}`).join("; ")}`;
}

const must = <T extends { userErrors: unknown[] }>(payload: T): T => {
  expect(payload.userErrors).toEqual([]);
  return payload;
};

/** A complaint the agency kept and forwarded, as complaint-decisions does. */
async function forwarded(caseId: string, overrides: Partial<ComplaintSubmitInput>) {
  const complaint = await f.submitted(caseId, overrides);
  must(
    (
      await app.ok(ComplaintReconsiderDocument, {
        input: {
          complaintId: complaint.id,
          decision: "KEPT",
          reason: "Vedtaket var riktig.",
          reconsideredOn: "2026-06-05",
        },
      })
    ).complaintReconsider,
  );
  must(
    (await app.ok(ComplaintForwardDocument, { input: { complaintId: complaint.id, forwardedOn: "2026-06-08" } }))
      .complaintForward,
  );
  return complaint.id;
}

const decide = async (complaintId: string) =>
  must(
    (
      await app.ok(ComplaintDecideDocument, {
        input: { complaintId, outcome: "UPHELD", decidedOn: "2026-06-12", reason: "Kravet var foreldet." },
      })
    ).complaintDecide,
  );

/** Produces every event type through the API (and the scheduled jobs that emit the rest), as an integrator's creditor would see them. */
async function produceEveryType(): Promise<void> {
  const creditorId = toGlobalId("Creditor", f.creditor.id);
  const debtorId = toGlobalId("Debtor", f.debtor.id);

  // an invoice pushed, then updated; a collection step, a payment, a written objection found unfounded, a full credit note
  const invoice = {
    creditorId,
    debtorId,
    invoiceNumber: "F-9001",
    sourceSystem: "conta",
    externalId: "payload-9001",
    issueDate: "2026-10-01",
    dueDate: "2026-10-15",
    amount: 100_000,
  };
  const money = must((await app.ok(InvoiceRegisterDocument, { input: invoice })).invoiceRegister).case!.id;
  must((await app.ok(InvoiceRegisterDocument, { input: { ...invoice, amount: 120_000 } })).invoiceRegister);
  must(
    (
      await app.ok(CollectionStepRecordDocument, {
        input: { caseId: money, kind: "COLLECTION_NOTICE", sentOn: "2026-10-20" },
      })
    ).collectionStepRecord,
  );
  must(
    (
      await app.ok(PaymentRegisterDocument, {
        input: { caseId: money, amount: 20_000, paidOn: "2026-11-02", reference: "KID 9001" },
      })
    ).paymentRegister,
  );
  const objection = must(
    (
      await app.ok(ObjectionRegisterDocument, {
        input: { caseId: money, channel: "LETTER", receivedOn: "2026-11-10", text: "Jeg har aldri bestilt dette." },
      })
    ).objectionRegister,
  ).objection!.id;
  must(
    (
      await app.ok(ObjectionMarkUnfoundedDocument, {
        input: { objectionId: objection, reason: "Bestillingen er signert." },
      })
    ).objectionMarkUnfounded,
  );
  const outstanding = must(
    (
      await app.ok(CreditNoteRegisterDocument, {
        input: { caseId: money, amount: 1, issuedOn: "2026-11-20", creditNoteNumber: "K-9001" },
      })
    ).creditNoteRegister,
  ).case!.outstandingAmount;
  must(
    (
      await app.ok(CreditNoteRegisterDocument, {
        input: { caseId: money, amount: outstanding, issuedOn: "2026-11-20", creditNoteNumber: "K-9002" },
      })
    ).creditNoteRegister,
  );

  // a case the creditor closes
  must(
    (await app.ok(CaseCloseDocument, { input: { caseId: await f.openCase(), reason: "WITHDRAWN_BY_CREDITOR" } }))
      .caseClose,
  );

  // a forliksklage: drafted, board changed, signed, sent, hearing, judgment over a year ago, notice, petition
  const disputed = await openCase(app, f.creditor, f.debtor, { dueDate: "2025-06-01", amount: 800_000 });
  const cc = await draft(app, disputed, { filingDate: "2025-08-01" });
  const askoy = (await app.ok(ConciliationBoardSearchDocument, { search: "Askøy", first: 5 })).conciliationBoards
    .nodes[0]!;
  must(
    (await app.ok(ConciliationCaseChangeBoardDocument, { input: { conciliationCaseId: cc.id, boardId: askoy.id } }))
      .conciliationCaseChangeBoard,
  );
  must(
    (
      await app.ok(ConciliationCaseMarkSignedDocument, {
        input: { id: cc.id, signedOn: "2025-08-01", signedBy: "Per Hansen" },
      })
    ).conciliationCaseMarkSigned,
  );
  must(
    (await app.ok(ConciliationCaseMarkSentDocument, { input: { id: cc.id, sentOn: "2025-08-01" } }))
      .conciliationCaseMarkSent,
  );
  must(
    (
      await app.ok(ConciliationCaseScheduleHearingDocument, {
        input: { id: cc.id, hearingDate: "2025-09-15", place: "Askøy rådhus" },
      })
    ).conciliationCaseScheduleHearing,
  );
  await judge(app, {
    conciliationCaseId: cc.id,
    outcome: "WON",
    judgmentDate: "2025-10-01",
    serviceDate: "2025-10-03",
    amountOwed: 1_000_000,
    paymentDueDate: "2025-10-17",
    breakdown: { principal: 800_000, interest: 50_000, fees: 50_000, costs: 100_000, interestTo: "2025-08-01" },
  });
  must(
    (await app.ok(EnforcementNoticeRecordDocument, { input: { caseId: disputed, sentOn: "2026-11-05" } }))
      .enforcementNoticeRecord,
  );
  must(
    (await app.ok(EnforcementPetitionCreateDocument, { input: { caseId: disputed, petitionDate: "2026-11-23" } }))
      .enforcementPetitionCreate,
  );

  // complaints: a claim reduced below what was paid (paid, refund), a claim deleted, enforcement concluded, one left undecided
  await decide(
    await forwarded(await f.openCase({ amount: 250_000, paid: 150_000 }), {
      subject: "CLAIM",
      desiredOutcome: "REDUCE_CLAIM",
      reductionAmount: 150_000,
    }),
  );
  const deleted = await f.openCase();
  await f.deduction(deleted, null);
  const lien = await f.lien(deleted);
  must(
    (
      await app.ok(EnforcementMeasureUpdateDocument, {
        input: { measureId: lien, forcedSaleRequestedOn: "2026-05-10" },
      })
    ).enforcementMeasureUpdate,
  );
  must(
    (
      await app.ok(CaseSetClaimOriginDocument, {
        input: { caseId: deleted, originator: { kind: "PUBLIC_BODY", name: "NRK AS", orgNumber: "976390512" } },
      })
    ).caseSetClaimOrigin,
  );
  await decide(await forwarded(deleted, { subject: "CLAIM", desiredOutcome: "DELETE_CLAIM" }));
  const concluded = await f.openCase();
  must(
    (
      await app.ok(EnforcementMeasureUpdateDocument, {
        input: { measureId: await f.deduction(concluded, null), enforcementConcludedOn: "2026-05-20" },
      })
    ).enforcementMeasureUpdate,
  );
  await f.submitted(await f.openCase(), { receivedOn: "2026-10-01" });
  // the scheduled jobs: overdue complaints, then a half-year without a confirmed interest rate
  expect(await markOverdueComplaints(app.orm.em.fork(), app.services, clock.today(), clock.now())).toBeGreaterThan(0);
  at = new Date("2027-02-01T09:00:00Z");
  expect(
    await runLegalTablesCheck({ orm: app.orm, sinks: app.services.eventSinks, clock, logger: app.services.logger }),
  ).toBe("2027-H1");
}

describe("every event type's real payload matches its published JSON Schema", () => {
  it("as delivered by a TVIST webhook, as read through eventsSince, and as sent on creditorEvents", async () => {
    sub = subscribe(
      app.server.wsUrl,
      CreditorEventsDocument,
      { filter: { creditorId: toGlobalId("Creditor", f.creditor.id) }, after: eventCursor(0) } as never,
      app.adminKey,
    );
    await produceEveryType();

    const total = await app.count("case_event", `creditor_id = ${f.creditor.id}`);
    const wh = new Webhook(secret);
    // what a receiver parses: the verified body, once per webhook-id (delivery is at-least-once: a request that
    // outlives the sender's timeout under load is sent again with the same id)
    await receiver.waitFor(total, 20_000);
    const byId = () => new Map(receiver.requests.map((r) => [r.headers["webhook-id"], r]));
    await until(() => byId().size >= total, 20_000, "every event delivered");
    const delivered = [...byId().values()].map((r) => wh.verify(r.body, r.headers) as Record<string, unknown>);
    expect(delivered).toHaveLength(total);
    expect(delivered.map(problems).filter((p) => p !== "")).toEqual([]);

    const read: Record<string, unknown>[] = [];
    let after: string | undefined;
    for (;;) {
      const page = (await app.ok(EventsSinceDocument, { after, first: 100 })).eventsSince;
      for (const { node } of page.edges) {
        if (node.creditorId !== toGlobalId("Creditor", f.creditor.id)) continue;
        const { cursor: _cursor, actor: _actor, ...envelope } = node as Record<string, unknown>;
        read.push(envelope);
      }
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor ?? undefined;
    }
    expect(read.map(problems).filter((p) => p !== "")).toEqual([]);

    await until(
      () => sub!.items.some((m) => m.creditorEvents.type === "legal_table.stale"),
      10_000,
      "legal_table.stale on creditorEvents",
    );
    const creditorMessages = sub.items.map((m) => {
      const { cursor: _cursor, actor: _actor, ...envelope } = m.creditorEvents as Record<string, unknown>;
      return envelope;
    });
    expect(creditorMessages.map(problems).filter((p) => p !== "")).toEqual([]);

    const produced = new Set(delivered.map((d) => String(d.type)));
    expect(Object.keys(EVENT_DEFINITIONS).filter((t) => !produced.has(t))).toEqual([]);
    expect([...new Set(read.map((e) => String(e.type)))].sort()).toEqual(
      Object.keys(EVENT_DEFINITIONS)
        .filter((t) => t !== "legal_table.stale")
        .sort(),
    );
  });

  it("each documented example conforms to its own schema", () => {
    const examples = Object.entries(EVENT_DEFINITIONS).map(([type, def]) => {
      const schema = JSON.parse(
        fs.readFileSync(path.join(process.cwd(), "schema", "events", `${type}.json`), "utf8"),
      ) as { required: string[] };
      const envelope = schema.required.includes("caseId")
        ? {
            id: "Q2FzZUV2ZW50OjE",
            type,
            occurredAt: "2026-03-02T09:15:27.412Z",
            caseId: "Q2FzZTox",
            creditorId: "Q3JlZGl0b3I6MQ",
            sequence: 1,
            statusBefore: null,
            statusAfter: "ACTIVE",
            summary: "s",
            data: def.example,
          }
        : {
            id: "Q2FzZUV2ZW50OjE",
            type,
            occurredAt: "2026-03-02T09:15:27.412Z",
            creditorId: "Q3JlZGl0b3I6MQ",
            summary: "s",
            data: def.example,
          };
      return problems(envelope);
    });
    expect(examples.filter((p) => p !== "")).toEqual([]);
  });
});
