import { ConfigError, configProblem, pluginOptionsVariable, type Config } from "../config";
import { AVAILABLE_PLUGINS } from "./available";
import type { CreditNoteField, CreditNoteParse, FieldMap, InvoiceField, InvoiceParse, Json, OutboundEvent, PaymentField, PaymentParse, TvistPlugin } from "./port";

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
  formatEvent(event: OutboundEvent): Json;
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
    formatEvent: (event) => plugin.formatEvent(event, options),
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
