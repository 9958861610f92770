/** What every benchmark child answers to "cpu": its CPU time (user + system) so far, and `requests` served. */
export function sendCpu(requests = 0): void {
  const u = process.cpuUsage();
  process.send!({ type: "cpu", cpuMs: (u.user + u.system) / 1000, requests });
}

/**
 * The message loop of a child that runs one job per message: "stop" exits, "cpu" answers sendCpu, anything else is
 * a job for `run`, answered with `{ type: done, ...result }` or an error message. Says "ready" once listening.
 */
export function serveJobs<M extends { type: string }>(done: string, run: (m: M) => Promise<object>): void {
  process.on("message", (m: M | { type: "stop" } | { type: "cpu" }) => {
    if (m.type === "stop") process.exit(0);
    if (m.type === "cpu") return sendCpu();
    run(m as M).then(
      (result) => process.send!({ type: done, ...result }),
      (err: unknown) => process.send!({ type: "error", message: err instanceof Error ? err.message : String(err) }),
    );
  });
  process.on("disconnect", () => process.exit(0));
  process.send!({ type: "ready" });
}
