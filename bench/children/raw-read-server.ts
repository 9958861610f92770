import http from "node:http";
import { createHash } from "node:crypto";
import type { AddressInfo } from "node:net";
import pg from "pg";
import { instrument } from "./instrument";

/**
 * RAW BASELINE for the read benchmark: bare node:http + pg, no framework. The same four statements tvist sends for
 * the cases page (cases, then invoices, debtors and latest events by id, the last three at once), the same API-key
 * check (SHA-256 of the bearer key against keys loaded once) and the same `data` JSON.
 */
pg.types.setTypeParser(1082, (v) => v); // date stays 'YYYY-MM-DD'
pg.types.setTypeParser(20, (v) => Number(v)); // bigint ids and øre as numbers

const b64 = (s: string) => Buffer.from(s).toString("base64url");
const gid = (type: string, id: number) => b64(`${type}:${id}`);
const cursorOf = (id: number) => b64(JSON.stringify([id, id]));

interface CaseRow {
  id: number;
  invoice_id: number;
  debtor_id: number;
  status: string;
  principal_amount: number;
  fees_amount: number;
  paid_amount: number;
  credited_amount: number;
}

async function main(): Promise<void> {
  const pool = new pg.Pool({
    connectionString: process.env.BENCH_DATABASE_URL!,
    max: Number(process.env.DB_POOL_MAX ?? 10),
  });
  let statements = 0;
  const query = <R extends pg.QueryResultRow>(text: string, values: unknown[]) => {
    statements += 1;
    return pool.query<R>(text, values);
  };
  const keys = new Map<string, number[] | "all">();
  const rows = await pool.query<{ hash: string; all_creditors: boolean; creditors: number[] | null }>(
    `select k.hash, k.all_creditors, array_agg(kc.creditor_id) filter (where kc.creditor_id is not null) as creditors
     from api_key k left join api_key_creditor kc on kc.api_key_id = k.id where k.revoked_at is null group by k.id`,
  );
  for (const r of rows.rows) keys.set(r.hash, r.all_creditors ? "all" : (r.creditors ?? []).map(Number));

  const page = async (creditors: number[] | "all", first: number, afterId: number) => {
    const cases = (
      creditors === "all"
        ? await query<CaseRow>("select * from collection_case where id > $1 order by id asc limit $2", [
            afterId,
            first + 1,
          ])
        : await query<CaseRow>(
            "select * from collection_case where creditor_id = any($1) and id > $2 order by id asc limit $3",
            [creditors, afterId, first + 1],
          )
    ).rows;
    const nodes = cases.slice(0, first);
    const invoiceIds = [...new Set(nodes.map((c) => c.invoice_id))];
    const debtorIds = [...new Set(nodes.map((c) => c.debtor_id))];
    const caseIds = nodes.map((c) => c.id);
    const [invoices, debtors, events] = nodes.length
      ? await Promise.all([
          query<{ id: number; invoice_number: string; due_date: string }>("select * from invoice where id = any($1)", [
            invoiceIds,
          ]),
          query<{ id: number; name: string }>("select * from debtor where id = any($1)", [debtorIds]),
          query<{ id: number; case_id: number; type: string; occurred_at: Date }>(
            "select distinct on (case_id) * from case_event where case_id = any($1) order by case_id, sequence desc",
            [caseIds],
          ),
        ])
      : [{ rows: [] }, { rows: [] }, { rows: [] }];
    const invoiceById = new Map(invoices.rows.map((r) => [r.id, r]));
    const debtorById = new Map(debtors.rows.map((r) => [r.id, r]));
    const eventByCase = new Map(events.rows.map((r) => [r.case_id, r]));
    const edges = nodes.map((c) => {
      const inv = invoiceById.get(c.invoice_id)!;
      const deb = debtorById.get(c.debtor_id)!;
      const ev = eventByCase.get(c.id);
      return {
        cursor: cursorOf(c.id),
        node: {
          id: gid("Case", c.id),
          status: c.status,
          outstandingAmount: Math.max(0, c.principal_amount + c.fees_amount - c.paid_amount - c.credited_amount),
          debtor: { id: gid("Debtor", deb.id), name: deb.name },
          invoice: { id: gid("Invoice", inv.id), invoiceNumber: inv.invoice_number, dueDate: inv.due_date },
          latestEvent: ev
            ? { id: gid("CaseEvent", ev.id), type: ev.type, occurredAt: ev.occurred_at.toISOString() }
            : null,
        },
      };
    });
    return {
      data: {
        cases: { edges, pageInfo: { hasNextPage: cases.length > first, endCursor: edges.at(-1)?.cursor ?? null } },
      },
    };
  };

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      void (async () => {
        const send = (status: number, body: unknown) => {
          const json = JSON.stringify(body);
          res.writeHead(status, {
            "content-type": "application/json; charset=utf-8",
            "content-length": Buffer.byteLength(json),
          });
          res.end(json);
        };
        try {
          const key = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? "")?.[1];
          const creditors = key ? keys.get(createHash("sha256").update(key).digest("hex")) : undefined;
          if (!creditors)
            return send(401, { errors: [{ message: "unknown key", extensions: { code: "UNAUTHENTICATED" } }] });
          const body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as {
            variables?: { first?: number; after?: string | null };
          };
          const first = body.variables?.first ?? 20;
          const after = body.variables?.after;
          const afterId = after
            ? (JSON.parse(Buffer.from(after, "base64url").toString("utf8")) as [number, number])[1]
            : 0;
          send(200, await page(creditors, first, afterId));
        } catch (err) {
          send(500, { errors: [{ message: (err as Error).message }] });
        }
      })();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  instrument(server);
  process.on("message", (m: { type: string }) => {
    if (m.type === "sql") {
      process.send!({ type: "sql", count: statements, statements: [] });
      statements = 0;
    } else if (m.type === "stop") {
      server.close();
      server.closeAllConnections();
      void pool.end().then(() => process.exit(0));
    }
  });
  process.on("disconnect", () => process.exit(0));
  process.send!({ type: "ready", port: (server.address() as AddressInfo).port });
}

main().catch((err: unknown) => {
  process.send?.({ type: "error", message: err instanceof Error ? (err.stack ?? err.message) : String(err) });
  process.exit(1);
});
