import { createHmac } from "node:crypto";
import { Webhook } from "standardwebhooks";
import { WebhookEndpointCreateDocument } from "../generated/graphql";
import { startTestApp, type TestApp } from "../support/app";
import { createCase, createCreditor, emit } from "../support/event-factories";
import { startReceiver, type Receiver } from "../support/receiver";
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

it("formats events for kravia (Kravia's signed envelope) and conta (Norwegian fields), with the Standard Webhooks headers on both", async () => {
  const creditor = await createCreditor(app.orm);
  const c = await createCase(app.orm, creditor.id, 125_050);
  const secrets: Record<string, string> = {};
  for (const format of ["kravia", "conta"]) {
    const created = await app.ok(WebhookEndpointCreateDocument, { input: { creditorId: toGlobalId("Creditor", creditor.id), url: `${receiver.url}?f=${format}`, format, eventTypes: ["case.frozen"] } });
    expect(created.webhookEndpointCreate.userErrors).toEqual([]);
    secrets[format] = created.webhookEndpointCreate.secret!;
  }
  const unknown = await app.ok(WebhookEndpointCreateDocument, { input: { creditorId: toGlobalId("Creditor", creditor.id), url: receiver.url, format: "fiken" } });
  expect(unknown.webhookEndpointCreate.userErrors[0]).toMatchObject({ code: "UNKNOWN_FORMAT", field: ["input", "format"] });

  const emitted = await emit(app, c.id, "case.frozen", { to: CaseStatus.FROZEN });
  expect(emitted.ok).toBe(true);
  const eventId = emitted.ok ? emitted.value[0]! : 0;
  const received = await receiver.waitFor(2, 15000);
  const byFormat = Object.fromEntries(received.map((r) => [r.json.header ? "kravia" : "conta", r]));

  const [row] = await app.sql<{ case_number: number; occurred_at: Date }>("select c.case_number, e.occurred_at from collection_case c join case_event e on e.case_id = c.id where e.id = ?", [eventId]);
  const data = { timestamp: Math.floor(new Date(row!.occurred_at).getTime() / 1000), eventType: "CaseUpdate", claimId: row!.case_number };
  // The envelope's signature: HMAC-SHA256 over the serialised data, keyed by the secret's bytes (base64 after whsec_).
  const key = Buffer.from(secrets.kravia!.slice("whsec_".length), "base64");
  expect(byFormat.kravia!.json).toEqual({ header: { algorithm: "HMAC-SHA256" }, data, signature: createHmac("sha256", key).update(JSON.stringify(data)).digest("hex") });
  expect(byFormat.conta!.json).toMatchObject({
    hendelseId: toGlobalId("CaseEvent", eventId),
    hendelsestype: "case.frozen",
    sak: { id: toGlobalId("Case", c.id), hovedstol: "1250.50" },
    leverandor: { organisasjonsnummer: creditor.orgNumber },
  });
  for (const [format, r] of Object.entries(byFormat)) {
    expect(r.headers["webhook-id"]).toBe(toGlobalId("CaseEvent", eventId));
    expect(() => new Webhook(secrets[format]!).verify(r.body, r.headers)).not.toThrow();
  }
});
