import { apiVersion } from "@tvist/plugin-sdk";
import { ConfigError, configProblem, pluginOptionsVariable, type Config, type PluginSetting } from "../../app/config";
import { BUILT_IN_PLUGINS } from "./built-in";
import type {
  CreditNoteField,
  CreditNoteParse,
  FieldMap,
  FormatTools,
  InvoiceField,
  InvoiceParse,
  Json,
  OutboundEvent,
  PaymentField,
  PaymentParse,
  PluginRoute,
  RouteOutcome,
  RouteRequest,
  RouteResponse,
  TvistPlugin,
  WebhookEndpointParse,
  WebhookField,
} from "@tvist/plugin-sdk";

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
    if (!ROUTE_PATH.test(route.path) || route.path.split("/").some((s) => s === "." || s === ".."))
      problems.push(`${where}: path must be relative segments such as api/v2/creditor/:id/webhook`);
    const key = `${route.method} ${route.path.replace(/:[^/]+/g, ":")}`;
    if (seen.has(key)) problems.push(`${where}: declared twice`);
    seen.add(key);
    if (route.operation === "setWebhookEndpoint" && typeof route.parse !== "function")
      problems.push(`${where}: setWebhookEndpoint needs parse`);
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
    routes: (plugin.routes ?? []).map((route): EnabledRoute => ({
      method: route.method,
      path: route.path,
      operation: route.operation,
      ...(route.operation === "setWebhookEndpoint"
        ? { webhookFields: route.webhookFields, parse: (request: RouteRequest) => route.parse(request, options) }
        : {}),
      respond: (outcome) => route.respond(outcome, options),
    })),
  };
}

/** The plugin API versions this tvist can run: a plugin declares the one it was built for. */
export const SUPPORTED_API_VERSIONS: readonly number[] = [apiVersion];

/** What `require` gives for a package name; a test may load plugins some other way. */
export type PluginLoader = (packageName: string) => unknown;

const requirePlugin: PluginLoader = (packageName) => require(packageName);

const FUNCTIONS = ["validateOptions", "parseInvoice", "parsePayment", "parseCreditNote", "formatEvent"] as const;
const FIELD_MAPS = ["invoiceFields", "paymentFields", "creditNoteFields"] as const;

function isPlugin(value: unknown): value is TvistPlugin<unknown> {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.id === "string" &&
    FUNCTIONS.every((f) => typeof v[f] === "function") &&
    FIELD_MAPS.every((f) => typeof v[f] === "object" && v[f] !== null)
  );
}

function isModuleNotFound(err: unknown, packageName: string): boolean {
  const e = err as { code?: string; message?: string };
  return (
    e?.code === "MODULE_NOT_FOUND" &&
    typeof e.message === "string" &&
    e.message.startsWith(`Cannot find module '${packageName}'`)
  );
}

/** The plugin a PLUGINS entry names, or the boot problem that says what is wrong with it and what to do. */
function loadPlugin(setting: PluginSetting, load: PluginLoader): TvistPlugin<unknown> | string {
  const { name, packageName } = setting;
  const builtIn = Object.hasOwn(BUILT_IN_PLUGINS, name);
  let exported: unknown;
  try {
    exported = load(packageName);
  } catch (err) {
    if (isModuleNotFound(err, packageName)) {
      return builtIn
        ? `PLUGINS names the built-in plugin ${name}, but its package ${packageName} is not installed: run npm ci in tvist's directory`
        : `PLUGINS names ${name}, which is neither a built-in plugin (${Object.keys(BUILT_IN_PLUGINS).join(", ")}) nor an installed package: install the plugin package where tvist finds it (npm install ${name} in tvist's directory, or into a directory listed in NODE_PATH), or remove it from PLUGINS`;
    }
    if (
      (err as { code?: string })?.code === "MODULE_NOT_FOUND" &&
      String((err as Error).message).includes('valid "main" entry')
    ) {
      return `PLUGINS names ${name}, whose package ${packageName} has no main module (not built?): ${builtIn ? "run npm run build:packages in tvist's directory" : "reinstall the package"}`;
    }
    const first = String((err as Error)?.message ?? err)
      .split("\n")[0]!
      .replace(/(["'])?\/[^\s"']+\1?/g, "<path>");
    return `PLUGINS names ${name}, whose package ${packageName} failed to load (${(err as Error)?.name ?? "Error"}: ${first}): fix or reinstall the package, or remove it from PLUGINS`;
  }
  const candidate =
    (exported as { plugin?: unknown; default?: unknown } | null)?.plugin ??
    (exported as { default?: unknown } | null)?.default;
  if (!isPlugin(candidate)) {
    return `PLUGINS names ${name}, whose package ${packageName} exports no plugin: export \`plugin\`, made with definePlugin from @tvist/plugin-sdk, from the package's main module`;
  }
  const declared = (candidate as { apiVersion?: unknown }).apiVersion;
  if (typeof declared !== "number" || !SUPPORTED_API_VERSIONS.includes(declared)) {
    const declares = typeof declared === "number" ? `declares apiVersion ${declared}` : "declares no apiVersion";
    return `PLUGINS names ${name}, whose plugin ${JSON.stringify(candidate.id)} ${declares}; this tvist supports apiVersion ${SUPPORTED_API_VERSIONS.join(", ")}: install a release of ${packageName} built for @tvist/plugin-sdk with apiVersion ${SUPPORTED_API_VERSIONS.at(-1)}, or remove it from PLUGINS`;
  }
  if (!/^[a-z][a-z0-9-]{0,39}$/.test(candidate.id)) {
    return `PLUGINS names ${name}, whose plugin id ${JSON.stringify(candidate.id)} is not a plugin id (lower-case letters, digits and -, at most 40): fix the plugin's id`;
  }
  if (builtIn && candidate.id !== name)
    return `PLUGINS names the built-in plugin ${name}, but ${packageName} declares the id ${candidate.id}: run npm ci in tvist's directory`;
  return candidate;
}

/** The plugins enabled by configuration, each with options validated at boot. */
export class PluginRegistry {
  private readonly byId: ReadonlyMap<string, EnabledPlugin>;

  constructor(plugins: readonly EnabledPlugin[]) {
    this.byId = new Map(plugins.map((p) => [p.id, p]));
  }

  /**
   * Loads the plugins PLUGINS names (built-in ids and package names), checks each one's apiVersion and validates its
   * PLUGIN_<ID>_OPTIONS with the plugin itself. Throws a ConfigError naming every problem.
   */
  static fromConfig(
    config: Pick<Config, "plugins" | "pluginOptions">,
    load: PluginLoader = requirePlugin,
  ): PluginRegistry {
    const problems: string[] = [];
    const enabled: EnabledPlugin[] = [];
    const loadedFrom = new Map<string, string>();
    for (const setting of config.plugins) {
      const plugin = loadPlugin(setting, load);
      if (typeof plugin === "string") {
        problems.push(plugin);
        continue;
      }
      const earlier = loadedFrom.get(plugin.id);
      if (earlier !== undefined) {
        problems.push(
          configProblem("PLUGINS", `is invalid (${earlier} and ${setting.name} are both the plugin ${plugin.id})`),
        );
        continue;
      }
      loadedFrom.set(plugin.id, setting.name);
      const broken = routeProblems(plugin as TvistPlugin<never>);
      if (broken.length > 0) {
        problems.push(configProblem("PLUGINS", `names a plugin whose routes are invalid (${broken.join("; ")})`));
        continue;
      }
      const optionsVariable = pluginOptionsVariable(plugin.id);
      const checked = plugin.validateOptions(config.pluginOptions[optionsVariable]);
      if (checked.ok) enabled.push(enable(plugin, checked.options));
      else {
        const details = checked.problems
          .map((p) => `${p.field.length ? `${p.field.join(".")}: ` : ""}${p.message}`)
          .join("; ");
        problems.push(configProblem(optionsVariable, `is invalid (${details})`));
      }
    }
    const known = [...new Set([...Object.keys(BUILT_IN_PLUGINS), ...loadedFrom.keys()])];
    const variables = new Set(known.map(pluginOptionsVariable));
    for (const name of Object.keys(config.pluginOptions)) {
      if (!variables.has(name))
        problems.push(configProblem(name, `names no available plugin (available: ${known.join(", ")})`));
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
