import pg from "pg";
import { invoiceOf, type IngestShape, type InvoiceRow } from "../ingest-data";
import { serveJobs } from "./child";

/**
 * RAW BASELINE for ingest: the same invoices written as the same rows tvist writes for a new invoice (debtor when
 * new, invoice, collection case, its invoice.received event) with one multi-row INSERT per table and batch (the rows
 * as one JSON parameter expanded by json_to_recordset, which was faster here than a VALUES list of thousands of
 * parameters), in one transaction per batch, over one connection. No parsing of a plugin format, no checks, no API.
 */
interface RawMessage {
  type: "ingest";
  databaseUrl: string;
  shape: IngestShape;
  creditorId: number;
  municipalityId: number;
  actor: string;
}

/** Rows as one JSON parameter, expanded by json_to_recordset: faster than a VALUES list of thousands of parameters. */
const json = (rows: Record<string, unknown>[]) => [JSON.stringify(rows)];

async function ingest(m: RawMessage): Promise<{ ms: number; invoices: number; batches: number[] }> {
  const client = new pg.Client({ connectionString: m.databaseUrl });
  await client.connect();
  const debtorOf = new Map<number, number>();
  const latencies: number[] = [];
  // The rows are made before the clock starts, as the pusher makes its request bodies first.
  const batches: InvoiceRow[][] = [];
  for (let from = 0; from < m.shape.invoices; from += m.shape.batchSize) {
    const rows: InvoiceRow[] = [];
    for (let i = from; i < Math.min(m.shape.invoices, from + m.shape.batchSize); i++) rows.push(invoiceOf(i, m.shape));
    batches.push(rows);
  }
  const started = performance.now();
  try {
    for (const rows of batches) {
      const t = performance.now();
      await client.query("begin");
      const fresh = [
        ...new Map(rows.filter((r) => !debtorOf.has(r.customer.k)).map((r) => [r.customer.k, r.customer])).values(),
      ];
      if (fresh.length > 0) {
        const res = await client.query<{ id: string; name: string }>(
          `insert into debtor (creditor_id, kind, name, org_number, birth_date, address_street, address_postal_code, address_city, address_country, municipality_id)
           select * from json_to_recordset($1::json) as r(creditor_id bigint, kind text, name text, org_number text, birth_date date, street text, postal_code text, city text, country text, municipality_id bigint)
           returning id, name`,
          json(
            fresh.map((c) => ({
              creditor_id: m.creditorId,
              kind: c.kind,
              name: c.name,
              org_number: c.orgNumber,
              birth_date: c.birthDate,
              street: c.street,
              postal_code: c.postalCode,
              city: c.city,
              country: "NO",
              municipality_id: m.municipalityId,
            })),
          ),
        );
        const byName = new Map(fresh.map((c) => [c.name, c.k]));
        for (const r of res.rows) debtorOf.set(byName.get(r.name)!, Number(r.id));
      }
      const invoices = await client.query<{ id: string; external_id: string }>(
        `insert into invoice (creditor_id, debtor_id, invoice_number, source_system, external_id, issue_date, due_date, amount, currency, kid)
         select * from json_to_recordset($1::json) as r(creditor_id bigint, debtor_id bigint, invoice_number text, source_system text, external_id text, issue_date date, due_date date, amount bigint, currency text, kid text)
         returning id, external_id`,
        json(
          rows.map((r) => ({
            creditor_id: m.creditorId,
            debtor_id: debtorOf.get(r.customer.k),
            invoice_number: r.invoiceNumber,
            source_system: "conta",
            external_id: r.externalId,
            issue_date: r.issueDate,
            due_date: r.dueDate,
            amount: r.amount,
            currency: "NOK",
            kid: null,
          })),
        ),
      );
      const invoiceId = new Map(invoices.rows.map((r) => [r.external_id, Number(r.id)]));
      const cases = await client.query<{ id: string; invoice_id: string }>(
        `insert into collection_case (invoice_id, creditor_id, debtor_id, status, principal_amount, last_sequence)
         select * from json_to_recordset($1::json) as r(invoice_id bigint, creditor_id bigint, debtor_id bigint, status text, principal_amount bigint, last_sequence int)
         returning id, invoice_id`,
        json(
          rows.map((r) => ({
            invoice_id: invoiceId.get(r.externalId),
            creditor_id: m.creditorId,
            debtor_id: debtorOf.get(r.customer.k),
            status: "ACTIVE",
            principal_amount: r.amount,
            last_sequence: 1,
          })),
        ),
      );
      const caseOf = new Map(cases.rows.map((r) => [Number(r.invoice_id), Number(r.id)]));
      await client.query(
        `insert into case_event (case_id, creditor_id, sequence, type, actor, summary, status_before, status_after, data)
         select * from json_to_recordset($1::json) as r(case_id bigint, creditor_id bigint, sequence int, type text, actor text, summary text, status_before text, status_after text, data jsonb)`,
        json(
          rows.map((r) => ({
            case_id: caseOf.get(invoiceId.get(r.externalId)!),
            creditor_id: m.creditorId,
            sequence: 1,
            type: "invoice.received",
            actor: m.actor,
            summary: `Invoice ${r.invoiceNumber} received from conta; collection case opened`,
            status_before: "ACTIVE",
            status_after: "ACTIVE",
            data: {
              invoiceNumber: r.invoiceNumber,
              amount: r.amount,
              dueDate: r.dueDate,
              sourceSystem: "conta",
              externalId: r.externalId,
            },
          })),
        ),
      );
      await client.query("commit");
      latencies.push(performance.now() - t);
    }
    return { ms: performance.now() - started, invoices: m.shape.invoices, batches: latencies };
  } finally {
    await client.end();
  }
}

serveJobs("pushed", ingest);
