import fs from "node:fs";
import path from "node:path";
import { print } from "graphql";
import { InvoicesPushDocument, type InvoicesPushMutation } from "../generated/graphql";
import { startTestApp, type TestApp } from "../support/app";
import { createCreditor } from "../support/factories";
import { startTvist, type TvistProcess } from "../support/tvist-process";
import { freePort } from "../../src/db/ephemeral";
import { Scope } from "../../src/modules/access/api-key.entity";

/** An idempotency key whose request died with its process (SIGKILL mid-push) is usable again at once. */

type Json = Record<string, unknown>;
const BATCH = 300;
let app: TestApp;
let proc: TvistProcess | undefined;
let key: string;
let creditorId: number;
let serial = 0;

/** Conta's documented invoice with a fresh id and number; the key sees one creditor, so Conta's body need not name it. */
function contaInvoice(): Json {
  serial += 1;
  const payload = JSON.parse(
    fs.readFileSync(path.join(__dirname, "..", "..", "plugins", "conta", "fixtures", "invoice-person.json"), "utf8"),
  ) as Json;
  return { ...payload, invoice: { ...(payload.invoice as Json), id: 7_000_000 + serial, invoiceNo: 50_000 + serial } };
}

async function boot(port: number): Promise<TvistProcess> {
  proc = startTvist({ DATABASE_URL: app.databaseUrl, PORT: String(port), LOG_LEVEL: "warn", WEBHOOK_WORKER: "false" });
  // LOG_LEVEL warn leaves out the "listening" line: wait for the port instead.
  for (;;) {
    if (proc.child.exitCode !== null) throw new Error(`tvist exited:\n${proc.stdout()}\n${proc.stderr()}`);
    const up = await fetch(`http://127.0.0.1:${port}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) return proc;
    await new Promise((r) => setTimeout(r, 50));
  }
}

function push(
  port: number,
  items: Json[],
  idempotencyKey: string,
): Promise<{ data?: InvoicesPushMutation; errors?: unknown[] }> {
  return fetch(`http://127.0.0.1:${port}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${key}` },
    body: JSON.stringify({
      query: print(InvoicesPushDocument),
      variables: { input: { pluginId: "conta", items, idempotencyKey } },
    }),
  }).then((r) => r.json() as never);
}

const invoicesOf = async (items: Json[]) =>
  (
    await app.sql<{ n: string }>(
      `select count(*)::text as n from invoice where external_id = any(string_to_array(?, ','))`,
      [items.map((i) => String((i.invoice as Json).id)).join(",")],
    )
  )[0]!.n;

beforeAll(async () => {
  app = await startTestApp({ worker: false });
  creditorId = (await createCreditor(app, { name: "Fjellrev Regnskap AS", orgNumber: "923609016" })).id;
  key = await app.createKey([Scope.READ, Scope.WRITE], [creditorId], "crash test");
});
afterAll(async () => {
  if (proc && proc.child.exitCode === null && proc.child.signalCode === null) {
    proc.child.kill("SIGKILL");
    await proc.exited;
  }
  await app?.close();
});

describe("idempotency key after a crash", () => {
  it("is free at once when its request died with its process: the retry runs and writes each item exactly once", async () => {
    const port = await freePort();
    let items: Json[] = [];
    let idempotencyKey = "";
    let killedMidPush = false;
    let finishedFirst = 0;
    // The push must be running (key claimed, no response yet) when the process is killed; a push that finishes
    // before it is seen running is tried again with a new key.
    for (let attempt = 1; attempt <= 5 && !killedMidPush; attempt++) {
      const p = await boot(port);
      items = Array.from({ length: BATCH }, contaInvoice);
      idempotencyKey = `crash-batch-${attempt}`;
      const inFlight = push(port, items, idempotencyKey).catch(() => undefined);
      for (;;) {
        const [row] = await app.sql<{ running: boolean }>(
          `select response is null as running from idempotency_key where key = ?`,
          [idempotencyKey],
        );
        if (row?.running) {
          p.child.kill("SIGKILL");
          killedMidPush = true;
          break;
        }
        if (row) {
          finishedFirst += 1;
          break;
        }
        await new Promise((r) => setTimeout(r, 2));
      }
      await inFlight;
      if (!killedMidPush) p.child.kill("SIGKILL");
      await p.exited;
    }
    expect(killedMidPush).toBe(true);
    const writtenBeforeRetry = Number(await invoicesOf(items));

    await boot(port);
    const retry = await push(port, items, idempotencyKey);
    expect(retry.errors).toBeUndefined();
    expect(retry.data!.invoicesPush.userErrors).toEqual([]);
    expect(retry.data!.invoicesPush.results).toHaveLength(BATCH);
    expect(retry.data!.invoicesPush.results.filter((r) => r.userErrors.length > 0)).toEqual([]);
    expect(await invoicesOf(items)).toBe(String(BATCH));

    const replay = await push(port, items, idempotencyKey);
    expect(replay.data).toEqual(retry.data);
    expect(await invoicesOf(items)).toBe(String(BATCH));
    console.log(
      `idempotency after SIGKILL mid-push (${finishedFirst} push(es) finished before they could be killed): ${writtenBeforeRetry} of ${BATCH} invoices committed before the kill; ` +
        `the retry with the same key after restart ran at once (no IDEMPOTENCY_KEY_IN_USE), ${BATCH} of ${BATCH} invoices stored, 0 duplicates; a further repeat replayed`,
    );
  }, 180_000);
});
