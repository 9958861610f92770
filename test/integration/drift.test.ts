import fs from "node:fs";
import path from "node:path";
import { schemaSdl } from "../../src/graphql/schema-sdl";
import { startTestApp, type TestApp } from "../support/app";

/** The checked-in SDL and the migrations must match the code: stale ones fail here (and in .ci/run). */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => app?.close());

it("schema/schema.graphql is the sorted SDL of the code (run npm run gen when this fails)", async () => {
  const file = fs.readFileSync(path.resolve(__dirname, "..", "..", "schema", "schema.graphql"), "utf8");
  expect(file === (await schemaSdl())).toBe(true);
});

it("a database migrated by migrations/ has exactly the entities' schema (run npm run migration:create when this fails)", async () => {
  const diff = await app.orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false, schema: "public" });
  // graphile-worker's own schema is installed by the job queue, not by our migrations
  const ours = diff.split("\n").filter((line) => line.trim() && !line.includes('"graphile_worker"'));
  expect(ours).toEqual([]);
});

it("every migration is applied to the test database", async () => {
  expect(await app.orm.getMigrator().getPendingMigrations()).toEqual([]);
  const files = fs
    .readdirSync(path.resolve(__dirname, "..", "..", "migrations"))
    .filter((f) => /^Migration\d+.*\.ts$/.test(f));
  const applied = await app.sql<{ name: string }>("select name from mikro_orm_migrations order by id");
  expect(applied.map((r) => r.name)).toEqual(files.map((f) => f.replace(/\.ts$/, "")).sort());
});
