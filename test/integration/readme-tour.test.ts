import fs from "node:fs";
import path from "node:path";
import { startTestApp, type TestApp } from "../support/app";

/** Runs the README's five-minute tour, block by block, the way a newcomer would paste it. */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => app?.close());

async function run(query: string): Promise<Record<string, unknown>> {
  const res = await fetch(`http://127.0.0.1:${app.server.port}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${app.adminKey}` },
    body: JSON.stringify({ query }),
  });
  const body = (await res.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  expect(body.errors).toBeUndefined();
  return body.data!;
}

it("the README tour works as written", async () => {
  const readme = fs.readFileSync(path.resolve(__dirname, "..", "..", "README.md"), "utf8");
  const tour = readme.slice(readme.indexOf("## A five-minute tour"), readme.indexOf("### The same with curl"));
  const blocks = [...tour.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]!);
  expect(blocks.length).toBe(5);
  const ids: Record<string, string> = {};
  const fill = (q: string) => q.replace(/<(creditor|debtor|case) id>/g, (_m, what: string) => ids[what]!);

  const creditor = (await run(fill(blocks[0]!))).creditorCreate as { creditor: { id: string }; userErrors: unknown[] };
  expect(creditor.userErrors).toEqual([]);
  ids.creditor = creditor.creditor.id;
  const debtor = (await run(fill(blocks[1]!))).debtorCreate as { debtor: { id: string }; userErrors: unknown[] };
  expect(debtor.userErrors).toEqual([]);
  ids.debtor = debtor.debtor.id;
  const invoice = (await run(fill(blocks[2]!))).invoiceRegister as {
    case: { id: string; status: string };
    userErrors: unknown[];
  };
  expect(invoice.userErrors).toEqual([]);
  expect(invoice.case.status).toBe("ACTIVE");
  ids.case = invoice.case.id;
  const cases = (await run(fill(blocks[3]!))).cases as { nodes: { id: string }[] };
  expect(cases.nodes.map((n) => n.id)).toEqual([ids.case]);
  const one = (await run(fill(blocks[4]!))).case as { status: string; timeline: { nodes: { type: string }[] } };
  expect(one.status).toBe("ACTIVE");
  expect(one.timeline.nodes.map((e) => e.type)).toEqual(["invoice.received"]);
});
