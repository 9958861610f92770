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

it("formats events for kravia (thin case-updated notice) and conta (Norwegian fields), signed like any other", async () => {
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
  const byFormat = Object.fromEntries(received.map((r) => [r.json.caseId ? "kravia" : "conta", r]));

  expect(byFormat.kravia!.json).toEqual({ caseId: toGlobalId("Case", c.id), status: "OnHold", updatedAt: expect.any(String) });
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
