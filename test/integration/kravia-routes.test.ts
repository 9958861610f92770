import { createHmac } from "node:crypto";
import fs from "node:fs";
import net, { type AddressInfo } from "node:net";
import path from "node:path";
import { Webhook } from "standardwebhooks";
import {
  KraviaCreditorIdSetDocument,
  KraviaRouteCaseDocument,
  KraviaRouteEndpointsDocument,
  KraviaRouteInvoicesPushDocument,
} from "../generated/graphql";
import { startTestApp, type TestApp } from "../support/app";
import { createCreditor } from "../support/factories";
import { startReceiver, type Receiver } from "../support/receiver";
import { fixedClock } from "../../src/shared/clock";
import { toGlobalId } from "../../src/shared/global-id";
import { Scope } from "../../src/modules/access/api-key.entity";
import type { Creditor } from "../../src/modules/parties/creditor.entity";

/** The Kravia-compatible routes, over HTTP against a real server: a system built for api.kravia.ai changes only its base URL. */
type Json = Record<string, unknown>;

/** A body from plugins/kravia/fixtures (Kravia's documented samples), with `change` applied to a copy. */
function sample(file: string, change: (p: Json) => void = () => undefined): Json {
  const payload = JSON.parse(
    fs.readFileSync(path.join(__dirname, "..", "..", "plugins", "kravia", "fixtures", file), "utf8"),
  ) as Json;
  change(payload);
  return payload;
}

/** The webhook configuration sample of Kravia's guide (section 5a). */
const WEBHOOK_SAMPLE = { secret: "bytt-meg-ut-9f3c2a", enabled: true, url: "https://tvist.example.no/hooks/kravia" };

let app: TestApp;
let receiver: Receiver;
let creditor: Creditor;
/** A second tenant whose Kravia id is 20001: its key sees it alone. */
let other: Creditor;
/** A third tenant that also has Kravia id 10759, fed through GraphQL to compare. */
let twin: Creditor;
let key: string;
let otherKey: string;
let twinKey: string;
let readKey: string;

interface Answer {
  status: number;
  body: Json;
  headers: Headers;
}

async function call(
  method: string,
  route: string,
  body: unknown,
  options: { key?: string | null; bearer?: boolean; headers?: Record<string, string>; raw?: string } = {},
): Promise<Answer> {
  const k = options.key === undefined ? key : options.key;
  const res = await fetch(`http://127.0.0.1:${app.server.port}/plugins/kravia/api/v2/${route}`, {
    method,
    headers: {
      "content-type": "application/json",
      ...(k ? { authorization: options.bearer ? `Bearer ${k}` : k } : {}),
      ...options.headers,
    },
    body: options.raw ?? JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Json, headers: res.headers };
}

const post = (route: string, body: unknown, options?: Parameters<typeof call>[3]) => call("POST", route, body, options);

const counts = async () => ({
  invoices: await app.count("invoice"),
  cases: await app.count("collection_case"),
  debtors: await app.count("debtor"),
  transactions: await app.count("case_transaction"),
  events: await app.count("case_event"),
  deliveries: await app.count("webhook_delivery"),
  endpoints: await app.count("webhook_endpoint"),
  idempotencyKeys: await app.count("idempotency_key"),
});

const errorsOf = (a: Answer) =>
  (a.body.errors as { code: string; path: string }[]).map((e) => ({ code: e.code, path: e.path }));

async function caseIdOf(caseNumber: number): Promise<string> {
  const [row] = await app.sql<{ id: string }>("select id::text from collection_case where case_number = ?", [
    caseNumber,
  ]);
  return toGlobalId("Case", Number(row!.id));
}

async function caseView(caseNumber: number) {
  return (await app.ok(KraviaRouteCaseDocument, { id: await caseIdOf(caseNumber) })).case!;
}

async function setKraviaId(c: Creditor, adminKey: string, externalId: string) {
  const set = await app.ok(
    KraviaCreditorIdSetDocument,
    { input: { creditorId: toGlobalId("Creditor", c.id), sourceSystem: "kravia", externalId } },
    adminKey,
  );
  expect(set.creditorExternalIdSet.userErrors).toEqual([]);
}

beforeAll(async () => {
  app = await startTestApp({ clock: fixedClock("2026-11-23T12:00:00Z"), env: { WEBHOOK_ALLOW_PRIVATE_URLS: "true" } });
  receiver = await startReceiver(() => 200, "/hooks/kravia");
  creditor = await createCreditor(app, { name: "Havørn Elektro AS" });
  other = await createCreditor(app, { name: "Annen Kreditor AS" });
  twin = await createCreditor(app, { name: "Tvilling AS" });
  key = await app.createKey([Scope.ADMIN], [creditor.id], "kravia integration");
  otherKey = await app.createKey([Scope.ADMIN], [other.id], "other tenant");
  twinKey = await app.createKey([Scope.ADMIN], [twin.id], "twin tenant");
  readKey = await app.createKey([Scope.READ], [creditor.id], "read only");
  await setKraviaId(creditor, key, "10759");
  await setKraviaId(other, otherKey, "20001");
  await setKraviaId(twin, twinKey, "10759");
});
afterAll(async () => {
  await receiver?.close();
  await app?.close();
});

describe("Kravia's documented samples, posted unchanged", () => {
  let collectionCase: number;
  let invoiceCase: number;

  it("POST invoice/register (CollectionCase, B2B) answers 201 with tvist's case number as invoiceId, and lands as through GraphQL", async () => {
    const answer = await post("invoice/register", sample("invoice-collection-case.json"));
    expect(answer.status).toBe(201);
    expect(answer.body).toEqual({ invoiceId: expect.any(Number), created: true, warnings: [] });
    expect(answer.headers.get("x-request-id")).toEqual(expect.any(String));
    collectionCase = answer.body.invoiceId as number;

    const view = await caseView(collectionCase);
    expect(view).toEqual({
      caseNumber: collectionCase,
      status: "ACTIVE",
      principalAmount: 1_250_000,
      paidAmount: 0,
      creditedAmount: 0,
      outstandingAmount: 1_250_000,
      conciliationVenue: { kommune: { code: "0301" }, board: { name: "Oslo - Oslove forliksråd" }, needsCheck: false },
      invoice: {
        invoiceNumber: "20417",
        sourceSystem: "kravia",
        externalId: "48213",
        amount: 1_250_000,
        currency: "NOK",
        kid: null,
        issueDate: "2025-03-03",
        dueDate: "2025-03-17",
        debtor: {
          name: "Testkunde Nord AS",
          kind: "ORGANISATION",
          orgNumber: "923609016",
          birthDate: null,
          address: { street: "Karl Johans gate 22", postalCode: "0154", city: "Oslo", country: "NO" },
          municipality: { code: "0301" },
        },
      },
    });

    // The same body through invoicesPush (another tenant that is 10759 to its own key): the same case but for its number.
    const pushed = await app.ok(
      KraviaRouteInvoicesPushDocument,
      { input: { pluginId: "kravia", items: [sample("invoice-collection-case.json")] } },
      twinKey,
    );
    expect(pushed.invoicesPush.results[0]!.userErrors).toEqual([]);
    const viaGraphql = (
      await app.ok(KraviaRouteCaseDocument, { id: pushed.invoicesPush.results[0]!.case!.id }, twinKey)
    ).case!;
    expect({ ...viaGraphql, caseNumber: 0 }).toEqual({ ...view, caseNumber: 0 });
  });

  it("POST invoice/register (Invoice, B2C) lands as a person's claim, with the warning GraphQL gives", async () => {
    const answer = await post("invoice/register", sample("invoice-invoice.json"), { bearer: true });
    expect(answer.status).toBe(201);
    expect(answer.body).toMatchObject({
      created: true,
      warnings: [{ code: "INVOICE_NOT_DISTRIBUTED", path: "claimType" }],
    });
    invoiceCase = answer.body.invoiceId as number;
    const view = await caseView(invoiceCase);
    expect(view).toMatchObject({
      principalAmount: 250_000,
      conciliationVenue: { kommune: { code: "0301" }, board: { name: "Oslo - Oslove forliksråd" } },
      invoice: {
        invoiceNumber: "20418",
        externalId: "48214",
        issueDate: "2025-04-01",
        dueDate: "2025-04-15",
        debtor: { kind: "PERSON", name: "Kari Nordmann", birthDate: null, municipality: { code: "0301" } },
      },
    });
  });

  it("the same register body again answers 200 (an update, nothing duplicated)", async () => {
    const before = await counts();
    const answer = await post("invoice/register", sample("invoice-collection-case.json"));
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ invoiceId: collectionCase, created: false, warnings: [] });
    expect(await counts()).toEqual(before);
  });

  it("PUT creditor/10759/webhook creates the creditor's kravia endpoint (201), then updates that one endpoint (200)", async () => {
    const created = await call("PUT", "creditor/10759/webhook", WEBHOOK_SAMPLE);
    expect(created.status).toBe(201);
    expect(created.body).toEqual({ creditorId: 10759, url: WEBHOOK_SAMPLE.url, enabled: true });
    const list = async () =>
      (
        await app.ok(KraviaRouteEndpointsDocument, { creditorId: toGlobalId("Creditor", creditor.id) })
      ).webhookEndpoints.nodes.map(({ id: _id, ...e }) => e);
    expect(await list()).toEqual([{ url: WEBHOOK_SAMPLE.url, format: "kravia", enabled: true, eventTypes: [] }]);

    const disabled = await call("PUT", "creditor/10759/webhook", { ...WEBHOOK_SAMPLE, enabled: false });
    expect(disabled.status).toBe(200);
    expect(await list()).toEqual([{ url: WEBHOOK_SAMPLE.url, format: "kravia", enabled: false, eventTypes: [] }]);

    const moved = await call("PUT", "creditor/10759/webhook", {
      secret: "kravia-receiver-secret-0042",
      enabled: "true",
      url: receiver.url,
    });
    expect(moved.status).toBe(200);
    expect(moved.body).toEqual({ creditorId: 10759, url: receiver.url, enabled: true });
    expect(await list()).toEqual([{ url: receiver.url, format: "kravia", enabled: true, eventTypes: [] }]);
  });

  it("POST invoice/payment registers the payment on the case Kravia numbered 1553199; its webhook is Kravia's envelope, verifiable by the documented recipe", async () => {
    await app.sql("update collection_case set case_number = 1553199 where case_number = ?", [collectionCase]);
    const answer = await post("invoice/payment", sample("payment.json"));
    expect(answer.status).toBe(201);
    expect(answer.body).toEqual({ created: true, invoices: [{ invoiceId: 1553199, amount: 5000 }] });
    expect(await caseView(1553199)).toMatchObject({ paidAmount: 500_000, outstandingAmount: 750_000 });

    const [delivered] = await receiver.waitFor(1);
    const envelope = JSON.parse(delivered!.body) as {
      header: { algorithm: string };
      data: { timestamp: number; eventType: string; claimId: number };
      signature: string;
    };
    expect(envelope).toEqual({
      header: { algorithm: "HMAC-SHA256" },
      data: { timestamp: expect.any(Number), eventType: "CaseUpdate", claimId: 1553199 },
      signature: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    // plugins/kravia/README.md: HMAC-SHA256 keyed by the secret's UTF-8 bytes over JSON.stringify(data), lowercase hex.
    expect(envelope.signature).toBe(
      createHmac("sha256", "kravia-receiver-secret-0042").update(JSON.stringify(envelope.data)).digest("hex"),
    );
    expect(createHmac("sha256", "bytt-meg-ut-9f3c2a").update(JSON.stringify(envelope.data)).digest("hex")).not.toBe(
      envelope.signature,
    );
    // The Standard Webhooks headers too, keyed by the same bytes.
    expect(delivered!.headers["webhook-id"]).toMatch(/\S/);
    expect(delivered!.headers["webhook-timestamp"]).toMatch(/^\d+$/);
    const standard = new Webhook(`whsec_${Buffer.from("kravia-receiver-secret-0042").toString("base64")}`);
    expect(() => standard.verify(delivered!.body, delivered!.headers)).not.toThrow();
  });

  it("POST invoice/creditnote registers the PascalCase, negative credit note on the same case", async () => {
    const answer = await post("invoice/creditnote", sample("credit-note.json"));
    expect(answer.status).toBe(201);
    expect(answer.body).toEqual({ created: true, invoices: [{ invoiceId: 1553199, amount: -2500 }] });
    expect(await caseView(1553199)).toMatchObject({
      paidAmount: 500_000,
      creditedAmount: 250_000,
      outstandingAmount: 500_000,
    });

    const before = await counts();
    const again = await post("invoice/creditnote", sample("credit-note.json"));
    expect(again.status).toBe(200);
    expect(again.body).toEqual({ created: false, invoices: [{ invoiceId: 1553199, amount: -2500 }] });
    expect(await counts()).toEqual(before);
  });
  it("a payment spread over two invoices lands as one payment per case (201), listed in the body's order", async () => {
    await app.sql("update collection_case set case_number = 1553200 where case_number = ?", [invoiceCase]);
    const answer = await post("invoice/payment", sample("payment-split.json"));
    expect(answer.status).toBe(201);
    expect(answer.body).toEqual({
      created: true,
      invoices: [
        { invoiceId: 1553199, amount: 2000 },
        { invoiceId: 1553200, amount: 1000 },
      ],
    });
    expect(await caseView(1553199)).toMatchObject({ paidAmount: 700_000, outstandingAmount: 300_000 });
    expect(await caseView(1553200)).toMatchObject({ paidAmount: 100_000, outstandingAmount: 150_000 });
  });
});

describe("bad input answers 400 with every problem at its Kravia path, and writes nothing", () => {
  it("a register body with four problems", async () => {
    const before = await counts();
    const answer = await post(
      "invoice/register",
      sample("invoice-collection-case.json", (p) => {
        p.accountingInvoiceId = "48299";
        delete p.debtorName;
        (p.postalAddress as Json).addressPostalCode = "15";
        p.originalAmount = "12500";
        p.invoiceDate = "2025-02-30";
      }),
    );
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({
      status: 400,
      title: expect.any(String),
      requestId: answer.headers.get("x-request-id"),
    });
    expect(errorsOf(answer)).toEqual(
      expect.arrayContaining([
        { code: "MISSING_FIELD", path: "debtorName" },
        { code: "INVALID_FORMAT", path: "postalAddress.addressPostalCode" },
        { code: "INVALID_AMOUNT", path: "originalAmount" },
        { code: "INVALID_DATE", path: "invoiceDate" },
      ]),
    );
    expect(errorsOf(answer)).toHaveLength(4);
    expect(await counts()).toEqual(before);
  });

  it("a payment spread over two invoices with a bad part: every problem at its part's path, no part lands", async () => {
    const before = await counts();
    const split = (invoices: { invoiceId: number; amount: number }[]) =>
      post(
        "invoice/payment",
        sample("payment-split.json", (p) => {
          p.AccountingPaymentId = "pay-bad-1";
          p.amount = invoices.reduce((sum, i) => sum + i.amount, 0);
          p.invoices = invoices;
        }),
      );
    const unknown = await split([
      { invoiceId: 1553199, amount: 1000 },
      { invoiceId: 999999999, amount: 1000 },
    ]);
    expect([unknown.status, errorsOf(unknown)]).toEqual([
      400,
      [{ code: "UNKNOWN_INVOICE", path: "invoices[1].invoiceId" }],
    ]);
    // Another tenant's case number is as unknown as one nobody has.
    const [theirs] = await app.sql<{ case_number: number }>(
      "select case_number from collection_case where creditor_id = ?",
      [twin.id],
    );
    const foreign = await split([
      { invoiceId: 1553200, amount: 1000 },
      { invoiceId: theirs!.case_number, amount: 1000 },
    ]);
    expect([foreign.status, errorsOf(foreign)]).toEqual([
      400,
      [{ code: "UNKNOWN_INVOICE", path: "invoices[1].invoiceId" }],
    ]);
    expect(await counts()).toEqual(before);
  });

  it("a creditorId the key does not see (another tenant's) is UNKNOWN_CREDITOR at creditorId", async () => {
    const before = await counts();
    const answer = await post(
      "invoice/register",
      sample("invoice-collection-case.json", (p) => (p.creditorId = 20001)),
    );
    expect(answer.status).toBe(400);
    expect(errorsOf(answer)).toEqual([{ code: "UNKNOWN_CREDITOR", path: "creditorId" }]);
    expect(await counts()).toEqual(before);
  });

  it("a webhook without a usable url or secret", async () => {
    const before = await counts();
    const answer = await call("PUT", "creditor/10759/webhook", {
      secret: "short",
      enabled: true,
      url: "ftp://tvist.example.no/hooks",
    });
    expect(answer.status).toBe(400);
    expect(errorsOf(answer)).toEqual([
      { code: "INVALID_SECRET", path: "secret" },
      { code: "INVALID_URL", path: "url" },
    ]);
    const missing = await call("PUT", "creditor/10759/webhook", { enabled: true });
    expect(missing.status).toBe(400);
    expect(errorsOf(missing)).toEqual([
      { code: "MISSING_FIELD", path: "secret" },
      { code: "MISSING_FIELD", path: "url" },
    ]);
    expect(await counts()).toEqual(before);
  });

  it("a body that is not JSON (400), not declared JSON (415) or larger than the limit (413)", async () => {
    const before = await counts();
    const broken = await post("invoice/register", null, { raw: '{"claimType": "CollectionCase",' });
    expect([broken.status, errorsOf(broken)]).toEqual([400, [{ code: "INVALID_JSON", path: "" }]]);
    const text = await post("invoice/register", null, {
      raw: JSON.stringify(sample("invoice-collection-case.json")),
      headers: { "content-type": "text/plain" },
    });
    expect([text.status, errorsOf(text)]).toEqual([415, [{ code: "UNSUPPORTED_MEDIA_TYPE", path: "" }]]);
    const huge = await post(
      "invoice/register",
      sample("invoice-collection-case.json", (p) => (p.description = "x".repeat(6 * 1024 * 1024))),
    );
    expect([huge.status, errorsOf(huge)]).toEqual([413, [{ code: "PAYLOAD_TOO_LARGE", path: "" }]]);
    expect(await counts()).toEqual(before);
  });
});

describe("authentication and tenants", () => {
  it("no key or an unknown key is 401, a key without WRITE 403; nothing is written", async () => {
    const before = await counts();
    const none = await post("invoice/register", sample("invoice-collection-case.json"), { key: null });
    expect([none.status, errorsOf(none)]).toEqual([401, [{ code: "UNAUTHENTICATED", path: "" }]]);
    expect(none.headers.get("www-authenticate")).toBe('Bearer realm="tvist"');
    const unknown = await post("invoice/register", sample("invoice-collection-case.json"), { key: "tvk_not-a-key" });
    expect([unknown.status, errorsOf(unknown)]).toEqual([401, [{ code: "UNAUTHENTICATED", path: "" }]]);
    const readOnly = await call("PUT", "creditor/10759/webhook", WEBHOOK_SAMPLE, { key: readKey });
    expect([readOnly.status, errorsOf(readOnly)]).toEqual([403, [{ code: "FORBIDDEN", path: "" }]]);
    expect(await counts()).toEqual(before);
  });

  it("another tenant's creditorId is 404, answered exactly as an id nobody has", async () => {
    const before = await counts();
    const theirs = await call("PUT", "creditor/20001/webhook", WEBHOOK_SAMPLE);
    const nobodys = await call("PUT", "creditor/20002/webhook", WEBHOOK_SAMPLE);
    expect([theirs.status, nobodys.status]).toEqual([404, 404]);
    const scrub = (a: Answer) => JSON.stringify({ ...a.body, requestId: null }).replace(/2000[12]/g, "N");
    expect(scrub(theirs)).toBe(scrub(nobodys));
    expect(errorsOf(theirs)).toEqual([{ code: "UNKNOWN_CREDITOR", path: "" }]);
    expect(await counts()).toEqual(before);
    // Its owner sets it.
    expect((await call("PUT", "creditor/20001/webhook", WEBHOOK_SAMPLE, { key: otherKey })).status).toBe(201);
  });
});

describe("Idempotency-Key", () => {
  it("maps onto the push's idempotencyKey: a repeat replays, another body under the key is 409, GraphQL shares the key", async () => {
    const body = sample("invoice-collection-case.json", (p) => {
      p.accountingInvoiceId = "48300";
      p.invoiceNo = "20500";
    });
    const first = await post("invoice/register", body, { headers: { "Idempotency-Key": "kravia-register-48300" } });
    expect(first.status).toBe(201);
    const before = await counts();
    const repeat = await post("invoice/register", body, { headers: { "Idempotency-Key": "kravia-register-48300" } });
    expect([repeat.status, repeat.body]).toEqual([201, first.body]);
    const viaGraphql = await app.ok(
      KraviaRouteInvoicesPushDocument,
      { input: { pluginId: "kravia", items: [body], idempotencyKey: "kravia-register-48300" } },
      key,
    );
    expect(await caseIdOf(first.body.invoiceId as number)).toBe(viaGraphql.invoicesPush.results[0]!.case!.id);
    const reused = await post(
      "invoice/register",
      { ...body, invoiceNo: "20501" },
      { headers: { "Idempotency-Key": "kravia-register-48300" } },
    );
    expect([reused.status, errorsOf(reused)]).toEqual([
      409,
      [{ code: "IDEMPOTENCY_KEY_REUSED", path: "header.Idempotency-Key" }],
    ]);
    expect(await counts()).toEqual(before);
  });
});

describe("availability", () => {
  it("answers 503 with Retry-After while the database is out of reach, writing nothing, and works again after", async () => {
    const before = await counts();
    // Every connection to this port is reset at once: the database as the server sees it is gone.
    const blocker = net.createServer((socket) => socket.destroy());
    await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
    const gone = new URL(app.databaseUrl);
    gone.hostname = "127.0.0.1";
    gone.port = String((blocker.address() as AddressInfo).port);
    await app.orm.reconnect({ clientUrl: gone.toString() });
    try {
      const answer = await post(
        "invoice/register",
        sample("invoice-collection-case.json", (p) => (p.accountingInvoiceId = "48400")),
      );
      expect([answer.status, errorsOf(answer)]).toEqual([503, [{ code: "SERVICE_UNAVAILABLE", path: "" }]]);
      expect(answer.headers.get("retry-after")).toBe("5");
    } finally {
      await app.orm.reconnect({ clientUrl: app.databaseUrl });
      blocker.close();
    }
    expect(await counts()).toEqual(before);
    expect(
      (
        await post(
          "invoice/register",
          sample("invoice-collection-case.json", (p) => (p.accountingInvoiceId = "48400")),
        )
      ).status,
    ).toBe(201);
  });
});
