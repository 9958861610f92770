import { ConfigError, configProblem, pluginOptionsVariable, type Config } from "../config";
import { AVAILABLE_PLUGINS } from "./available";
import type { CreditNoteField, CreditNoteParse, FieldMap, FormatTools, InvoiceField, InvoiceParse, Json, OutboundEvent, PaymentField, PaymentParse, PluginRoute, RouteOutcome, RouteRequest, RouteResponse, TvistPlugin, WebhookEndpointParse, WebhookField } from "./port";

/** A plugin with its validated options bound: what the rest of tvist calls. */
export interface EnabledPlugin {
  readonly id: string;
  readonly version: string;
  readonly description: string;
  readonly options: unknown;
  readonly invoiceFields: FieldMap<InvoiceField>;
  readonly paymentFields: FieldMap<PaymentField>;
  readonly creditNoteFields: FieldMap<CreditNoteField>;
  parseInvoice(payload: unknown): InvoiceParse;
  parsePayment(payload: unknown): PaymentParse;
  parseCreditNote(payload: unknown): CreditNoteParse;
  formatEvent(event: OutboundEvent, tools: FormatTools): Json;
  /** The plugin's HTTP routes, options bound. */
  readonly routes: readonly EnabledRoute[];
}

/** A plugin route with the plugin's options bound. */
export interface EnabledRoute {
  readonly method: "POST" | "PUT";
  readonly path: string;
  readonly operation: PluginRoute["operation"];
  readonly webhookFields?: FieldMap<WebhookField>;
  parse?(request: RouteRequest): WebhookEndpointParse;
  respond(outcome: RouteOutcome): RouteResponse;
}

const ROUTE_PATH = /^(?:[A-Za-z0-9._~-]+|:[A-Za-z][A-Za-z0-9_]*)(?:\/(?:[A-Za-z0-9._~-]+|:[A-Za-z][A-Za-z0-9_]*))*$/;

/** What is wrong with a plugin's route declarations (a bug in the plugin, reported at boot). */
export function routeProblems(plugin: Pick<TvistPlugin<never>, "id" | "routes">): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const [i, route] of (plugin.routes ?? []).entries()) {
    const where = `plugin ${plugin.id} route ${i} (${route.method} ${route.path})`;
    if (route.method !== "POST" && route.method !== "PUT") problems.push(`${where}: method must be POST or PUT`);
    if (!ROUTE_PATH.test(route.path) || route.path.split("/").some((s) => s === "." || s === "..")) problems.push(`${where}: path must be relative segments such as api/v2/creditor/:id/webhook`);
    const key = `${route.method} ${route.path.replace(/:[^/]+/g, ":")}`;
    if (seen.has(key)) problems.push(`${where}: declared twice`);
    seen.add(key);
    if (route.operation === "setWebhookEndpoint" && typeof route.parse !== "function") problems.push(`${where}: setWebhookEndpoint needs parse`);
  }
  return problems;
}

function enable<O>(plugin: TvistPlugin<O>, options: O): EnabledPlugin {
  return {
    id: plugin.id,
    version: plugin.version,
    description: plugin.description,
    options,
    invoiceFields: plugin.invoiceFields,
    paymentFields: plugin.paymentFields,
    creditNoteFields: plugin.creditNoteFields,
    parseInvoice: (payload) => plugin.parseInvoice(payload, options),
    parsePayment: (payload) => plugin.parsePayment(payload, options),
    parseCreditNote: (payload) => plugin.parseCreditNote(payload, options),
    formatEvent: (event, tools) => plugin.formatEvent(event, options, tools),
    routes: (plugin.routes ?? []).map(
      (route): EnabledRoute => ({
        method: route.method,
        path: route.path,
        operation: route.operation,
        ...(route.operation === "setWebhookEndpoint" ? { webhookFields: route.webhookFields, parse: (request: RouteRequest) => route.parse(request, options) } : {}),
        respond: (outcome) => route.respond(outcome, options),
      }),
    ),
  };
}

/** The plugins enabled by configuration, each with options validated at boot. */
export class PluginRegistry {
  private readonly byId: ReadonlyMap<string, EnabledPlugin>;

  constructor(plugins: readonly EnabledPlugin[]) {
    this.byId = new Map(plugins.map((p) => [p.id, p]));
  }

  /**
   * Enables the plugins PLUGINS names, validating each PLUGIN_<ID>_OPTIONS with the plugin itself. Throws a
   * ConfigError naming every bad variable.
   */
  static fromConfig(config: Pick<Config, "plugins" | "pluginOptionVariables">, available: readonly TvistPlugin<never>[] = AVAILABLE_PLUGINS): PluginRegistry {
    const problems: string[] = [];
    const enabled: EnabledPlugin[] = [];
    const known = available.map((p) => p.id);
    for (const setting of config.plugins) {
      const plugin = available.find((p) => p.id === setting.id) as TvistPlugin<unknown> | undefined;
      if (!plugin) {
        problems.push(configProblem("PLUGINS", `is invalid (no plugin "${setting.id}"; available: ${known.join(", ") || "none"})`));
        continue;
      }
      const broken = routeProblems(plugin);
      if (broken.length > 0) {
        problems.push(configProblem("PLUGINS", `names a plugin whose routes are invalid (${broken.join("; ")})`));
        continue;
      }
      const checked = plugin.validateOptions(setting.options);
      if (checked.ok) enabled.push(enable(plugin, checked.options));
      else {
        const details = checked.problems.map((p) => `${p.field.length ? `${p.field.join(".")}: ` : ""}${p.message}`).join("; ");
        problems.push(configProblem(setting.optionsVariable, `is invalid (${details})`));
      }
    }
    const variables = new Set(known.map(pluginOptionsVariable));
    for (const name of config.pluginOptionVariables) {
      if (!variables.has(name)) problems.push(configProblem(name, `names no available plugin (available: ${known.join(", ") || "none"})`));
    }
    if (problems.length > 0) throw new ConfigError(problems);
    return new PluginRegistry(enabled);
  }

  get(id: string): EnabledPlugin | undefined {
    return this.byId.get(id);
  }

  ids(): string[] {
    return [...this.byId.keys()];
  }
}
