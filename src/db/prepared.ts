import { createHash } from "node:crypto";
import type { EntityManager } from "@mikro-orm/postgresql";

interface PgClient {
  query<R>(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: R[] }>;
}

/** Names of the statements run so far: a handful of constant texts, each hashed once. */
const names = new Map<string, string>();

function statementName(text: string): string {
  let name = names.get(text);
  if (name === undefined) {
    name = `tvist_${createHash("sha1").update(text).digest("hex").slice(0, 16)}`;
    names.set(text, name);
  }
  return name;
}

/**
 * Runs one statement as a named prepared statement on a pooled connection, outside any transaction (it commits on
 * its own). For hot statements: PostgreSQL parses and plans such a statement once per connection (after a few runs,
 * a generic plan) instead of on every run, as it does for the ORM's statements with their values inlined. `text`
 * uses $1..$n placeholders; the statement is logged as the ORM logs its own; values go as pg sends them (arrays as PostgreSQL arrays, objects as JSON).
 */
export async function runPrepared<R>(em: EntityManager, text: string, values: unknown[]): Promise<R[]> {
  const knex = em.getConnection().getKnex();
  const name = statementName(text);
  const client = (await knex.client.acquireConnection()) as PgClient;
  const started = Date.now();
  try {
    return (await client.query<R>({ name, text, values })).rows;
  } finally {
    await knex.client.releaseConnection(client);
    // Logged like the ORM's own statements (debug logging, statement counts).
    em.config.getLogger().logQuery({ query: text, took: Date.now() - started, level: "info" });
  }
}
