import { buildSchema, parse } from "graphql";
import fs from "node:fs";
import path from "node:path";
import { queryCost, queryDepth } from "../../src/graphql/limits";
import { startTestApp, type TestApp } from "../support/app";

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => app?.close());

/** F0 costs 4 (__typename 1, cases 1 + pageInfo 2); each F<i> spreads F<i-1> twice: F<n> costs 4 * 2^n. */
function doublingChain(levels: number): string {
  const lines = ["fragment F0 on Query { __typename cases(first: 1) { pageInfo { hasNextPage } } }"];
  for (let i = 1; i <= levels; i++) lines.push(`fragment F${i} on Query { ...F${i - 1} ...F${i - 1} }`);
  return `${lines.join("\n")}\nquery { ...F${levels} }`;
}

/** D<i> nests D<i-1> one level deeper, twice: `case { ...D<n> }` is n + 2 levels deep. */
function deepeningChain(levels: number): string {
  const lines = ["fragment D0 on Case { id }"];
  for (let i = 1; i <= levels; i++)
    lines.push(`fragment D${i} on Case { replacedBy { ...D${i - 1} } latest: replacedBy { ...D${i - 1} } }`);
  return `${lines.join("\n")}\nquery { case(id: "Q2FzZTox") { ...D${levels} } }`;
}

async function post(
  query: string,
  key?: string,
): Promise<{
  status: number;
  body: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}> {
  const res = await fetch(`http://127.0.0.1:${app.server.port}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body: JSON.stringify({ query }),
  });
  return { status: res.status, body: (await res.json()) as never };
}

describe("query limits on documents that reuse fragments", () => {
  const schema = buildSchema(fs.readFileSync(path.join(__dirname, "../../schema/schema.graphql"), "utf8"));

  it("computes cost and depth of a 60-level doubling chain in one pass (2^60 expansions would never finish)", () => {
    const doc = parse(doublingChain(60));
    expect(queryCost(schema, doc, undefined, {})).toBe(4 * 2 ** 60);
    expect(queryDepth(doc)).toBe(3);
    expect(queryDepth(parse(deepeningChain(60)))).toBe(62);
  });

  it("refuses the 897-byte 21-level chain without a key with QUERY_TOO_COSTLY, and /healthz answers meanwhile", async () => {
    const query = doublingChain(21);
    const [limited, health] = await Promise.all([post(query), fetch(`http://127.0.0.1:${app.server.port}/healthz`)]);
    expect(health.status).toBe(200);
    expect(limited.status).toBe(400);
    expect(limited.body.data).toBeUndefined();
    expect(limited.body.errors).toHaveLength(1);
    expect(limited.body.errors![0]!.extensions).toMatchObject({
      code: "QUERY_TOO_COSTLY",
      cost: 4 * 2 ** 21,
      maxCost: app.config.maxQueryCost,
    });
  });

  it("refuses 60 doubling levels and 40 deepening levels with their own codes, with or without a key, /healthz answering", async () => {
    const [costly, deep, deepWithKey, health] = await Promise.all([
      post(doublingChain(60)),
      post(deepeningChain(40)),
      post(deepeningChain(40), app.adminKey),
      fetch(`http://127.0.0.1:${app.server.port}/healthz`),
    ]);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: "ok" });
    expect([costly.status, deep.status, deepWithKey.status]).toEqual([400, 400, 400]);
    expect(costly.body.errors![0]!.extensions).toMatchObject({ code: "QUERY_TOO_COSTLY", cost: 4 * 2 ** 60 });
    expect(deep.body.errors![0]!.extensions).toMatchObject({
      code: "QUERY_TOO_DEEP",
      depth: 42,
      maxDepth: app.config.maxQueryDepth,
    });
    expect(deepWithKey.body.errors![0]!.extensions).toMatchObject({ code: "QUERY_TOO_DEEP", depth: 42 });
  });

  it("still answers a document that reuses a fragment within the limits", async () => {
    const result = await post(doublingChain(3), app.adminKey);
    expect(result.status).toBe(200);
    expect(result.body.errors).toBeUndefined();
    expect((result.body as { extensions?: { limits?: unknown } }).extensions?.limits).toMatchObject({
      cost: 32,
      depth: 3,
    });
  });
});
