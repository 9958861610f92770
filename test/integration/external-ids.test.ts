import fs from "node:fs";
import path from "node:path";
import {
  CreditNotesPushDocument,
  CreditorCreateDocument,
  InvoiceRegisterDocument,
  InvoicesPushDocument,
  ObjectionRegisterDocument,
  ObjectionResolveByCreditNoteDocument,
  PaymentsPushDocument,
  type InvoiceRegisterInput,
} from "../generated/graphql";
import { samplePlugin } from "../support/sample-plugin";
import { startTestApp, type TestApp } from "../support/app";
import { createCreditor, createDebtor } from "../support/factories";
import { fixedClock } from "../../src/shared/clock";
import { Scope } from "../../src/modules/access/api-key.entity";
import type { Creditor } from "../../src/modules/parties/creditor.entity";
import type { Debtor } from "../../src/modules/parties/debtor.entity";
import { Migration20261203150625_creditor_scoped_external_ids as ScopedExternalIds } from "../../migrations/Migration20261203150625_creditor_scoped_external_ids";

type Json = Record<string, unknown>;

const ORG_A = "923609016";
const ORG_B = "916380941";

function fixture(file: string): Json {
  return JSON.parse(
    fs.readFileSync(path.join(__dirname, "..", "support", "sample-plugin", "fixtures", file), "utf8"),
  ) as Json;
}

let app: TestApp;
let a: { creditor: Creditor; debtor: Debtor; key: string };
let b: { creditor: Creditor; debtor: Debtor; key: string };
let serial = 0;
const next = () => (serial += 1);

beforeAll(async () => {
  app = await startTestApp({ plugins: [samplePlugin], clock: fixedClock("2026-11-23T12:00:00Z") });
  const ca = await createCreditor(app, { name: "Fjellrev Regnskap AS", orgNumber: ORG_A });
  const cb = await createCreditor(app, { name: "Havørn Elektro AS", orgNumber: ORG_B });
  a = {
    creditor: ca,
    debtor: await createDebtor(app, ca),
    key: await app.createKey([Scope.WRITE], [ca.id], "tenant A"),
  };
  b = {
    creditor: cb,
    debtor: await createDebtor(app, cb),
    key: await app.createKey([Scope.WRITE], [cb.id], "tenant B"),
  };
});
afterAll(async () => app?.close());

const rows = async () => ({
  invoices: await app.count("invoice"),
  cases: await app.count("collection_case"),
  transactions: await app.count("case_transaction"),
  events: await app.count("case_event"),
});

/** A sample-plugin invoice of the tenant's creditor. */
function contaInvoice(org: string, id: string, belop = "1000.00"): Json {
  return {
    ...fixture("invoice-person.json"),
    id,
    fakturanummer: `F-${next()}`,
    belop,
    leverandor: { organisasjonsnummer: org, navn: "Kreditor AS" },
  };
}
const contaPayment = (org: string, id: string, invoiceId: string, belop: string, betalingsdato: string): Json => ({
  ...fixture("payment.json"),
  id,
  fakturaId: invoiceId,
  belop,
  betalingsdato,
  leverandor: { organisasjonsnummer: org },
});
const contaCreditNote = (org: string, id: string, invoiceId: string, belop: string, dato: string): Json => ({
  ...fixture("credit-note.json"),
  id,
  kreditnotanummer: id,
  fakturaId: invoiceId,
  belop,
  dato,
  leverandor: { organisasjonsnummer: org },
});

const pushInvoices = async (key: string, items: Json[]) =>
  (await app.ok(InvoicesPushDocument, { input: { pluginId: "sample", items } }, key)).invoicesPush;
const pushPayments = async (key: string, items: Json[]) =>
  (await app.ok(PaymentsPushDocument, { input: { pluginId: "sample", items } }, key)).paymentsPush;
const pushCreditNotes = async (key: string, items: Json[]) =>
  (await app.ok(CreditNotesPushDocument, { input: { pluginId: "sample", items } }, key)).creditNotesPush;

/** An answer with its own ids and external ids blanked, so answers about different ids can be compared. */
function shape(value: unknown, ids: string[]): unknown {
  return JSON.parse(JSON.stringify(value), (k, v: unknown) => {
    if (k === "id") return "<id>";
    if (typeof v === "string") return ids.reduce((s, id) => s.split(id).join("<ext>"), v);
    return v;
  });
}

async function invoicePair(org: string, key: string, id: string) {
  const result = await pushInvoices(key, [contaInvoice(org, id)]);
  expect(result.results[0]!.userErrors).toEqual([]);
  return result.results[0]!;
}

describe("external ids are scoped to the creditor", () => {
  it("invoicesPush: two creditors push the same invoice id; both are created, each sees only its own", async () => {
    const id = `shared-inv-${next()}`;
    const before = await rows();
    const first = await pushInvoices(a.key, [contaInvoice(ORG_A, id, "1000.00")]);
    const second = await pushInvoices(b.key, [contaInvoice(ORG_B, id, "2000.00")]);
    expect(first.results[0]).toMatchObject({
      created: true,
      userErrors: [],
      invoice: { externalId: id, amount: 100_000 },
    });
    expect(second.results[0]).toMatchObject({
      created: true,
      userErrors: [],
      invoice: { externalId: id, amount: 200_000 },
    });
    expect(second.results[0]!.invoice!.id).not.toBe(first.results[0]!.invoice!.id);
    expect(await rows()).toEqual({
      ...before,
      invoices: before.invoices + 2,
      cases: before.cases + 2,
      events: before.events + 2,
    });
    const stored = await app.sql<{ creditor_id: string; amount: string }>(
      "select creditor_id::text, amount::text from invoice where source_system = 'sample' and external_id = ? order by creditor_id",
      [id],
    );
    expect(stored).toEqual([
      { creditor_id: String(a.creditor.id), amount: "100000" },
      { creditor_id: String(b.creditor.id), amount: "200000" },
    ]);
    // A's repeat with a change updates A's invoice only
    const changed = await pushInvoices(a.key, [contaInvoice(ORG_A, id, "1500.00")]);
    expect(changed.results[0]).toMatchObject({
      created: false,
      userErrors: [],
      invoice: { id: first.results[0]!.invoice!.id, amount: 150_000 },
    });
    expect(
      await app.sql("select amount::text from invoice where external_id = ? and creditor_id = ?", [id, b.creditor.id]),
    ).toEqual([{ amount: "200000" }]);
  });

  it("invoicesPush in one batch (bulk and ORM paths): the same id for two creditors makes two invoices", async () => {
    const id = `batch-inv-${next()}`;
    const result = (
      await app.ok(InvoicesPushDocument, {
        input: { pluginId: "sample", items: [contaInvoice(ORG_A, id, "10.00"), contaInvoice(ORG_B, id, "20.00")] },
      })
    ).invoicesPush;
    expect(result.results.map((r) => [r.created, r.userErrors, r.invoice?.amount])).toEqual([
      [true, [], 1_000],
      [true, [], 2_000],
    ]);
    expect(await app.count("invoice", `external_id = '${id}'`)).toBe(2);
    // an id twice for one creditor goes through the ORM path: the second item updates the first, and A's stays
    const twice = `batch-twice-${next()}`;
    await pushInvoices(a.key, [contaInvoice(ORG_A, twice, "10.00")]);
    const again = await pushInvoices(b.key, [contaInvoice(ORG_B, twice, "20.00"), contaInvoice(ORG_B, twice, "25.00")]);
    // both items answer with the one invoice as the batch left it
    expect(again.results.map((r) => [r.created, r.userErrors, r.invoice?.amount])).toEqual([
      [true, [], 2_500],
      [false, [], 2_500],
    ]);
    expect(again.results[1]!.invoice!.id).toBe(again.results[0]!.invoice!.id);
    expect(
      await app.sql("select creditor_id::text, amount::text from invoice where external_id = ? order by creditor_id", [
        twice,
      ]),
    ).toEqual([
      { creditor_id: String(a.creditor.id), amount: "1000" },
      { creditor_id: String(b.creditor.id), amount: "2500" },
    ]);
  });

  it("invoiceRegister: the same sourceSystem + externalId for another creditor is that creditor's own invoice", async () => {
    const input = (t: typeof a, amount: number): InvoiceRegisterInput => ({
      creditorId: t.creditor.globalId,
      debtorId: t.debtor.globalId,
      invoiceNumber: "F-77",
      sourceSystem: "demo",
      externalId: "inv-shared-77",
      issueDate: "2026-09-01",
      dueDate: "2026-09-15",
      amount,
    });
    const first = (await app.ok(InvoiceRegisterDocument, { input: input(a, 125_000) }, a.key)).invoiceRegister;
    const before = await rows();
    const second = (await app.ok(InvoiceRegisterDocument, { input: input(b, 99_000) }, b.key)).invoiceRegister;
    expect(first).toMatchObject({ created: true, userErrors: [] });
    expect(second).toMatchObject({
      created: true,
      userErrors: [],
      invoice: { externalId: "inv-shared-77", amount: 99_000 },
    });
    expect(await rows()).toEqual({
      ...before,
      invoices: before.invoices + 1,
      cases: before.cases + 1,
      events: before.events + 1,
    });
    // B's repeat finds B's own invoice, not A's
    const again = (await app.ok(InvoiceRegisterDocument, { input: input(b, 99_000) }, b.key)).invoiceRegister;
    expect(again).toMatchObject({
      created: false,
      userErrors: [],
      invoice: { id: second.invoice!.id, amount: 99_000 },
    });
  });

  it("invoiceRegister: B's answer is the same whether or not A has the id", async () => {
    const taken = `taken-${next()}`;
    const free = `free-${next()}`;
    await app.ok(
      InvoiceRegisterDocument,
      {
        input: {
          creditorId: a.creditor.globalId,
          debtorId: a.debtor.globalId,
          invoiceNumber: "F-1",
          sourceSystem: "demo",
          externalId: taken,
          issueDate: "2026-09-01",
          dueDate: "2026-09-15",
          amount: 5_000,
        },
      },
      a.key,
    );
    const register = (externalId: string) =>
      app.ok(
        InvoiceRegisterDocument,
        {
          input: {
            creditorId: b.creditor.globalId,
            debtorId: b.debtor.globalId,
            invoiceNumber: "F-2",
            sourceSystem: "demo",
            externalId,
            issueDate: "2026-09-01",
            dueDate: "2026-09-15",
            amount: 7_000,
          },
        },
        b.key,
      );
    expect(shape(await register(taken), [taken])).toEqual(shape(await register(free), [free]));
  });

  it("paymentsPush: the same payment id for two creditors; a changed repeat names only the tenant's own values", async () => {
    // different invoices, so that only the payment id is shared
    const invA = `pay-inv-a-${next()}`;
    const inv = `pay-inv-b-${next()}`;
    await invoicePair(ORG_A, a.key, invA);
    await invoicePair(ORG_B, b.key, inv);
    const payId = `shared-pay-${next()}`;
    const mine = await pushPayments(a.key, [contaPayment(ORG_A, payId, invA, "123.45", "2026-10-11")]);
    expect(mine.results[0]).toMatchObject({ created: true, userErrors: [] });
    const before = await rows();
    const theirs = await pushPayments(b.key, [contaPayment(ORG_B, payId, inv, "50.00", "2026-10-20")]);
    expect(theirs.results[0]).toMatchObject({
      created: true,
      userErrors: [],
      transaction: { externalId: payId, amount: 5_000, date: "2026-10-20" },
      case: { paidAmount: 5_000 },
    });
    expect(await rows()).toEqual({ ...before, transactions: before.transactions + 1, events: before.events + 1 });
    // the same repeat is a no-op, a changed one is refused with B's own amount and date
    const same = await pushPayments(b.key, [contaPayment(ORG_B, payId, inv, "50.00", "2026-10-20")]);
    expect(same.results[0]).toMatchObject({
      created: false,
      userErrors: [],
      transaction: { id: theirs.results[0]!.transaction!.id },
    });
    const changed = await pushPayments(b.key, [contaPayment(ORG_B, payId, inv, "60.00", "2026-10-20")]);
    expect(changed.results[0]!.userErrors.map((e) => e.code)).toEqual(["CONFLICTING_REPEAT"]);
    expect(changed.results[0]!.userErrors[0]!.message).toContain("50.00 kr on 2026-10-20");
    expect(changed.results[0]!.userErrors[0]!.message).not.toContain("123.45");
    expect(await rows()).toEqual({ ...before, transactions: before.transactions + 1, events: before.events + 1 });
    const stored = await app.sql<{ creditor_id: string; amount: string }>(
      "select c.creditor_id::text, t.amount::text from case_transaction t join collection_case c on c.id = t.case_id where t.external_id = ? order by c.creditor_id",
      [payId],
    );
    expect(stored).toEqual([
      { creditor_id: String(a.creditor.id), amount: "12345" },
      { creditor_id: String(b.creditor.id), amount: "5000" },
    ]);
  });

  it("paymentsPush: B's answers are the same whether or not A has the payment id", async () => {
    // B pays two invoices in the same state, one with a payment id A has and one with an id nobody has
    const [invA, invTaken, invFree] = [`pay-eq-a-${next()}`, `pay-eq-t-${next()}`, `pay-eq-f-${next()}`];
    await invoicePair(ORG_A, a.key, invA);
    await invoicePair(ORG_B, b.key, invTaken);
    await invoicePair(ORG_B, b.key, invFree);
    const taken = `pay-taken-${next()}`;
    const free = `pay-free-${next()}`;
    await pushPayments(a.key, [contaPayment(ORG_A, taken, invA, "123.45", "2026-10-11")]);
    const push = (id: string, belop: string) =>
      pushPayments(b.key, [contaPayment(ORG_B, id, id === taken ? invTaken : invFree, belop, "2026-10-12")]);
    expect(shape(await push(taken, "10.00"), [taken])).toEqual(shape(await push(free, "10.00"), [free]));
    // a second, different push of each: both are CONFLICTING_REPEAT naming B's 10.00 kr
    const conflictTaken = await push(taken, "11.00");
    const conflictFree = await push(free, "11.00");
    expect(conflictTaken.results[0]!.userErrors[0]!.message).toContain("10.00 kr on 2026-10-12");
    expect(shape(conflictTaken, [taken])).toEqual(shape(conflictFree, [free]));
  });

  it("creditNotesPush: the same credit note id and number for two creditors; each registers its own", async () => {
    // different invoices, so that only the payment id is shared
    const invA = `kn-inv-a-${next()}`;
    const inv = `kn-inv-b-${next()}`;
    await invoicePair(ORG_A, a.key, invA);
    await invoicePair(ORG_B, b.key, inv);
    const knId = `shared-kn-${next()}`;
    const mine = await pushCreditNotes(a.key, [contaCreditNote(ORG_A, knId, invA, "123.45", "2026-10-11")]);
    expect(mine.results[0]).toMatchObject({ created: true, userErrors: [] });
    const theirs = await pushCreditNotes(b.key, [contaCreditNote(ORG_B, knId, inv, "40.00", "2026-10-21")]);
    expect(theirs.results[0]).toMatchObject({
      created: true,
      userErrors: [],
      transaction: { kind: "CREDIT_NOTE", externalId: knId, reference: knId, amount: 4_000 },
      case: { creditedAmount: 4_000 },
    });
    const changed = await pushCreditNotes(b.key, [contaCreditNote(ORG_B, knId, inv, "41.00", "2026-10-21")]);
    expect(changed.results[0]!.userErrors.map((e) => e.code)).toEqual(["CONFLICTING_REPEAT"]);
    expect(changed.results[0]!.userErrors[0]!.message).toContain("40.00 kr on 2026-10-21");
    expect(changed.results[0]!.userErrors[0]!.message).not.toContain("123.45");
  });

  it("creditNotesPush: B's answer is the same whether or not A has the credit note id", async () => {
    const [invA, invTaken, invFree] = [`kn-eq-a-${next()}`, `kn-eq-t-${next()}`, `kn-eq-f-${next()}`];
    await invoicePair(ORG_A, a.key, invA);
    await invoicePair(ORG_B, b.key, invTaken);
    await invoicePair(ORG_B, b.key, invFree);
    const taken = `kn-taken-${next()}`;
    const free = `kn-free-${next()}`;
    await pushCreditNotes(a.key, [contaCreditNote(ORG_A, taken, invA, "99.00", "2026-10-11")]);
    const push = (id: string) =>
      pushCreditNotes(b.key, [contaCreditNote(ORG_B, id, id === taken ? invTaken : invFree, "10.00", "2026-10-12")]);
    expect(shape(await push(taken), [taken])).toEqual(shape(await push(free), [free]));
  });

  it("a replacement invoice after a credit note may reuse another creditor's externalId", async () => {
    const taken = `repl-${next()}`;
    await app.ok(
      InvoiceRegisterDocument,
      {
        input: {
          creditorId: a.creditor.globalId,
          debtorId: a.debtor.globalId,
          invoiceNumber: "F-9",
          sourceSystem: "sample",
          externalId: taken,
          issueDate: "2026-09-01",
          dueDate: "2026-09-15",
          amount: 5_000,
        },
      },
      a.key,
    );
    const opened = (
      await app.ok(
        InvoiceRegisterDocument,
        {
          input: {
            creditorId: b.creditor.globalId,
            debtorId: b.debtor.globalId,
            invoiceNumber: "F-10",
            sourceSystem: "sample",
            externalId: `old-${next()}`,
            issueDate: "2026-09-01",
            dueDate: "2026-09-15",
            amount: 100_000,
          },
        },
        b.key,
      )
    ).invoiceRegister;
    const objection = (
      await app.ok(
        ObjectionRegisterDocument,
        { input: { caseId: opened.case!.id, channel: "LETTER", receivedOn: "2026-11-20", text: "Feil pris." } },
        b.key,
      )
    ).objectionRegister;
    expect(objection.userErrors).toEqual([]);
    const resolved = (
      await app.ok(
        ObjectionResolveByCreditNoteDocument,
        {
          input: {
            objectionId: objection.objection!.id,
            creditNoteAmount: 40_000,
            issuedOn: "2026-11-22",
            creditNoteNumber: "K-1",
            newInvoice: {
              invoiceNumber: "F-11",
              externalId: taken,
              issueDate: "2026-11-22",
              dueDate: "2026-12-06",
              amount: 60_000,
            },
          },
        },
        b.key,
      )
    ).objectionResolveByCreditNote;
    expect(resolved.userErrors).toEqual([]);
    expect(resolved.newInvoice).toMatchObject({ externalId: taken, amount: 60_000 });
    expect(await app.count("invoice", `external_id = '${taken}'`)).toBe(2);
  });
});

describe("organisasjonsnummer of creditors", () => {
  const ORG_UNUSED = "974760673";
  const create = (key: string, orgNumber: string) =>
    app.ok(
      CreditorCreateDocument,
      {
        input: {
          name: "Ny Kreditor AS",
          orgNumber,
          address: { street: "Storgata 1", postalCode: "0155", city: "Oslo" },
          kommunenummer: "0301",
        },
      },
      key,
    );

  it("is unique among the creditors a key sees: another tenant's creditor neither blocks nor shows through", async () => {
    const adminA = await app.createKey([Scope.ADMIN], [a.creditor.id], "tenant A admin");
    const before = await app.count("creditor");
    const own = await create(adminA, ORG_A);
    expect(own.creditorCreate.userErrors.map((e) => e.code)).toEqual(["DUPLICATE_ORG_NUMBER"]);
    expect(await app.count("creditor")).toBe(before);
    // B's number answers exactly as a number nobody has
    const theirs = await create(adminA, ORG_B);
    const unused = await create(adminA, ORG_UNUSED);
    expect(theirs.creditorCreate.userErrors).toEqual([]);
    expect(unused.creditorCreate.userErrors).toEqual([]);
    expect({ ...theirs.creditorCreate.creditor, id: null, orgNumber: null }).toEqual({
      ...unused.creditorCreate.creditor,
      id: null,
      orgNumber: null,
    });
    expect(await app.count("creditor")).toBe(before + 2);
    // the global admin sees both creditors with B's number: it may not add a third
    expect((await create(app.adminKey, ORG_B)).creditorCreate.userErrors.map((e) => e.code)).toEqual([
      "DUPLICATE_ORG_NUMBER",
    ]);
  });

  it("names the key's own creditor in a push; a number that names two creditors the key sees is refused, nothing written", async () => {
    const id = `org-scope-${next()}`;
    const pushed = await app.ok(
      InvoicesPushDocument,
      { input: { pluginId: "sample", items: [contaInvoice(ORG_B, id)] } },
      b.key,
    );
    expect(pushed.invoicesPush.results[0]!.userErrors).toEqual([]);
    expect(await app.count("invoice", `creditor_id = ${b.creditor.id} and external_id = '${id}'`)).toBe(1);
    const before = await rows();
    const ambiguous = await app.ok(
      InvoicesPushDocument,
      { input: { pluginId: "sample", items: [contaInvoice(ORG_B, `org-scope-${next()}`)] } },
      app.adminKey,
    );
    expect(ambiguous.invoicesPush.results[0]!.userErrors.map((e) => e.code)).toEqual(["UNKNOWN_CREDITOR"]);
    expect(await rows()).toEqual(before);
  });
});

describe("the migration to creditor-scoped external ids", () => {
  async function run(step: "up" | "down") {
    const migration = new ScopedExternalIds(app.orm.em.getDriver(), app.orm.config);
    await migration[step]();
    for (const sql of migration.getQueries()) await app.sql(String(sql));
  }
  const constraints = async () =>
    (
      await app.sql<{ conname: string }>(
        "select conname from pg_constraint where conrelid in ('invoice'::regclass, 'case_transaction'::regclass) and contype = 'u' order by conname",
      )
    ).map((r) => r.conname);

  it("keeps existing rows valid: each payment and credit note takes its case's creditor", async () => {
    // rows as they were before, none sharing an external id with another creditor's
    await app.sql("truncate invoice, collection_case, case_transaction, case_event cascade");
    for (const [org, key, tag] of [
      [ORG_A, a.key, "a"],
      [ORG_B, b.key, "b"],
    ] as const) {
      await invoicePair(org, key, `mig-inv-${tag}`);
      expect(
        (await pushPayments(key, [contaPayment(org, `mig-pay-${tag}`, `mig-inv-${tag}`, "10.00", "2026-10-01")]))
          .results[0]!.userErrors,
      ).toEqual([]);
      expect(
        (await pushCreditNotes(key, [contaCreditNote(org, `mig-kn-${tag}`, `mig-inv-${tag}`, "5.00", "2026-10-02")]))
          .results[0]!.userErrors,
      ).toEqual([]);
    }
    const before = await app.sql<{ id: string; creditor_id: string }>(
      "select t.id::text, c.creditor_id::text from case_transaction t join collection_case c on c.id = t.case_id order by t.id",
    );
    expect(before.map((r) => r.creditor_id)).toEqual(
      [a.creditor.id, a.creditor.id, b.creditor.id, b.creditor.id].map(String),
    );
    await run("down");
    expect(await constraints()).toEqual([
      "case_transaction_source_system_kind_external_id_unique",
      "invoice_source_system_external_id_unique",
    ]);
    await run("up");
    expect(await constraints()).toEqual([
      "case_transaction_creditor_id_source_system_kind_e_d81cc_unique",
      "invoice_creditor_id_source_system_external_id_unique",
    ]);
    expect(await app.sql("select t.id::text, t.creditor_id::text from case_transaction t order by t.id")).toEqual(
      before,
    );
    const column = await app.sql(
      "select is_nullable from information_schema.columns where table_name = 'case_transaction' and column_name = 'creditor_id'",
    );
    expect(column).toEqual([{ is_nullable: "NO" }]);
  });
});
