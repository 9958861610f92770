import fs from "node:fs";
import path from "node:path";
import { createHmac } from "node:crypto";
import { apiVersion, CONVENTIONAL_STATUS, type RouteOutcome, type RouteRefusal } from "./port";
import type {
  FormatTools,
  NormalizedCreditNote,
  NormalizedInvoice,
  NormalizedPayment,
  OutboundEvent,
  PayloadErrorCode,
  TvistPlugin,
} from "./port";

const SDK = "@tvist/plugin-sdk";

type ExpectedErrors = { code: PayloadErrorCode; field: string[] }[];

/** What one plugin's fixtures must parse to. Every file in <packageDir>/fixtures/ must be listed. */
export interface ContractSpec<O> {
  plugin: TvistPlugin<O>;
  /** The plugin package's directory (where its package.json is), e.g. `path.join(__dirname, "..")`. */
  packageDir: string;
  invoices: Record<string, NormalizedInvoice>;
  invalidInvoices: Record<string, ExpectedErrors>;
  /** Each valid payment fixture's parts (one per invoice it pays). */
  payments: Record<string, NormalizedPayment[]>;
  invalidPayments: Record<string, ExpectedErrors>;
  creditNotes: Record<string, NormalizedCreditNote[]>;
  invalidCreditNotes: Record<string, ExpectedErrors>;
  /** Options the plugin accepts, besides none at all. */
  goodOptions: unknown[];
  /** Options the plugin must refuse, besides the generic bad ones. */
  badOptions: unknown[];
}

/** Signing as tvist's sender supplies it, keyed by a fixed secret. */
export const testFormatTools: FormatTools = {
  algorithm: "HMAC-SHA256",
  sign: (text) => createHmac("sha256", "contract-secret").update(text, "utf8").digest("hex"),
};

function fixture(dir: string, file: string): unknown {
  return JSON.parse(fs.readFileSync(path.join(dir, file), "utf8"));
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object") {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

function valueAt(payload: unknown, at: readonly string[]): unknown {
  let value = payload;
  for (const key of at)
    value = value && typeof value === "object" ? (value as Record<string, unknown>)[key] : undefined;
  return value;
}

const sortErrors = (errors: { code: string; field: string[] }[]) =>
  [...errors]
    .map((e) => ({ code: e.code, field: e.field }))
    .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

/** Relative imports of a TypeScript source, plus any other module specifier it loads. */
function importsOf(source: string): string[] {
  const found: string[] = [];
  const patterns = [
    /\bfrom\s+["']([^"']+)["']/g,
    /\bimport\s+["']([^"']+)["']/g,
    /\brequire\(\s*["']([^"']+)["']\s*\)/g,
    /\bimport\(\s*["']([^"']+)["']\s*\)/g,
  ];
  for (const re of patterns) for (const m of source.matchAll(re)) found.push(m[1]!);
  return found;
}

/** The package's own sources: not its fixtures, tests, build output or dependencies. */
function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory())
      return ["fixtures", "test", "tests", "__tests__", "dist", "node_modules", "coverage"].includes(e.name) ||
        e.name.startsWith(".")
        ? []
        : sourceFiles(full);
    return /\.[cm]?[jt]s$/.test(e.name) && !/\.(test|spec)\.[cm]?[jt]s$/.test(e.name) && !e.name.endsWith(".d.ts")
      ? [full]
      : [];
  });
}

function sampleEvent(status: string): OutboundEvent {
  return {
    id: "Q2FzZUV2ZW50OjQy",
    type: status === "FROZEN" ? "case.frozen" : "invoice.received",
    occurredAt: "2026-11-23T12:00:00.000Z",
    sequence: 3,
    summary: "A written objection froze collection",
    case: { id: "Q2FzZTox", caseNumber: 482913577, status, principalAmount: 125050, outstandingAmount: 128550 },
    creditor: { id: "Q3JlZGl0b3I6MQ", orgNumber: "923609016" },
    invoice: { sourceSystem: "conta", externalId: "c0a8f2e1", invoiceNumber: "10231" },
    data: { objectionId: "T2JqZWN0aW9uOjE", channel: "WRITTEN", nested: { list: [1, "two", null, true] } },
  };
}

/** The contract every plugin passes: call it from a test file of the plugin package (jest globals). */
export function pluginContract<O>(spec: ContractSpec<O>): void {
  const { plugin } = spec;
  const dir = path.resolve(spec.packageDir);
  const fixtures = path.join(dir, "fixtures");
  const options = (() => {
    const checked = plugin.validateOptions(undefined);
    if (!checked.ok) throw new Error(`${plugin.id} refuses its default options`);
    return checked.options;
  })();

  describe(`plugin ${plugin.id}: identity and package`, () => {
    it(`has a lower-case id, apiVersion ${apiVersion}, a semver version and a description`, () => {
      expect(plugin.id).toMatch(/^[a-z][a-z0-9-]{0,39}$/);
      expect(plugin.apiVersion).toBe(apiVersion);
      expect(plugin.version).toMatch(/^\d+\.\d+\.\d+(-[\w.]+)?$/);
      expect(plugin.description.length).toBeGreaterThan(10);
    });

    it(`is a package that depends on ${SDK}`, () => {
      const manifest = JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8")) as Record<
        string,
        Record<string, string> | string | undefined
      >;
      expect(typeof manifest.name).toBe("string");
      const declared = { ...(manifest.dependencies as object), ...(manifest.peerDependencies as object) } as Record<
        string,
        string
      >;
      expect(Object.keys(declared)).toContain(SDK);
    });

    it(`imports nothing but ${SDK} and its own files`, () => {
      const files = sourceFiles(dir);
      expect(files.length).toBeGreaterThan(0);
      const offending: string[] = [];
      for (const file of files) {
        for (const spec of importsOf(fs.readFileSync(file, "utf8"))) {
          if (spec === SDK) continue;
          const target = spec.startsWith(".") ? path.resolve(path.dirname(file), spec) : undefined;
          if (!target || !(target === dir || target.startsWith(dir + path.sep)))
            offending.push(`${path.relative(dir, file)}: ${spec}`);
        }
      }
      expect(offending).toEqual([]);
    });

    it("has a contract expectation for every fixture, and at least one valid and one invalid invoice", () => {
      const listed = [
        spec.invoices,
        spec.invalidInvoices,
        spec.payments,
        spec.invalidPayments,
        spec.creditNotes,
        spec.invalidCreditNotes,
      ]
        .flatMap((m) => Object.keys(m))
        .sort();
      expect(
        fs
          .readdirSync(fixtures)
          .filter((f) => f.endsWith(".json"))
          .sort(),
      ).toEqual(listed);
      expect(Object.keys(spec.invoices).length).toBeGreaterThan(0);
      expect(Object.keys(spec.invalidInvoices).length).toBeGreaterThan(0);
    });
  });

  describe(`plugin ${plugin.id}: options`, () => {
    it("accepts no options (defaults) and its documented options", () => {
      expect(plugin.validateOptions(undefined).ok).toBe(true);
      expect(plugin.validateOptions({}).ok).toBe(true);
      for (const good of spec.goodOptions) expect(plugin.validateOptions(good)).toMatchObject({ ok: true });
    });

    const generic: unknown[] = ["conta", 42, [1, 2], { noSuchOption: true }];
    it.each([...generic, ...spec.badOptions].map((o) => [JSON.stringify(o), o]))(
      "refuses bad options %s with typed problems",
      (_label, bad) => {
        const checked = plugin.validateOptions(bad);
        expect(checked.ok).toBe(false);
        if (checked.ok) return;
        expect(checked.problems.length).toBeGreaterThan(0);
        for (const p of checked.problems) {
          expect(["UNKNOWN_OPTION", "INVALID_OPTION"]).toContain(p.code);
          expect(Array.isArray(p.field)).toBe(true);
          expect(p.message.length).toBeGreaterThan(10);
        }
      },
    );
  });

  const kinds = [
    {
      kind: "invoice",
      valid: spec.invoices,
      invalid: spec.invalidInvoices,
      parse: (p: unknown) => plugin.parseInvoice(p, options),
      pick: (r: { ok: true; invoice: unknown }) => r.invoice,
    },
    {
      kind: "payment",
      valid: spec.payments,
      invalid: spec.invalidPayments,
      parse: (p: unknown) => plugin.parsePayment(p, options),
      pick: (r: { ok: true; payments: unknown }) => r.payments,
    },
    {
      kind: "credit note",
      valid: spec.creditNotes,
      invalid: spec.invalidCreditNotes,
      parse: (p: unknown) => plugin.parseCreditNote(p, options),
      pick: (r: { ok: true; creditNotes: unknown }) => r.creditNotes,
    },
  ] as const;

  for (const k of kinds) {
    describe(`plugin ${plugin.id}: ${k.kind}s`, () => {
      const valid = Object.entries(k.valid);
      if (valid.length > 0) {
        it.each(valid)(`parses %s to tvist's shape with exact øre`, (file, expected) => {
          const payload = deepFreeze(fixture(fixtures, file));
          const result = k.parse(payload);
          if (!result.ok) throw new Error(`${file}: ${JSON.stringify(result.errors)}`);
          const parsed = k.pick(result as never) as { amount: number } | { amount: number }[];
          expect(parsed).toEqual(expected);
          const parts = Array.isArray(parsed) ? parsed : [parsed];
          expect(parts.length).toBeGreaterThan(0);
          for (const part of parts) expect(Number.isSafeInteger(part.amount)).toBe(true);
          expect(k.parse(payload)).toEqual(result);
        });
      }
      const invalid = Object.entries(k.invalid);
      if (invalid.length > 0) {
        it.each(invalid)("refuses %s with every problem at its field path", (file, expected) => {
          const payload = deepFreeze(fixture(fixtures, file));
          const result = k.parse(payload);
          expect(result.ok).toBe(false);
          if (result.ok) return;
          expect(sortErrors(result.errors)).toEqual(sortErrors(expected));
          for (const e of result.errors) {
            expect(e.message.length).toBeGreaterThan(10);
            if (e.code !== "MISSING_FIELD" && e.field.length > 0) expect(valueAt(payload, e.field)).not.toBeUndefined();
          }
        });
      }
      it.each([null, 42, "text", [], {}, { kunde: null, debtor: [], creditor: 7 }].map((p) => [JSON.stringify(p), p]))(
        "refuses junk %s without throwing",
        (_label, junk) => {
          const result = k.parse(junk);
          expect(result.ok).toBe(false);
          if (!result.ok) expect(result.errors.length).toBeGreaterThan(0);
        },
      );
    });
  }

  describe(`plugin ${plugin.id}: field maps`, () => {
    it.each(Object.entries(spec.invoices))("invoiceFields point at the fields %s actually has", (file, expected) => {
      const payload = fixture(fixtures, file);
      const present = [
        "creditor",
        "invoiceNumber",
        "externalId",
        "issueDate",
        "dueDate",
        "amount",
        "debtor",
        "debtor.name",
        "debtor.address",
        "debtor.kommunenummer",
      ] as const;
      const fields = { ...plugin.invoiceFields, ...expected.paths };
      for (const f of present)
        if (f !== "creditor" || !("fromRequest" in expected.creditor))
          expect([f, valueAt(payload, fields[f])]).not.toEqual([f, undefined]);
      if (expected.kid) expect(valueAt(payload, fields.kid)).toBeDefined();
      if (expected.debtor.kind === "ORGANISATION") expect(valueAt(payload, fields["debtor.orgNumber"])).toBeDefined();
      if (expected.debtor.kind === "PERSON" && expected.debtor.birthDate)
        expect(valueAt(payload, fields["debtor.birthDate"])).toBeDefined();
    });

    it.each([
      ...Object.entries(spec.payments).map(([f]) => ["payment", f] as const),
      ...Object.entries(spec.creditNotes).map(([f]) => ["credit note", f] as const),
    ])("%s fields point at the fields of %s", (kind, file) => {
      const payload = fixture(fixtures, file);
      const fields: Readonly<Record<string, readonly string[]>> =
        kind === "payment" ? plugin.paymentFields : plugin.creditNoteFields;
      const parts: { creditor: object; paths?: Readonly<Record<string, readonly string[] | undefined>> }[] =
        kind === "payment" ? spec.payments[file]! : spec.creditNotes[file]!;
      for (const part of parts) {
        // a creditor the payload does not name ({fromRequest}) has no field to point at
        const named = (f: string) => f !== "reference" && (f !== "creditor" || !("fromRequest" in part.creditor));
        for (const [f, at] of Object.entries({ ...fields, ...part.paths }))
          if (named(f) && at) expect([f, valueAt(payload, at)]).not.toEqual([f, undefined]);
      }
    });
  });

  describe(`plugin ${plugin.id}: HTTP routes`, () => {
    const outcomes: RouteOutcome[] = [
      {
        requestId: "r1",
        ok: true,
        operation: "registerInvoice",
        created: true,
        caseNumber: 482193765,
        externalId: "48213",
        warnings: [{ code: "INVOICE_NOT_DISTRIBUTED", field: ["claimType"], message: "m" }],
      },
      {
        requestId: "r1",
        ok: true,
        operation: "registerPayment",
        created: false,
        parts: [{ caseNumber: 482193765, externalId: "p:482193765", amount: 125050 }],
      },
      {
        requestId: "r1",
        ok: true,
        operation: "registerCreditNote",
        created: true,
        parts: [{ caseNumber: 482193765, externalId: "c:482193765", amount: 5 }],
      },
      {
        requestId: "r1",
        ok: true,
        operation: "setWebhookEndpoint",
        created: true,
        creditorExternalId: "10759",
        url: "https://x.example/hook",
        enabled: true,
      },
      ...(Object.keys(CONVENTIONAL_STATUS) as RouteRefusal[]).map((refusal): RouteOutcome => ({
        requestId: "r1",
        ok: false,
        refusal,
        problems: [{ code: "MISSING_FIELD", field: ["a", "0", "b"], message: "m" }],
      })),
    ];
    it("every route answers every outcome with an HTTP status and a JSON body (refusals 4xx/5xx)", () => {
      for (const route of plugin.routes ?? [])
        for (const outcome of outcomes) {
          const response = route.respond(deepFreeze(outcome), options);
          expect(Number.isInteger(response.status) && response.status >= 200 && response.status <= 599).toBe(true);
          expect(JSON.parse(JSON.stringify(response.body))).toEqual(response.body);
          if (!outcome.ok) expect(response.status).toBeGreaterThanOrEqual(400);
        }
    });
  });

  describe(`plugin ${plugin.id}: outbound events`, () => {
    it.each([
      "ACTIVE",
      "FROZEN",
      "IN_CONCILIATION",
      "JUDGMENT",
      "ENFORCEMENT",
      "PAID",
      "CREDITED",
      "CLOSED",
      "SOME_FUTURE_STATUS",
    ])("formats a %s event as JSON-serialisable output", (status) => {
      const event = deepFreeze(sampleEvent(status));
      const body = plugin.formatEvent(event, options, testFormatTools);
      expect(body).not.toBeUndefined();
      expect(JSON.parse(JSON.stringify(body))).toEqual(body);
      // the case, by its id or its number
      expect([event.case.id, String(event.case.caseNumber)].some((id) => JSON.stringify(body).includes(id))).toBe(true);
      expect(plugin.formatEvent(event, options, testFormatTools)).toEqual(body);
    });

    it("formats an event without an invoice", () => {
      const body = plugin.formatEvent({ ...sampleEvent("CLOSED"), invoice: null }, options, testFormatTools);
      expect(JSON.parse(JSON.stringify(body))).toEqual(body);
    });
  });
}
