import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { print } from "graphql";
import type { MikroORM } from "@mikro-orm/postgresql";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { loadConfig, type Config } from "../../src/app/config";
import { dropDatabase, ensureDatabase } from "../../src/db/database";
import type { RunningServer } from "../../src/app/server";
import { createApp } from "../../src/app/create-app";
import { ApiKey, Scope } from "../../src/modules/access/api-key.entity";
import { generateApiKey, hashApiKey } from "../../src/modules/access/auth";
import type { Clock } from "../../src/shared/clock";
import type { AppServices } from "../../src/app/services";
import type { EventRuntime } from "../../src/events/runtime";
import { PluginRegistry } from "../../src/modules/plugins/registry";
import { BUILT_IN_PLUGINS } from "../../src/modules/plugins/built-in";
import type { TvistPlugin } from "@tvist/plugin-sdk";
import { fastPathsEnv } from "./fast-paths";

export interface GqlResult<T> {
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
  extensions?: Record<string, unknown>;
}

export interface TestApp {
  orm: MikroORM;
  server: RunningServer;
  config: Config;
  services: AppServices;
  /** The LISTEN fan-out and the webhook worker of this server. */
  events: EventRuntime;
  databaseUrl: string;
  /** Where GET /metrics answers (undefined with METRICS=false). */
  metricsUrl: string | undefined;
  /** Where this app stores uploaded documents: a temporary directory removed by close(). */
  documentDir: string;
  /** An admin key that sees every creditor. */
  adminKey: string;
  /** SQL statements sent since the last reset. */
  queries: string[];
  gql<T, V>(doc: TypedDocumentNode<T, V>, variables?: V, key?: string | null): Promise<GqlResult<T>>;
  /** Like gql, but fails the test on top-level errors and returns data. */
  ok<T, V>(doc: TypedDocumentNode<T, V>, variables?: V, key?: string | null): Promise<T>;
  /** Rows in a table, straight from PostgreSQL. */
  count(table: string, where?: string): Promise<number>;
  sql<R = Record<string, unknown>>(query: string, params?: unknown[]): Promise<R[]>;
  createKey(scopes: Scope[], creditorIds: number[] | "all", name?: string): Promise<string>;
  close(): Promise<void>;
}

export interface TestAppOptions {
  clock?: Clock;
  env?: Record<string, string>;
  /** Run the webhook worker in this server (default true). */
  worker?: boolean;
  /** A second server over this app's database (another tvist process, as far as the database can tell). */
  attachTo?: TestApp;
  /** Plugins besides the built-in ones, enabled with them (e.g. test/support/refs-plugin.ts). */
  plugins?: readonly TvistPlugin<never>[];
}

/** A real tvist server on a loopback port, over its own clone of the migrated template database. */
export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const adminUrl = process.env.TVIST_TEST_PG_ADMIN_URL;
  const template = process.env.TVIST_TEST_TEMPLATE;
  if (!adminUrl || !template)
    throw new Error("The test database is not set up: run the tests through jest (npm test).");
  const owned = !options.attachTo;
  const dbName = options.attachTo
    ? new URL(options.attachTo.databaseUrl).pathname.slice(1)
    : `tvist_t_${process.env.JEST_WORKER_ID ?? "0"}_${randomBytes(4).toString("hex")}`;
  if (owned) await ensureDatabase(adminUrl, dbName, template);
  const databaseUrl = options.attachTo?.databaseUrl ?? adminUrl.replace(/\/[^/?]*(\?|$)/, `/${dbName}$1`);
  const queries: string[] = [];
  const documentDir = fs.mkdtempSync(path.join(os.tmpdir(), "tvist-documents-"));
  const extra = options.plugins ?? [];
  const config = loadConfig({
    LOG_LEVEL: "silent",
    DATABASE_URL: databaseUrl,
    HOST: "127.0.0.1",
    DOCUMENT_DIR: documentDir,
    ...fastPathsEnv(),
    ...(extra.length > 0 ? { PLUGINS: [...Object.keys(BUILT_IN_PLUGINS), ...extra.map((p) => p.id)].join(",") } : {}),
    ...options.env,
  });
  // the extra plugins stand in for installed packages of their id
  const plugins = PluginRegistry.fromConfig(config, (name) =>
    extra.find((p) => p.id === name) ? { plugin: extra.find((p) => p.id === name) } : require(name),
  );
  const app = await createApp({
    role: "server",
    config,
    plugins,
    poolMax: 5,
    onQuery: (sql) => queries.push(sql),
    webhookWorker: options.worker,
    clock: options.clock,
    port: 0,
    host: "127.0.0.1",
    overdueJob: false,
  });
  const { orm, server, services, events } = app;

  const createKey = async (scopes: Scope[], creditorIds: number[] | "all", name = "test key") => {
    const secret = generateApiKey();
    const em = orm.em.fork();
    const key = new ApiKey(name, secret.slice(0, 10), hashApiKey(secret), scopes);
    key.allCreditors = creditorIds === "all";
    if (creditorIds !== "all")
      for (const id of creditorIds) key.creditors.add(em.getReference("Creditor", id) as never);
    await em.persist(key).flush();
    return secret;
  };
  const adminKey = options.attachTo?.adminKey ?? (await createKey([Scope.ADMIN], "all", "test admin"));

  const gql = async <T, V>(
    doc: TypedDocumentNode<T, V>,
    variables?: V,
    key: string | null = adminKey,
  ): Promise<GqlResult<T>> => {
    const res = await fetch(`http://127.0.0.1:${server.port}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(key ? { authorization: `Bearer ${key}` } : {}) },
      body: JSON.stringify({ query: print(doc), variables }),
    });
    return (await res.json()) as GqlResult<T>;
  };

  return {
    orm,
    server,
    config,
    services,
    events,
    databaseUrl,
    metricsUrl: app.metricsUrl,
    documentDir: config.documentDir,
    adminKey,
    queries,
    gql,
    async ok(doc, variables, key) {
      const result = await gql(doc, variables, key);
      if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors, null, 2)}`);
      return result.data as never;
    },
    async count(table, where) {
      const rows = await orm.em
        .getConnection()
        .execute<{ n: string }[]>(`select count(*)::text as n from "${table}"${where ? ` where ${where}` : ""}`);
      return Number(rows[0]!.n);
    },
    async sql(query, params = []) {
      return orm.em.getConnection().execute(query, params as never[]);
    },
    createKey,
    async close() {
      await app.stop();
      if (owned) await dropDatabase(adminUrl, dbName);
      fs.rmSync(documentDir, { recursive: true, force: true });
    },
  };
}
