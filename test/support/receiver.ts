import http from "node:http";
import type { AddressInfo } from "node:net";

export interface Received {
  headers: Record<string, string>;
  body: string;
  json: Record<string, unknown>;
  /** The status answered (or "stall"). */
  answered: number | "stall";
  at: number;
  /** The sender's port (its end of the connection). */
  remotePort: number;
}

/** What to answer the n-th request (0-based): a status code, or "stall" to never answer. */
export type Responder = (req: Received, n: number) => number | "stall";

/** A real webhook receiver on 127.0.0.1 that records every request. */
export interface Receiver {
  url: string;
  requests: Received[];
  respond: Responder;
  /** Resolves when at least `count` requests arrived; fails after `timeoutMs`. */
  waitFor(count: number, timeoutMs?: number): Promise<Received[]>;
  close(): Promise<void>;
}

/** `delayMs`: how long each answer waits (a slow receiver); 0 by default. */
export async function startReceiver(
  respond: Responder = () => 200,
  path = "/hooks/tvist",
  options: { delayMs?: number } = {},
): Promise<Receiver> {
  const requests: Received[] = [];
  const waiters: { count: number; resolve: () => void }[] = [];
  const stalled: http.ServerResponse[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      const headers: Record<string, string> = {};
      for (const [k, v] of Object.entries(req.headers)) if (typeof v === "string") headers[k] = v;
      let json: Record<string, unknown> = {};
      try {
        json = JSON.parse(body) as Record<string, unknown>;
      } catch {
        /* not JSON */
      }
      const received: Received = {
        headers,
        body,
        json,
        answered: 200,
        at: Date.now(),
        remotePort: req.socket.remotePort ?? 0,
      };
      received.answered = receiver.respond(received, requests.length);
      requests.push(received);
      for (const w of [...waiters]) {
        if (requests.length >= w.count) {
          waiters.splice(waiters.indexOf(w), 1);
          w.resolve();
        }
      }
      if (received.answered === "stall") stalled.push(res);
      else if (options.delayMs) {
        const status = received.answered;
        setTimeout(() => res.writeHead(status, { "content-type": "text/plain" }).end("ok"), options.delayMs);
      } else res.writeHead(received.answered, { "content-type": "text/plain" }).end("ok");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const receiver: Receiver = {
    url: `http://127.0.0.1:${port}${path}`,
    requests,
    respond,
    waitFor(count, timeoutMs = 15000) {
      if (requests.length >= count) return Promise.resolve(requests);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`receiver got ${requests.length} of ${count} requests within ${timeoutMs} ms`)),
          timeoutMs,
        );
        waiters.push({
          count,
          resolve: () => {
            clearTimeout(timer);
            resolve(requests);
          },
        });
      });
    },
    async close() {
      for (const res of stalled) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  return receiver;
}
