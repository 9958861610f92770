import express, { type Express, type Request, type Response } from "express";
import type { EntityManager, MikroORM } from "@mikro-orm/postgresql";
import type { Logger } from "pino";
import { GraphQLError } from "graphql";
import { internalErrorMessage } from "../../graphql/errors";
import { isDatabaseUnavailable } from "../../db/availability";
import type { AppServices } from "../../app/services";
import type { Clock } from "../../shared/clock";
import type { Failure } from "../../shared/result";
import { LINE, textProblem, URL_TEXT } from "../../shared/text";
import { authenticate } from "../access/access.service";
import { Scope } from "../access/api-key.entity";
import { bearer, hasScope, type Auth } from "../access/auth";
import { CollectionCase } from "../cases/collection-case.entity";
import { CaseTransaction, MoneyKind } from "../cases/money.entities";
import { CreditorExternalId } from "../parties/creditor-external-id.entity";
import { pushInvoices } from "../ingest/commands/invoices-push";
import { pushMoney } from "../ingest/commands/money-push";
import { pushUserError } from "../ingest/ingest.errors";
import type { PushContext, PushItemResult, PushOutcome } from "../ingest/ingest.service";
import { putFormatEndpoint } from "../webhooks/webhook.service";
import { checkWebhookUrl } from "../webhooks/url-guard";
import { webhookFormatsOf } from "../webhooks/plugin-formats";
import { webhookEndpointUserErrors } from "../webhooks/webhook.errors";
import type { RegisteredPart, RouteOutcome, RouteProblem, RouteRefusal } from "@tvist/plugin-sdk";
import type { EnabledPlugin, EnabledRoute } from "./registry";

export interface PluginRoutesOptions {
  orm: MikroORM;
  services: AppServices;
  clock: Clock;
  logger: Logger;
}

/** The same body limit as /graphql. */
export const ROUTE_BODY_LIMIT = "5mb";
/** Shortest secret a route accepts for a webhook endpoint (characters). */
export const MIN_WEBHOOK_SECRET = 16;

/** Problems that conflict with what is stored rather than being wrong in themselves: CONFLICT when they are all there is. */
const CONFLICT_CODES = new Set([
  "CONFLICTING_REPEAT",
  "CONCURRENT_UPDATE",
  "CASE_CLOSED",
  "IDEMPOTENCY_KEY_REUSED",
  "IDEMPOTENCY_KEY_IN_USE",
]);
const ITEM_PREFIX = ["input", "items", "0"];
const IDEMPOTENCY_HEADER = "Idempotency-Key";

type Outcome = RouteOutcome extends infer T ? (T extends unknown ? Omit<T, "requestId"> : never) : never;

const problem = (code: string, field: string[], message: string): RouteProblem => ({ code, field, message });
const refused = (refusal: RouteRefusal, ...problems: RouteProblem[]): Outcome => ({ ok: false, refusal, problems });

/** A push's failure at its path in the body (the one item's), or at the header it came from. */
function bodyProblem(e: Failure): RouteProblem {
  const field = e.field ?? [];
  if (field[0] === "input" && field[1] === "idempotencyKey")
    return problem(
      e.code,
      ["header", IDEMPOTENCY_HEADER],
      e.message.replace(/idempotency key/i, `${IDEMPOTENCY_HEADER} header`),
    );
  const inItem = ITEM_PREFIX.every((k, i) => field[i] === k);
  return problem(e.code, inItem ? field.slice(ITEM_PREFIX.length) : [], e.message);
}

function rejection(errors: readonly Failure[]): Outcome {
  const problems = errors.map(bodyProblem);
  return refused(problems.every((p) => CONFLICT_CODES.has(p.code)) ? "CONFLICT" : "INVALID", ...problems);
}

/** The one creditor the key sees with this id in the plugin's system (see creditorExternalIdSet); none when none or two. */
async function findCreditorByExternalId(
  em: EntityManager,
  auth: Auth,
  sourceSystem: string,
  externalId: string,
): Promise<{ id: number } | null> {
  const scope = auth.creditorIds === "all" ? {} : { creditor: { $in: [...auth.creditorIds] } };
  const rows = await em.find(CreditorExternalId, { sourceSystem, externalId, ...scope }, { limit: 2 });
  return rows.length === 1 ? { id: rows[0]!.creditor.id } : null;
}

/** The parts a registered payment or credit-note body made, each on its own case, in the body's order. */
async function registeredParts(em: EntityManager, result: PushItemResult<string>): Promise<RegisteredPart[]> {
  const parts = result.parts ?? [
    { externalId: result.externalId ?? "", recordId: result.recordId!, caseId: result.caseId! },
  ];
  const rows = new Map(
    (await em.find(CaseTransaction, { id: { $in: parts.map((p) => p.recordId) } }, { populate: ["case"] })).map((t) => [
      t.id,
      t,
    ]),
  );
  return parts.map((p) => ({
    caseNumber: rows.get(p.recordId)!.case.caseNumber,
    externalId: p.externalId,
    amount: rows.get(p.recordId)!.amount,
  }));
}

async function runPush(
  ctx: PushContext,
  plugin: EnabledPlugin,
  route: EnabledRoute,
  body: unknown,
  idempotencyKey: string | null,
): Promise<Outcome> {
  const input = { pluginId: plugin.id, items: [body], idempotencyKey };
  const outcome: PushOutcome<string> =
    route.operation === "registerInvoice"
      ? await pushInvoices(ctx, input)
      : await pushMoney(ctx, route.operation === "registerPayment" ? MoneyKind.PAYMENT : MoneyKind.CREDIT_NOTE, input);
  if (!outcome.ok) return rejection([pushUserError(outcome.failure)]);
  const result = outcome.results[0]!;
  if (result.userErrors.length > 0) return rejection(result.userErrors);
  if (result.caseId === null) throw new Error(`${route.operation} gave neither a case nor errors`);
  if (route.operation === "registerInvoice") {
    const registered = await ctx.em.findOneOrFail(CollectionCase, { id: result.caseId });
    return {
      ok: true,
      operation: route.operation,
      created: result.created,
      caseNumber: registered.caseNumber,
      externalId: result.externalId ?? "",
      warnings: (result.warnings ?? []).map(bodyProblem),
    };
  }
  const operation = route.operation === "registerPayment" ? "registerPayment" : "registerCreditNote";
  return { ok: true, operation, created: result.created, parts: await registeredParts(ctx.em, result) };
}

/** What a webhook setting needs of its request. */
interface RouteContext {
  em: EntityManager;
  auth: Auth;
  clock: Clock;
  services: AppServices;
}

async function runWebhookSetting(
  ctx: RouteContext,
  plugin: EnabledPlugin,
  route: EnabledRoute,
  req: Request,
  body: unknown,
): Promise<Outcome> {
  const parsed = route.parse!({ params: { ...req.params } as Record<string, string>, body });
  if (!parsed.ok) return refused("INVALID", ...parsed.errors);
  const setting = parsed.setting;
  const fields = route.webhookFields!;
  const problems: RouteProblem[] = [];
  const url = textProblem(setting.url, URL_TEXT, fields.url.join("."));
  if (url) problems.push(problem(url.code, [...fields.url], url.message));
  const secret = textProblem(setting.secret, LINE, fields.secret.join("."));
  if (secret) problems.push(problem(secret.code, [...fields.secret], secret.message));
  else if ([...setting.secret].length < MIN_WEBHOOK_SECRET) {
    problems.push(
      problem(
        "INVALID_SECRET",
        [...fields.secret],
        `${fields.secret.join(".")} is shorter than ${MIN_WEBHOOK_SECRET} characters: use a random secret of at least ${MIN_WEBHOOK_SECRET}, e.g. 32 random hex digits.`,
      ),
    );
  }
  const auth = ctx.auth;
  const creditor = await findCreditorByExternalId(ctx.em, auth, plugin.id, setting.creditorExternalId);
  // Another tenant's creditor and no creditor at all answer alike.
  if (!creditor) {
    return refused(
      "NOT_FOUND",
      problem(
        "UNKNOWN_CREDITOR",
        [],
        `No creditor with ${plugin.id} id ${setting.creditorExternalId} for this API key: store the id on the creditor first (creditorExternalIdSet, sourceSystem "${plugin.id}").`,
      ),
    );
  }
  if (problems.length > 0) {
    // Every problem at once: the URL rule the service would apply next.
    const urlProblem = url ? null : await checkWebhookUrl(setting.url, ctx.services.config.webhooks.allowPrivateUrls);
    if (urlProblem) problems.push(problem(urlProblem.code, [...fields.url], urlProblem.message));
    return refused("INVALID", ...problems);
  }
  const r = await putFormatEndpoint(
    ctx.em,
    auth,
    { creditorId: creditor.id, format: plugin.id, url: setting.url, secret: setting.secret, enabled: setting.enabled },
    ctx.services.config.webhooks,
    webhookFormatsOf(ctx.services.plugins),
    ctx.clock,
  );
  if (!r.ok) {
    const at = (e: Failure): string[] => (e.field?.[1] === "url" ? [...fields.url] : []);
    return refused("INVALID", ...webhookEndpointUserErrors(r.errors).map((e) => problem(e.code, at(e), e.message)));
  }
  return {
    ok: true,
    operation: "setWebhookEndpoint",
    created: r.value.created,
    creditorExternalId: setting.creditorExternalId,
    url: r.value.endpoint.url,
    enabled: r.value.endpoint.enabled,
  };
}

const jsonBody = express.json({ limit: ROUTE_BODY_LIMIT });

/** Reads the JSON body as /graphql does; a refusal when it cannot. */
function readBody(req: Request, res: Response): Promise<{ body: unknown } | Outcome> {
  return new Promise((resolve, reject) => {
    jsonBody(req, res, (err?: unknown) => {
      if (!err) return resolve({ body: req.body as unknown });
      const e = err as { type?: string; limit?: number };
      if (e.type === "entity.parse.failed")
        resolve(refused("INVALID", problem("INVALID_JSON", [], "The body is not valid JSON: send one JSON object.")));
      else if (e.type === "entity.too.large")
        resolve(
          refused(
            "PAYLOAD_TOO_LARGE",
            problem(
              "PAYLOAD_TOO_LARGE",
              [],
              `The body is larger than the limit of ${e.limit} bytes: send one item per request.`,
            ),
          ),
        );
      else if (e.type === "charset.unsupported" || e.type === "encoding.unsupported")
        resolve(
          refused(
            "UNSUPPORTED_MEDIA_TYPE",
            problem("UNSUPPORTED_MEDIA_TYPE", [], "Send the body as UTF-8 JSON, uncompressed or gzip/deflate."),
          ),
        );
      else reject(err as Error);
    });
  });
}

async function authorize(options: PluginRoutesOptions, req: Request): Promise<Auth | Outcome> {
  const key = bearer(req.headers.authorization);
  if (!key)
    return refused(
      "UNAUTHENTICATED",
      problem(
        "UNAUTHENTICATED",
        [],
        "Authentication required: send the header Authorization: <API key> (or Authorization: Bearer <API key>).",
      ),
    );
  const auth = await authenticate(options.orm.em.fork(), key, options.clock);
  if (!auth)
    return refused(
      "UNAUTHENTICATED",
      problem(
        "UNAUTHENTICATED",
        [],
        "The API key is unknown or revoked: create a new key with apiKeyCreate or use the admin key.",
      ),
    );
  if (!hasScope(auth, Scope.WRITE))
    return refused(
      "FORBIDDEN",
      problem("FORBIDDEN", [], "This API key lacks the WRITE scope needed here: use a key with that scope."),
    );
  return auth;
}

function unavailable(err: unknown): boolean {
  return isDatabaseUnavailable(err) || (err instanceof GraphQLError && err.extensions.code === "SERVICE_UNAVAILABLE");
}

function handler(plugin: EnabledPlugin, route: EnabledRoute, options: PluginRoutesOptions) {
  return async (req: Request, res: Response): Promise<void> => {
    const requestId = res.locals.requestId as string;
    const answer = (outcome: Outcome) => {
      const response = route.respond({ ...outcome, requestId } as RouteOutcome);
      if (!outcome.ok && outcome.refusal === "UNAUTHENTICATED") res.set("WWW-Authenticate", 'Bearer realm="tvist"');
      if (!outcome.ok && outcome.refusal === "UNAVAILABLE") res.set("Retry-After", "5");
      res.status(response.status).json(response.body);
    };
    let outcome: Outcome;
    try {
      outcome = await run(req, res);
    } catch (err) {
      if (unavailable(err)) {
        outcome = refused(
          "UNAVAILABLE",
          problem(
            "SERVICE_UNAVAILABLE",
            [],
            "The database is unavailable right now; nothing was changed by this request. Try again in a few seconds.",
          ),
        );
      } else {
        options.logger.error(
          { err, requestId, method: req.method, path: req.path },
          "plugin route failed unexpectedly",
        );
        outcome = refused("INTERNAL", problem("INTERNAL_SERVER_ERROR", [], internalErrorMessage(requestId)));
      }
    }
    answer(outcome);
  };

  async function run(req: Request, res: Response): Promise<Outcome> {
    const auth = await authorize(options, req);
    if ("ok" in auth) return auth;
    if (!req.is("application/json"))
      return refused(
        "UNSUPPORTED_MEDIA_TYPE",
        problem("UNSUPPORTED_MEDIA_TYPE", [], "Send the body as JSON with the header Content-Type: application/json."),
      );
    const read = await readBody(req, res);
    if ("ok" in read) return read;
    const em = options.orm.em.fork();
    const { clock, services } = options;
    if (route.operation === "setWebhookEndpoint")
      return runWebhookSetting({ em, auth, clock, services }, plugin, route, req, read.body);
    const ctx: PushContext = { em, auth, clock, plugins: services.plugins, sinks: services.eventSinks };
    return runPush(ctx, plugin, route, read.body, req.get(IDEMPOTENCY_HEADER) ?? null);
  }
}

/** Mounts each enabled plugin's routes at /plugins/<id>/<path>, authenticated by tvist's API keys (WRITE scope). */
export function mountPluginRoutes(app: Express, options: PluginRoutesOptions): void {
  for (const id of options.services.plugins.ids()) {
    const plugin = options.services.plugins.get(id)!;
    if (plugin.routes.length === 0) continue;
    const router = express.Router();
    for (const route of plugin.routes) {
      const path = `/${route.path}`;
      if (route.method === "POST") router.post(path, handler(plugin, route, options));
      else router.put(path, handler(plugin, route, options));
    }
    app.use(`/plugins/${id}`, router);
  }
}
