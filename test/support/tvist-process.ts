import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { print } from "graphql";
import type { GqlResult } from "./app";
import { fastPathsEnv } from "./fast-paths";

const ROOT = path.resolve(__dirname, "../..");

export interface TvistProcess {
  child: ChildProcess;
  /** Everything written to stdout so far. */
  stdout(): string;
  stderr(): string;
  /** stdout's pino lines, parsed. */
  logs(): Record<string, unknown>[];
  /** Resolves once the server listens; rejects when the process exits first. */
  listening: Promise<void>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Resolves with the first log line whose message starts with `prefix`; rejects when the process exits first. */
  waitForLog(prefix: string, timeoutMs?: number): Promise<Record<string, unknown>>;
  gql<T, V>(port: number, doc: TypedDocumentNode<T, V>, variables: V, key: string): Promise<GqlResult<T>>;
}

/** The environment a fresh shell would give `npm start`: no DATABASE_URL, no jest settings. */
export function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of [
    "DATABASE_URL",
    "NODE_ENV",
    "ADMIN_API_KEY",
    "DATA_DIR",
    "PORT",
    "EMBEDDED_PG_PORT",
    "JEST_WORKER_ID",
  ])
    delete env[name];
  for (const name of Object.keys(env)) if (name.startsWith("TVIST_TEST_")) delete env[name];
  return { ...env, LOG_LEVEL: "info", HOST: "127.0.0.1", ...fastPathsEnv(), ...extra };
}

/**
 * Starts tvist as its own process, like `npm start` (or `npm run worker`, `npm run migrate`) does (`via: "npm"` runs exactly that),
 * with the given environment on top of a clean one (a worker's METRICS_PORT is 0 unless given).
 */
export function startTvist(
  env: Record<string, string>,
  via: "node" | "npm" = "node",
  script: "start" | "worker" | "migrate" = "start",
): TvistProcess {
  const entry = { start: "src/app/main.ts", worker: "src/app/worker.ts", migrate: "src/app/migrate.ts" }[script];
  const [cmd, args] =
    via === "npm"
      ? ["npm", ["run", script, "--silent"]]
      : [process.execPath, ["-r", "ts-node/register/transpile-only", entry]];
  const child = spawn(cmd as string, args as string[], {
    cwd: ROOT,
    // a worker's own /metrics takes a free port unless the test names one: tests run side by side
    env: cleanEnv(script === "worker" ? { METRICS_PORT: "0", ...env } : env),
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  let err = "";
  let partial = "";
  const logs: Record<string, unknown>[] = [];
  const waiters: { prefix: string; resolve: (line: Record<string, unknown>) => void }[] = [];
  const matches = (line: Record<string, unknown>, prefix: string) =>
    typeof line.msg === "string" && line.msg.startsWith(prefix);
  child.stdout!.on("data", (c: Buffer) => {
    out += c.toString();
    partial += c.toString();
    const lines = partial.split("\n");
    partial = lines.pop() ?? "";
    for (const line of lines) {
      if (!line.startsWith("{")) continue;
      const parsed = JSON.parse(line) as Record<string, unknown>;
      logs.push(parsed);
      for (const w of waiters.filter((x) => matches(parsed, x.prefix))) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(parsed);
      }
    }
  });
  child.stderr!.on("data", (c: Buffer) => (err += c.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on("exit", (code, signal) => resolve({ code, signal })),
  );
  const report = () => `\nstdout:\n${out}\nstderr:\n${err}`;

  const waitForLog = (prefix: string, timeoutMs = 90000) =>
    new Promise<Record<string, unknown>>((resolve, reject) => {
      const seen = logs.find((l) => matches(l, prefix));
      if (seen) return resolve(seen);
      const timer = setTimeout(
        () => reject(new Error(`no log "${prefix}…" within ${timeoutMs} ms.${report()}`)),
        timeoutMs,
      );
      waiters.push({ prefix, resolve: (l) => (clearTimeout(timer), resolve(l)) });
      void exited.then(({ code, signal }) => {
        clearTimeout(timer);
        reject(new Error(`tvist exited (code ${code}, signal ${signal}) before logging "${prefix}…".${report()}`));
      });
    });
  const listening = waitForLog("tvist is listening").then(() => undefined);
  listening.catch(() => undefined);

  return {
    child,
    stdout: () => out,
    stderr: () => err,
    logs: () => logs,
    listening,
    exited,
    waitForLog,
    async gql(port, doc, variables, key) {
      const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${key}` },
        body: JSON.stringify({ query: print(doc), variables }),
      });
      return (await res.json()) as never;
    },
  };
}

/** Pids of PostgreSQL server processes whose command line names this cluster directory. */
/** Postmasters running on clusterDir (children that have not yet retitled themselves are left out). */
export function postgresProcessesOn(clusterDir: string): number[] {
  const pids: number[] = [];
  const parents = new Map<number, number>();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const args = fs.readFileSync(`/proc/${entry}/cmdline`, "utf8").split("\0");
      if (path.basename(args[0] ?? "") === "postgres" && args.includes(clusterDir)) {
        pids.push(Number(entry));
        const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
        parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]));
      }
    } catch {
      // gone meanwhile
    }
  }
  return pids.filter((pid) => !pids.includes(parents.get(pid) ?? -1));
}

/** The admin key printed on a first start, if any. */
export function printedKey(stdout: string): string | undefined {
  return /First start: an admin API key was created[\s\S]*?\n\s+(tvk_[A-Za-z0-9_-]{32,})\n/.exec(stdout)?.[1];
}
