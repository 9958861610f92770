import "reflect-metadata";
import { spawn } from "node:child_process";
import path from "node:path";
import { startEphemeralPostgres } from "../../src/db/ephemeral";
import { dropDatabase, ensureDatabase } from "../../src/db/database";
import { createOrm, migrate } from "../../src/db/orm";
import { migrateJobQueue } from "../../src/modules/webhooks/webhook-worker";
import { createLogger } from "../../src/app/logger";

/**
 * One PostgreSQL for the whole run (TEST_DATABASE_URL, or an embedded cluster in a temporary directory), and one
 * template database migrated once; every test file clones its own database from it.
 */
export default async function globalSetup(): Promise<void> {
  // Processes the tests start load the workspace packages (plugin SDK, built-in plugins) from their builds.
  const packagesBuilt = buildPackages();
  packagesBuilt.catch(() => undefined);
  const server = await startEphemeralPostgres(process.env.TEST_DATABASE_URL);
  const template = `tvist_template_${process.pid}`;
  await dropDatabase(server.adminUrl, template);
  await ensureDatabase(server.adminUrl, template);
  const orm = await createOrm(server.urlFor(template), { poolMax: 2 });
  try {
    await migrate(orm);
    await migrateJobQueue(server.urlFor(template), createLogger("silent"));
  } finally {
    await orm.close(true);
  }
  // MikroORM keeps metadata on globalThis; the parent's copy must not leak into in-band test sandboxes.
  for (const key of Object.keys(globalThis))
    if (key.startsWith("mikro-orm-")) delete (globalThis as Record<string, unknown>)[key];
  await packagesBuilt;
  process.env.TVIST_TEST_PG_ADMIN_URL = server.adminUrl;
  process.env.TVIST_TEST_TEMPLATE = template;
  (globalThis as Record<string, unknown>).__tvistTestTeardown = async () => {
    await dropDatabase(server.adminUrl, template).catch(() => undefined);
    await server.stop();
  };
}

function buildPackages(): Promise<void> {
  const root = path.resolve(__dirname, "../..");
  const child = spawn(process.execPath, [require.resolve("typescript/bin/tsc"), "-b", "tsconfig.packages.json"], {
    cwd: root,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (c: Buffer) => (output += c.toString()));
  child.stderr.on("data", (c: Buffer) => (output += c.toString()));
  return new Promise((resolve, reject) =>
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`npm run build:packages failed (exit ${code}):\n${output}`)),
    ),
  );
}
