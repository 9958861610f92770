import http from "node:http";
import type { AddressInfo } from "node:net";
import { createClient } from "graphql-ws";
import WebSocket from "ws";
import { Webhook } from "standardwebhooks";
import { sendCpu } from "./child";

/**
 * The receiving side of the events benchmark, in its own process: a graphql-ws subscriber to caseEvents and a
 * webhook receiver on loopback. Records when each event arrives (wall clock, sub-millisecond), keyed by event id;
 * webhook signatures are verified after the 200 is sent, so verification does not count as delivery time.
 */
const now = () => performance.timeOrigin + performance.now();

interface Arrival {
  /** caseId#sequence: what the driver knows of the change. */
  key: string;
  occurredAt: number;
  at: number;
}

const subscribed = new Map<string, Arrival>();
const hooked = new Map<string, Arrival>();
let subDuplicates = 0;
let hookDuplicates = 0;
let badSignatures = 0;
let subErrors: unknown[] = [];
let webhook: Webhook | undefined;

const server = http.createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on("data", (c: Buffer) => chunks.push(c));
  req.on("end", () => {
    const at = now();
    res.writeHead(200).end();
    const body = Buffer.concat(chunks).toString("utf8");
    const id = String(req.headers["webhook-id"]);
    try {
      // standardwebhooks refuses timestamps older than 5 minutes: a slow queue is measured, not refused, here.
      webhook?.verify(body, {
        "webhook-id": id,
        "webhook-timestamp": String(req.headers["webhook-timestamp"]),
        "webhook-signature": String(req.headers["webhook-signature"]),
      });
    } catch {
      badSignatures += 1;
    }
    const event = JSON.parse(body) as { caseId: string; sequence: number; occurredAt: string };
    const key = `${event.caseId}#${event.sequence}`;
    if (hooked.has(key)) hookDuplicates += 1;
    else hooked.set(key, { key, occurredAt: Date.parse(event.occurredAt), at });
  });
});

/** Keys the runner waits for (after the warm-up): status counts only these. */
let expected: string[] | null = null;

process.on(
  "message",
  (m: { type: string; secret?: string; wsUrl?: string; key?: string; creditorId?: string; keys?: string[] }) => {
    if (m.type === "cpu") sendCpu();
    else if (m.type === "secret") {
      webhook = new Webhook(m.secret!);
      process.send!({ type: "ack" });
    } else if (m.type === "subscribe") {
      const client = createClient({
        url: m.wsUrl!,
        webSocketImpl: WebSocket,
        connectionParams: { authorization: `Bearer ${m.key}` },
        lazy: false,
        retryAttempts: 0,
      });
      client.subscribe<{ caseEvents: { caseId: string; sequence: number; occurredAt: string } }>(
        {
          query:
            "subscription Live($filter: CaseEventFilter) { caseEvents(filter: $filter) { id type caseId sequence occurredAt } }",
          variables: { filter: { creditorId: m.creditorId } },
        },
        {
          next: (msg) => {
            const at = now();
            const e = msg.data?.caseEvents;
            if (!e) {
              subErrors.push(msg.errors);
              return;
            }
            const key = `${e.caseId}#${e.sequence}`;
            if (subscribed.has(key)) subDuplicates += 1;
            else subscribed.set(key, { key, occurredAt: Date.parse(e.occurredAt), at });
          },
          error: (err) => subErrors.push(String(err)),
          complete: () => undefined,
        },
      );
      process.send!({ type: "ack" });
    } else if (m.type === "expect") {
      expected = m.keys ?? null;
      process.send!({ type: "ack" });
    } else if (m.type === "status") {
      const count = (arrived: Map<string, Arrival>) =>
        expected ? expected.filter((k) => arrived.has(k)).length : arrived.size;
      process.send!({ type: "status", subscribed: count(subscribed), hooked: count(hooked) });
    } else if (m.type === "arrivals") {
      process.send!({
        type: "arrivals",
        subscribed: [...subscribed.values()],
        hooked: [...hooked.values()],
        subDuplicates,
        hookDuplicates,
        badSignatures,
        subErrors: subErrors.slice(0, 5),
      });
      subErrors = [];
    } else if (m.type === "stop") {
      server.closeAllConnections();
      server.close();
      process.exit(0);
    }
  },
);
process.on("disconnect", () => process.exit(0));
server.listen(0, "127.0.0.1", () => process.send!({ type: "ready", port: (server.address() as AddressInfo).port }));
