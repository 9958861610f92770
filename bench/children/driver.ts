import http from "node:http";
import { serveJobs } from "./child";
/**
 * Makes the state changes of the events benchmark on a fixed schedule (a request is due every 1/rate s), with at
 * most `maxInFlight` requests open, for `seconds`: when tvist cannot keep up, the schedule slips and the achieved
 * rate says so, instead of thousands of connections piling up. caseClose, ACTIVE -> CLOSED, one case each. Reports each change's
 * event (case id and the sequence its event got) and the mutation's round trip.
 */
interface DriveMessage {
  type: "drive";
  url: string;
  key: string;
  caseIds: string[];
  rate: number;
  maxInFlight: number;
  /** No request is started after this many seconds. */
  seconds: number;
}

const CLOSE = `mutation Close($input: CaseCloseInput!) { caseClose(input: $input) { case { id status eventCount } userErrors { code message } } }`;

export interface Change {
  caseId: string;
  sequence: number;
  sentAt: number;
  doneAt: number;
}

/** node:http with keep-alive: a lighter client than fetch, so the load generator takes less of the machine's CPU. */
let agent: http.Agent | undefined;
function post(url: string, key: string, body: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      {
        method: "POST",
        agent,
        headers: {
          "content-type": "application/json",
          "content-length": Buffer.byteLength(body),
          authorization: `Bearer ${key}`,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

async function drive(m: DriveMessage): Promise<{ changes: Change[]; failures: string[]; seconds: number }> {
  agent = new http.Agent({ keepAlive: true, maxSockets: m.maxInFlight });
  const changes: Change[] = [];
  const failures: string[] = [];
  const start = performance.now() + 50;
  const inflight: Promise<void>[] = [];
  let open = 0;
  let freed: (() => void) | undefined;
  const one = async (caseId: string) => {
    const sentAt = performance.timeOrigin + performance.now();
    try {
      const body = JSON.parse(
        await post(
          m.url,
          m.key,
          JSON.stringify({ query: CLOSE, variables: { input: { caseId, reason: "benchmark" } } }),
        ),
      ) as {
        data?: {
          caseClose: { case: { id: string; status: string; eventCount: number } | null; userErrors: unknown[] };
        };
        errors?: unknown[];
      };
      const c = body.data?.caseClose.case;
      if (!c || c.status !== "CLOSED") failures.push(JSON.stringify(body).slice(0, 300));
      else
        changes.push({
          caseId: c.id,
          sequence: c.eventCount,
          sentAt,
          doneAt: performance.timeOrigin + performance.now(),
        });
    } catch (err) {
      failures.push(String(err));
    } finally {
      open -= 1;
      freed?.();
    }
  };
  for (let i = 0; i < m.caseIds.length; i++) {
    const due = start + (i * 1000) / m.rate;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    while (open >= m.maxInFlight) await new Promise<void>((r) => (freed = r));
    if (performance.now() - start > m.seconds * 1000) break;
    open += 1;
    inflight.push(one(m.caseIds[i]!));
  }
  await Promise.all(inflight);
  return { changes, failures, seconds: (performance.now() - start) / 1000 };
}

serveJobs("driven", drive);
