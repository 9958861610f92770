import { plugin as conta } from "@tvist/plugin-conta";
import { apiVersion } from "@tvist/plugin-sdk";
import { ConfigError, loadConfig } from "../../src/app/config";
import { PluginRegistry, type PluginLoader } from "../../src/modules/plugins/registry";

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
    expect(problems).toEqual([
      "PLUGINS names fiken, which is neither a built-in plugin (conta, kravia) nor an installed package: install the plugin package where tvist finds it (npm install fiken in tvist's directory, or into a directory listed in NODE_PATH), or remove it from PLUGINS",
    ]);
    expect(problemsOf(() => loadConfig({ PLUGINS: "Conta,conta,conta,@acme/,../plugins/conta" }))).toEqual([
      expect.stringMatching(/^PLUGINS is invalid \("Conta" is neither a plugin id nor a package name/),
      expect.stringMatching(/^PLUGINS is invalid \(conta is listed twice\)/),
      expect.stringMatching(/^PLUGINS is invalid \("@acme\/" is neither/),
      expect.stringMatching(/^PLUGINS is invalid \("..\/plugins\/conta" is neither/),
    ]);
  });

  describe("plugins from packages", () => {
    const fiken = { ...conta, id: "fiken", description: "Fiken-style invoices, from a package" };
    const packages: Record<string, unknown> = {
      "@acme/tvist-plugin-fiken": { plugin: fiken },
      "tvist-plugin-fiken-default": { default: fiken },
      "@acme/tvist-plugin-old": { plugin: { ...fiken, id: "old", apiVersion: apiVersion + 1 } },
      "@acme/tvist-plugin-unversioned": { plugin: { ...fiken, id: "unversioned", apiVersion: undefined } },
      "@acme/tvist-plugin-empty": { parse: () => undefined },
      "@acme/tvist-plugin-bad-id": { plugin: { ...fiken, id: "Fiken AS" } },
      "@acme/tvist-plugin-conta": { plugin: conta },
      "@acme/tvist-plugin-broken": undefined,
    };
    const loader: PluginLoader = (name) => {
      if (name === "@acme/tvist-plugin-broken")
        throw new TypeError("Cannot read properties of undefined (reading 'x') at /srv/plugins/index.js:3");
      if (name in packages) return packages[name];
      return require(name);
    };

    it("loads built-in ids and package names in PLUGINS order, with PLUGIN_<ID>_OPTIONS by the loaded plugin's id", () => {
      const registry = PluginRegistry.fromConfig(
        loadConfig({ PLUGINS: "@acme/tvist-plugin-fiken,kravia", PLUGIN_FIKEN_OPTIONS: '{"requireKid": true}' }),
        loader,
      );
      expect(registry.ids()).toEqual(["fiken", "kravia"]);
      expect(registry.get("fiken")!.options).toEqual({ preferMailingAddress: false, requireKid: true });
      expect(PluginRegistry.fromConfig(loadConfig({ PLUGINS: "tvist-plugin-fiken-default" }), loader).ids()).toEqual([
        "fiken",
      ]);
    });

    it("loads the built-in plugins through their packages, by require", () => {
      expect(PluginRegistry.fromConfig(loadConfig({ PLUGINS: "@tvist/plugin-kravia" })).ids()).toEqual(["kravia"]);
    });

    it("refuses a plugin built for another apiVersion, or declaring none, naming the package, what it declares and what tvist supports", () => {
      expect(
        problemsOf(() =>
          PluginRegistry.fromConfig(
            loadConfig({ PLUGINS: "@acme/tvist-plugin-old,@acme/tvist-plugin-unversioned" }),
            loader,
          ),
        ),
      ).toEqual([
        `PLUGINS names @acme/tvist-plugin-old, whose plugin "old" declares apiVersion ${apiVersion + 1}; this tvist supports apiVersion ${apiVersion}: install a release of @acme/tvist-plugin-old built for @tvist/plugin-sdk with apiVersion ${apiVersion}, or remove it from PLUGINS`,
        `PLUGINS names @acme/tvist-plugin-unversioned, whose plugin "unversioned" declares no apiVersion; this tvist supports apiVersion ${apiVersion}: install a release of @acme/tvist-plugin-unversioned built for @tvist/plugin-sdk with apiVersion ${apiVersion}, or remove it from PLUGINS`,
      ]);
    });

    it("refuses a missing package, one without a plugin, a bad id, a throwing module and the same plugin twice, all at once", () => {
      const problems = problemsOf(() =>
        PluginRegistry.fromConfig(
          loadConfig({
            PLUGINS:
              "conta,@acme/tvist-plugin-missing,@acme/tvist-plugin-empty,@acme/tvist-plugin-bad-id,@acme/tvist-plugin-broken,@acme/tvist-plugin-conta",
          }),
          loader,
        ),
      );
      expect(problems).toEqual([
        expect.stringMatching(
          /^PLUGINS names @acme\/tvist-plugin-missing, which is neither a built-in plugin \(conta, kravia\) nor an installed package: install the plugin package/,
        ),
        "PLUGINS names @acme/tvist-plugin-empty, whose package @acme/tvist-plugin-empty exports no plugin: export `plugin`, made with definePlugin from @tvist/plugin-sdk, from the package's main module",
        expect.stringMatching(
          /^PLUGINS names @acme\/tvist-plugin-bad-id, whose plugin id "Fiken AS" is not a plugin id/,
        ),
        "PLUGINS names @acme/tvist-plugin-broken, whose package @acme/tvist-plugin-broken failed to load (TypeError: Cannot read properties of undefined (reading 'x') at <path>): fix or reinstall the package, or remove it from PLUGINS",
        expect.stringMatching(/^PLUGINS is invalid \(conta and @acme\/tvist-plugin-conta are both the plugin conta\)/),
      ]);
    });
  });

  it("names PLUGIN_<ID>_OPTIONS when it is not JSON, fails the plugin's validation, or names no plugin", () => {
    expect(problemsOf(() => loadConfig({ PLUGIN_CONTA_OPTIONS: "{decimalComma: false}" }))).toEqual([
      expect.stringMatching(
        /^PLUGIN_CONTA_OPTIONS is invalid \(not JSON: .*\): set PLUGIN_CONTA_OPTIONS to a JSON object of that plugin's options/,
      ),
    ]);
    const problems = problemsOf(() =>
      PluginRegistry.fromConfig(
        loadConfig({
          PLUGIN_KRAVIA_OPTIONS: '{"claimTypes": [], "colour": "red"}',
          PLUGIN_CONTA_OPTIONS: '{"requireKid": "yes"}',
          PLUGIN_FIKEN_OPTIONS: "{}",
        }),
      ),
    );
    expect(problems).toEqual([
      expect.stringMatching(
        /^PLUGIN_CONTA_OPTIONS is invalid \(requireKid: requireKid must be true or false\.\): set PLUGIN_CONTA_OPTIONS/,
      ),
      expect.stringMatching(
        /^PLUGIN_KRAVIA_OPTIONS is invalid \(claimTypes: claimTypes must be a non-empty list.*; colour: Unknown option colour/,
      ),
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
    expect(
      kravia.routes[3]!.parse!({
        params: { id: "10759" },
        body: { secret: "bytt-meg-ut-9f3c2a", enabled: "false", url: "https://x.example" },
      }),
    ).toEqual({
      ok: true,
      setting: { creditorExternalId: "10759", secret: "bytt-meg-ut-9f3c2a", enabled: false, url: "https://x.example" },
    });
    const respond = () => ({ status: 200, body: null });
    const broken = {
      ...kravia,
      id: "broken",
      apiVersion,
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
    const problems = problemsOf(() =>
      PluginRegistry.fromConfig(loadConfig({ PLUGINS: "broken" }), () => ({ plugin: broken })),
    );
    expect(problems).toEqual([
      expect.stringMatching(
        /^PLUGINS names a plugin whose routes are invalid \(plugin broken route 0 \(POST \/api\/x\): path must be relative.*route 1 .*: path must be relative.*route 3 \(POST a\/:other\): declared twice\)/,
      ),
    ]);
  });
});
