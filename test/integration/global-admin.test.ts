import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import {
  ApiKeyCreateDocument,
  ApiKeyRevokeDocument,
  ApiKeysDocument,
  ConciliationBoardCreateDocument,
  ConciliationBoardUpdateDocument,
  MunicipalityDocument,
  MunicipalityCreateDocument,
  MunicipalityUpdateDocument,
  ViewerDocument,
} from "../generated/graphql";
import { Scope } from "../../src/modules/access/api-key.entity";
import { fixedClock } from "../../src/shared/clock";
import { toGlobalId } from "../../src/shared/global-id";
import type { Creditor } from "../../src/modules/parties/creditor.entity";
import { startTestApp, type TestApp } from "../support/app";
import { createCreditor } from "../support/factories";

let app: TestApp;
let a: Creditor;
let b: Creditor;
/** ADMIN keys that are not global administrators: bound to creditor A, and bound to no creditor. */
let tenantAdmin: string;
let unboundAdmin: string;

beforeAll(async () => {
  app = await startTestApp({ clock: fixedClock("2025-06-01T10:00:00Z") });
  a = await createCreditor(app, { name: "Fjellrev Regnskap AS" });
  b = await createCreditor(app, { name: "Havørn Elektro AS" });
  tenantAdmin = await app.createKey([Scope.ADMIN], [a.id], "admin of A");
  unboundAdmin = await app.createKey([Scope.ADMIN], [], "admin of nothing");
});
afterAll(async () => app?.close());

/** A digest of every shared register table. */
async function registerFingerprint(): Promise<string> {
  const rows = await app.sql<{ m: string; b: string; n: string }>(
    `select (select md5(coalesce(string_agg(t::text, ',' order by id), '')) from municipality t) as m,
            (select md5(coalesce(string_agg(t::text, ',' order by id), '')) from conciliation_board t) as b,
            (select md5(coalesce(string_agg(t::text, ',' order by municipality_id, neighbour_id), '')) from municipality_neighbour t) as n`,
  );
  return JSON.stringify(rows[0]);
}

async function oslo() {
  const m = (await app.ok(MunicipalityDocument, { code: "0301" })).municipality!;
  return { id: m.id, boardId: m.board!.id };
}

type Change = [string, () => Promise<[TypedDocumentNode<unknown, never>, unknown]>];
const changes: Change[] = [
  [
    "municipalityCreate",
    async () => [
      MunicipalityCreateDocument as never,
      { input: { code: "0399", name: "Ny kommune", countyCode: "03", validFrom: "2025-01-01" } },
    ],
  ],
  [
    "municipalityUpdate",
    async () => [MunicipalityUpdateDocument as never, { input: { id: (await oslo()).id, name: "Oslo (omdøpt)" } }],
  ],
  [
    "conciliationBoardCreate",
    async () => [
      ConciliationBoardCreateDocument as never,
      { input: { name: "Nytt forliksråd", municipalityCodes: ["0301"] } },
    ],
  ],
  [
    "conciliationBoardUpdate",
    async () => [
      ConciliationBoardUpdateDocument as never,
      { input: { id: (await oslo()).boardId, name: "Omdøpt forliksråd" } },
    ],
  ],
];

describe("shared registers change only by a global administrator", () => {
  it.each(changes)(
    "%s is FORBIDDEN for an ADMIN key bound to creditors (or to none) and changes nothing",
    async (field, build) => {
      const [doc, variables] = await build();
      const before = await registerFingerprint();
      for (const key of [tenantAdmin, unboundAdmin]) {
        const result = await app.gql(doc, variables as never, key);
        expect(result.errors?.map((e) => e.extensions?.code)).toEqual(["FORBIDDEN"]);
        expect(result.errors?.[0]?.message).toBe(
          "Only a global administrator (an ADMIN key bound to every creditor) may change what all creditors share.",
        );
        expect(result.data?.[field as never] ?? null).toBeNull();
      }
      expect(await registerFingerprint()).toBe(before);
    },
  );

  it.each(changes)("%s is allowed for the global administrator", async (field, build) => {
    const [doc, variables] = await build();
    const before = await registerFingerprint();
    const data = (await app.ok(doc, variables as never)) as Record<string, { userErrors: unknown[] }>;
    expect(data[field]!.userErrors).toEqual([]);
    expect(await registerFingerprint()).not.toBe(before);
  });
});

describe("API keys of a tenant-bound ADMIN key", () => {
  const keys = () => app.count("api_key");

  it("creates keys for its own creditors only, never an all-creditors key", async () => {
    const before = await keys();
    const all = (
      await app.ok(
        ApiKeyCreateDocument,
        { input: { name: "everything", scopes: ["ADMIN"], allCreditors: true } },
        tenantAdmin,
      )
    ).apiKeyCreate;
    expect(all).toMatchObject({ apiKey: null, secret: null });
    expect(all.userErrors.map((e) => [e.code, e.field])).toEqual([["UNKNOWN_CREDITOR", ["input", "allCreditors"]]]);
    const other = (
      await app.ok(
        ApiKeyCreateDocument,
        { input: { name: "B's", scopes: ["WRITE"], creditorIds: [a.globalId, b.globalId] } },
        tenantAdmin,
      )
    ).apiKeyCreate;
    expect(other.userErrors.map((e) => [e.code, e.field])).toEqual([
      ["UNKNOWN_CREDITOR", ["input", "creditorIds", "1"]],
    ]);
    // B's id answers like an id that does not exist
    const missing = (
      await app.ok(
        ApiKeyCreateDocument,
        { input: { name: "B's", scopes: ["WRITE"], creditorIds: [a.globalId, toGlobalId("Creditor", 999_999)] } },
        tenantAdmin,
      )
    ).apiKeyCreate;
    expect(missing.userErrors.map((e) => e.message.replace(/with id \S+/, "with id <id>"))).toEqual(
      other.userErrors.map((e) => e.message.replace(/with id \S+/, "with id <id>")),
    );
    expect(await keys()).toBe(before);
    const own = (
      await app.ok(
        ApiKeyCreateDocument,
        { input: { name: "A's integration", scopes: ["WRITE"], creditorIds: [a.globalId] } },
        tenantAdmin,
      )
    ).apiKeyCreate;
    expect(own.userErrors).toEqual([]);
    expect(own.apiKey).toMatchObject({ allCreditors: false, creditors: [{ id: a.globalId }] });
    expect(await keys()).toBe(before + 1);
  });

  it("an ADMIN key it creates is bound to its creditors and is no global administrator either", async () => {
    const created = (
      await app.ok(
        ApiKeyCreateDocument,
        { input: { name: "A's second admin", scopes: ["ADMIN"], creditorIds: [a.globalId] } },
        tenantAdmin,
      )
    ).apiKeyCreate;
    expect(created.userErrors).toEqual([]);
    const before = await registerFingerprint();
    const result = await app.gql(
      ConciliationBoardUpdateDocument,
      { input: { id: (await oslo()).boardId, name: "Omdøpt igjen" } },
      created.secret!,
    );
    expect(result.errors?.map((e) => e.extensions?.code)).toEqual(["FORBIDDEN"]);
    expect(await registerFingerprint()).toBe(before);
  });

  it("cannot revoke the global administrator's key, a key bound to no creditor, or another tenant's key", async () => {
    const bKey = await app.createKey([Scope.WRITE], [b.id], "B's integration");
    const rows = await app.sql<{ id: string; name: string }>(
      "select id::text, name from api_key where name in ('test admin', 'admin of nothing', 'B''s integration') order by id",
    );
    expect(rows.map((r) => r.name)).toEqual(["test admin", "admin of nothing", "B's integration"]);
    for (const row of rows) {
      const id = toGlobalId("ApiKey", Number(row.id));
      const result = (await app.ok(ApiKeyRevokeDocument, { input: { id } }, tenantAdmin)).apiKeyRevoke;
      expect(result.apiKey).toBeNull();
      expect(result.userErrors.map((e) => [e.code, e.field])).toEqual([["UNKNOWN_API_KEY", ["input", "id"]]]);
    }
    expect(await app.count("api_key", "revoked_at is not null")).toBe(0);
    // the keys still work
    expect((await app.ok(ViewerDocument, {})).viewer.allCreditors).toBe(true);
    expect((await app.ok(ViewerDocument, {}, bKey)).viewer.keyName).toBe("B's integration");
  });

  it("lists only keys bound to its creditors; the global administrator lists every key", async () => {
    const mine = (await app.ok(ApiKeysDocument, {}, tenantAdmin)).apiKeys.map((k) => k.name);
    expect(mine).toEqual(["admin of A", "A's integration", "A's second admin"]);
    const all = (await app.ok(ApiKeysDocument, {})).apiKeys.map((k) => k.name);
    expect(all).toEqual(expect.arrayContaining(["test admin", "admin of nothing", "B's integration", ...mine]));
    expect(all).toHaveLength(await app.count("api_key"));
  });
});
