import { ConfigError, loadConfig } from "../../src/config";
import { PluginRegistry } from "../../src/plugins/registry";

function problemsOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (err) {
    if (err instanceof ConfigError) return err.problems;
    throw err;
  }
  throw new Error("expected a ConfigError");
}

describe("plugin registry", () => {
  it("enables conta and kravia by default with their default options", () => {
    const registry = PluginRegistry.fromConfig(loadConfig({}));
    expect(registry.ids()).toEqual(["conta", "kravia"]);
    expect(registry.get("conta")!.options).toEqual({ preferMailingAddress: false, requireKid: false });
    expect(registry.get("kravia")!.options).toEqual({ claimTypes: ["CollectionCase", "Invoice"] });
    expect(registry.get("fiken")).toBeUndefined();
  });

  it("enables only what PLUGINS lists; an empty PLUGINS enables none", () => {
    expect(PluginRegistry.fromConfig(loadConfig({ PLUGINS: " kravia " })).ids()).toEqual(["kravia"]);
    expect(PluginRegistry.fromConfig(loadConfig({ PLUGINS: "" })).ids()).toEqual([]);
  });

  it("binds the validated options to the plugin", () => {
    const registry = PluginRegistry.fromConfig(loadConfig({ PLUGIN_CONTA_OPTIONS: '{"requireKid": true}' }));
    const conta = registry.get("conta")!;
    expect(conta.options).toEqual({ preferMailingAddress: false, requireKid: true });
    const result = conta.parseInvoice({ invoice: {} });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.find((e) => e.field.join(".") === "invoice.kid")?.code).toBe("MISSING_FIELD");
  });

  it("names PLUGINS when it lists an unknown or malformed plugin", () => {
    const problems = problemsOf(() => PluginRegistry.fromConfig(loadConfig({ PLUGINS: "conta,fiken" })));
    expect(problems).toEqual([expect.stringMatching(/^PLUGINS is invalid \(no plugin "fiken"; available: conta, kravia\): set PLUGINS to a comma-separated list/)]);
    expect(problemsOf(() => loadConfig({ PLUGINS: "Conta,conta,conta" }))).toEqual([
      expect.stringMatching(/^PLUGINS is invalid \("Conta" is not a plugin id/),
      expect.stringMatching(/^PLUGINS is invalid \(conta is listed twice\)/),
    ]);
  });

  it("names PLUGIN_<ID>_OPTIONS when it is not JSON, fails the plugin's validation, or names no plugin", () => {
    expect(problemsOf(() => loadConfig({ PLUGIN_CONTA_OPTIONS: "{decimalComma: false}" }))).toEqual([
      expect.stringMatching(/^PLUGIN_CONTA_OPTIONS is invalid \(not JSON: .*\): set PLUGIN_CONTA_OPTIONS to a JSON object of that plugin's options/),
    ]);
    const problems = problemsOf(() =>
      PluginRegistry.fromConfig(loadConfig({ PLUGIN_KRAVIA_OPTIONS: '{"claimTypes": [], "colour": "red"}', PLUGIN_CONTA_OPTIONS: '{"requireKid": "yes"}', PLUGIN_FIKEN_OPTIONS: "{}" })),
    );
    expect(problems).toEqual([
      expect.stringMatching(/^PLUGIN_CONTA_OPTIONS is invalid \(requireKid: requireKid must be true or false\.\): set PLUGIN_CONTA_OPTIONS/),
      expect.stringMatching(/^PLUGIN_KRAVIA_OPTIONS is invalid \(claimTypes: claimTypes must be a non-empty list.*; colour: Unknown option colour/),
      expect.stringMatching(/^PLUGIN_FIKEN_OPTIONS names no available plugin \(available: conta, kravia\)/),
    ]);
  });

  it("binds each plugin's routes; a plugin whose routes are malformed fails the boot, naming them", () => {
    const kravia = PluginRegistry.fromConfig(loadConfig({})).get("kravia")!;
    expect(kravia.routes.map((r) => [r.method, r.path, r.operation])).toEqual([
      ["POST", "api/v2/invoice/register", "registerInvoice"],
      ["POST", "api/v2/invoice/payment", "registerPayment"],
      ["POST", "api/v2/invoice/creditnote", "registerCreditNote"],
      ["PUT", "api/v2/creditor/:id/webhook", "setWebhookEndpoint"],
    ]);
    expect(kravia.routes[3]!.parse!({ params: { id: "10759" }, body: { secret: "bytt-meg-ut-9f3c2a", enabled: "false", url: "https://x.example" } })).toEqual({
      ok: true,
      setting: { creditorExternalId: "10759", secret: "bytt-meg-ut-9f3c2a", enabled: false, url: "https://x.example" },
    });
    const respond = () => ({ status: 200, body: null });
    const broken = {
      ...kravia,
      id: "broken",
      validateOptions: () => ({ ok: true as const, options: {} }),
      parseInvoice: () => ({ ok: false as const, errors: [] }),
      parsePayment: () => ({ ok: false as const, errors: [] }),
      parseCreditNote: () => ({ ok: false as const, errors: [] }),
      formatEvent: () => null,
      routes: [
        { method: "POST" as const, path: "/api/x", operation: "registerInvoice" as const, respond },
        { method: "POST" as const, path: "a/../b", operation: "registerInvoice" as const, respond },
        { method: "POST" as const, path: "a/:id", operation: "registerPayment" as const, respond },
        { method: "POST" as const, path: "a/:other", operation: "registerPayment" as const, respond },
      ],
    };
    const problems = problemsOf(() => PluginRegistry.fromConfig(loadConfig({ PLUGINS: "broken" }), [broken as never]));
    expect(problems).toEqual([expect.stringMatching(/^PLUGINS names a plugin whose routes are invalid \(plugin broken route 0 \(POST \/api\/x\): path must be relative.*route 1 .*: path must be relative.*route 3 \(POST a\/:other\): declared twice\)/)]);
  });
});
