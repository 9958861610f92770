import { randomBytes } from "node:crypto";
import pg from "pg";
import { migrationsList } from "../../migrations";
import { createOrm, migrate, migrationsCurrent } from "../../src/db/orm";
import { dropDatabase, ensureDatabase } from "../../src/db/database";
import { freePort } from "../../src/db/ephemeral";
import { startTvist, type TvistProcess } from "../support/tvist-process";
import { createLogger } from "../../src/app/logger";
import { ensureAdminKey, ENV_ADMIN_KEY_NAME } from "../../src/modules/access/access.service";
import { generateApiKey } from "../../src/modules/access/auth";

/** Migrations on a shared database: serialised by an advisory lock, or run once by `npm run migrate`. */

const adminUrl = process.env.TVIST_TEST_PG_ADMIN_URL!;
const databases: string[] = [];
const running: TvistProcess[] = [];

async function emptyDatabase(template?: string): Promise<string> {
  const name = `tvist_mig_${process.env.JEST_WORKER_ID ?? "0"}_${randomBytes(4).toString("hex")}`;
  await ensureDatabase(adminUrl, name, template);
  databases.push(name);
  return adminUrl.replace(/\/[^/?]*(\?|$)/, `/${name}$1`);
}

async function scalar(url: string, sql: string): Promise<unknown> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return Object.values((await client.query(sql)).rows[0] as object)[0];
  } finally {
    await client.end();
  }
}

function run(env: Record<string, string>, script: "start" | "migrate", via: "node" | "npm" = "node") {
  const proc = startTvist(env, via, script);
  running.push(proc);
  return proc;
}

afterAll(async () => {
  for (const proc of running) {
    if (proc.child.exitCode === null && proc.child.signalCode === null) {
      proc.child.kill("SIGKILL");
      await proc.exited;
    }
  }
  for (const name of databases) await dropDatabase(adminUrl, name).catch(() => undefined);
});

describe("migrations on one database shared by several processes", () => {
  it("two migrators starting at once on an empty database: one applies every migration, the other then finds the schema current", async () => {
    const url = await emptyDatabase();
    const [a, b] = await Promise.all([createOrm(url, { poolMax: 2 }), createOrm(url, { poolMax: 2 })]);
    try {
      const applied = await Promise.all([migrate(a), migrate(b)]);
      const all = migrationsList.map((m) => m.name);
      expect([...applied].sort((x, y) => y.length - x.length)).toEqual([all, []]);
      expect(await migrationsCurrent(a)).toBe(true);
      expect(await scalar(url, "select count(*)::int from mikro_orm_migrations")).toBe(all.length);
    } finally {
      await a.close(true);
      await b.close(true);
    }
  });

  it("npm run migrate migrates once as a deploy step; a server with MIGRATE=false waits for it, then listens and is ready", async () => {
    const url = await emptyDatabase();
    const port = await freePort();
    const server = run({ DATABASE_URL: url, PORT: String(port), MIGRATE: "false", WEBHOOK_WORKER: "false" }, "start");
    await server.waitForLog("the database schema is behind this version (MIGRATE=false)");
    expect(await scalar(url, "select to_regclass('mikro_orm_migrations') is null")).toBe(true);
    expect(server.child.exitCode).toBeNull();

    const first = run({ DATABASE_URL: url }, "migrate", "npm");
    expect(await first.exited).toEqual({ code: 0, signal: null });
    expect(first.logs().find((l) => l.msg === "migrations applied")?.applied).toEqual(
      migrationsList.map((m) => m.name),
    );
    expect(await scalar(url, "select count(*)::int from graphile_worker.migrations")).toBeGreaterThan(0);
    await server.listening;
    expect(server.logs().some((l) => l.msg === "migrations applied")).toBe(false);
    const ready = await fetch(`http://127.0.0.1:${port}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ migrationsCurrent: true });

    const again = run({ DATABASE_URL: url }, "migrate");
    expect(await again.exited).toEqual({ code: 0, signal: null });
    expect(again.logs().find((l) => l.msg === "database schema is current")?.applied).toEqual([]);
  }, 120_000);

  it("npm run migrate without DATABASE_URL: exit 78 and what to set", async () => {
    const proc = run({}, "migrate");
    expect(await proc.exited).toEqual({ code: 78, signal: null });
    expect(proc.stderr()).toContain("tvist migrate cannot start");
    expect(proc.stderr()).toContain("set DATABASE_URL to the database to migrate");
  }, 60_000);
});

describe("start-up of servers sharing one database", () => {
  it("two servers registering the same ADMIN_API_KEY at once on a new database: both start, the key is registered once", async () => {
    const url = await emptyDatabase(process.env.TVIST_TEST_TEMPLATE);
    const [a, b] = await Promise.all([createOrm(url, { poolMax: 2 }), createOrm(url, { poolMax: 2 })]);
    const key = generateApiKey();
    const logger = createLogger("silent");
    try {
      const started = await Promise.allSettled([
        ensureAdminKey(a.em.fork(), key, false, logger),
        ensureAdminKey(b.em.fork(), key, false, logger),
      ]);
      expect(started.map((s) => s.status)).toEqual(["fulfilled", "fulfilled"]);
      expect(
        await scalar(
          url,
          `select count(*)::int from api_key where name = '${ENV_ADMIN_KEY_NAME}' and revoked_at is null`,
        ),
      ).toBe(1);
    } finally {
      await a.close(true);
      await b.close(true);
    }
  });
});
