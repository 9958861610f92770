import { ConfigError, loadConfig } from "../../src/app/config";
import { tracesEndpoint } from "../../src/app/tracing";

describe("configuration", () => {
  it("has defaults for everything", () => {
    const config = loadConfig({});
    expect(config.port).toBe(4000);
    expect(config.databaseUrl).toBeUndefined();
    expect(config.dataDir.endsWith(".data")).toBe(true);
    expect(config.maxQueryDepth).toBe(12);
  });

  it("names the variable and the fix for each bad value, all at once", () => {
    let error: unknown;
    try {
      loadConfig({ PORT: "70000", DATABASE_URL: "mysql://x/y", LOG_LEVEL: "loud", ADMIN_API_KEY: "secret" });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems;
    expect(problems).toHaveLength(4);
    expect(problems.find((p) => p.startsWith("PORT"))).toMatch(/set PORT to a TCP port between 1 and 65535/);
    expect(problems.find((p) => p.startsWith("DATABASE_URL"))).toMatch(/postgres:\/\/ URL/);
    expect(problems.find((p) => p.startsWith("LOG_LEVEL"))).toMatch(/one of fatal, error, warn, info/);
    expect(problems.find((p) => p.startsWith("ADMIN_API_KEY"))).toMatch(/tvk_/);
  });

  it("serves metrics by default on the API's port; METRICS_PORT takes a port or 0, METRICS=false none", () => {
    expect(loadConfig({})).toMatchObject({ metrics: true, metricsPort: undefined });
    expect(loadConfig({ METRICS_PORT: "0" }).metricsPort).toBe(0);
    expect(loadConfig({ METRICS_PORT: "9100", METRICS: "false" })).toMatchObject({ metrics: false, metricsPort: 9100 });
    expect(() => loadConfig({ METRICS_PORT: "70000" })).toThrow(
      /METRICS_PORT is invalid .*: set METRICS_PORT to a TCP port/,
    );
    expect(() => loadConfig({ METRICS_PORT: "-1" })).toThrow(/METRICS_PORT is invalid/);
  });

  it("requires a key for introspection in production unless GRAPHQL_INTROSPECTION says otherwise; no stacks unless DEBUG_ERRORS", () => {
    expect(loadConfig({}).introspection).toBe("always");
    expect(loadConfig({ NODE_ENV: "production" }).introspection).toBe("authenticated");
    expect(loadConfig({ NODE_ENV: "production", GRAPHQL_INTROSPECTION: "always" }).introspection).toBe("always");
    expect(loadConfig({ GRAPHQL_INTROSPECTION: "authenticated" }).introspection).toBe("authenticated");
    expect(loadConfig({ NODE_ENV: "development" }).debugErrors).toBe(false);
    expect(loadConfig({ DEBUG_ERRORS: "true" }).debugErrors).toBe(true);
    expect(loadConfig({}).maxQueryTokens).toBe(20000);
    expect(() => loadConfig({ GRAPHQL_INTROSPECTION: "sometimes" })).toThrow(
      /GRAPHQL_INTROSPECTION is invalid .*: set GRAPHQL_INTROSPECTION to auto/,
    );
  });

  it("accepts a postgres URL and an admin key", () => {
    const key = `tvk_${"a".repeat(40)}`;
    const config = loadConfig({ DATABASE_URL: "postgres://u:p@db:5432/tvist", ADMIN_API_KEY: key, PORT: "8080" });
    expect(config.databaseUrl).toBe("postgres://u:p@db:5432/tvist");
    expect(config.adminApiKey).toBe(key);
    expect(config.port).toBe(8080);
  });

  it("has webhook defaults and refuses a lock timeout not above the request timeout", () => {
    expect(loadConfig({}).webhooks).toEqual({
      allowPrivateUrls: false,
      timeoutMs: 10000,
      retryBaseMs: 15000,
      maxAttempts: 14,
      worker: true,
      concurrency: 4,
      lockTimeoutMs: 120000,
    });
    expect(() => loadConfig({ WEBHOOK_TIMEOUT_MS: "5000", WEBHOOK_LOCK_TIMEOUT_MS: "5000" })).toThrow(
      "WEBHOOK_LOCK_TIMEOUT_MS is invalid (not more than WEBHOOK_TIMEOUT_MS): set WEBHOOK_LOCK_TIMEOUT_MS to a positive whole number of milliseconds",
    );
    expect(() => loadConfig({ WEBHOOK_ALLOW_PRIVATE_URLS: "maybe" })).toThrow(
      /WEBHOOK_ALLOW_PRIVATE_URLS is invalid .*set WEBHOOK_ALLOW_PRIVATE_URLS to true/,
    );
  });

  it("runs the legal-tables check daily at 00:15 UTC by default and refuses a schedule that is not cron", () => {
    expect(loadConfig({}).legalTablesCheckCron).toBe("15 0 * * *");
    expect(loadConfig({ LEGAL_TABLES_CHECK_CRON: " 0 6 * * 1 " }).legalTablesCheckCron).toBe("0 6 * * 1");
    expect(() => loadConfig({ LEGAL_TABLES_CHECK_CRON: "daily" })).toThrow(
      /LEGAL_TABLES_CHECK_CRON is invalid .*set LEGAL_TABLES_CHECK_CRON to a five-field cron schedule/,
    );
    expect(() => loadConfig({ LEGAL_TABLES_CHECK_CRON: "15 0 * * * rm" })).toThrow(
      /LEGAL_TABLES_CHECK_CRON is invalid/,
    );
  });

  it("turns the fast paths on by default and off with FAST_PATHS=false", () => {
    expect(loadConfig({}).fastPaths).toBe(true);
    expect(loadConfig({ FAST_PATHS: "false" }).fastPaths).toBe(false);
    expect(() => loadConfig({ FAST_PATHS: "sometimes" })).toThrow(
      /FAST_PATHS is invalid .*set FAST_PATHS to true .* or false/,
    );
  });

  it("checks the OpenTelemetry endpoints: http(s) URLs or unset", () => {
    expect(() =>
      loadConfig({
        OTEL_EXPORTER_OTLP_ENDPOINT: "http://collector:4318",
        OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: "https://collector/v1/traces",
        OTEL_SERVICE_NAME: "tvist-eu",
      }),
    ).not.toThrow();
    expect(() => loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: "collector:4318" })).toThrow(
      /OTEL_EXPORTER_OTLP_ENDPOINT is invalid .*set OTEL_EXPORTER_OTLP_ENDPOINT to the http\(s\) URL of an OTLP\/HTTP receiver/,
    );
    expect(() => loadConfig({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: "ftp://collector/v1/traces" })).toThrow(
      /OTEL_EXPORTER_OTLP_TRACES_ENDPOINT is invalid \(not an http\(s\) URL\): set OTEL_EXPORTER_OTLP_TRACES_ENDPOINT/,
    );
    // what is refused here never starts tracing either
    expect(tracesEndpoint({ OTEL_EXPORTER_OTLP_ENDPOINT: "collector:4318" })).toBeUndefined();
    expect(tracesEndpoint({ OTEL_EXPORTER_OTLP_ENDPOINT: "ftp://collector" })).toBeUndefined();
    expect(tracesEndpoint({})).toBeUndefined();
    expect(tracesEndpoint({ OTEL_EXPORTER_OTLP_ENDPOINT: "http://collector:4318" })).toBe("http://collector:4318");
  });
});
