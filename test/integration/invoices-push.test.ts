import fs from "node:fs";
import path from "node:path";
import { CaseCloseDocument, InvoicesPushDocument, type InvoicesPushMutation } from "../generated/graphql";
import { samplePlugin } from "../support/sample-plugin";
import { startTestApp, type TestApp } from "../support/app";
import { createCreditor } from "../support/factories";
import { fixedClock } from "../../src/shared/clock";
import { Scope } from "../../src/modules/access/api-key.entity";
import type { Creditor } from "../../src/modules/parties/creditor.entity";

type Json = Record<string, unknown>;
type Result = InvoicesPushMutation["invoicesPush"]["results"][number];

const CONTA_CREDITOR = "923609016";
const KRAVIA_CREDITOR = "916380941";

function fixture(plugin: string, file: string): Json {
  return JSON.parse(
    fs.readFileSync(
      plugin === "sample"
        ? path.join(__dirname, "..", "support", "sample-plugin", "fixtures", file)
        : path.join(__dirname, "..", "..", "plugins", plugin, "fixtures", file),
      "utf8",
    ),
  ) as Json;
}

let app: TestApp;
let conta: Creditor;
let serial = 0;

/** A sample-plugin invoice fixture with a fresh id and invoice number, and the given changes. */
function contaInvoice(file = "invoice-person.json", change: (p: Json) => void = () => undefined): Json {
  serial += 1;
  const payload = fixture("sample", file);
  payload.id = `conta-${serial}`;
  payload.fakturanummer = String(20_000 + serial);
  change(payload);
  return payload;
}

const counts = async () => ({
  invoices: await app.count("invoice"),
  cases: await app.count("collection_case"),
  events: await app.count("case_event"),
  debtors: await app.count("debtor"),
  keys: await app.count("idempotency_key"),
});

async function push(items: unknown[], options: { pluginId?: string; key?: string; idempotencyKey?: string } = {}) {
  const data = await app.ok(
    InvoicesPushDocument,
    { input: { pluginId: options.pluginId ?? "sample", items, idempotencyKey: options.idempotencyKey } },
    options.key,
  );
  return data.invoicesPush;
}

const errorsOf = (r: Result) => r.userErrors.map((e) => ({ code: e.code, field: e.field }));

beforeAll(async () => {
  app = await startTestApp({ plugins: [samplePlugin], clock: fixedClock("2026-11-23T12:00:00Z") });
  conta = await createCreditor(app, { name: "Fjellrev Regnskap AS", orgNumber: CONTA_CREDITOR });
  await createCreditor(app, { name: "Havørn Elektro AS", orgNumber: KRAVIA_CREDITOR });
});
afterAll(async () => app?.close());

describe("invoicesPush", () => {
  it("registers a batch of invoices with their debtors, cases and exact øre amounts", async () => {
    const before = await counts();
    const items = [
      fixture("sample", "invoice-person.json"),
      fixture("sample", "invoice-business.json"),
      fixture("sample", "invoice-person-without-birth-date.json"),
    ];
    const result = await push(items);
    expect(result.userErrors).toEqual([]);
    expect(result.results.map((r) => [r.index, r.externalId, r.created, r.userErrors])).toEqual([
      [0, "c0a8f2e1-5d44-4b7e-9a61-2f1d0b7c3e10", true, []],
      [1, "c0a8f2e1-5d44-4b7e-9a61-2f1d0b7c3e11", true, []],
      [2, "c0a8f2e1-5d44-4b7e-9a61-2f1d0b7c3e12", true, []],
    ]);
    expect(result.results.map((r) => r.invoice)).toEqual([
      expect.objectContaining({
        invoiceNumber: "10231",
        sourceSystem: "sample",
        amount: 125_050,
        currency: "NOK",
        kid: "001023100",
        issueDate: "2026-08-20",
        dueDate: "2026-09-03",
      }),
      expect.objectContaining({ invoiceNumber: "10232", amount: 1_875_050, kid: "001023209" }),
      expect.objectContaining({ invoiceNumber: "10233", amount: 29, kid: null }),
    ]);
    expect(result.results.map((r) => r.invoice!.debtor)).toEqual([
      expect.objectContaining({ name: "Kari Nordmann", kind: "PERSON", birthDate: "1984-03-12", orgNumber: null }),
      expect.objectContaining({
        name: "Bergen Bakeri AS",
        kind: "ORGANISATION",
        orgNumber: "914778271",
        birthDate: null,
      }),
      expect.objectContaining({ name: "Ola Nordmann", kind: "PERSON", birthDate: null }),
    ]);
    expect(result.results.map((r) => [r.case!.status, r.case!.principalAmount, r.case!.outstandingAmount])).toEqual([
      ["ACTIVE", 125_050, 125_050],
      ["ACTIVE", 1_875_050, 1_875_050],
      ["ACTIVE", 29, 29],
    ]);
    expect(await counts()).toEqual({
      ...before,
      invoices: before.invoices + 3,
      cases: before.cases + 3,
      events: before.events + 3,
      debtors: before.debtors + 3,
    });
    const rows = await app.sql<{ amount: string; kommune: string; creditor_id: string; address_street: string }>(
      `select i.amount::text, m.code as kommune, d.creditor_id::text, d.address_street from invoice i join debtor d on d.id = i.debtor_id join municipality m on m.id = d.municipality_id where i.source_system = 'sample' and i.external_id like 'c0a8f2e1%' order by i.external_id`,
    );
    expect(rows).toEqual([
      { amount: "125050", kommune: "4601", creditor_id: String(conta.id), address_street: "Bryggen 3" },
      { amount: "1875050", kommune: "4601", creditor_id: String(conta.id), address_street: "Strandgaten 18" },
      { amount: "29", kommune: "5001", creditor_id: String(conta.id), address_street: "Kongens gate 1" },
    ]);
    const events = await app.sql<{ type: string; sequence: number }>(
      `select type, sequence from case_event where case_id = ?`,
      [Number(Buffer.from(result.results[0]!.case!.id, "base64url").toString().split(":")[1])],
    );
    expect(events).toEqual([{ type: "invoice.received", sequence: 1 }]);
  });

  it("is idempotent on (plugin, external id): a repeat returns the same ids with created false and writes nothing; a change updates", async () => {
    const items = [contaInvoice(), contaInvoice("invoice-business.json")];
    const first = await push(items);
    const before = await counts();
    const again = await push(items);
    expect(again.results.map((r) => [r.created, r.invoice!.id, r.case!.id, r.invoice!.debtor.id])).toEqual(
      first.results.map((r) => [false, r.invoice!.id, r.case!.id, r.invoice!.debtor.id]),
    );
    expect(await counts()).toEqual(before);

    const changed = structuredClone(items);
    changed[0]!.belop = "1300";
    changed[0]!.forfallsdato = "2026-09-10";
    const updated = await push(changed);
    expect(updated.results[0]).toMatchObject({
      created: false,
      invoice: { id: first.results[0]!.invoice!.id, amount: 130_000, dueDate: "2026-09-10" },
      case: { principalAmount: 130_000 },
    });
    expect(updated.results[1]!.created).toBe(false);
    expect(await counts()).toEqual({ ...before, events: before.events + 1 });
  });

  it("lands the good items of a batch and gives a bad item its errors at paths into the payload, writing nothing for it", async () => {
    const items = [
      contaInvoice(),
      contaInvoice("invoice-business.json"),
      contaInvoice("invoice-person.json", (p) => (p.belop = "12.345")),
      contaInvoice("invoice-person-without-birth-date.json"),
    ];
    const before = await counts();
    const result = await push(items);
    expect(result.userErrors).toEqual([]);
    expect(result.results.map((r) => r.created)).toEqual([true, true, false, true]);
    const bad = result.results[2]!;
    expect(bad).toMatchObject({ index: 2, externalId: items[2]!.id, invoice: null, case: null });
    expect(errorsOf(bad)).toEqual([{ code: "INVALID_AMOUNT", field: ["input", "items", "2", "belop"] }]);
    expect(bad.userErrors[0]!.message).toContain("more than 2 decimals");
    expect(await counts()).toEqual({
      ...before,
      invoices: before.invoices + 3,
      cases: before.cases + 3,
      events: before.events + 3,
    });
    expect(await app.count("invoice", `external_id = '${items[2]!.id as string}'`)).toBe(0);
  });

  it("maps tvist's own checks to the plugin's fields: kommune, check digits, dates, org numbers, creditor", async () => {
    const items = [
      contaInvoice(
        "invoice-person.json",
        (p) => ((p.kunde as Json).adresse = { ...((p.kunde as Json).adresse as Json), kommunenummer: "1201" }),
      ),
      contaInvoice("invoice-person.json", (p) => (p.kid = "001023102")),
      contaInvoice("invoice-person.json", (p) => (p.forfallsdato = "2026-08-01")),
      contaInvoice("invoice-business.json", (p) => ((p.kunde as Json).organisasjonsnummer = "987654321")),
      contaInvoice("invoice-person.json", (p) => ((p.leverandor as Json).organisasjonsnummer = "987654321")),
      contaInvoice("invoice-person.json", (p) => ((p.leverandor as Json).organisasjonsnummer = "974760673")),
      contaInvoice("invoice-person.json", (p) => (p.valuta = "EUR")),
      contaInvoice("invoice-person.json", (p) => (p.belop = "0.00")),
      "not an invoice",
      contaInvoice(),
    ];
    const before = await counts();
    const result = await push(items);
    const at = (i: number, ...field: string[]) => ["input", "items", String(i), ...field];
    expect(result.results.map(errorsOf)).toEqual([
      [{ code: "UNKNOWN_KOMMUNE", field: at(0, "kunde", "adresse", "kommunenummer") }],
      [{ code: "INVALID_KID", field: at(1, "kid") }],
      [{ code: "DUE_BEFORE_ISSUE", field: at(2, "forfallsdato") }],
      [{ code: "INVALID_ORG_NUMBER", field: at(3, "kunde", "organisasjonsnummer") }],
      [{ code: "INVALID_ORG_NUMBER", field: at(4, "leverandor", "organisasjonsnummer") }],
      [{ code: "UNKNOWN_CREDITOR", field: at(5, "leverandor", "organisasjonsnummer") }],
      [{ code: "UNKNOWN_CURRENCY", field: at(6, "valuta") }],
      [{ code: "INVALID_AMOUNT", field: at(7, "belop") }],
      [{ code: "INVALID_FORMAT", field: at(8) }],
      [],
    ]);
    expect(result.results[0]!.userErrors[0]!.message).toMatch(/1201 is not a kommune in force on 2026-11-23/);
    expect(result.results[8]!.externalId).toBeNull();
    expect(await counts()).toEqual({
      ...before,
      invoices: before.invoices + 1,
      cases: before.cases + 1,
      events: before.events + 1,
    });
  });

  it("refuses more than 1000 items with BATCH_TOO_LARGE and writes nothing, not even the idempotency key", async () => {
    const items = Array.from({ length: 1001 }, () => contaInvoice());
    const before = await counts();
    const result = await push(items, { idempotencyKey: "too-large-1" });
    expect(result.results).toEqual([]);
    expect(result.userErrors).toEqual([
      {
        code: "BATCH_TOO_LARGE",
        field: ["input", "items"],
        message: "1001 items is more than 1000: split the batch into pushes of at most 1000 items.",
      },
    ]);
    expect(await counts()).toEqual(before);
  });

  it("takes exactly 1000 items in one push", async () => {
    const items = Array.from({ length: 1000 }, (_, i) =>
      contaInvoice(
        i % 2 ? "invoice-person.json" : "invoice-business.json",
        (p) => (p.belop = `${i}.${String(i % 100).padStart(2, "0")}`),
      ),
    );
    items[0]!.belop = "0.01";
    const before = await counts();
    const result = await push(items);
    expect(result.results.filter((r) => r.created)).toHaveLength(1000);
    expect(result.results[999]!.invoice!.amount).toBe(99_999);
    expect(result.results[0]!.invoice!.amount).toBe(1);
    expect(await counts()).toEqual({
      ...before,
      invoices: before.invoices + 1000,
      cases: before.cases + 1000,
      events: before.events + 1000,
    });
  });

  it("refuses an unknown plugin id with UNKNOWN_PLUGIN", async () => {
    const before = await counts();
    const result = await push([contaInvoice()], { pluginId: "fiken" });
    expect(result.userErrors).toEqual([
      {
        code: "UNKNOWN_PLUGIN",
        field: ["input", "pluginId"],
        message: 'No plugin "fiken" is enabled: use one of conta, kravia, sample.',
      },
    ]);
    expect(result.results).toEqual([]);
    expect(await counts()).toEqual(before);
  });

  it("finds debtors before creating them: by org number, by name and birth date, by name and address", async () => {
    const before = await counts();
    const items = [
      contaInvoice("invoice-business.json", (p) => ((p.kunde as Json).organisasjonsnummer = "916380941")),
      contaInvoice(
        "invoice-business.json",
        (p) => (((p.kunde as Json).organisasjonsnummer = "916380941"), ((p.kunde as Json).navn = "Renamed AS")),
      ),
      contaInvoice(
        "invoice-person.json",
        (p) => (((p.kunde as Json).navn = "Siri Fjell"), ((p.kunde as Json).fodselsdato = "1990-01-02")),
      ),
      contaInvoice(
        "invoice-person.json",
        (p) => (((p.kunde as Json).navn = "  SIRI   fjell "), ((p.kunde as Json).fodselsdato = "1990-01-02")),
      ),
      contaInvoice(
        "invoice-person.json",
        (p) => (((p.kunde as Json).navn = "Siri Fjell"), ((p.kunde as Json).fodselsdato = "1991-01-02")),
      ),
      contaInvoice("invoice-person-without-birth-date.json", (p) => ((p.kunde as Json).navn = "Åse Øvre")),
      contaInvoice(
        "invoice-person-without-birth-date.json",
        (p) => (
          ((p.kunde as Json).navn = "ÅSE ØVRE"),
          (((p.kunde as Json).adresse as Json).gateadresse = "KONGENS GATE 1")
        ),
      ),
      contaInvoice(
        "invoice-person-without-birth-date.json",
        (p) => (
          ((p.kunde as Json).navn = "Åse Øvre"),
          (((p.kunde as Json).adresse as Json).gateadresse = "Munkegata 2")
        ),
      ),
    ];
    const first = await push(items);
    const debtorIds = first.results.map((r) => r.invoice!.debtor.id);
    expect(first.results.flatMap((r) => r.userErrors)).toEqual([]);
    expect(debtorIds[1]).toBe(debtorIds[0]);
    expect(debtorIds[3]).toBe(debtorIds[2]);
    expect(debtorIds[4]).not.toBe(debtorIds[2]);
    expect(debtorIds[6]).toBe(debtorIds[5]);
    expect(debtorIds[7]).not.toBe(debtorIds[5]);
    expect(new Set(debtorIds).size).toBe(5);
    expect(await counts()).toMatchObject({ debtors: before.debtors + 5 });

    // a later push finds the same debtors in the database
    const later = await push([
      contaInvoice(
        "invoice-person.json",
        (p) => (((p.kunde as Json).navn = "siri fjell"), ((p.kunde as Json).fodselsdato = "1990-01-02")),
      ),
      contaInvoice("invoice-person-without-birth-date.json", (p) => ((p.kunde as Json).navn = "åse øvre")),
    ]);
    expect(later.results.map((r) => r.invoice!.debtor.id)).toEqual([debtorIds[2], debtorIds[5]]);
    expect(await counts()).toMatchObject({ debtors: before.debtors + 5 });
  });

  it("treats the same external id twice in one batch as a push followed by an update", async () => {
    const a = contaInvoice();
    const b = { ...structuredClone(a), belop: "99.90" };
    const before = await counts();
    const result = await push([a, b]);
    expect(result.results.map((r) => [r.created, r.invoice!.amount])).toEqual([
      [true, 9990],
      [false, 9990],
    ]);
    expect(result.results[1]!.invoice!.id).toBe(result.results[0]!.invoice!.id);
    expect(await counts()).toMatchObject({ invoices: before.invoices + 1, events: before.events + 2 });
  });

  it("refuses to change the invoice of a closed case, at the item's id", async () => {
    const item = contaInvoice();
    const first = await push([item]);
    await app.ok(CaseCloseDocument, {
      input: { caseId: first.results[0]!.case!.id, reason: "Settled outside collection" },
    });
    expect((await push([item])).results[0]!.userErrors).toEqual([]);
    const before = await counts();
    const changed = await push([{ ...item, belop: "1.00" }]);
    expect(errorsOf(changed.results[0]!)).toEqual([{ code: "CASE_CLOSED", field: ["input", "items", "0", "id"] }]);
    // a new customer on a closed case's invoice: refused, and the new debtor is not written either
    const moved = await push([{ ...item, kunde: { ...(item.kunde as Json), navn: "Helt Ny Kunde" } }]);
    expect(errorsOf(moved.results[0]!)).toEqual([{ code: "CASE_CLOSED", field: ["input", "items", "0", "id"] }]);
    expect(await counts()).toEqual(before);
  });

  it("keeps two concurrent pushes of the same new invoices from duplicating them", async () => {
    const items = Array.from({ length: 30 }, () => contaInvoice());
    const before = await counts();
    const [a, b] = await Promise.all([push(items), push(items)]);
    expect(await counts()).toMatchObject({ invoices: before.invoices + 30, cases: before.cases + 30 });
    for (let i = 0; i < 30; i++) {
      const outcomes = [a.results[i]!, b.results[i]!];
      expect(outcomes.filter((r) => r.created)).toHaveLength(1);
      for (const r of outcomes)
        expect(r.created || r.userErrors.length === 0 || r.userErrors[0]!.code === "CONCURRENT_UPDATE").toBe(true);
    }
  });
});

describe("invoicesPush idempotency keys", () => {
  it("replays the first response for a repeat with the same key, without running again", async () => {
    const items = [contaInvoice(), contaInvoice("invoice-person.json", (p) => (p.belop = "oops"))];
    const before = await counts();
    const first = await push(items, { idempotencyKey: "batch-2026-11-23-001" });
    expect(first.results.map((r) => r.created)).toEqual([true, false]);
    const afterFirst = await counts();
    expect(afterFirst).toEqual({
      ...before,
      invoices: before.invoices + 1,
      cases: before.cases + 1,
      events: before.events + 1,
      keys: before.keys + 1,
    });

    app.queries.length = 0;
    const replay = await push(items, { idempotencyKey: "batch-2026-11-23-001" });
    expect(replay).toEqual(first);
    expect(await counts()).toEqual(afterFirst);
    expect(
      app.queries.filter((q) =>
        /^\s*(insert into|update|delete from) "?(invoice|collection_case|case_event|debtor)\b/i.test(q),
      ),
    ).toEqual([]);
    expect(app.queries.some((q) => /select .* from "idempotency_key"/i.test(q))).toBe(true);

    // without the key the same items are an ordinary (idempotent) push: created is false now
    const plain = await push(items);
    expect(plain.results[0]!.created).toBe(false);
  });

  it("runs two simultaneous requests with one key once: the other replays or is told the key is in use", async () => {
    const items = Array.from({ length: 50 }, () => contaInvoice());
    const before = await counts();
    const [a, b] = await Promise.all([
      push(items, { idempotencyKey: "simultaneous" }),
      push(items, { idempotencyKey: "simultaneous" }),
    ]);
    expect(await counts()).toMatchObject({ invoices: before.invoices + 50, keys: before.keys + 1 });
    const [ran, other] = a.userErrors.length === 0 && a.results.length > 0 ? [a, b] : [b, a];
    expect(ran.results.filter((r) => r.created)).toHaveLength(50);
    if (other.userErrors.length > 0)
      expect(other.userErrors.map((e) => [e.code, e.field])).toEqual([
        ["IDEMPOTENCY_KEY_IN_USE", ["input", "idempotencyKey"]],
      ]);
    else expect(other).toEqual(ran);
    expect(await push(items, { idempotencyKey: "simultaneous" })).toEqual(ran);
  });

  it("refuses the same key with another request: IDEMPOTENCY_KEY_REUSED, nothing written", async () => {
    await push([contaInvoice()], { idempotencyKey: "reuse-me" });
    const before = await counts();
    const other = await push([contaInvoice()], { idempotencyKey: "reuse-me" });
    expect(other.results).toEqual([]);
    expect(other.userErrors).toEqual([
      {
        code: "IDEMPOTENCY_KEY_REUSED",
        field: ["input", "idempotencyKey"],
        message:
          "This idempotency key was used for another request: use a new key for a new request, or repeat the first request unchanged.",
      },
    ]);
    expect(await counts()).toEqual(before);
  });

  it("scopes keys to the API key, and refuses a malformed key", async () => {
    const otherKey = await app.createKey([Scope.WRITE], [conta.id], "second integration");
    const item = contaInvoice();
    await push([item], { idempotencyKey: "shared-name" });
    const theirs = await push([contaInvoice()], { idempotencyKey: "shared-name", key: otherKey });
    expect(theirs.userErrors).toEqual([]);
    expect(theirs.results[0]!.created).toBe(true);
    const malformed = await push([item], { idempotencyKey: "has spaces in it" });
    expect(malformed.userErrors.map((e) => e.code)).toEqual(["INVALID_IDEMPOTENCY_KEY"]);
  });
});

describe("invoicesPush tenant isolation and scopes", () => {
  it("gives UNKNOWN_CREDITOR to a key that does not see the creditor's org number, and writes nothing", async () => {
    const other = await createCreditor(app, { name: "Annen Kreditor AS" });
    const otherKey = await app.createKey([Scope.WRITE], [other.id]);
    const before = await counts();
    const result = await push([contaInvoice()], { key: otherKey });
    expect(errorsOf(result.results[0]!)).toEqual([
      { code: "UNKNOWN_CREDITOR", field: ["input", "items", "0", "leverandor", "organisasjonsnummer"] },
    ]);
    expect(result.results[0]!.invoice).toBeNull();
    expect(await counts()).toEqual(before);
  });

  it("another tenant's invoice with the same external id is its own: it neither takes over nor learns of the first", async () => {
    const item = contaInvoice();
    const mine = await push([item]);
    const other = await createCreditor(app, { name: "Tredje Kreditor AS" });
    const otherKey = await app.createKey([Scope.WRITE], [other.id]);
    const same = { ...item, belop: "1.00", leverandor: { organisasjonsnummer: other.orgNumber } };
    const result = await push([same], { key: otherKey });
    expect(result.results[0]).toMatchObject({ created: true, userErrors: [], invoice: { amount: 100 } });
    expect(result.results[0]!.invoice!.id).not.toBe(mine.results[0]!.invoice!.id);
    const again = await push([item]);
    expect(again.results[0]).toMatchObject({
      created: false,
      invoice: { id: mine.results[0]!.invoice!.id, amount: 125_050 },
    });
  });

  it("needs the WRITE scope", async () => {
    const readKey = await app.createKey([Scope.READ], "all");
    const result = await app.gql(
      InvoicesPushDocument,
      { input: { pluginId: "sample", items: [contaInvoice()] } },
      readKey,
    );
    expect(result.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});
