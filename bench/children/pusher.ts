import { serveJobs } from "./child";
import { contaPayload, invoiceOf, INVOICES_PUSH, type IngestShape } from "../ingest-data";

/**
 * Pushes the benchmark's invoices to tvist through invoicesPush, one batch at a time, like an accounting system's
 * export job; every item must come back created.
 */
interface PushMessage {
  type: "push";
  url: string;
  key: string;
  shape: IngestShape;
}

async function push(m: PushMessage): Promise<{ ms: number; invoices: number; batches: number[] }> {
  const latencies: number[] = [];
  // Request bodies are made before the clock starts: only the pushes are timed.
  const bodies: { from: number; size: number; body: string }[] = [];
  for (let from = 0; from < m.shape.invoices; from += m.shape.batchSize) {
    const items = [];
    for (let i = from; i < Math.min(m.shape.invoices, from + m.shape.batchSize); i++)
      items.push(contaPayload(invoiceOf(i, m.shape)));
    bodies.push({
      from,
      size: items.length,
      body: JSON.stringify({ query: INVOICES_PUSH, variables: { input: { pluginId: "conta", items } } }),
    });
  }
  const started = performance.now();
  for (const { from, size, body: payload } of bodies) {
    const t = performance.now();
    const res = await fetch(m.url, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${m.key}` },
      body: payload,
    });
    const body = (await res.json()) as {
      errors?: unknown[];
      data?: {
        invoicesPush: { results: { index: number; created: boolean; userErrors: unknown[] }[]; userErrors: unknown[] };
      };
    };
    latencies.push(performance.now() - t);
    const out = body.data?.invoicesPush;
    const bad = out?.results.find((r) => !r.created || r.userErrors.length > 0);
    if (!out || body.errors || out.userErrors.length > 0 || out.results.length !== size || bad) {
      throw new Error(`batch from ${from} was not fully created: ${JSON.stringify(body).slice(0, 800)}`);
    }
  }
  return { ms: performance.now() - started, invoices: m.shape.invoices, batches: latencies };
}

serveJobs("pushed", push);
