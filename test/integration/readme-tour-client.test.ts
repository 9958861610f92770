import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import { startTestApp, type TestApp } from "../support/app";

/** Runs the README tour's TypeScript version (@tvist/client) as written, against a real server. */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => app?.close());

it("the README tour in TypeScript works as written", async () => {
  const readme = fs.readFileSync(path.resolve(__dirname, "..", "..", "README.md"), "utf8");
  const section = readme.slice(readme.indexOf("### The same in TypeScript"), readme.indexOf("## Legal tables"));
  const blocks = [...section.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);
  expect(blocks.length).toBe(1);
  const source = blocks[0]!
    .replace("http://localhost:4000/graphql", app.server.url)
    .replace(/^tour\(\)/m, "return tour()");
  expect(source).toContain(app.server.url);
  const js = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
  }).outputText;

  const lines: unknown[][] = [];
  const log = { log: (...args: unknown[]) => lines.push(args), error: (...args: unknown[]) => lines.push(args) };
  const env = { ...process.env, TVIST_KEY: app.adminKey };
  const run = new Function("require", "exports", "process", "console", js) as (...args: unknown[]) => Promise<void>;
  await run(require, {}, { ...process, env }, log);

  const [caseRow, detail, ...events] = lines;
  expect(caseRow!.slice(1)).toEqual(["ACTIVE", 125000, "2026-01-19"]);
  expect(detail![2]).toEqual(["invoice.received"]);
  expect(events.map((e) => [e[0], e[1], e[2]])).toEqual([
    [2, "objection.registered", "ACTIVE"],
    [3, "case.frozen", "FROZEN"],
  ]);
  expect(await app.count("objection")).toBe(1);
});
