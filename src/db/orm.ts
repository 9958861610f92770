import { MikroORM, type Options } from "@mikro-orm/postgresql";
import { Migrator } from "@mikro-orm/migrations";
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

/** Applies every pending migration; returns the names applied. */
export async function migrate(orm: MikroORM): Promise<string[]> {
  const applied = await orm.getMigrator().up();
  return applied.map((m) => m.name);
}

/** Whether every known migration has been applied. */
export async function migrationsCurrent(orm: MikroORM): Promise<boolean> {
  return (await orm.getMigrator().getPendingMigrations()).length === 0;
}
