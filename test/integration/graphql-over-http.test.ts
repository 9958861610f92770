import { serverAudits, type AuditResult } from "graphql-http";
import { startTestApp, type TestApp } from "../support/app";

// The SHOULD and MAY audits tvist does not meet, by audit id, each with the reason (README "GraphQL over HTTP").
const NOT_MET: Record<string, { name: string; reason: string }> = {
  "572B": {
    name: "SHOULD use 200 status code on document parsing failure when accepting application/json",
    reason: "A document that does not parse answers 400 GRAPHQL_PARSE_FAILED under every media type, as documented.",
  },
  FDE2: {
    name: "SHOULD use 200 status code on document validation failure when accepting application/json",
    reason:
      "A document that does not validate answers 400 GRAPHQL_VALIDATION_FAILED under every media type, as documented.",
  },
  "7B9B": {
    name: "SHOULD use a status code of 200 on variable coercion failure when accepting application/json",
    reason: "Variables that do not fit answer 400 BAD_USER_INPUT under every media type, as documented.",
  },
  "5A70": {
    name: "MAY accept application/x-www-form-urlencoded formatted GET requests",
    reason: "CSRF prevention refuses a GET without an apollo-require-preflight or x-apollo-operation-name header.",
  },
  D6D5: {
    name: "MAY allow URL-encoded JSON string {variables} parameter in GETs when accepting application/graphql-response+json",
    reason: "CSRF prevention refuses a GET without an apollo-require-preflight or x-apollo-operation-name header.",
  },
  "6A70": {
    name: "MAY allow URL-encoded JSON string {variables} parameter in GETs when accepting application/json",
    reason: "CSRF prevention refuses a GET without an apollo-require-preflight or x-apollo-operation-name header.",
  },
};

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.close();
});

const audits = serverAudits({ url: () => app.server.url, fetchFn: fetch });
const musts = audits.filter((a) => a.name.startsWith("MUST"));
const others = audits.filter((a) => !a.name.startsWith("MUST"));

function failure(result: AuditResult): string {
  return result.status === "ok" ? "ok" : `${result.status}: ${result.reason}`;
}

describe("MUST audits of graphql-http", () => {
  it("has MUST audits to run", () => {
    expect(musts.length).toBeGreaterThanOrEqual(13);
  });

  it.each(musts.map((a) => [a.name, a] as const))("%s", async (_name, audit) => {
    expect(failure(await audit.fn())).toBe("ok");
  });
});

describe("SHOULD and MAY audits of graphql-http", () => {
  it("fails exactly the audits listed (with their reasons) in the README", async () => {
    const notMet: string[] = [];
    for (const audit of others) {
      const result = await audit.fn();
      if (result.status !== "ok") notMet.push(`${result.id} ${result.name}`);
    }
    expect(notMet.sort()).toEqual(
      Object.entries(NOT_MET)
        .map(([id, { name }]) => `${id} ${name}`)
        .sort(),
    );
  });

  it("answers a GET query that carries apollo-require-preflight, the way around CSRF prevention", async () => {
    const url = `${app.server.url}?query=${encodeURIComponent("query ($skip: Boolean!) { __typename @skip(if: $skip) }")}&variables=${encodeURIComponent('{"skip":false}')}`;
    const refused = await fetch(url, { headers: { accept: "application/json" } });
    expect(refused.status).toBe(400);
    const answered = await fetch(url, { headers: { accept: "application/json", "apollo-require-preflight": "true" } });
    expect(answered.status).toBe(200);
    expect(await answered.json()).toMatchObject({ data: { __typename: "Query" } });
  });
});
