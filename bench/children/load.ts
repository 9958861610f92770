import type { LoadResult } from "../ipc";

/**
 * The load generator (autocannon) in its own process, so it does not share an event loop with the server it
 * measures. A "run" message gives the target and the request bodies (cycled); a "result" message answers.
 */
interface RunMessage {
  type: "run";
  url: string;
  headers: Record<string, string>;
  bodies: string[];
  connections: number;
  durationS: number;
}

interface AutocannonHistogram {
  average: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  total: number;
}
interface AutocannonResult {
  requests: AutocannonHistogram;
  latency: AutocannonHistogram;
  throughput: AutocannonHistogram;
  errors: number;
  timeouts: number;
  non2xx: number;
  mismatches: number;
  duration: number;
}
type Autocannon = (opts: Record<string, unknown>) => Promise<AutocannonResult>;
const autocannon = require("autocannon") as Autocannon;

async function run(m: RunMessage, durationS: number): Promise<AutocannonResult> {
  let next = 0;
  return autocannon({
    url: m.url,
    connections: m.connections,
    duration: durationS,
    method: "POST",
    headers: { "content-type": "application/json", ...m.headers },
    // A GraphQL error answers 200: count it as a mismatch.
    verifyBody: (body: string) => !body.includes('"errors":'),
    requests: [
      {
        setupRequest: (req: Record<string, unknown>) => {
          req.body = m.bodies[next++ % m.bodies.length];
          return req;
        },
      },
    ],
  });
}

process.on("message", (m: RunMessage | { type: "stop" }) => {
  if (m.type === "stop") process.exit(0);
  void (async () => {
    try {
      const r = await run(m, m.durationS);
      const result: LoadResult = {
        requests: r.requests.total,
        rps: r.requests.total / r.duration,
        p50: r.latency.p50,
        p90: r.latency.p90,
        p99: r.latency.p99,
        avg: r.latency.average,
        max: r.latency.max,
        errors: r.errors + r.mismatches,
        timeouts: r.timeouts,
        non2xx: r.non2xx,
        bytesPerRequest: r.requests.total ? r.throughput.total / r.requests.total : 0,
        durationS: r.duration,
      };
      process.send!({ type: "result", result });
    } catch (err) {
      process.send!({ type: "error", message: (err as Error).message });
    }
  })();
});
process.on("disconnect", () => process.exit(0));
process.send!({ type: "ready" });
