import "reflect-metadata";
import { startEphemeralPostgres } from "../../src/db/ephemeral";
import { dropDatabase, ensureDatabase } from "../../src/db/database";
import { createOrm, migrate } from "../../src/db/orm";
import { migrateJobQueue } from "../../src/events/webhook-worker";
import { createLogger } from "../../src/logger";

/**
 * One PostgreSQL for the whole run (TEST_DATABASE_URL, or an embedded cluster in a temporary directory), and one
 * template database migrated once; every test file clones its own database from it.
 */
export default async function globalSetup(): Promise<void> {
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
  for (const key of Object.keys(globalThis)) if (key.startsWith("mikro-orm-")) delete (globalThis as Record<string, unknown>)[key];
  process.env.TVIST_TEST_PG_ADMIN_URL = server.adminUrl;
  process.env.TVIST_TEST_TEMPLATE = template;
  (globalThis as Record<string, unknown>).__tvistTestTeardown = async () => {
    await dropDatabase(server.adminUrl, template).catch(() => undefined);
    await server.stop();
  };
}
