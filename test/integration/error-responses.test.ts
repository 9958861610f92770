import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Writable } from "node:stream";
import { buildSchema, isNonNullType } from "graphql";
import WebSocket from "ws";
import pino from "pino";
import { loadConfig } from "../../src/app/config";
import { startServer, type RunningServer } from "../../src/app/server";
import { startTestApp, type TestApp } from "../support/app";
import { MAX_PAGE } from "../../src/shared/pagination";
import { createCreditor, createDebtor } from "../support/factories";
import { openCase } from "../support/dispute";

/** Error answers over real HTTP against the real server: typed, with a request id, never SQL, values, paths or stacks. */
let app: TestApp;
const servers: RunningServer[] = [];
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  for (const s of servers) await s.close();
  await app?.close();
});

interface Served {
  base: string;
  logs: Record<string, unknown>[];
}

/** Another server over the test app's database, with the given environment and its log lines captured. */
async function serve(env: Record<string, string>): Promise<Served> {
  const logs: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const line of chunk.toString().split("\n"))
        if (line.trim()) logs.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  const config = loadConfig({
    LOG_LEVEL: "info",
    DATABASE_URL: app.databaseUrl,
    HOST: "127.0.0.1",
    DOCUMENT_DIR: app.documentDir,
    ...env,
  });
  const server = await startServer(
    { orm: app.orm, config, logger: pino({ level: "info" }, stream), services: app.services },
    0,
    "127.0.0.1",
  );
  servers.push(server);
  return { base: `http://127.0.0.1:${server.port}`, logs };
}

interface Answer {
  status: number;
  requestId: string | null;
  contentType: string | null;
  text: string;
  body: { data?: unknown; errors?: { message: string; path?: unknown; extensions?: Record<string, unknown> }[] };
}

async function request(url: string, init: RequestInit): Promise<Answer> {
  const res = await fetch(url, init);
  const text = await res.text();
  let body: Answer["body"] = {};
  try {
    body = JSON.parse(text) as Answer["body"];
  } catch {
    // asserted on by the caller through contentType and text
  }
  return {
    status: res.status,
    requestId: res.headers.get("x-request-id"),
    contentType: res.headers.get("content-type"),
    text,
    body,
  };
}

const gql = (base: string, query: string, key: string | null = app.adminKey, headers: Record<string, string> = {}) =>
  request(`${base}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(key ? { authorization: `Bearer ${key}` } : {}), ...headers },
    body: JSON.stringify({ query }),
  });

/** Nothing of the database, the file system or the code in an answer. */
function expectNothingInternal(text: string): void {
  expect(text).not.toMatch(
    /select|insert|update |from "|relation|debtor_hidden|\/work\/|\/src\/|node_modules|\.ts:\d+|\bat \w+ \(|stacktrace/i,
  );
}

describe("an unexpected error", () => {
  for (const nodeEnv of ["production", "development", "test"]) {
    it(`answers a generic message, INTERNAL_SERVER_ERROR and the request id, logged with the real error (NODE_ENV=${nodeEnv})`, async () => {
      const { base, logs } = await serve({ NODE_ENV: nodeEnv });
      await app.sql("alter table debtor rename to debtor_hidden");
      let answer: Answer;
      try {
        answer = await gql(base, "{ debtors(first: 5) { nodes { id name } } }");
      } finally {
        await app.sql("alter table debtor_hidden rename to debtor");
      }
      expect(answer.status).toBe(200);
      expect(answer.requestId).toMatch(/^[0-9a-f-]{36}$/);
      expect(answer.body.errors).toHaveLength(1);
      const [error] = answer.body.errors!;
      expect(error!.path).toEqual(["debtors"]);
      expect(error!.extensions).toEqual({ code: "INTERNAL_SERVER_ERROR", requestId: answer.requestId });
      expect(error!.message).toBe(
        `The request failed unexpectedly on the server. Nothing was changed unless a result says so; try again, and if it persists, report requestId ${answer.requestId} to the operator.`,
      );
      expectNothingInternal(answer.text);
      const logged = logs.filter((l) => l.requestId === answer.requestId);
      expect(logged).toHaveLength(1);
      expect(logged[0]).toMatchObject({ level: 50, msg: "request failed unexpectedly" });
      expect((logged[0]!.err as { message: string }).message).toMatch(/relation "debtor" does not exist/);
    });
  }

  it("keeps a sane incoming X-Request-Id and replaces an unusable one", async () => {
    const sane = await gql(`http://127.0.0.1:${app.server.port}`, "{ viewer { keyName } }", app.adminKey, {
      "x-request-id": "lb-7f3a.42:retry-1",
    });
    expect(sane.requestId).toBe("lb-7f3a.42:retry-1");
    const insane = await gql(`http://127.0.0.1:${app.server.port}`, "{ viewer { keyName } }", app.adminKey, {
      "x-request-id": `${"x".repeat(200)}<script>`,
    });
    expect(insane.requestId).toMatch(/^[0-9a-f-]{36}$/);
    const refused = await gql(`http://127.0.0.1:${app.server.port}`, "{ viewer { keyName } }", null, {
      "x-request-id": "client-123",
    });
    expect(refused.body.errors![0]!.extensions).toEqual({ code: "UNAUTHENTICATED", requestId: "client-123" });
  });

  it("shows a stack trace only with DEBUG_ERRORS=true", async () => {
    const { base } = await serve({ NODE_ENV: "development", DEBUG_ERRORS: "true" });
    await app.sql("alter table debtor rename to debtor_hidden");
    let answer: Answer;
    try {
      answer = await gql(base, "{ debtors(first: 5) { nodes { id } } }");
    } finally {
      await app.sql("alter table debtor_hidden rename to debtor");
    }
    expect(answer.body.errors![0]!.extensions).toMatchObject({
      code: "INTERNAL_SERVER_ERROR",
      stacktrace: expect.any(Array),
    });
  });
});

describe("limit refusals", () => {
  it("answers a document over MAX_QUERY_TOKENS with HTTP 400 and QUERY_TOO_LARGE", async () => {
    const answer = await gql(
      `http://127.0.0.1:${app.server.port}`,
      `{ ${"__typename ".repeat(app.config.maxQueryTokens)} }`,
    );
    expect(answer.status).toBe(400);
    expect(answer.body.errors).toEqual([
      {
        message: `The query has more than ${app.config.maxQueryTokens} tokens, the limit. Split it into smaller queries, or pass long values as variables.`,
        extensions: { code: "QUERY_TOO_LARGE", maxTokens: app.config.maxQueryTokens, requestId: answer.requestId },
      },
    ]);
  });

  it("answers QUERY_TOO_DEEP and QUERY_TOO_COSTLY with HTTP 400", async () => {
    const base = `http://127.0.0.1:${app.server.port}`;
    const deep = await gql(
      base,
      `{ cases(first: 1) { nodes { ${"replacedBy { ".repeat(12)} id ${"} ".repeat(12)} } } }`,
    );
    expect(deep.status).toBe(400);
    expect(deep.body.errors![0]!.extensions).toMatchObject({ code: "QUERY_TOO_DEEP", depth: 15 });
    const costly = await gql(
      base,
      "{ cases(first: 100) { nodes { timeline(first: 100) { nodes { id summary type } } } } }",
    );
    expect(costly.status).toBe(400);
    expect(costly.body.errors![0]!.extensions).toMatchObject({
      code: "QUERY_TOO_COSTLY",
      maxCost: app.config.maxQueryCost,
    });
  });
});

describe("a page size out of range", () => {
  const classValidatorText =
    /validationErrors|constraints|Argument Validation Error|must not be (?:greater|less) than|"property"|"target"/i;

  it("answers BAD_USER_INPUT naming the argument, the range and what to do, on every paged field", async () => {
    const base = `http://127.0.0.1:${app.server.port}`;
    // Every paged query field the schema has that needs no other argument, with sizes over, at and under the range.
    const query = buildSchema(readFileSync(join(__dirname, "../../schema/schema.graphql"), "utf8")).getQueryType()!;
    const paged = Object.values(query.getFields()).filter(
      (f) =>
        f.args.some((a) => a.name === "first") &&
        f.args.every((a) => a.name === "first" || !isNonNullType(a.type) || a.defaultValue !== undefined),
    );
    expect(paged.map((f) => f.name)).toEqual(
      expect.arrayContaining(["cases", "debtors", "invoices", "complaints", "municipalities"]),
    );
    const sizes = [MAX_PAGE + 1, 0, -5, 1000];
    const asked = paged.map((f, i): [string, string, number] => [
      f.name,
      `{ ${f.name}(first: ${sizes[i % sizes.length]}) { __typename } }`,
      sizes[i % sizes.length]!,
    ]);
    for (const [field, query, first] of asked) {
      const answer = await gql(base, query);
      expect(answer.text).not.toMatch(classValidatorText);
      expect(answer.body.errors).toEqual([
        {
          message: `first is ${first}; a page holds 1 to ${MAX_PAGE} items. Ask for at most ${MAX_PAGE} and fetch the next page with after: pageInfo.endCursor.`,
          path: [field],
          locations: expect.any(Array),
          extensions: {
            code: "BAD_USER_INPUT",
            argumentName: "first",
            min: 1,
            max: MAX_PAGE,
            requestId: answer.requestId,
          },
        },
      ]);
    }
  });

  it("answers the same on a nested connection, over variables too", async () => {
    const creditor = await createCreditor(app);
    const caseId = await openCase(app, creditor, await createDebtor(app, creditor), {
      dueDate: "2026-10-01",
      amount: 100_000,
    });
    const answer = await request(`http://127.0.0.1:${app.server.port}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${app.adminKey}` },
      body: JSON.stringify({
        query: "query($id: ID!, $n: Int!) { node(id: $id) { ... on Case { timeline(first: $n) { nodes { id } } } } }",
        variables: { id: caseId, n: 101 },
      }),
    });
    expect(answer.text).not.toMatch(classValidatorText);
    expect(answer.body.errors).toEqual([
      expect.objectContaining({
        path: ["node", "timeline"],
        extensions: {
          code: "BAD_USER_INPUT",
          argumentName: "first",
          min: 1,
          max: MAX_PAGE,
          requestId: answer.requestId,
        },
      }),
    ]);
  });
});

describe("requests that are not GraphQL", () => {
  const base = () => `http://127.0.0.1:${app.server.port}`;

  it("answers malformed JSON with 400 BAD_REQUEST in JSON", async () => {
    const answer = await request(`${base()}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: '{"query": "{ viewer { keyName } }"',
    });
    expect(answer.status).toBe(400);
    expect(answer.contentType).toMatch(/^application\/json/);
    expect(answer.body).toEqual({
      errors: [
        {
          message:
            'The request body is not valid JSON: send a JSON object such as {"query": "{ viewer { keyName } }"}.',
          extensions: { code: "BAD_REQUEST", requestId: answer.requestId },
        },
      ],
    });
    expectNothingInternal(answer.text);
  });

  it("answers a body over the limit with 413 PAYLOAD_TOO_LARGE in JSON", async () => {
    const answer = await request(`${base()}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ viewer { keyName } }", variables: { pad: "x".repeat(6 * 1024 * 1024) } }),
    });
    expect(answer.status).toBe(413);
    expect(answer.contentType).toMatch(/^application\/json/);
    expect(answer.body.errors![0]!.extensions).toEqual({
      code: "PAYLOAD_TOO_LARGE",
      maxBytes: 5 * 1024 * 1024,
      requestId: answer.requestId,
    });
    expect(answer.body.errors![0]!.message).toMatch(/larger than the limit of 5242880 bytes/);
  });

  it("answers an unknown route and a failing PDF route in JSON, not Express's HTML page", async () => {
    const missing = await request(`${base()}/nothing-here`, { method: "GET" });
    expect(missing.status).toBe(404);
    expect(missing.body.errors![0]!.extensions).toEqual({ code: "NOT_FOUND", requestId: missing.requestId });
    await app.sql("alter table conciliation_case rename to conciliation_case_hidden");
    let pdf: Answer;
    try {
      pdf = await request(`${base()}/conciliation-cases/Q29uY2lsaWF0aW9uQ2FzZTox/forliksklage.pdf`, {
        headers: { authorization: `Bearer ${app.adminKey}` },
      });
    } finally {
      await app.sql("alter table conciliation_case_hidden rename to conciliation_case");
    }
    expect(pdf.status).toBe(500);
    expect(pdf.contentType).toMatch(/^application\/json/);
    expect(pdf.body.errors![0]!.extensions).toEqual({ code: "INTERNAL_SERVER_ERROR", requestId: pdf.requestId });
    expectNothingInternal(pdf.text);
  });
});

describe("introspection without a key", () => {
  const introspect = (base: string, key: string | null) => gql(base, "{ __schema { queryType { name } } }", key);

  it("is refused by default with NODE_ENV=production, allowed with a key", async () => {
    const { base } = await serve({ NODE_ENV: "production" });
    const anonymous = await introspect(base, null);
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.errors![0]!.extensions).toMatchObject({ code: "UNAUTHENTICATED" });
    expect(anonymous.body.errors![0]!.message).toMatch(/Introspection needs an API key/);
    expect((await introspect(base, app.adminKey)).body).toMatchObject({
      data: { __schema: { queryType: { name: "Query" } } },
    });
    expect((await gql(base, "{ __typename }", null)).body).toMatchObject({ data: { __typename: "Query" } });
  });

  it("follows GRAPHQL_INTROSPECTION: always, authenticated; auto allows it outside production", async () => {
    const always = await serve({ NODE_ENV: "production", GRAPHQL_INTROSPECTION: "always" });
    expect((await introspect(always.base, null)).status).toBe(200);
    const authenticated = await serve({ NODE_ENV: "development", GRAPHQL_INTROSPECTION: "authenticated" });
    expect((await introspect(authenticated.base, null)).status).toBe(401);
    expect((await introspect(`http://127.0.0.1:${app.server.port}`, null)).body).toMatchObject({
      data: { __schema: { queryType: { name: "Query" } } },
    });
  });

  it("is refused over WebSocket too", async () => {
    const { base } = await serve({ NODE_ENV: "production" });
    expect(await overWebSocket(base, "{ __schema { queryType { name } } }", null)).toMatchObject({
      type: "error",
      payload: [{ extensions: { code: "UNAUTHENTICATED" } }],
    });
    expect(await overWebSocket(base, "{ __schema { queryType { name } } }", app.adminKey)).toMatchObject({
      type: "next",
      payload: { data: { __schema: { queryType: { name: "Query" } } } },
    });
  });
});

/** The first `error` or `next` message answering one operation sent over graphql-transport-ws. */
async function overWebSocket(
  base: string,
  query: string,
  key: string | null,
  variables?: Record<string, unknown>,
): Promise<{ type: string; payload?: unknown }> {
  const ws = new WebSocket(`${base.replace("http", "ws")}/graphql`, "graphql-transport-ws");
  try {
    return await new Promise((resolve, reject) => {
      ws.once("open", () =>
        ws.send(JSON.stringify({ type: "connection_init", payload: key ? { authorization: `Bearer ${key}` } : {} })),
      );
      ws.on("message", (data) => {
        const msg = JSON.parse(data.toString()) as { type: string; payload?: unknown };
        if (msg.type === "connection_ack")
          ws.send(JSON.stringify({ id: "1", type: "subscribe", payload: { query, variables } }));
        if (msg.type === "error" || msg.type === "next") resolve(msg);
      });
      ws.once("close", (code) => reject(new Error(`closed with ${code}`)));
    });
  } finally {
    ws.terminate();
  }
}

describe("errors over WebSocket", () => {
  const base = () => `http://127.0.0.1:${app.server.port}`;

  it("types request errors and applies the limits", async () => {
    expect(await overWebSocket(base(), "{ nothing }", app.adminKey)).toMatchObject({
      type: "error",
      payload: [{ extensions: { code: "GRAPHQL_VALIDATION_FAILED" } }],
    });
    expect(await overWebSocket(base(), "{ viewer { keyName ", app.adminKey)).toMatchObject({
      type: "error",
      payload: [{ extensions: { code: "GRAPHQL_PARSE_FAILED" } }],
    });
    const deep = `{ cases(first: 1) { nodes { ${"replacedBy { ".repeat(12)} id ${"} ".repeat(12)} } } }`;
    expect(await overWebSocket(base(), deep, app.adminKey)).toEqual({
      id: "1",
      type: "error",
      payload: [
        expect.objectContaining({
          extensions: { code: "QUERY_TOO_DEEP", depth: 15, maxDepth: 12, requestId: expect.any(String) },
        }),
      ],
    });
    expect(await overWebSocket(base(), "query($id: ID!) { case(id: $id) { id } }", app.adminKey, {})).toMatchObject({
      type: "next",
      payload: { errors: [{ extensions: { code: "BAD_USER_INPUT" } }] },
    });
  });

  it("answers an unexpected error with the generic message", async () => {
    await app.sql("alter table debtor rename to debtor_hidden");
    let answer: { type: string; payload?: unknown };
    try {
      answer = await overWebSocket(base(), "{ debtors(first: 5) { nodes { id } } }", app.adminKey);
    } finally {
      await app.sql("alter table debtor_hidden rename to debtor");
    }
    expect(answer).toMatchObject({
      type: "next",
      payload: {
        errors: [
          {
            message: expect.stringMatching(/^The request failed unexpectedly/),
            extensions: { code: "INTERNAL_SERVER_ERROR" },
          },
        ],
      },
    });
    expectNothingInternal(JSON.stringify(answer));
  });
});
