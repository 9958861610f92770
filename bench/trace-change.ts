import { postgresCpuMs } from "./events";
import { pgBreakdown, resetStatementStats, startBenchCluster, statementStatLines, withClient } from "./cluster";
import { forkChild, stopAllChildren } from "./ipc";
import { startServerChild } from "./read";
import { seed } from "./seed";
import { generateApiKey, hashApiKey } from "../src/modules/access/auth";
import { toGlobalId } from "../src/shared/global-id";

const CLOSE = `mutation Close($input: CaseCloseInput!) { caseClose(input: $input) { case { id status eventCount } userErrors { code message } } }`;

/** Dev tool: every SQL statement PostgreSQL sees for one caseClose, its subscription event and its webhook. */
async function main() {
  const lines: string[] = [];
  let capture = false;
  const cluster = await startBenchCluster((l) => capture && lines.push(l));
  try {
    const url = await cluster.freshDatabase("bench_trace");
    const seeded = await withClient(url, (c) => seed(c, { invoices: 6000, creditors: 1 }));
    const key = generateApiKey();
    const caseIds = await withClient(url, async (c) => {
      const k = await c.query<{ id: string }>(
        `insert into api_key (name, prefix, hash, scopes, all_creditors) values ('t', $1, $2, '{write}', false) returning id`,
        [key.slice(0, 10), hashApiKey(key)],
      );
      await c.query("insert into api_key_creditor (api_key_id, creditor_id) values ($1, 1)", [k.rows[0]!.id]);
      if (!process.env.COST) await c.query("alter database bench_trace set log_statement = 'all'");
      // EXPLAIN=1: the plan and timing of every statement, nested ones (plpgsql) included.
      if (process.env.EXPLAIN === "1") {
        for (const setting of [
          "session_preload_libraries = 'auto_explain'",
          "auto_explain.log_min_duration = 0",
          "auto_explain.log_analyze = on",
          "auto_explain.log_nested_statements = on",
          "auto_explain.log_buffers = on",
        ]) {
          await c.query(`alter database bench_trace set ${setting}`);
        }
      }
      return (
        await c.query<{ id: string }>(
          "select id::text from collection_case where status = 'ACTIVE' and creditor_id = 1 order by id limit 5000",
        )
      ).rows.map((r) => toGlobalId("Case", r.id));
    });
    const server = await startServerChild("tvist-server", url, { WEBHOOK_ALLOW_PRIVATE_URLS: "true" });
    const listener = forkChild("listener");
    const { port } = await listener.next("ready");
    const gql = async (k: string, query: string, variables: unknown) => {
      const res = await fetch(server.url, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${k}` },
        body: JSON.stringify({ query, variables }),
      });
      return res.json();
    };
    const allIds = caseIds.splice(5);
    const cpu = async () => {
      server.child.send({ type: "cpu" });
      return (await server.child.next("cpu")).cpuMs as number;
    };
    const costOf = async (label: string, ids: string[]) => {
      const pg0 = postgresCpuMs()!;
      const before = await cpu();
      const t0 = performance.now();
      for (const id of ids) await gql(key, CLOSE, { input: { caseId: id, reason: "cost" } });
      const wall = performance.now() - t0;
      await new Promise((r) => setTimeout(r, 2000));
      const after = await cpu();
      console.log(
        `${label}: ${((after - before) / ids.length).toFixed(2)} ms server CPU per change (incl. 2 s idle), postgres ${((postgresCpuMs()! - pg0) / ids.length).toFixed(2)} ms, ${(wall / ids.length).toFixed(2)} ms round trip`,
      );
    };
    if (process.env.COST) {
      const n = Number(process.env.COST);
      const idle0 = await cpu();
      await new Promise((r) => setTimeout(r, 2000));
      console.log(`idle: ${(await cpu()) - idle0} ms per 2 s`);
      await costOf("warm", allIds.splice(0, 50));
      {
        const before = await cpu();
        const t0 = performance.now();
        for (let i = 0; i < n; i++) await gql(key, `{ __typename }`, {});
        const wall = performance.now() - t0;
        await new Promise((r) => setTimeout(r, 2000));
        console.log(`__typename: ${((await cpu()) - before) / n} ms CPU, ${wall / n} ms round trip`);
      }
      {
        const before = await cpu();
        const t0 = performance.now();
        for (let i = 0; i < n; i++) await fetch(server.url.replace("/graphql", "/healthz"));
        const wall = performance.now() - t0;
        await new Promise((r) => setTimeout(r, 2000));
        console.log(`healthz: ${((await cpu()) - before) / n} ms CPU, ${wall / n} ms round trip`);
      }
      server.child.send({ type: "profile-start" });
      await server.child.next("profile");
      await costOf("mutation only", allIds.splice(0, n));
      server.child.send({ type: "profile-stop", file: "/tmp/mut.cpuprofile" });
      await server.child.next("profile");
      listener.send({
        type: "subscribe",
        wsUrl: server.url.replace(/^http/, "ws"),
        key: seeded.readKey,
        creditorId: toGlobalId("Creditor", 1),
      });
      await listener.next("ack");
      await costOf("+ subscription", allIds.splice(0, n));
      await gql(
        key,
        `mutation($input: WebhookEndpointCreateInput!) { webhookEndpointCreate(input: $input) { secret } }`,
        {
          input: {
            creditorId: toGlobalId("Creditor", 1),
            url: `http://127.0.0.1:${port}/hook`,
            eventTypes: ["case.closed"],
            format: "TVIST",
          },
        },
      );
      if (pgBreakdown) await resetStatementStats(url);
      await costOf("+ webhook", allIds.splice(0, n));
      if (pgBreakdown) for (const line of await statementStatLines(url, n)) console.log(`  ${line}`);
      listener.send({ type: "stop" });
      await server.child.stop();
      return;
    }
    const created = (await gql(
      key,
      `mutation($input: WebhookEndpointCreateInput!) { webhookEndpointCreate(input: $input) { secret } }`,
      {
        input: {
          creditorId: toGlobalId("Creditor", 1),
          url: `http://127.0.0.1:${port}/hook`,
          eventTypes: ["case.closed"],
          format: "TVIST",
        },
      },
    )) as { data: { webhookEndpointCreate: { secret: string } } };
    listener.send({ type: "secret", secret: created.data.webhookEndpointCreate.secret });
    await listener.next("ack");
    listener.send({
      type: "subscribe",
      wsUrl: server.url.replace(/^http/, "ws"),
      key: seeded.readKey,
      creditorId: toGlobalId("Creditor", 1),
    });
    await listener.next("ack");
    for (let i = 0; i < 3; i++) {
      await gql(key, CLOSE, { input: { caseId: caseIds[i], reason: "warm" } });
      await new Promise((r) => setTimeout(r, 500));
    }
    await new Promise((r) => setTimeout(r, 1500));
    capture = true;
    console.log(JSON.stringify(await gql(key, CLOSE, { input: { caseId: caseIds[4], reason: "trace" } })));
    await new Promise((r) => setTimeout(r, 1500));
    capture = false;
    const stmts = lines.filter((l) => /LOG:\s+(statement|execute)/.test(l));
    for (const l of lines) console.log(l.replace(/\s+/g, " ").slice(0, 400));
    console.log(`${stmts.length} statements`);
    listener.send({ type: "stop" });
    await server.child.stop();
  } finally {
    await stopAllChildren();
    await cluster.stop();
  }
}
void main();
