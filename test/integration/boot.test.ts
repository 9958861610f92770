import { ViewerDocument } from "../generated/graphql";
import { startTestApp, type TestApp } from "../support/app";

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => app?.close());

const base = () => `http://127.0.0.1:${app.server.port}`;

describe("operations endpoints", () => {
  it("/healthz says the process is up", async () => {
    const res = await fetch(`${base()}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ok" });
  });

  it("/readyz says the database is reachable and migrations are current", async () => {
    const res = await fetch(`${base()}/readyz`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ status: "ready", database: "up", migrationsCurrent: true });
    // null, or the half-year without a confirmed interest rate (depends on today: see legal-tables.test.ts)
    expect(body).toHaveProperty("legalTables.staleInterestRate");
  });

  it("/readyz reports 503 when a migration is pending", async () => {
    await app.sql(`delete from mikro_orm_migrations where name = 'Migration20260101000001_seed_municipalities'`);
    try {
      const res = await fetch(`${base()}/readyz`);
      expect(res.status).toBe(503);
      expect(await res.json()).toMatchObject({ migrationsCurrent: false });
    } finally {
      await app.sql(
        `insert into mikro_orm_migrations (name, executed_at) values ('Migration20260101000001_seed_municipalities', now())`,
      );
    }
  });
});

describe("authentication", () => {
  it("answers the caller with a valid key", async () => {
    const data = await app.ok(ViewerDocument, {});
    expect(data.viewer).toEqual({ keyName: "test admin", scopes: ["ADMIN"], allCreditors: true });
  });

  it("refuses a request without a key", async () => {
    const result = await app.gql(ViewerDocument, {}, null);
    expect(result.data).toBeNull();
    expect(result.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(result.errors?.[0]?.message).toMatch(/Authorization: Bearer/);
  });

  it("takes a bare `Bearer` (the playground's placeholder) as no key: introspection works, viewer needs a key", async () => {
    const post = (query: string) =>
      fetch(`${base()}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: "Bearer " },
        body: JSON.stringify({ query }),
      });
    const schema = await post("{ __schema { queryType { name } } }");
    expect(schema.status).toBe(200);
    expect(await schema.json()).toMatchObject({ data: { __schema: { queryType: { name: "Query" } } } });
    const viewer = (await (await post("{ viewer { keyName } }")).json()) as {
      errors: { extensions: { code: string } }[];
    };
    expect(viewer.errors[0]!.extensions.code).toBe("UNAUTHENTICATED");
  });

  it("refuses an unknown key with 401", async () => {
    const res = await fetch(`${base()}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer tvk_${"x".repeat(40)}` },
      body: JSON.stringify({ query: "{ viewer { keyName } }" }),
    });
    expect(res.status).toBe(401);
    const body = (await res.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]!.extensions.code).toBe("UNAUTHENTICATED");
  });
});

describe("query limits", () => {
  it("reports cost and depth in extensions", async () => {
    const result = await app.gql(ViewerDocument, {});
    expect(result.extensions?.limits).toEqual({
      cost: 4,
      maxCost: app.config.maxQueryCost,
      depth: 2,
      maxDepth: app.config.maxQueryDepth,
    });
  });

  it("refuses a query deeper or costlier than the limits, before running it", async () => {
    const strict = await startTestApp({ env: { MAX_QUERY_DEPTH: "1", MAX_QUERY_COST: "3" } });
    try {
      const deep = await strict.gql(ViewerDocument, {});
      expect(deep.data).toBeUndefined();
      expect(deep.errors?.[0]?.extensions).toMatchObject({ code: "QUERY_TOO_DEEP", depth: 2, maxDepth: 1 });
    } finally {
      await strict.close();
    }
    const costly = await startTestApp({ env: { MAX_QUERY_COST: "3" } });
    try {
      const result = await costly.gql(ViewerDocument, {});
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: "QUERY_TOO_COSTLY", cost: 4, maxCost: 3 });
      expect(result.errors?.[0]?.message).toMatch(/smaller pages/);
    } finally {
      await costly.close();
    }
  });
});
