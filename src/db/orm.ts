import { MikroORM, type Options } from "@mikro-orm/postgresql";
import { Migrator } from "@mikro-orm/migrations";
import pg from "pg";
import { entities } from "../app/modules";
import { migrationsList } from "../../migrations";

export interface OrmOptions {
  /** Connections in the pool (default 10). */
  poolMax?: number;
  debug?: boolean;
  /** Called with every SQL statement sent (for statement counts in tests and benchmarks). */
  onQuery?: (sql: string) => void;
}

export function ormConfig(clientUrl: string, options: OrmOptions = {}): Options {
  return {
    clientUrl,
    entities: [...entities],
    extensions: [Migrator],
    forceUtcTimezone: true,
    discovery: { warnWhenNoEntities: true },
    pool: { min: 0, max: options.poolMax ?? 10 },
    debug: options.onQuery ? ["query"] : (options.debug ?? false),
    colors: false,
    ...(options.onQuery ? { logger: (message: string) => options.onQuery!(message.replace(/^\[query\]\s*/, "")) } : {}),
    allowGlobalContext: false,
    migrations: {
      tableName: "mikro_orm_migrations",
      silent: true,
      path: "migrations",
      pathTs: "migrations",
      migrationsList,
      snapshot: true,
      snapshotName: ".snapshot-tvist",
      transactional: true,
      allOrNothing: true,
      emit: "ts",
      fileName: (timestamp, name) => `Migration${timestamp}${name ? `_${name}` : ""}`,
    },
  };
}

export async function createOrm(clientUrl: string, options: OrmOptions = {}): Promise<MikroORM> {
  return MikroORM.init(ormConfig(clientUrl, options));
}

/**
 * The session advisory lock every tvist process takes around its migrations ("tvistmig" in ASCII,
 * 8392010900246980967), so that processes starting at once on one database migrate one after the other: the first
 * applies, the next finds the schema current.
 */
export const MIGRATION_LOCK = 0x74766973746d6967n.toString();

/**
 * Applies every pending migration under MIGRATION_LOCK, held on a connection of its own (outside the ORM's pool), so
 * a process that dies mid-migration frees the lock with its connection; returns the names applied.
 */
export async function migrate(orm: MikroORM): Promise<string[]> {
  const client = new pg.Client({ connectionString: orm.config.get("clientUrl") });
  await client.connect();
  try {
    await client.query("select pg_advisory_lock($1::bigint)", [MIGRATION_LOCK]);
    const applied = await orm.getMigrator().up();
    return applied.map((m) => m.name);
  } finally {
    await client.end();
  }
}

/**
 * Whether every known migration has been applied. Read-only (the migrator's own check creates its table when it is
 * missing, which would race a migration running in another process).
 */
export async function migrationsCurrent(orm: MikroORM): Promise<boolean> {
  const conn = orm.em.getConnection();
  const [table] = await conn.execute<{ exists: boolean }[]>(
    "select to_regclass('mikro_orm_migrations') is not null as exists",
  );
  if (!table?.exists) return migrationsList.length === 0;
  const rows = await conn.execute<{ name: string }[]>(
    "select regexp_replace(name, '[.](js|ts)$', '') as name from mikro_orm_migrations",
  );
  const applied = new Set(rows.map((r) => r.name));
  return migrationsList.every((m) => applied.has(m.name));
}
