import type { Socket } from "node:net";
import WebSocket from "ws";
import {
  CaseDocument,
  CasesDocument,
  CreditorCreateDocument,
  DebtorCreateDocument,
  EventsSinceDocument,
  InvoiceRegisterDocument,
  TvistError,
  WebhookEndpointCreateDocument,
  WebhookVerificationError,
  createClient,
  verifyWebhook,
  type CaseEventMessage,
  type TvistClient,
  type WebhookEvent,
} from "@tvist/client";
import { PaymentRegisterDocument } from "../generated/graphql";
import { startTestApp, type TestApp } from "../support/app";
import { randomOrgNumber } from "../support/factories";
import { startReceiver } from "../support/receiver";

/** @tvist/client against a real server: typed requests, userErrors as data, caseEvents across a dropped socket, webhooks. */
let app: TestApp;
let client: TvistClient;
const sockets: Socket[] = [];

beforeAll(async () => {
  app = await startTestApp({ env: { WEBHOOK_ALLOW_PRIVATE_URLS: "true" } });
  // the server side of every WebSocket, so the test can drop one
  app.server.httpServer.on("upgrade", (_req, socket: Socket) => sockets.push(socket));
  client = createClient({ url: app.server.url, apiKey: app.adminKey, webSocketImpl: WebSocket, maxRetryWaitMs: 1000 });
});
afterAll(async () => {
  await client?.close();
  await app?.close();
});

/** A creditor, a debtor and an invoice with its case, all through the client. */
async function openCase(externalId: string) {
  const { creditorCreate } = await client.request(CreditorCreateDocument, {
    input: {
      name: "Fjordkraft Demo AS",
      orgNumber: randomOrgNumber(),
      address: { street: "Kaigaten 1", postalCode: "5015", city: "Bergen" },
      kommunenummer: "4601",
    },
  });
  expect(creditorCreate.userErrors).toEqual([]);
  const creditorId = creditorCreate.creditor!.id;
  const { debtorCreate } = await client.request(DebtorCreateDocument, {
    input: {
      creditorId,
      kind: "PERSON",
      name: "Kari Nordmann",
      birthDate: "1985-04-12",
      address: { street: "Storgata 5", postalCode: "0155", city: "Oslo" },
      kommunenummer: "0301",
    },
  });
  expect(debtorCreate.userErrors).toEqual([]);
  const { invoiceRegister } = await client.request(InvoiceRegisterDocument, {
    input: {
      creditorId,
      debtorId: debtorCreate.debtor!.id,
      invoiceNumber: `2026-${externalId}`,
      sourceSystem: "demo",
      externalId,
      issueDate: "2026-01-05",
      dueDate: "2026-01-19",
      amount: 125000,
      kid: "10004216",
    },
  });
  expect(invoiceRegister.userErrors).toEqual([]);
  return { creditorId, debtorId: debtorCreate.debtor!.id, caseId: invoiceRegister.case!.id };
}

const pay = async (caseId: string, n: number) => {
  const { paymentRegister } = await client.request(PaymentRegisterDocument, {
    input: { caseId, amount: 1000, paidOn: "2026-02-10", reference: `payment ${n}` },
  });
  expect(paymentRegister.userErrors).toEqual([]);
};

describe("@tvist/client", () => {
  it("runs typed queries and mutations; a userError is data, a top-level error a TvistError with the request id", async () => {
    const { creditorId, debtorId, caseId } = await openCase("inv-1");
    const { case: one } = await client.request(CaseDocument, { id: caseId });
    const outstanding: number = one!.outstandingAmount; // SafeInt is a number
    const dueDate: string = one!.invoice.dueDate; // LocalDate is "yyyy-mm-dd"
    expect([one!.status, outstanding, dueDate]).toEqual(["ACTIVE", 125000, "2026-01-19"]);
    expect(one!.timeline.nodes.map((e) => e.type)).toEqual(["invoice.received"]);
    const { cases } = await client.request(CasesDocument, { first: 10 });
    expect(cases.nodes.map((c) => c.id)).toEqual([caseId]);

    const invoices = await app.count("invoice");
    const { invoiceRegister } = await client.request(InvoiceRegisterDocument, {
      input: {
        creditorId,
        debtorId,
        invoiceNumber: "2026-2",
        sourceSystem: "demo",
        externalId: "inv-2",
        issueDate: "2026-01-19",
        dueDate: "2026-01-05",
        amount: 125000,
      },
    });
    expect(invoiceRegister.invoice).toBeNull();
    expect(invoiceRegister.userErrors.map((e) => [e.code, e.field])).toEqual([
      ["DUE_BEFORE_ISSUE", ["input", "dueDate"]],
    ]);
    expect(await app.count("invoice")).toBe(invoices);

    const stranger = createClient({ url: app.server.url, apiKey: "tvk_" + "x".repeat(40) });
    const refused = await stranger.request(CasesDocument, { first: 1 }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(TvistError);
    expect((refused as TvistError).code).toBe("UNAUTHENTICATED");
    expect((refused as TvistError).requestId).toMatch(/^[0-9a-f-]{36}$/);
    await stranger.close();
  });

  it("caseEvents delivers in order and, after its socket is dropped, resumes from its last cursor: none lost, none repeated", async () => {
    const { caseId } = await openCase("inv-3");
    const since = await client.request(EventsSinceDocument, { types: ["invoice.received"], first: 100 });
    const opened = since.eventsSince.nodes.find((e) => e.caseId === caseId)!;
    expect(opened.type).toBe("invoice.received");

    const events = client.caseEvents({ caseId, after: opened.cursor });
    const received: CaseEventMessage[] = [];
    const take = async (count: number) => {
      for (let i = 0; i < count; i++) {
        const next = await events.next();
        if (next.done) throw new Error("the stream ended");
        received.push(next.value);
      }
    };
    for (let n = 1; n <= 3; n++) await pay(caseId, n);
    await take(3);
    expect(received.map((e) => e.sequence)).toEqual([2, 3, 4]);
    expect(events.cursor).toBe(received[2]!.cursor);

    const open = sockets.filter((s) => !s.destroyed);
    expect(open.length).toBe(1);
    const before = sockets.length;
    open[0]!.destroy();
    for (let n = 4; n <= 8; n++) await pay(caseId, n);
    await take(5);
    expect(sockets.length).toBe(before + 1); // a new socket: the client reconnected
    await pay(caseId, 9);
    await take(1);
    await events.close();

    expect(received.map((e) => e.sequence)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(new Set(received.map((e) => e.id)).size).toBe(9);
    expect(received.map((e) => (e.data as { reference: string }).reference)).toEqual(
      [1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => `payment ${n}`),
    );
  });

  it("caseEvents with a callback calls it once per event in order; a refused subscription ends with a TvistError", async () => {
    const { caseId } = await openCase("inv-5");
    const since = await client.request(EventsSinceDocument, { types: ["invoice.received"], first: 100 });
    const opened = since.eventsSince.nodes.find((e) => e.caseId === caseId)!;
    const seen: number[] = [];
    let arrived = () => undefined as void;
    const two = new Promise<void>((resolve) => (arrived = resolve));
    const subscription = client.caseEvents({ caseId, after: opened.cursor }, async (event) => {
      seen.push(event.sequence);
      if (seen.length === 2) arrived();
    });
    await pay(caseId, 1);
    await pay(caseId, 2);
    await two;
    await subscription.close();
    await subscription.done;
    expect(seen).toEqual([2, 3]);
    expect(subscription.cursor).not.toBe(opened.cursor);

    const refused = client.caseEvents({ caseId: "Q2FzZTo5OTk5OTk" });
    const failure = await refused.next().catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(TvistError);
    expect((failure as TvistError).code).toBe("NOT_FOUND");
  });

  it("verifies a real webhook delivery typed by its event, and refuses a tampered body", async () => {
    const receiver = await startReceiver();
    try {
      const { creditorId, caseId } = await openCase("inv-4");
      const { webhookEndpointCreate } = await client.request(WebhookEndpointCreateDocument, {
        input: { creditorId, url: receiver.url, eventTypes: ["payment.registered"] },
      });
      expect(webhookEndpointCreate.userErrors).toEqual([]);
      const secret = webhookEndpointCreate.secret!;
      await pay(caseId, 1);
      const [delivery] = await receiver.waitFor(1);

      const event: WebhookEvent = verifyWebhook(secret, delivery!.headers, delivery!.body);
      if (event.type !== "payment.registered") throw new Error(`got ${event.type}`);
      const paidOn: string = event.data.paidOn; // typed by the event type
      expect([event.caseId, event.sequence, event.data.amount, paidOn]).toEqual([caseId, 2, 1000, "2026-02-10"]);
      expect(event.id).toBe(delivery!.headers["webhook-id"]);

      const tampered = delivery!.body.replace('"amount":1000', '"amount":100000');
      expect(tampered).not.toBe(delivery!.body);
      expect(() => verifyWebhook(secret, delivery!.headers, tampered)).toThrow(WebhookVerificationError);
      const other = "whsec_" + Buffer.from("another endpoint's secret!").toString("base64");
      expect(() => verifyWebhook(other, delivery!.headers, delivery!.body)).toThrow(WebhookVerificationError);
    } finally {
      await receiver.close();
    }
  });
});
