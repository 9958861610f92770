import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { print } from "graphql";
import {
  CasesPageDocument,
  CreditorCreateDocument,
  DebtorCreateDocument,
  InvoiceRegisterDocument,
  WebhookEndpointCreateDocument,
  type InvoiceRegisterInput,
} from "../generated/graphql";
import { freePort } from "../../src/db/ephemeral";
import { postgresProcessesOn, printedKey, startTvist, type TvistProcess } from "../support/tvist-process";
import { startReceiver, type Receiver } from "../support/receiver";
import { until } from "../support/ws";

/** tvist (`npm start`, embedded PostgreSQL) while its database goes away and comes back. */

const BOOT_MS = 180_000;
let proc: TvistProcess | undefined;
let receiver: Receiver | undefined;
let blocker: net.Server | undefined;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tvist-outage-"));
fs.chmodSync(dir, 0o755);

afterAll(async () => {
  blocker?.close();
  if (proc && proc.child.exitCode === null && proc.child.signalCode === null) {
    proc.child.kill("SIGTERM");
    await proc.exited;
  }
  await receiver?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** One GraphQL POST: HTTP status and body. */
async function post(
  port: number,
  key: string,
  query: string,
  variables: unknown,
): Promise<{
  status: number;
  body: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}> {
  const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${key}` },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, body: (await res.json()) as never };
}

async function readyz(port: number): Promise<{ status: number; body: unknown }> {
  const res = await fetch(`http://127.0.0.1:${port}/readyz`);
  return { status: res.status, body: await res.json() };
}

/** Holds the port so that PostgreSQL cannot start on it; every connection to it is reset at once. */
async function holdPort(port: number): Promise<net.Server> {
  const server = net.createServer((socket) => socket.destroy());
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", resolve);
  });
  return server;
}

const alive = (p: TvistProcess) => p.child.exitCode === null && p.child.signalCode === null;

describe("database outage (embedded PostgreSQL stopped under a running tvist)", () => {
  it(
    "stays up, answers /readyz 503 and typed SERVICE_UNAVAILABLE errors, then recovers by itself with no acknowledged write lost",
    async () => {
      let stalling = true;
      receiver = await startReceiver(() => (stalling ? "stall" : 200));
      const port = await freePort();
      const pgPort = await freePort();
      proc = startTvist(
        {
          NODE_ENV: "production",
          DATA_DIR: path.join(dir, "data"),
          PORT: String(port),
          EMBEDDED_PG_PORT: String(pgPort),
          WEBHOOK_ALLOW_PRIVATE_URLS: "true",
          WEBHOOK_TIMEOUT_MS: "3000",
          WEBHOOK_RETRY_BASE_MS: "500",
        },
        "npm",
      );
      await proc.listening;
      const p = proc;
      const key = printedKey(p.stdout())!;
      const cluster = p.logs().find((l) => l.msg === "embedded PostgreSQL started")!.cluster as string;

      const creditor = await p.gql(
        port,
        CreditorCreateDocument,
        {
          input: {
            name: "Outage Test AS",
            orgNumber: "123456785",
            address: { street: "Storgata 1", postalCode: "0155", city: "Oslo" },
            kommunenummer: "0301",
          },
        },
        key,
      );
      const creditorId = creditor.data!.creditorCreate.creditor!.id;
      const debtor = await p.gql(
        port,
        DebtorCreateDocument,
        {
          input: {
            creditorId,
            kind: "PERSON",
            name: "Kari Nordmann",
            birthDate: "1980-04-30",
            address: { street: "Bryggen 3", postalCode: "5003", city: "Bergen" },
            kommunenummer: "4601",
          },
        },
        key,
      );
      const debtorId = debtor.data!.debtorCreate.debtor!.id;
      const endpoint = await p.gql(
        port,
        WebhookEndpointCreateDocument,
        { input: { creditorId, url: receiver.url } },
        key,
      );
      expect(endpoint.data!.webhookEndpointCreate.userErrors).toEqual([]);

      const invoice = (n: number): InvoiceRegisterInput => ({
        creditorId,
        debtorId,
        invoiceNumber: `F-${n}`,
        sourceSystem: "outage-test",
        externalId: `ext-${n}`,
        issueDate: "2026-09-01",
        dueDate: "2026-09-15",
        amount: 125_000 + n,
        kid: "1234590",
      });
      const acknowledged: string[] = [];
      for (let n = 1; n <= 12; n++) {
        const r = await p.gql(port, InvoiceRegisterDocument, { input: invoice(n) }, key);
        if (r.data?.invoiceRegister.case) acknowledged.push(r.data.invoiceRegister.invoice!.invoiceNumber);
      }
      expect(acknowledged).toHaveLength(12);
      // Deliveries are in flight (the receiver holds them) when the database goes.
      await receiver.waitFor(1, 30_000);

      const [postmaster] = postgresProcessesOn(cluster);
      expect(postmaster).toBeDefined();
      process.kill(postmaster!, "SIGINT");
      await until(async () => postgresProcessesOn(cluster).length === 0, 30_000, "PostgreSQL to stop");
      // Keeps the supervisor's restarts failing until the checks below are done.
      blocker = await holdPort(pgPort);

      await until(async () => (await readyz(port)).status === 503, 15_000, "/readyz to answer 503");
      const down = await readyz(port);
      expect(down).toEqual({
        status: 503,
        body: { status: "database unreachable", database: "down", migrationsCurrent: null },
      });

      const refused = await post(port, key, print(InvoiceRegisterDocument), { input: invoice(100) });
      expect(refused.status).toBe(503);
      expect(refused.body.errors?.map((e) => e.extensions?.code)).toEqual(["SERVICE_UNAVAILABLE"]);
      const text = JSON.stringify(refused.body);
      for (const internal of ["ECONN", "127.0.0.1", String(pgPort), "select", "insert", "stacktrace", "node_modules"])
        expect(text).not.toContain(internal);

      // The held deliveries time out now and cannot be recorded: the webhook runner stops, and tvist stays up.
      await p.waitForLog("webhook runner stopped on an error", 30_000);
      await p.waitForLog("embedded PostgreSQL did not start", 30_000);
      expect(alive(p)).toBe(true);
      expect((await readyz(port)).status).toBe(503);

      stalling = false;
      await new Promise<void>((resolve) => blocker!.close(() => resolve()));
      blocker = undefined;
      await p.waitForLog("embedded PostgreSQL restarted", 60_000);
      await until(async () => (await readyz(port)).status === 200, 30_000, "/readyz to answer 200 again");
      // besides these, the body has legalTables.staleInterestRate, which depends on the real date
      const up = await readyz(port);
      expect(up).toMatchObject({ status: 200, body: { status: "ready", database: "up", migrationsCurrent: true } });
      expect(Object.keys(up.body as object).sort()).toEqual(["database", "legalTables", "migrationsCurrent", "status"]);

      const after = await p.gql(port, InvoiceRegisterDocument, { input: invoice(13) }, key);
      expect(after.data?.invoiceRegister.userErrors).toEqual([]);
      acknowledged.push(after.data!.invoiceRegister.invoice!.invoiceNumber);

      const cases = await p.gql(port, CasesPageDocument, { first: 100 }, key);
      const stored = cases.data!.cases.edges.map((e) => e.node.invoice.invoiceNumber);
      const lost = acknowledged.filter((n) => !stored.includes(n));
      expect(lost).toEqual([]);
      expect(stored).not.toContain("F-100");

      // The webhook runner was started again: every event reaches the receiver.
      // case events only: a /readyz in a half-year without a confirmed interest rate also sends legal_table.stale
      await until(
        async () =>
          new Set(
            receiver!.requests
              .filter((q) => q.answered === 200 && q.json.type !== "legal_table.stale")
              .map((q) => q.headers["webhook-id"]),
          ).size === acknowledged.length,
        60_000,
        "every event delivered after the outage",
      ).catch((err: Error) => {
        throw new Error(
          `${err.message}: ${receiver!.requests.filter((q) => q.answered === 200).length} answered\n${p.stdout().slice(-6000)}`,
        );
      });
      expect(alive(p)).toBe(true);
      console.log(
        `database outage: ${acknowledged.length} writes acknowledged, ${lost.length} lost; during the outage /readyz ${down.status} and a mutation got ${refused.status} ` +
          `${String(refused.body.errors?.[0]?.extensions?.code)}; after it /readyz 200, ${acknowledged.length} of ${acknowledged.length} events delivered, ` +
          `${p.logs().filter((l) => l.msg === "embedded PostgreSQL did not start; trying again").length} failed and 1 successful PostgreSQL restart`,
      );
    },
    BOOT_MS + 120_000,
  );
});
