import fc from "fast-check";
import type { GraphQLSchema } from "graphql";
import { InvoicesPushDocument } from "../generated/graphql";
import { samplePlugin } from "../support/sample-plugin";
import { startTestApp, type TestApp } from "../support/app";
import { fixedClock } from "../../src/shared/clock";
import { toGlobalId } from "../../src/shared/global-id";
import {
  appSchema,
  hostileArgs,
  internalsIn,
  isInternalError,
  operation,
  post,
  pushItem,
  rootFields,
  unusedId,
  userErrorsIn,
  type Answer,
  type IdType,
} from "./schema-values";
import { diffSnapshots, wholeSnapshot, type Snapshot } from "./snapshot";
import { buildTenant, type Tenant } from "./tenant";

/**
 * Property-based fuzzing of every mutation: valid-typed but hostile values (empty, huge, control characters, NUL,
 * lone surrogates, extreme numbers and dates, hostile plugin items) in every input field, with a fixed seed and a
 * bounded number of runs per mutation. No answer may be an internal error or a 5xx or carry SQL or a stack, and an
 * answer that refuses (top-level error or userErrors) must leave every table as it was.
 */

/** Runs per mutation: about 45 mutations × RUNS calls, each with a snapshot of every table. */
const RUNS = Number(process.env.HARNESS_FUZZ_RUNS ?? 14);
const SEED = 20_261_203;
/** Tables that record the request, not its effect: a keyed push stores its answer, refusals included, for the retry. */
const RECORDS_OF_REQUESTS: ReadonlySet<string> = new Set(["idempotency_key"]);
/** Mutations that end what the others work on (close the case, delete the endpoint, revoke a key) run last. */
const LAST = [
  "paymentsPush",
  "creditNotesPush",
  "paymentRegister",
  "creditNoteRegister",
  "objectionResolveByCreditNote",
  "caseClose",
  "webhookEndpointDelete",
  "apiKeyRevoke",
];

const CLOCK = "2026-11-23T12:00:00Z";
let app: TestApp;
let schema: GraphQLSchema;
let tenant: Tenant;

const figures = {
  mutations: 0,
  calls: 0,
  reachedResolver: 0,
  succeeded: 0,
  refused: 0,
  internalErrors: 0,
  internalsInMessages: 0,
  writesAfterUserError: 0,
};
/** Distinct findings (mutation, kind, first words of the message) with one input that shows each. */
const findings = new Map<string, string>();
const finding = (
  kind: "internalErrors" | "internalsInMessages" | "writesAfterUserError",
  mutation: string,
  what: string,
  variables: unknown,
) => {
  figures[kind] += 1;
  // A stack trace is one finding per error code, whichever mutation showed it.
  const key = what.startsWith("stack trace")
    ? `${kind} ${what}`
    : `${kind} ${mutation} ${what.replace(/\d+/g, "N").slice(0, 80)}`;
  if (!findings.has(key))
    findings.set(key, `${kind}: ${mutation}: ${what.slice(0, 240)} — input ${printable(variables).slice(0, 400)}`);
};

/** JSON with control characters, lone surrogates and long runs made visible. */
function printable(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    typeof v === "string" && v.length > 64 ? `${v.slice(0, 16)}…(${v.length} chars)` : v,
  ).replace(/[\ud800-\udfff]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
}

/** The answer refuses when it has top-level errors, payload userErrors, or only items with userErrors. */
function refused(answer: Answer, field: string): boolean {
  if (answer.body.errors?.length) return true;
  const payload = answer.body.data?.[field] as Record<string, unknown> | null | undefined;
  if (!payload) return true;
  if (Array.isArray(payload.userErrors) && payload.userErrors.length > 0) return true;
  const results = payload.results;
  if (Array.isArray(results) && results.length > 0) return results.every((r) => userErrorsIn(r).length > 0);
  return false;
}

const wrongType = (type: string) => (type === "Case" ? "Invoice" : "Case");

beforeAll(async () => {
  app = await startTestApp({
    plugins: [samplePlugin],
    clock: fixedClock(CLOCK),
    worker: false,
    env: { WEBHOOK_ALLOW_PRIVATE_URLS: "true" },
  });
  schema = await appSchema();
  // The sample plugin fixtures' supplier, so that pushed items belong to the tenant and reach the matching logic.
  tenant = await buildTenant(app, "Fuzz", {
    municipalityCode: "0301",
    amount: 2_500_000,
    paid: 10_000,
    orgNumber: "923609016",
  });
  const pushed = await app.ok(InvoicesPushDocument, {
    input: { pluginId: "sample", items: [pushItem("invoicesPush")] },
  });
  expect(pushed.invoicesPush.results[0]!.userErrors).toEqual([]);
}, 120_000);

afterAll(async () => {
  console.log(
    [
      `mutation fuzzing harness (seed ${SEED}, ${RUNS} runs per mutation): ${figures.mutations} mutations, ${figures.calls} calls, ${figures.reachedResolver} reached a resolver, ${figures.succeeded} succeeded, ${figures.refused} refused;`,
      `internal errors ${figures.internalErrors}, SQL/stack text in messages ${figures.internalsInMessages}, writes after a userError ${figures.writesAfterUserError}`,
      ...[...findings.values()].map((f) => `  - ${f}`),
    ].join("\n"),
  );
  await app?.close();
});

it("no mutation answers valid-typed hostile input with an internal error, internals in a message, or a write after refusing", async () => {
  const mutations = rootFields(schema).filter((r) => r.kind === "mutation");
  const rank = (name: string) => (LAST.includes(name) ? 1 + LAST.indexOf(name) : 0);
  mutations.sort((a, b) => rank(a.field.name) - rank(b.field.name) || a.field.name.localeCompare(b.field.name));
  let current: Snapshot = await wholeSnapshot(app, RECORDS_OF_REQUESTS);
  for (const [index, root] of mutations.entries()) {
    const name = root.field.name;
    figures.mutations += 1;
    const arb = hostileArgs(root.field, {
      rootField: name,
      optional: true,
      id: (type) => (type === undefined ? undefined : type === "any" ? tenant.ids.Case : tenant.ids[type]),
      badIds: (type) => {
        const t: IdType = type === undefined || type === "any" ? "Case" : type;
        return [
          unusedId(t),
          toGlobalId(wrongType(t), 1),
          toGlobalId(t, 0),
          toGlobalId(t, 999_999_999_999_999),
          "Q2FzZTo",
          "not-an-id",
        ];
      },
    });
    const samples = fc.sample(arb, { seed: SEED + index, numRuns: RUNS });
    for (const variables of samples) {
      const query = operation(root, variables, 1);
      const answer = await post(app.server.port, query, variables, app.adminKey);
      figures.calls += 1;
      if (answer.body.data?.[name] != null) figures.reachedResolver += 1;
      if (isInternalError(answer))
        finding(
          "internalErrors",
          name,
          `${answer.status} ${answer.body.errors?.map((e) => `${String(e.extensions?.code)}: ${e.message}`).join("; ") ?? ""}`,
          variables,
        );
      for (const text of internalsIn(answer.body)) finding("internalsInMessages", name, text, variables);
      const after = await wholeSnapshot(app, RECORDS_OF_REQUESTS);
      const changed = diffSnapshots(current, after);
      current = after;
      if (refused(answer, name)) {
        figures.refused += 1;
        if (changed.length) {
          const why =
            answer.body.errors?.[0]?.message ??
            userErrorsIn(answer.body.data)
              .map((u) => u.code ?? u.message)
              .join(", ");
          finding(
            "writesAfterUserError",
            name,
            `refused (${why.slice(0, 120)}) but wrote ${changed.join(", ")}`,
            variables,
          );
        }
      } else figures.succeeded += 1;
    }
  }
  expect([...findings.values()]).toEqual([]);
}, 300_000);
