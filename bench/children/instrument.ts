import fs from "node:fs";
import type http from "node:http";
import { Session } from "node:inspector";
import { sendCpu } from "./child";

/**
 * Answers the runner's measurement messages in a server child: "cpu" (process CPU ms and requests served so far)
 * and "profile-start" / "profile-stop" (the V8 CPU profiler, as node --cpu-prof, but over the measured window only).
 */
export function instrument(server: http.Server): void {
  let requests = 0;
  server.on("request", () => (requests += 1));
  let session: Session | undefined;
  /** BENCH_HEAP_PROFILE=1: the sampling heap profiler (allocations) instead of the CPU profiler. */
  const heap = process.env.BENCH_HEAP_PROFILE === "1";
  const post = (method: string, params?: object) =>
    new Promise<unknown>((resolve, reject) =>
      session!.post(method, params ?? {}, (err, result) => (err ? reject(err) : resolve(result))),
    );
  process.on("message", (m: { type: string; file?: string }) => {
    if (m.type === "cpu") sendCpu(requests);
    else if (m.type === "profile-start") {
      session = new Session();
      session.connect();
      const start = heap
        ? post("HeapProfiler.enable").then(() =>
            post("HeapProfiler.startSampling", {
              samplingInterval: 4096,
              includeObjectsCollectedByMajorGC: true,
              includeObjectsCollectedByMinorGC: true,
            }),
          )
        : post("Profiler.enable")
            .then(() => post("Profiler.setSamplingInterval", { interval: 500 }))
            .then(() => post("Profiler.start"));
      void start.then(() => process.send!({ type: "profile", file: "" }));
    } else if (m.type === "profile-stop") {
      void post(heap ? "HeapProfiler.stopSampling" : "Profiler.stop").then((result) => {
        fs.writeFileSync(m.file!, JSON.stringify((result as { profile: unknown }).profile));
        session!.disconnect();
        process.send!({ type: "profile", file: m.file! });
      });
    }
  });
}
