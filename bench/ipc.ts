import { fork, type ChildProcess } from "node:child_process";
import path from "node:path";

/** Messages between the benchmark runner and its children (over the fork IPC channel). */
export type ChildMessage =
  | { type: "ready"; port?: number }
  | { type: "sql"; count: number; statements: string[] }
  | { type: "result"; result: LoadResult }
  | { type: "cpu"; cpuMs: number; requests: number }
  | { type: "profile"; file: string }
  | { type: "pushed"; ms: number; invoices: number; batches: number[] }
  | { type: "ack" }
  | { type: "status"; subscribed: number; hooked: number }
  | {
      type: "arrivals";
      subscribed: { key: string; occurredAt: number; at: number }[];
      hooked: { key: string; occurredAt: number; at: number }[];
      subDuplicates: number;
      hookDuplicates: number;
      badSignatures: number;
    }
  | {
      type: "driven";
      changes: { caseId: string; sequence: number; sentAt: number; doneAt: number }[];
      failures: string[];
      seconds: number;
    }
  | { type: "error"; message: string };

export interface LoadResult {
  requests: number;
  /** Mean requests per second over the measured window. */
  rps: number;
  p50: number;
  p90: number;
  p99: number;
  avg: number;
  max: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  bytesPerRequest: number;
  durationS: number;
  /** Server CPU time (user + system, main process) per request in the measured window. */
  serverCpuMs?: number;
}

export interface Child {
  proc: ChildProcess;
  send(message: Record<string, unknown>): void;
  /** The next message of this type (rejects on an error message or on exit). */
  next<T extends ChildMessage["type"]>(type: T, timeoutMs?: number): Promise<Extract<ChildMessage, { type: T }>>;
  stop(): Promise<void>;
}

const running = new Set<Child>();

/** Forks a compiled child script from bench/children with IPC; every child is tracked so the runner can stop them all. */
export function forkChild(name: string, env: Record<string, string> = {}, execArgv: string[] = []): Child {
  const proc = fork(path.join(__dirname, "children", `${name}.js`), [], {
    env: { ...process.env, ...env },
    execArgv,
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const waiting: { type: string; resolve: (m: ChildMessage) => void; reject: (e: Error) => void }[] = [];
  const inbox: ChildMessage[] = [];
  let exited = false;
  proc.on("message", (m: ChildMessage) => {
    if (m.type === "error") {
      const w = waiting.shift();
      if (w) w.reject(new Error(`${name}: ${m.message}`));
      else inbox.push(m);
      return;
    }
    const i = waiting.findIndex((w) => w.type === m.type);
    if (i >= 0) waiting.splice(i, 1)[0]!.resolve(m);
    else inbox.push(m);
  });
  const exit = new Promise<void>((resolve) =>
    proc.on("exit", (code) => {
      exited = true;
      running.delete(child);
      for (const w of waiting.splice(0)) w.reject(new Error(`${name} exited with ${code} before answering ${w.type}`));
      resolve();
    }),
  );
  const child: Child = {
    proc,
    send: (message) => proc.send(message),
    next(type, timeoutMs = 120_000) {
      const i = inbox.findIndex((m) => m.type === type || m.type === "error");
      if (i >= 0) {
        const m = inbox.splice(i, 1)[0]!;
        return m.type === "error" ? Promise.reject(new Error(`${name}: ${m.message}`)) : Promise.resolve(m as never);
      }
      if (exited) return Promise.reject(new Error(`${name} has exited`));
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`${name} did not answer ${type} within ${timeoutMs} ms`)),
          timeoutMs,
        );
        waiting.push({
          type,
          resolve: (m) => (clearTimeout(timer), resolve(m as never)),
          reject: (e) => (clearTimeout(timer), reject(e)),
        });
      });
    },
    async stop() {
      if (exited) return;
      if (proc.connected) proc.send({ type: "stop" });
      const timer = setTimeout(() => proc.kill("SIGKILL"), 20_000);
      await exit;
      clearTimeout(timer);
    },
  };
  running.add(child);
  return child;
}

export async function stopAllChildren(): Promise<void> {
  await Promise.all([...running].map((c) => c.stop()));
}
