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

async function drive(m: DriveMessage): Promise<{ changes: Change[]; failures: string[]; seconds: number }> {
  const changes: Change[] = [];
  const failures: string[] = [];
  const start = performance.now() + 50;
  const inflight: Promise<void>[] = [];
  let open = 0;
  let freed: (() => void) | undefined;
  const one = async (caseId: string) => {
    const sentAt = performance.timeOrigin + performance.now();
    try {
      const res = await fetch(m.url, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${m.key}` },
        body: JSON.stringify({ query: CLOSE, variables: { input: { caseId, reason: "benchmark" } } }),
      });
      const body = (await res.json()) as { data?: { caseClose: { case: { id: string; status: string; eventCount: number } | null; userErrors: unknown[] } }; errors?: unknown[] };
      const c = body.data?.caseClose.case;
      if (!c || c.status !== "CLOSED") failures.push(JSON.stringify(body).slice(0, 300));
      else changes.push({ caseId: c.id, sequence: c.eventCount, sentAt, doneAt: performance.timeOrigin + performance.now() });
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

process.on("message", (m: DriveMessage | { type: "stop" }) => {
  if (m.type === "stop") process.exit(0);
  drive(m).then(
    (result) => process.send!({ type: "driven", ...result }),
    (err: unknown) => process.send!({ type: "error", message: String(err) }),
  );
});
process.on("disconnect", () => process.exit(0));
process.send!({ type: "ready" });
