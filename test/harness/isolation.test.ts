import { parse, type GraphQLSchema } from "graphql";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import {
  CreditNotesPushDocument,
  InvoicesPushDocument,
  PaymentRegisterDocument,
  PaymentsPushDocument,
} from "../generated/graphql";
import { samplePlugin } from "../support/sample-plugin";
import { startTestApp, type TestApp } from "../support/app";
import { subscribe, until, type Subscription } from "../support/ws";
import { Scope } from "../../src/modules/access/api-key.entity";
import { fixedClock } from "../../src/shared/clock";
import { fromGlobalId, toGlobalId } from "../../src/shared/global-id";
import {
  appSchema,
  idPositions,
  internalsIn,
  pushItem,
  isInternalError,
  operation,
  post,
  PUBLIC_ID_TYPES,
  rootFields,
  setAt,
  unusedId,
  validArgs,
  type Answer,
  type IdPosition,
  type IdType,
  type RootField,
} from "./schema-values";
import { ownedSnapshot, diffSnapshots, type Snapshot } from "./snapshot";
import { buildTenant, type Tenant } from "./tenant";
import { runLegalTablesCheck } from "../../src/modules/legal-tables/legal-tables-check.job";

/**
 * Tenant isolation, generated from the schema: every query, mutation and subscription field that takes an id
 * (as an argument or anywhere inside an input) is called with tenant B's WRITE+ADMIN key and tenant A's ids, with
 * unused ids of the right type and with ids of the wrong type. No answer may reveal A's data, nothing of A may
 * change, and the answer for A's id must equal the answer for an unused id once the id itself is blanked out.
 */

/** Id positions that cannot be exercised, with the reason. Keep it empty unless truly unavoidable. */
const NOT_EXERCISED: Record<string, string> = {};

/** Values that make a mutation's other fields valid, so that only the id under test can refuse it. */
const OVERRIDES: Record<string, Record<string, unknown>> = {
  enforcementMeasureRecord: {
    input: { kind: "DEDUCTION", deduction: { deductor: "EMPLOYER", periodStart: "2026-02-01" } },
  },
  complaintSubmit: {
    input: {
      channel: "LETTER",
      subject: "CASE_HANDLING",
      reason: "Kravet er betalt.",
      desiredOutcome: "DELETE_CLAIM",
      signature: { signerName: "Kari Nordmann", signedAt: "2026-05-30T09:00:00.000Z" },
    },
  },
  judgmentRegister: { input: { outcome: "DISMISSED" } },
  webhookEndpointCreate: { input: { eventTypes: [] } },
  apiKeyCreate: { input: { scopes: ["READ"] } },
  caseSetClaimOrigin: { input: { originator: { kind: "PUBLIC_BODY", name: "NRK" } } },
  conciliationEligibility: { category: "MONEY_CLAIM" },
  // Register changes: a key bound to creditors must not make them, whatever the id.
  conciliationBoardUpdate: { input: { name: "Harness omdøpt forliksråd" } },
  municipalityUpdate: { input: { name: "Harness omdøpt kommune" } },
};

const CLOCK = "2026-11-23T12:00:00Z";
let app: TestApp;
let schema: GraphQLSchema;
let A: Tenant;
let B: Tenant;
let keyB: string;
let baseline: Snapshot;

const figures = {
  fields: 0,
  positions: 0,
  calls: 0,
  leaks: 0,
  changes: 0,
  distinguishable: 0,
  internalErrors: 0,
  notExercised: 0,
};
const findings: string[] = [];
const finding = (kind: keyof typeof figures, text: string) => {
  figures[kind] += 1;
  findings.push(`${kind}: ${text}`);
};

function merge(base: Record<string, unknown>, over: Record<string, unknown> | undefined): Record<string, unknown> {
  if (!over) return base;
  const out = { ...base };
  for (const [k, v] of Object.entries(over)) {
    out[k] =
      v && typeof v === "object" && !Array.isArray(v) && out[k] && typeof out[k] === "object"
        ? merge(out[k] as Record<string, unknown>, v as Record<string, unknown>)
        : v;
  }
  return out;
}

/** Valid arguments for the field with B's own ids in every required id position. */
const baseArgs = (root: RootField) =>
  merge(
    validArgs(root.field, {
      rootField: root.field.name,
      id: (type) => (type === undefined ? undefined : type === "any" ? B.ids.Case : B.ids[type]),
    }),
    OVERRIDES[root.field.name],
  );

/** The answer with the probe id blanked, and only what a client can compare: status, data, error messages and codes. */
function normalise(answer: Answer, id: string): string {
  const errors = (answer.body.errors ?? []).map((e) => ({
    message: e.message,
    path: e.path,
    code: e.extensions?.code,
  }));
  return blank(JSON.stringify({ status: answer.status, data: answer.body.data, errors }), id);
}

/** The text with a probe id (and its decoded "Type:n" form) replaced by <ID>; every answer has its own request id. */
function blank(text: string, id: string | undefined): string {
  text = text.replace(/"requestId":"[^"]*"/g, '"requestId":"<REQUEST>"');
  if (!id) return text;
  const parsed = fromGlobalId(id);
  let out = text.split(id).join("<ID>");
  if (parsed) out = out.split(`${parsed.type}:${parsed.id}`).join("<ID>");
  return out;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** A's secrets found in the text as whole tokens (an id inside a longer base64 id is another id). */
const leakedIn = (text: string) =>
  A.secrets.filter((s) => new RegExp(`(?<![A-Za-z0-9_-])${escape(s)}(?![A-Za-z0-9_-])`).test(text));

const notPassedValidation = (a: Answer) =>
  (a.body.errors ?? []).some(
    (e) => e.extensions?.code === "GRAPHQL_VALIDATION_FAILED" || /^Variable "\$/.test(e.message),
  );

/** One call with B's key: counts, checks for internal errors, leaks and changes to A, and returns the answer. */
async function probe(
  what: string,
  query: string,
  variables: Record<string, unknown>,
  probeId: string | undefined,
  checkChanges = true,
): Promise<Answer> {
  const answer = await post(app.server.port, query, variables, keyB);
  figures.calls += 1;
  if (process.env.HARNESS_DEBUG)
    process.stdout.write(
      `${what}\n  ${JSON.stringify(variables).slice(0, 200)}\n  → ${JSON.stringify(answer.body).slice(0, 400)}\n`,
    );
  if (isInternalError(answer))
    finding("internalErrors", `${what}: ${answer.status} ${JSON.stringify(answer.body.errors).slice(0, 300)}`);
  for (const text of internalsIn(answer.body)) finding("internalErrors", `${what}: internals in the answer: ${text}`);
  if (notPassedValidation(answer))
    finding("notExercised", `${what}: did not reach the resolver: ${JSON.stringify(answer.body.errors).slice(0, 300)}`);
  const text = blank(JSON.stringify(answer.body), probeId);
  const leaked = leakedIn(text);
  if (leaked.length) finding("leaks", `${what}: answer contains A's ${leaked.join(", ")}: ${text.slice(0, 400)}`);
  if (checkChanges) await checkUnchanged(what, answer);
  return answer;
}

/** Fails the probe when A's rows or a shared register differ from the baseline (then takes the new state as baseline). */
async function checkUnchanged(what: string, answer?: Answer): Promise<void> {
  const after = await ownedSnapshot(app, A.creditorId);
  const changed = diffSnapshots(baseline, after);
  if (changed.length) {
    finding(
      "changes",
      `${what}: changed A's rows or a shared register in ${changed.join(", ")}: ${JSON.stringify(answer?.body ?? null).slice(0, 300)}`,
    );
    baseline = after;
  }
}

/** Another type with the same numeric id: a resolver that ignores the type would find a row of the wrong table. */
const wrongType = (type: string) => (type === "Case" ? "Invoice" : "Case");

beforeAll(async () => {
  app = await startTestApp({
    plugins: [samplePlugin],
    clock: fixedClock(CLOCK),
    worker: false,
    env: { WEBHOOK_ALLOW_PRIVATE_URLS: "true" },
  });
  schema = await appSchema();
  A = await buildTenant(app, "Alfa", { municipalityCode: "4601", amount: 7_654_321, paid: 432_198 });
  B = await buildTenant(app, "Beta", { municipalityCode: "0301", amount: 1_357_913, paid: 24_680 });
  keyB = await app.createKey([Scope.READ, Scope.WRITE, Scope.ADMIN], [B.creditorId], "Beta harness key");
  baseline = await ownedSnapshot(app, A.creditorId);
}, 120_000);

afterAll(async () => {
  console.log(
    [
      `tenant isolation harness: ${figures.fields} fields with ids, ${figures.positions} id positions, ${figures.calls} calls;`,
      `leaks ${figures.leaks}, changes to A ${figures.changes}, distinguishable answers ${figures.distinguishable}, internal errors ${figures.internalErrors}, not exercised ${figures.notExercised}`,
      ...findings.map((f) => `  - ${f}`),
    ].join("\n"),
  );
  await app?.close();
});

describe("tenant isolation, generated from the schema", () => {
  it("every query and mutation that takes an id answers tenant B for A's ids exactly as for ids that do not exist", async () => {
    const roots = rootFields(schema).filter((r) => r.kind !== "subscription");
    for (const root of roots) {
      const positions = idPositions(root.field);
      const name = `${root.kind}.${root.field.name}`;
      if (positions.length === 0) {
        // No id to pass: B's answer still must not contain anything of A.
        await probe(name, operation(root, baseArgs(root)), baseArgs(root), undefined);
        continue;
      }
      const reads = root.kind === "query";
      figures.fields += 1;
      for (const position of positions) {
        figures.positions += 1;
        const where = `${name}(${position.path.join(".")})`;
        if (position.idType === undefined) {
          if (!NOT_EXERCISED[where])
            finding(
              "notExercised",
              `${where}: cannot tell which type of id it takes; teach idTypeOf in test/harness/schema-values.ts`,
            );
          continue;
        }
        await probePosition(root, position, where, !reads);
      }
      // A read changes nothing: one check per query field keeps the run short.
      if (reads) await checkUnchanged(`${name} (one of its calls)`);
    }
    expect(findings).toEqual([]);
  }, 600_000);

  it("a subscription with B's key to A's ids gets no event of A, and the same answer as for ids that do not exist", async () => {
    const wsUrl = `ws://127.0.0.1:${app.server.port}/graphql`;
    const before = findings.length;
    for (const root of rootFields(schema).filter((r) => r.kind === "subscription")) {
      const positions = idPositions(root.field);
      if (positions.length) figures.fields += 1;
      for (const position of positions) {
        figures.positions += 1;
        const where = `subscription.${root.field.name}(${position.path.join(".")})`;
        const type = position.idType;
        if (type === undefined || type === "any") {
          finding("notExercised", `${where}: cannot tell which type of id it takes`);
          continue;
        }
        const base = baseArgs(root);
        const doc = parse(
          operation(root, setAt(base, position.path, B.ids[type], position.list), 1),
        ) as TypedDocumentNode<Record<string, unknown>, Record<string, unknown>>;
        const aId = A.ids[type];
        const probes: [string, string][] = [
          ["A's id", aId],
          ["an unused id", unusedId(type)],
          ["a wrong-type id", toGlobalId(wrongType(type), fromGlobalId(aId)!.id)],
        ];
        const subs: [string, string, Subscription<Record<string, unknown>>][] = probes.map(([label, id]) => [
          label,
          id,
          subscribe(wsUrl, doc, setAt(base, position.path, id, position.list), keyB),
        ]);
        const control = subscribe(wsUrl, doc, setAt(base, position.path, B.ids[type], position.list), keyB);
        figures.calls += subs.length + 1;
        await new Promise((r) => setTimeout(r, 300));
        if (root.field.name === "creditorEvents") {
          // An event for every creditor in one transaction (legal_table.stale): once B's is seen, A's was dispatched with it.
          const staleHalfYear = fixedClock(`${2040 + figures.calls}-02-01T10:00:00Z`);
          expect(
            await runLegalTablesCheck({
              orm: app.orm,
              sinks: app.services.eventSinks,
              clock: staleHalfYear,
              logger: app.services.logger,
            }),
          ).not.toBeNull();
        } else {
          // A change on A's case, then one on B's: once B's event is seen, A's would have been too.
          expect(
            (
              await app.ok(PaymentRegisterDocument, {
                input: { caseId: A.ids.Case, amount: 100, paidOn: "2026-11-20" },
              })
            ).paymentRegister.userErrors,
          ).toEqual([]);
          expect(
            (
              await app.ok(PaymentRegisterDocument, {
                input: { caseId: B.ids.Case, amount: 100, paidOn: "2026-11-20" },
              })
            ).paymentRegister.userErrors,
          ).toEqual([]);
        }
        await until(
          () => control.items.length > 0 || control.errors.length > 0,
          10_000,
          "B's own event on the control subscription",
        );
        await new Promise((r) => setTimeout(r, 300));
        baseline = await ownedSnapshot(app, A.creditorId);
        const answers = new Map<string, string>();
        for (const [label, id, sub] of subs) {
          const text = blank(JSON.stringify({ items: sub.items, errors: sub.errors, completed: sub.completed }), id);
          if (sub.items.length || leakedIn(text).length)
            finding("leaks", `${where} with ${label}: ${sub.items.length} events arrived: ${text.slice(0, 300)}`);
          if (/INTERNAL_SERVER_ERROR/.test(text))
            finding("internalErrors", `${where} with ${label}: ${text.slice(0, 300)}`);
          answers.set(label, text);
          await sub.close();
        }
        await control.close();
        expect(control.items.length).toBeGreaterThan(0);
        if (answers.get("A's id") !== answers.get("an unused id"))
          finding(
            "distinguishable",
            `${where}: A's id → ${answers.get("A's id")} but an unused id → ${answers.get("an unused id")}`,
          );
      }
    }
    expect(findings.slice(before)).toEqual([]);
  }, 120_000);
});

describe("tenant isolation of external ids", () => {
  // External ids are strings, not IDs: the schema cannot point at them, so the pushes and invoiceRegister are probed here.
  it("B's pushes and invoiceRegister with A's external ids answer as with unused ones, and change nothing of A", async () => {
    const before = findings.length;
    const supplier = (t: Tenant) => ({ organisasjonsnummer: t.orgNumber });
    const invoiceItem = (t: Tenant, id: string, number: string) => ({
      ...pushItem("invoicesPush"),
      id,
      fakturanummer: number,
      leverandor: { ...supplier(t), navn: "Leverandør" },
    });
    // A pushes an invoice, a payment and a credit note with external ids of its own; B pushes one invoice.
    const aPush = await app.ok(InvoicesPushDocument, {
      input: { pluginId: "sample", items: [invoiceItem(A, "alfa-ext-inv", "ALFA-77")] },
    });
    expect(aPush.invoicesPush.results[0]!.userErrors).toEqual([]);
    const aPay = await app.ok(PaymentsPushDocument, {
      input: {
        pluginId: "sample",
        items: [
          {
            ...pushItem("paymentsPush"),
            id: "alfa-ext-pay",
            fakturaId: "alfa-ext-inv",
            belop: "432,19",
            betalingsdato: "2026-04-17",
            leverandor: supplier(A),
          },
        ],
      },
    });
    expect(aPay.paymentsPush.results[0]!.userErrors).toEqual([]);
    const aNote = await app.ok(CreditNotesPushDocument, {
      input: {
        pluginId: "sample",
        items: [
          {
            ...pushItem("creditNotesPush"),
            id: "alfa-ext-kn",
            kreditnotanummer: "ALFA-KN-9",
            fakturaId: "alfa-ext-inv",
            belop: "98,76",
            dato: "2026-04-18",
            leverandor: supplier(A),
          },
        ],
      },
    });
    expect(aNote.creditNotesPush.results[0]!.userErrors).toEqual([]);
    const bPush = await app.ok(InvoicesPushDocument, {
      input: { pluginId: "sample", items: [invoiceItem(B, "beta-ext-inv", "BETA-77")] },
    });
    expect(bPush.invoicesPush.results[0]!.userErrors).toEqual([]);
    A.secrets.push(
      "alfa-ext-inv",
      "alfa-ext-pay",
      "alfa-ext-kn",
      "ALFA-77",
      "ALFA-KN-9",
      "432.19",
      "432,19",
      "43219",
      "2026-04-17",
      "98.76",
      "98,76",
      "9876",
      "2026-04-18",
    );
    const [aInvoice] = await app.sql<{ source_system: string; external_id: string }>(
      `select source_system, external_id from invoice where creditor_id = ? order by id limit 1`,
      [A.creditorId],
    );
    baseline = await ownedSnapshot(app, A.creditorId);

    const results = "{ results { index externalId created userErrors { code field message } } }";
    const probes: {
      what: string;
      query: string;
      variables: (externalId: string) => Record<string, unknown>;
      aId: string;
    }[] = [
      // First: the invoicesPush probe below gives B invoices of its own with these ids.
      {
        what: "paymentsPush(items.fakturaId)",
        query: `mutation($input: PaymentsPushInput!) { paymentsPush(input: $input) ${results} }`,
        variables: (id) => ({
          input: {
            pluginId: "sample",
            items: [
              {
                ...pushItem("paymentsPush"),
                id: `beta-pay-for-${id}`,
                fakturaId: id,
                belop: "10,00",
                betalingsdato: "2026-05-02",
                leverandor: supplier(B),
              },
            ],
          },
        }),
        aId: "alfa-ext-inv",
      },
      {
        what: "invoicesPush(items.id)",
        query: `mutation($input: InvoicesPushInput!) { invoicesPush(input: $input) ${results} }`,
        variables: (id) => ({ input: { pluginId: "sample", items: [invoiceItem(B, id, "BETA-78")] } }),
        aId: "alfa-ext-inv",
      },
      {
        what: "paymentsPush(items.id)",
        query: `mutation($input: PaymentsPushInput!) { paymentsPush(input: $input) ${results} }`,
        variables: (id) => ({
          input: {
            pluginId: "sample",
            items: [
              {
                ...pushItem("paymentsPush"),
                id,
                fakturaId: "beta-ext-inv",
                belop: "10,00",
                betalingsdato: "2026-05-02",
                leverandor: supplier(B),
              },
            ],
          },
        }),
        aId: "alfa-ext-pay",
      },
      {
        what: "creditNotesPush(items.id)",
        query: `mutation($input: CreditNotesPushInput!) { creditNotesPush(input: $input) ${results} }`,
        variables: (id) => ({
          input: {
            pluginId: "sample",
            items: [
              {
                ...pushItem("creditNotesPush"),
                id,
                kreditnotanummer: "BETA-KN-1",
                fakturaId: "beta-ext-inv",
                belop: "1,00",
                dato: "2026-05-03",
                leverandor: supplier(B),
              },
            ],
          },
        }),
        aId: "alfa-ext-kn",
      },
      {
        what: "invoiceRegister(input.externalId)",
        query: `mutation($input: InvoiceRegisterInput!) { invoiceRegister(input: $input) { created userErrors { code field message } } }`,
        variables: (id) => ({
          input: {
            creditorId: B.ids.Creditor,
            debtorId: B.ids.Debtor,
            invoiceNumber: "BETA-79",
            sourceSystem: aInvoice!.source_system,
            externalId: id,
            issueDate: "2026-01-05",
            dueDate: "2026-01-19",
            amount: 50_000,
          },
        }),
        aId: aInvoice!.external_id,
      },
    ];
    for (const [i, p] of probes.entries()) {
      figures.positions += 1;
      const unused = `unused-ext-${i}`;
      const u = await probe(`${p.what} with an unused external id`, p.query, p.variables(unused), unused);
      const a = await probe(`${p.what} with A's external id`, p.query, p.variables(p.aId), p.aId);
      const na = normalise(a, p.aId);
      const nu = normalise(u, unused);
      if (na !== nu)
        finding(
          "distinguishable",
          `${p.what}: A's external id → ${na.slice(0, 400)} but an unused one → ${nu.slice(0, 400)}`,
        );
    }
    expect(findings.slice(before)).toEqual([]);
  }, 60_000);
});

async function probePosition(
  root: RootField,
  position: IdPosition,
  where: string,
  checkChanges: boolean,
): Promise<void> {
  const base = baseArgs(root);
  const types: IdType[] = position.idType === "any" ? (Object.keys(A.allIds) as IdType[]) : [position.idType as IdType];
  for (const type of types) {
    // The same document for every probe of this position: only the id in the variables differs.
    const query = operation(root, setAt(base, position.path, unusedId(type), position.list));
    const unused = unusedId(type);
    const unusedAnswer = await probe(
      `${where} with an unused ${type} id`,
      query,
      setAt(base, position.path, unused, position.list),
      unused,
      checkChanges,
    );
    for (const aId of A.allIds[type] ?? []) {
      const answer = await probe(
        `${where} with A's ${type} ${aId}`,
        query,
        setAt(base, position.path, aId, position.list),
        aId,
        checkChanges,
      );
      // A register row is everybody's to read, and B may point its own draft at any board: only A's rows must not tell.
      if (!PUBLIC_ID_TYPES.has(type)) {
        const a = normalise(answer, aId);
        const u = normalise(unusedAnswer, unused);
        if (a !== u)
          finding(
            "distinguishable",
            `${where}: A's ${type} → ${a.slice(0, 300)} but an unused id → ${u.slice(0, 300)}`,
          );
      }
      const wrong = toGlobalId(wrongType(type), fromGlobalId(aId)!.id);
      await probe(
        `${where} with a ${wrongType(type)} id in place of A's ${type}`,
        query,
        setAt(base, position.path, wrong, position.list),
        wrong,
        checkChanges,
      );
    }
  }
}
