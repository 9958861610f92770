import { createHmac } from "node:crypto";
import { Webhook } from "standardwebhooks";
import fs from "node:fs";
import path from "node:path";
import {
  InvoicesPushDocument,
  PaymentRegisterDocument,
  PaymentsPushDocument,
  WebhookEndpointCreateDocument,
} from "../generated/graphql";
import { startTestApp, type TestApp } from "../support/app";
import { createCase, createCreditor, emit } from "../support/event-factories";
import { createCreditor as createCreditorWithAddress, createDebtor } from "../support/factories";
import { judge, openCase, sent } from "../support/dispute";
import { startReceiver, type Receiver } from "../support/receiver";
import { Scope } from "../../src/modules/access/api-key.entity";
import { CaseStatus } from "../../src/modules/cases/case.rules";
import { toGlobalId } from "../../src/shared/global-id";

/** Webhook endpoints can ask for a plugin's payload format instead of tvist's own. */
let app: TestApp;
let receiver: Receiver;
beforeAll(async () => {
  app = await startTestApp({ env: { WEBHOOK_ALLOW_PRIVATE_URLS: "true" } });
  receiver = await startReceiver();
});
afterAll(async () => {
  await receiver?.close();
  await app?.close();
});

it("formats events for kravia (Kravia's signed envelope) and conta (Conta's vocabulary), with the Standard Webhooks headers on both", async () => {
  const creditor = await createCreditor(app.orm);
  const c = await createCase(app.orm, creditor.id, 125_050);
  const secrets: Record<string, string> = {};
  for (const format of ["kravia", "conta"]) {
    const created = await app.ok(WebhookEndpointCreateDocument, {
      input: {
        creditorId: toGlobalId("Creditor", creditor.id),
        url: `${receiver.url}?f=${format}`,
        format,
        eventTypes: ["case.frozen"],
      },
    });
    expect(created.webhookEndpointCreate.userErrors).toEqual([]);
    secrets[format] = created.webhookEndpointCreate.secret!;
  }
  const unknown = await app.ok(WebhookEndpointCreateDocument, {
    input: { creditorId: toGlobalId("Creditor", creditor.id), url: receiver.url, format: "fiken" },
  });
  expect(unknown.webhookEndpointCreate.userErrors[0]).toMatchObject({
    code: "UNKNOWN_FORMAT",
    field: ["input", "format"],
  });

  const emitted = await emit(app, c.id, "case.frozen", { to: CaseStatus.FROZEN });
  expect(emitted.ok).toBe(true);
  const eventId = emitted.ok ? emitted.value[0]! : 0;
  const received = await receiver.waitFor(2, 15000);
  const byFormat = Object.fromEntries(received.map((r) => [r.json.header ? "kravia" : "conta", r]));

  const [row] = await app.sql<{ case_number: number; occurred_at: Date }>(
    "select c.case_number, e.occurred_at from collection_case c join case_event e on e.case_id = c.id where e.id = ?",
    [eventId],
  );
  const data = {
    timestamp: Math.floor(new Date(row!.occurred_at).getTime() / 1000),
    eventType: "CaseUpdate",
    claimId: row!.case_number,
  };
  // The envelope's signature: HMAC-SHA256 over the serialised data, keyed by the secret's bytes (base64 after whsec_).
  const key = Buffer.from(secrets.kravia!.slice("whsec_".length), "base64");
  expect(byFormat.kravia!.json).toEqual({
    header: { algorithm: "HMAC-SHA256" },
    data,
    signature: createHmac("sha256", key).update(JSON.stringify(data)).digest("hex"),
  });
  expect(byFormat.conta!.json).toMatchObject({
    eventId: toGlobalId("CaseEvent", eventId),
    eventType: "case.frozen",
    caseId: toGlobalId("Case", c.id),
    caseStatus: "FROZEN",
    kraviaInvoiceStatus: "ACTIVE",
    sumRemaining: 1250.5,
    invoiceId: null,
  });
  for (const [format, r] of Object.entries(byFormat)) {
    expect(r.headers["webhook-id"]).toBe(toGlobalId("CaseEvent", eventId));
    expect(() => new Webhook(secrets[format]!).verify(r.body, r.headers)).not.toThrow();
  }
});

it("a conta-format delivery after a judgment carries what the judgment orders as outstanding, less what was paid since", async () => {
  const creditor = await createCreditorWithAddress(app);
  const debtor = await createDebtor(app, creditor);
  const created = await app.ok(WebhookEndpointCreateDocument, {
    input: {
      creditorId: toGlobalId("Creditor", creditor.id),
      url: `${receiver.url}?f=conta-judgment`,
      format: "conta",
      eventTypes: ["judgment.registered", "payment.registered"],
    },
  });
  expect(created.webhookEndpointCreate.userErrors).toEqual([]);
  const caseId = await openCase(app, creditor, debtor, { dueDate: "2025-08-01", amount: 1_250_000 });
  const ccId = await sent(app, caseId, { filingDate: "2025-09-01" });
  // 12 500 kr principal, 130.05 kr interest, 1 445 kr forliksklage fee: the judgment orders 14 075.05 kr
  const ordered = 1_250_000 + 13_005 + 144_500;
  await judge(app, {
    conciliationCaseId: ccId,
    judgmentDate: "2025-10-01",
    serviceDate: "2025-10-03",
    outcome: "WON",
    amountOwed: ordered,
    paymentDueDate: "2025-10-17",
  });
  const paid = await app.ok(PaymentRegisterDocument, {
    input: { caseId, amount: 75_005, paidOn: "2025-10-10", reference: "delbetaling" },
  });
  expect(paid.paymentRegister.userErrors).toEqual([]);
  const bodies = (await receiver.waitFor(4, 15000))
    .filter((r) => JSON.stringify(r.json).includes(caseId))
    .map((r) => r.json);
  expect(Object.fromEntries(bodies.map((b) => [b.eventType, [b.kraviaInvoiceStatus, b.sumRemaining]]))).toEqual({
    "judgment.registered": ["ACTIVE", 14075.05],
    "payment.registered": ["ACTIVE", 13325],
  });
});

it("a case pushed from Conta's sample names Conta's invoice id and number in the conta body; a payment lowers sumRemaining", async () => {
  const creditor = await createCreditorWithAddress(app);
  const key = await app.createKey([Scope.WRITE], [creditor.id], "conta");
  const created = await app.ok(WebhookEndpointCreateDocument, {
    input: {
      creditorId: toGlobalId("Creditor", creditor.id),
      url: `${receiver.url}?f=conta-sample`,
      format: "conta",
      eventTypes: ["invoice.received", "payment.registered"],
    },
  });
  expect(created.webhookEndpointCreate.userErrors).toEqual([]);
  const sample = (file: string) =>
    JSON.parse(
      fs.readFileSync(path.join(__dirname, "..", "..", "plugins", "conta", "fixtures", file), "utf8"),
    ) as unknown;
  const pushed = await app.ok(
    InvoicesPushDocument,
    { input: { pluginId: "conta", items: [sample("invoice-organisation.json")] } },
    key,
  );
  const caseId = pushed.invoicesPush.results[0]!.case!.id;
  const paid = await app.ok(
    PaymentsPushDocument,
    { input: { pluginId: "conta", items: [sample("payment-input.json")] } },
    key,
  );
  expect(paid.paymentsPush.results[0]!.userErrors).toEqual([]);
  const bodies = await waitForCase(caseId, 2);
  expect(
    Object.fromEntries(
      bodies.map((b) => [b.eventType, [b.invoiceId, b.invoiceNo, b.kraviaInvoiceStatus, b.sumRemaining]]),
    ),
  ).toEqual({
    "invoice.received": [883120, 20417, "ACTIVE", 12500],
    "payment.registered": [883120, 20417, "ACTIVE", 7500],
  });
});

/** The conta bodies delivered for one case, once `count` of them arrived. */
async function waitForCase(caseId: string, count: number): Promise<Record<string, unknown>[]> {
  for (let n = receiver.requests.length + 1; ; n++) {
    const mine = receiver.requests.filter((r) => r.json.caseId === caseId).map((r) => r.json);
    if (mine.length >= count) return mine;
    await receiver.waitFor(n, 15000);
  }
}
