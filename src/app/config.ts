import path from "node:path";
import { bool, cleanEnv, makeValidator, port, str, url } from "envalid";
import { parseCronItem } from "graphile-worker";
import { BUILT_IN_PLUGINS } from "../modules/plugins/built-in";
import { isHttpUrl } from "./tracing";

/** Exit code for a configuration error (sysexits EX_CONFIG). */
export const EX_CONFIG = 78;

/**
 * Runs `fn`; a ConfigError ends the process with EX_CONFIG after writing "`who` cannot start." and what to set to
 * stderr. Any other error is thrown on.
 */
export async function orExitOnConfigError<T>(who: string, fn: () => T | Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${who} cannot start. ${err.message}\n`);
      process.exit(EX_CONFIG);
    }
    throw err;
  }
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

const positiveInt = makeValidator<number>((input) => {
  const n = Number(input);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`"${input}" is not a positive whole number`);
  return n;
});

/** A TCP port, or 0 for a free one chosen at start. */
const portOrZero = makeValidator<number>((input) => {
  const n = Number(input);
  if (!/^\d+$/.test(input) || n > 65535) throw new Error(`"${input}" is not a TCP port`);
  return n;
});

const apiKey = makeValidator<string>((input) => {
  if (!/^tvk_[A-Za-z0-9_-]{32,}$/.test(input)) throw new Error("is not a tvist API key");
  return input;
});

const logLevel = makeValidator<string>((input) => {
  const levels = ["fatal", "error", "warn", "info", "debug", "trace", "silent"];
  if (!levels.includes(input)) throw new Error(`"${input}" is not a log level`);
  return input;
});

/** A five-field cron schedule (minute hour day month weekday, UTC), as graphile-worker reads it. */
const cronSchedule = makeValidator<string>((input) => {
  try {
    parseCronItem({ task: "check", match: input.trim() });
  } catch {
    throw new Error(`"${input}" is not a cron schedule`);
  }
  return input.trim();
});

/** What to do when a variable is wrong; printed with the variable's name. */
const FIXES: Record<string, string> = {
  PORT: "set PORT to a TCP port between 1 and 65535 (default 4000)",
  HOST: "set HOST to an interface address such as 127.0.0.1 or 0.0.0.0 (default 0.0.0.0)",
  DATABASE_URL: "set DATABASE_URL to a postgres:// URL, or unset it to use the embedded PostgreSQL",
  DATA_DIR: "set DATA_DIR to a writable directory (default .data)",
  EMBEDDED_PG_PORT: "set EMBEDDED_PG_PORT to a free TCP port between 1 and 65535 (default 54329)",
  LOG_LEVEL: "set LOG_LEVEL to one of fatal, error, warn, info, debug, trace, silent (default info)",
  ADMIN_API_KEY:
    "set ADMIN_API_KEY to a key of the form tvk_ followed by at least 32 letters, digits, _ or -, or unset it",
  MAX_QUERY_DEPTH: "set MAX_QUERY_DEPTH to a positive whole number (default 12)",
  MAX_QUERY_COST: "set MAX_QUERY_COST to a positive whole number (default 20000)",
  MAX_QUERY_TOKENS:
    "set MAX_QUERY_TOKENS to a positive whole number of tokens a GraphQL document may have (default 20000)",
  GRAPHQL_INTROSPECTION:
    "set GRAPHQL_INTROSPECTION to auto (without a key only when NODE_ENV is not production), always or authenticated (default auto)",
  DEBUG_ERRORS:
    "set DEBUG_ERRORS to true (stack traces in error responses, for debugging only) or false (default false)",
  SHUTDOWN_GRACE_MS: "set SHUTDOWN_GRACE_MS to a positive whole number of milliseconds (default 10000)",
  DB_POOL_MAX: "set DB_POOL_MAX to a positive whole number (default 10)",
  GRAPHQL_PLAYGROUND: "set GRAPHQL_PLAYGROUND to true or false (default true)",
  COURT_HOLIDAYS_SUSPEND_REVIEW_DEADLINE: "set COURT_HOLIDAYS_SUSPEND_REVIEW_DEADLINE to true or false (default true)",
  OBJECTION_RESPONSE_DAYS:
    "set OBJECTION_RESPONSE_DAYS to the whole number of calendar days the creditor has to answer an objection (default 7)",
  DOCUMENT_DIR: "set DOCUMENT_DIR to a writable directory for uploaded documents (default <DATA_DIR>/documents)",
  DOCUMENT_MAX_BYTES:
    "set DOCUMENT_MAX_BYTES to the largest upload in bytes, a positive whole number (default 10485760 = 10 MB)",
  WEBHOOK_ALLOW_PRIVATE_URLS:
    "set WEBHOOK_ALLOW_PRIVATE_URLS to true (allow webhook URLs on private, loopback or link-local addresses) or false (default false)",
  WEBHOOK_TIMEOUT_MS:
    "set WEBHOOK_TIMEOUT_MS to a positive whole number of milliseconds a webhook receiver may take to answer (default 10000)",
  WEBHOOK_RETRY_BASE_MS:
    "set WEBHOOK_RETRY_BASE_MS to a positive whole number of milliseconds before the first webhook retry (default 15000)",
  WEBHOOK_MAX_ATTEMPTS:
    "set WEBHOOK_MAX_ATTEMPTS to a positive whole number of delivery attempts per event and endpoint (default 14)",
  WEBHOOK_WORKER: "set WEBHOOK_WORKER to true (deliver webhooks from this process) or false (default true)",
  WEBHOOK_CONCURRENCY:
    "set WEBHOOK_CONCURRENCY to a positive whole number of deliveries this process runs at once (default 4)",
  WEBHOOK_LOCK_TIMEOUT_MS:
    "set WEBHOOK_LOCK_TIMEOUT_MS to a positive whole number of milliseconds after which a delivery held by a vanished process is taken over; more than WEBHOOK_TIMEOUT_MS (default 120000)",
  LEGAL_TABLES_CHECK_CRON:
    'set LEGAL_TABLES_CHECK_CRON to a five-field cron schedule in UTC (minute hour day month weekday) such as "15 0 * * *" (the default: daily at 00:15 UTC)',
  MIGRATE:
    "set MIGRATE to true (apply pending migrations at start) or false (they are applied by npm run migrate as a deploy step) (default true)",
  FAST_PATHS:
    "set FAST_PATHS to true (lean reads and direct field resolvers on the read path) or false (the ORM's hydration and type-graphql's own resolvers everywhere) (default true)",
  PLUGINS:
    "set PLUGINS to a comma-separated list of built-in plugin ids (conta, kravia: the default) and installed plugin package names such as @acme/tvist-plugin-fiken, or to an empty string for none",
  OTEL_EXPORTER_OTLP_ENDPOINT:
    "set OTEL_EXPORTER_OTLP_ENDPOINT to the http(s) URL of an OTLP/HTTP receiver such as http://localhost:4318 (traces go to <URL>/v1/traces), or unset it to trace nothing",
  OTEL_EXPORTER_OTLP_TRACES_ENDPOINT:
    "set OTEL_EXPORTER_OTLP_TRACES_ENDPOINT to the full http(s) URL traces are posted to, such as http://localhost:4318/v1/traces, or unset it",
  OTEL_SERVICE_NAME:
    "set OTEL_SERVICE_NAME to the service name spans carry, or unset it (default tvist, tvist-worker for npm run worker)",
  METRICS: "set METRICS to true (serve Prometheus metrics at GET /metrics) or false (no metrics at all) (default true)",
  METRICS_PORT:
    "set METRICS_PORT to a TCP port between 1 and 65535 for GET /metrics of its own, or 0 for a free one (logged at start); unset: the API's port (a worker: 9464)",
  "PLUGIN_<ID>_OPTIONS":
    "set it to a JSON object of that plugin's options (see plugins/README.md), or unset it for the plugin's defaults",
};

/** One configuration problem as reported at boot: the variable, what is wrong, and the fix. */
export function configProblem(name: string, what: string): string {
  const fix =
    FIXES[name] ??
    (/^PLUGIN_\w+_OPTIONS$/.test(name)
      ? `${FIXES["PLUGIN_<ID>_OPTIONS"]!.replace("set it", `set ${name}`)}`
      : "see the configuration table in README.md");
  return `${name} ${what}: ${fix}`;
}

/** A plugin PLUGINS names: a built-in id or a package name, and the package tvist loads for it at boot. */
export interface PluginSetting {
  /** As written in PLUGINS. */
  name: string;
  packageName: string;
}

/** PLUGIN_<ID>_OPTIONS for a plugin id: upper case, "-" as "_". */
export function pluginOptionsVariable(id: string): string {
  return `PLUGIN_${id.toUpperCase().replace(/-/g, "_")}_OPTIONS`;
}

export interface Config {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  embeddedPgPort: number;
  logLevel: string;
  adminApiKey: string | undefined;
  maxQueryDepth: number;
  maxQueryCost: number;
  shutdownGraceMs: number;
  dbPoolMax: number;
  /** Tokens a GraphQL document may have (default 20000). */
  maxQueryTokens: number;
  playground: boolean;
  production: boolean;
  /** Whether introspection needs an API key; "auto" means it does when NODE_ENV=production. */
  introspection: IntrospectionMode;
  /** Stack traces in error responses (default false). */
  debugErrors: boolean;
  /**
   * Court holidays (rettsferie) stop the one-month deadline to bring a forliksråd judgment before tingretten.
   * Default true, as DOMAIN.md says. Domstolloven § 140 (2) names only deadlines for steps needed to avoid a
   * judgment in absence, so a strict reading lets this deadline run through court holidays: set false for that.
   */
  courtHolidaysSuspendReviewDeadline: boolean;
  /** Calendar days the creditor has to answer an objection (innsigelse); default 7. */
  objectionResponseDays: number;
  /** Where uploaded documents are stored; default <dataDir>/documents. */
  documentDir: string;
  /** Bytes; default 10 MB. */
  documentMaxBytes: number;
  webhooks: WebhookConfig;
  /** When the legal-tables check runs in processes that run the job queue (cron, UTC); default "15 0 * * *". */
  legalTablesCheckCron: string;
  /** The read path's optimisations in src/graphql/fast (default true); false runs the ORM's and type-graphql's own code. */
  fastPaths: boolean;
  /** Apply pending migrations when a server starts (default true); false leaves them to `npm run migrate`. */
  migrate: boolean;
  /** GET /metrics in Prometheus format (default true). */
  metrics: boolean;
  /** /metrics on a port of its own (0: a free one); default: the API's port, and 9464 for a worker. */
  metricsPort: number | undefined;
  /** Enabled plugins in PLUGINS order; PluginRegistry loads and checks them at boot. */
  plugins: PluginSetting[];
  /** Every PLUGIN_<ID>_OPTIONS variable set, by name, with its parsed JSON; a package plugin's id is known only once loaded. */
  pluginOptions: Record<string, unknown>;
}

export type IntrospectionMode = "always" | "authenticated";

export interface WebhookConfig {
  /** Allow receivers on private, loopback and link-local addresses (default false). */
  allowPrivateUrls: boolean;
  /** Per request (default 10 000 ms). */
  timeoutMs: number;
  /** Delay before the first retry; later ones grow ×3 up to 12 h, with ±20 % jitter (default 15 000 ms). */
  retryBaseMs: number;
  /** Attempts per delivery before it fails (default 14: about 3 days). */
  maxAttempts: number;
  /** Run the delivery worker in this process (default true). */
  worker: boolean;
  /** Deliveries in flight at once in this process (default 4). */
  concurrency: number;
  /** A delivery locked longer than this by a process is taken over (default 120 000 ms). */
  lockTimeoutMs: number;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const problems: string[] = [];
  const clean = cleanEnv(
    env,
    {
      PORT: port({ default: 4000 }),
      HOST: str({ default: "0.0.0.0" }),
      DATABASE_URL: url({ default: undefined }),
      DATA_DIR: str({ default: ".data" }),
      EMBEDDED_PG_PORT: port({ default: 54329 }),
      LOG_LEVEL: logLevel({ default: "info" }),
      ADMIN_API_KEY: apiKey({ default: undefined }),
      MAX_QUERY_DEPTH: positiveInt({ default: 12 }),
      MAX_QUERY_COST: positiveInt({ default: 20000 }),
      MAX_QUERY_TOKENS: positiveInt({ default: 20000 }),
      GRAPHQL_INTROSPECTION: str({ choices: ["auto", "always", "authenticated"], default: "auto" }),
      DEBUG_ERRORS: bool({ default: false }),
      SHUTDOWN_GRACE_MS: positiveInt({ default: 10000 }),
      DB_POOL_MAX: positiveInt({ default: 10 }),
      GRAPHQL_PLAYGROUND: bool({ default: true }),
      COURT_HOLIDAYS_SUSPEND_REVIEW_DEADLINE: bool({ default: true }),
      OBJECTION_RESPONSE_DAYS: positiveInt({ default: 7 }),
      DOCUMENT_DIR: str({ default: "" }),
      DOCUMENT_MAX_BYTES: positiveInt({ default: 10 * 1024 * 1024 }),
      WEBHOOK_ALLOW_PRIVATE_URLS: bool({ default: false }),
      WEBHOOK_TIMEOUT_MS: positiveInt({ default: 10000 }),
      WEBHOOK_RETRY_BASE_MS: positiveInt({ default: 15000 }),
      WEBHOOK_MAX_ATTEMPTS: positiveInt({ default: 14 }),
      WEBHOOK_WORKER: bool({ default: true }),
      WEBHOOK_CONCURRENCY: positiveInt({ default: 4 }),
      WEBHOOK_LOCK_TIMEOUT_MS: positiveInt({ default: 120000 }),
      LEGAL_TABLES_CHECK_CRON: cronSchedule({ default: "15 0 * * *" }),
      PLUGINS: str({ default: "conta,kravia" }),
      FAST_PATHS: bool({ default: true }),
      MIGRATE: bool({ default: true }),
      METRICS: bool({ default: true }),
      METRICS_PORT: portOrZero({ default: undefined }),
      NODE_ENV: str({ default: "development" }),
      // Read by src/app/tracing before this runs; checked here so that a wrong value stops the start.
      OTEL_EXPORTER_OTLP_ENDPOINT: url({ default: undefined }),
      OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: url({ default: undefined }),
      OTEL_SERVICE_NAME: str({ default: undefined }),
    },
    {
      reporter: ({ errors }) => {
        for (const [name, err] of Object.entries(errors)) {
          if (!err) continue;
          const given = env[name];
          const what =
            given === undefined ? "is missing" : `is invalid (${(err as Error).message || JSON.stringify(given)})`;
          problems.push(configProblem(name, what));
        }
      },
    },
  );
  if (clean.DATABASE_URL && !/^postgres(ql)?:\/\//.test(clean.DATABASE_URL)) {
    problems.push(`DATABASE_URL is invalid (not a postgres:// URL): ${FIXES.DATABASE_URL}`);
  }
  for (const name of ["OTEL_EXPORTER_OTLP_ENDPOINT", "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT"] as const) {
    const value = clean[name];
    if (value && !isHttpUrl(value)) problems.push(configProblem(name, "is invalid (not an http(s) URL)"));
  }
  if (clean.WEBHOOK_LOCK_TIMEOUT_MS <= clean.WEBHOOK_TIMEOUT_MS) {
    problems.push(
      `WEBHOOK_LOCK_TIMEOUT_MS is invalid (not more than WEBHOOK_TIMEOUT_MS): ${FIXES.WEBHOOK_LOCK_TIMEOUT_MS}`,
    );
  }
  const plugins = parsePlugins(clean.PLUGINS, problems);
  const pluginOptions = parsePluginOptions(env, problems);
  if (problems.length > 0) throw new ConfigError(problems);
  return {
    port: clean.PORT,
    host: clean.HOST,
    databaseUrl: clean.DATABASE_URL || undefined,
    dataDir: path.resolve(clean.DATA_DIR),
    embeddedPgPort: clean.EMBEDDED_PG_PORT,
    logLevel: clean.LOG_LEVEL,
    adminApiKey: clean.ADMIN_API_KEY || undefined,
    maxQueryDepth: clean.MAX_QUERY_DEPTH,
    maxQueryCost: clean.MAX_QUERY_COST,
    shutdownGraceMs: clean.SHUTDOWN_GRACE_MS,
    dbPoolMax: clean.DB_POOL_MAX,
    maxQueryTokens: clean.MAX_QUERY_TOKENS,
    playground: clean.GRAPHQL_PLAYGROUND,
    production: clean.NODE_ENV === "production",
    introspection:
      clean.GRAPHQL_INTROSPECTION === "always" ||
      (clean.GRAPHQL_INTROSPECTION === "auto" && clean.NODE_ENV !== "production")
        ? "always"
        : "authenticated",
    debugErrors: clean.DEBUG_ERRORS,
    courtHolidaysSuspendReviewDeadline: clean.COURT_HOLIDAYS_SUSPEND_REVIEW_DEADLINE,
    objectionResponseDays: clean.OBJECTION_RESPONSE_DAYS,
    documentDir: path.resolve(clean.DOCUMENT_DIR || path.join(clean.DATA_DIR, "documents")),
    documentMaxBytes: clean.DOCUMENT_MAX_BYTES,
    webhooks: {
      allowPrivateUrls: clean.WEBHOOK_ALLOW_PRIVATE_URLS,
      timeoutMs: clean.WEBHOOK_TIMEOUT_MS,
      retryBaseMs: clean.WEBHOOK_RETRY_BASE_MS,
      maxAttempts: clean.WEBHOOK_MAX_ATTEMPTS,
      worker: clean.WEBHOOK_WORKER,
      concurrency: clean.WEBHOOK_CONCURRENCY,
      lockTimeoutMs: clean.WEBHOOK_LOCK_TIMEOUT_MS,
    },
    legalTablesCheckCron: clean.LEGAL_TABLES_CHECK_CRON,
    fastPaths: clean.FAST_PATHS,
    migrate: clean.MIGRATE,
    metrics: clean.METRICS,
    metricsPort: clean.METRICS_PORT,
    plugins,
    pluginOptions,
  };
}

/** npm's package name rules (scoped or not, lower case, URL-safe). */
const PACKAGE_NAME = /^(?:@[a-z0-9][a-z0-9._~-]*\/)?[a-z0-9][a-z0-9._~-]*$/;

function parsePlugins(list: string, problems: string[]): PluginSetting[] {
  const names = list
    .split(",")
    .map((name) => name.trim())
    .filter((name) => name !== "");
  const settings: PluginSetting[] = [];
  for (const name of names) {
    if (!PACKAGE_NAME.test(name) || name.length > 214) {
      problems.push(
        configProblem(
          "PLUGINS",
          `is invalid ("${name}" is neither a plugin id nor a package name: lower-case letters, digits, -, and @scope/ for a scoped package)`,
        ),
      );
      continue;
    }
    if (settings.some((s) => s.name === name)) {
      problems.push(configProblem("PLUGINS", `is invalid (${name} is listed twice)`));
      continue;
    }
    settings.push({ name, packageName: Object.hasOwn(BUILT_IN_PLUGINS, name) ? BUILT_IN_PLUGINS[name]! : name });
  }
  return settings;
}

function parsePluginOptions(env: NodeJS.ProcessEnv, problems: string[]): Record<string, unknown> {
  const options: Record<string, unknown> = {};
  for (const name of Object.keys(env)
    .filter((k) => /^PLUGIN_\w+_OPTIONS$/.test(k) && env[k] !== undefined)
    .sort()) {
    const raw = env[name]!;
    options[name] = undefined;
    if (raw.trim() === "") continue;
    try {
      options[name] = JSON.parse(raw);
    } catch (err) {
      problems.push(configProblem(name, `is invalid (not JSON: ${(err as Error).message})`));
    }
  }
  return options;
}
