import http from "node:http";
import { randomUUID } from "node:crypto";
import express from "express";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import { WebSocketServer } from "ws";
import { useServer } from "graphql-ws/use/ws";
import { GraphQLError, parse, validate, type GraphQLSchema } from "graphql";
import type { MikroORM } from "@mikro-orm/postgresql";
import type { Logger } from "pino";
import type { Config } from "./config";
import type { Context } from "../graphql/context";
import { buildAppSchema } from "../graphql/schema";
import { complexityPlugin, QueryLimits } from "../graphql/limits";
import { errorFormatter, errorHandler, executionErrorCode, notFound, requestIds, withCode } from "../graphql/errors";
import { createLoaders } from "../graphql/loaders";
import { systemClock, type Clock } from "../shared/clock";
import { authenticate } from "../modules/access/access.service";
import { bearer } from "../modules/access/auth";
import { CLOSE_KEY_REVOKED, KEY_REVOKED_REASON, KeySockets, UNKNOWN_KEY_REASON } from "../modules/access/key-sockets";
import { asksForSchema, introspectionPlugin, introspectionRefusal } from "../modules/access/introspection";
import type { AppServices } from "./services";
import { databaseAvailabilityPlugin, rethrowUnavailable } from "../db/availability";
import { mountReadiness } from "./readiness";
import { FAVICON_SVG, PLAYGROUND_CSP, playgroundAssets, playgroundHtml, playgroundScript } from "../graphql/playground";
import { mountConciliationRoutes } from "../modules/conciliation/conciliation.http";
import { mountDocumentRoutes } from "../modules/documents/documents.http";
import { mountPluginRoutes } from "../modules/plugins/routes";
import { tracing } from "./tracing";
import { listen } from "./listen";
import { captureTraceContext, enterOperationSpan, operationTracing } from "../graphql/tracing.plugin";
import { metricsPlugin } from "../graphql/metrics.plugin";
import type { AppMetrics } from "../metrics/scrape";

export interface ServerOptions {
  orm: MikroORM;
  config: Config;
  logger: Logger;
  services: AppServices;
  clock?: Clock;
  schema?: GraphQLSchema;
  /** Count requests (metricsPlugin); `route`: serve GET /metrics on this port too. */
  metrics?: { app: AppMetrics; route: boolean };
}

export interface RunningServer {
  url: string;
  wsUrl: string;
  port: number;
  httpServer: http.Server;
  schema: GraphQLSchema;
  /** graphql-ws connections open now. */
  openSockets(): number;
  /** Stops accepting, drains HTTP requests and WebSockets. */
  close(): Promise<void>;
}

export async function startServer(
  options: ServerOptions,
  port = options.config.port,
  host = options.config.host,
): Promise<RunningServer> {
  const { orm, config, logger, services } = options;
  const clock = options.clock ?? systemClock;
  const schema = options.schema ?? (await buildAppSchema(services));
  // Only when tracing is on: the operation span around /graphql and its Apollo plugin.
  const traced = tracing() !== undefined;

  const app = express();
  app.disable("x-powered-by");
  app.use(requestIds());
  const httpServer = http.createServer(app);
  const limits = new QueryLimits(schema, { maxDepth: config.maxQueryDepth, maxCost: config.maxQueryCost });
  const formatError = errorFormatter({ logger, debug: config.debugErrors });
  const keySockets = new KeySockets(() => orm.em.fork(), logger);
  const unfollowRevocations = services.eventBus ? keySockets.follow(services.eventBus) : () => undefined;

  const makeContext = async (key: string | undefined): Promise<Context> => {
    const em = orm.em.fork();
    const auth = key ? await authenticate(em, key, clock).catch(rethrowUnavailable) : null;
    if (key && !auth) {
      throw new GraphQLError(
        "The API key is unknown or revoked: create a new key with apiKeyCreate or use the admin key.",
        {
          extensions: { code: "UNAUTHENTICATED", http: { status: 401 } },
        },
      );
    }
    return { em, auth, clock, loaders: createLoaders(em, config.fastPaths), services };
  };

  const wsServer = new WebSocketServer({ server: httpServer, path: "/graphql" });
  const wsCleanup = useServer(
    {
      schema,
      // close reasons never carry an error's message (it may hold SQL or values)
      isProd: !config.debugErrors,
      context: async (ctx) => {
        const params = (ctx.connectionParams ?? {}) as Record<string, unknown>;
        try {
          return await makeContext(bearer(params.authorization ?? params.Authorization));
        } catch (err) {
          if (err instanceof GraphQLError && err.extensions.code === "UNAUTHENTICATED")
            ctx.extra.socket.close(CLOSE_KEY_REVOKED, KEY_REVOKED_REASON);
          throw err;
        }
      },
      onConnect: async (ctx) => {
        const params = (ctx.connectionParams ?? {}) as Record<string, unknown>;
        const key = bearer(params.authorization ?? params.Authorization);
        if (!key) return true;
        const auth = await authenticate(orm.em.fork(), key, clock);
        if (auth) keySockets.add(auth.keyId, ctx.extra.socket);
        // graphql-ws would close with 4403 "Forbidden"; say what to do instead.
        else ctx.extra.socket.close(CLOSE_KEY_REVOKED, UNKNOWN_KEY_REASON);
        return auth !== null;
      },
      // The same document limits as over HTTP, before anything runs.
      onSubscribe: (ctx, _id, payload) => {
        let document;
        try {
          document = parse(payload.query, { maxTokens: config.maxQueryTokens });
        } catch (err) {
          return [withCode(err as GraphQLError, "GRAPHQL_PARSE_FAILED")];
        }
        const invalid = validate(schema, document);
        if (invalid.length > 0) return invalid.map((e) => withCode(e, "GRAPHQL_VALIDATION_FAILED"));
        const refusal = limits.refusal(limits.measure(document, payload.operationName, payload.variables ?? {}));
        if (refusal) return [refusal];
        const params = (ctx.connectionParams ?? {}) as Record<string, unknown>;
        if (
          config.introspection === "authenticated" &&
          !bearer(params.authorization ?? params.Authorization) &&
          asksForSchema(document)
        )
          return [introspectionRefusal()];
        return { schema, document, operationName: payload.operationName, variableValues: payload.variables };
      },
      onNext: (_ctx, _id, _payload, _args, result) => {
        if (!result.errors?.length) return;
        const requestId = randomUUID();
        return {
          ...result,
          errors: result.errors.map((e) => executionErrorCode(e)).map((e) => formatError(e.toJSON(), e, requestId)),
        };
      },
      onError: (_ctx, _id, _payload, errors) => errors.map((e) => formatError(e.toJSON(), e, randomUUID())),
    },
    wsServer,
  );

  const apollo = new ApolloServer<Context>({
    schema,
    // introspectionPlugin decides, per request, whether a caller without a key may introspect
    introspection: true,
    parseOptions: { maxTokens: config.maxQueryTokens },
    formatError: (formatted, error) => formatError(formatted, error),
    // main.ts owns SIGINT/SIGTERM: Apollo's own handler would stop it twice and stall the drain.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: config.debugErrors,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: config.shutdownGraceMs }),
      {
        async serverWillStart() {
          return {
            async drainServer() {
              unfollowRevocations();
              await wsCleanup.dispose();
            },
          };
        },
      },
      ApolloServerPluginLandingPageDisabled(),
      // No cache hints in this schema; the default cache-control plugin only wrapped every field resolver.
      ApolloServerPluginCacheControlDisabled(),
      complexityPlugin(limits),
      introspectionPlugin(config.introspection),
      databaseAvailabilityPlugin(),
      ...(traced ? [operationTracing<Context>(logger)] : []),
      ...(options.metrics ? [metricsPlugin(schema)] : []),
    ],
    logger: {
      debug: (m) => logger.debug(m),
      info: (m) => logger.info(m),
      warn: (m) => logger.warn(m),
      error: (m) => logger.error(m),
    },
  });
  await apollo.start();

  app.get("/healthz", (_req, res) => {
    res.json({ status: "ok" });
  });
  mountReadiness(app, orm, logger, clock, services.eventSinks);
  if (options.metrics?.route) {
    const metrics = options.metrics.app;
    app.get("/metrics", (req, res) => metrics.handle(req, res));
  }

  mountConciliationRoutes(app, { orm, services, clock });
  mountDocumentRoutes(app, { orm, services, clock });
  mountPluginRoutes(app, { orm, services, clock, logger });

  if (config.playground) {
    for (const [route, file] of Object.entries(playgroundAssets())) {
      app.get(`/playground/${route}`, (_req, res) => res.sendFile(file, { maxAge: "1h" }));
    }
    const script = playgroundScript();
    app.get("/playground/app.js", (_req, res) => res.type("application/javascript").send(script));
    app.get("/playground/page.css", (_req, res) =>
      res.type("text/css").send("html,body,#graphiql{height:100%;margin:0}"),
    );
    for (const route of ["/favicon.ico", "/playground/favicon.svg"]) {
      app.get(route, (_req, res) =>
        res.type("image/svg+xml").set("cache-control", "public, max-age=86400").send(FAVICON_SVG),
      );
    }
    app.get("/graphql", (req, res, next) => {
      if (
        req.accepts(["application/json", "application/graphql-response+json", "text/html"]) === "text/html" &&
        !req.query.query
      ) {
        res
          .set("content-security-policy", PLAYGROUND_CSP)
          .set("x-content-type-options", "nosniff")
          .set("referrer-policy", "no-referrer");
        res.type("html").send(playgroundHtml());
        return;
      }
      next();
    });
  }

  app.use(
    "/graphql",
    ...(traced ? [captureTraceContext()] : []),
    express.json({ limit: "5mb" }),
    requestIds(),
    ...(traced ? [enterOperationSpan()] : []),
    expressMiddleware(apollo, {
      context: async ({ req }) => makeContext(bearer(req.headers.authorization)),
    }),
  );

  // Last: unknown routes and errors answer in JSON, never Express's HTML page.
  app.use(notFound());
  app.use(errorHandler({ logger, debug: config.debugErrors }));

  const { port: actualPort, shownHost } = await listen(httpServer, port, host);

  let closing: Promise<void> | undefined;
  return {
    url: `http://${shownHost}:${actualPort}/graphql`,
    wsUrl: `ws://${shownHost}:${actualPort}/graphql`,
    port: actualPort,
    httpServer,
    schema,
    openSockets: () => wsServer.clients.size,
    close() {
      closing ??= apollo.stop();
      return closing;
    },
  };
}
