import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { InvoicesPushDocument } from "../generated/graphql";
import { startTestApp, type TestApp } from "../support/app";
import { createCreditor } from "../support/factories";
import { startTvist, type TvistProcess } from "../support/tvist-process";
import { freePort } from "../../src/db/ephemeral";

/**
 * A plugin written, tested and shipped outside tvist's tree, the way a third party does it: its own package
 * (test/out-of-tree-plugin, copied to a temporary directory) with @tvist/plugin-sdk as a dependency, tested with the
 * SDK's contract suite by a jest run of its own, packed with `npm pack` and installed from the tarball into a plugin
 * directory next to the SDK's own tarball (what the registry would serve), which tvist finds through NODE_PATH.
 * Everything is installed with --offline from local tarballs; tvist's own node_modules is not touched.
 */

const ROOT = path.resolve(__dirname, "../..");
const SETUP_MS = 240000;
const execFileAsync = promisify(execFile);

let work: string;
let pluginDir: string;
let app: TestApp;
const running: TvistProcess[] = [];

/** The environment for npm and jest children: none of this jest run's or npm's per-script settings. */
function childEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env))
    if (!/^(npm_package_|npm_lifecycle_|npm_config_local_prefix|JEST_WORKER_ID|INIT_CWD|TVIST_TEST_)/.test(k))
      env[k] = v;
  return env;
}

async function run(cmd: string, args: string[], cwd: string): Promise<string> {
  try {
    const { stdout } = await execFileAsync(cmd, args, { cwd, env: childEnv(), maxBuffer: 16 * 1024 * 1024 });
    return stdout;
  } catch (err) {
    const e = err as { stdout?: string; stderr?: string; message: string };
    throw new Error(`${cmd} ${args.join(" ")} failed in ${cwd}: ${e.message}\n${e.stdout ?? ""}\n${e.stderr ?? ""}`);
  }
}

const npm = (args: string[], cwd: string) =>
  run("npm", [...args, "--offline", "--no-audit", "--no-fund", "--loglevel=error"], cwd);

/** `npm pack` of a package directory into `work`; the tarball's path. */
async function pack(dir: string): Promise<string> {
  const [packed] = JSON.parse(await npm(["pack", "--json", "--pack-destination", work], dir)) as { filename: string }[];
  return path.join(work, packed!.filename);
}

/** A minimal package whose main module is `main`. */
function writePackage(name: string, main: string): string {
  const dir = path.join(work, name.replace(/[@/]/g, "_"));
  fs.mkdirSync(dir);
  fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name, version: "1.0.0", main: "index.js" }));
  fs.writeFileSync(path.join(dir, "index.js"), main);
  return dir;
}

async function boot(env: Record<string, string>, via: "node" | "npm" = "node"): Promise<TvistProcess> {
  const proc = startTvist(
    { DATABASE_URL: app.databaseUrl, WEBHOOK_WORKER: "false", NODE_PATH: pluginDir, ...env },
    via,
  );
  running.push(proc);
  return proc;
}

beforeAll(async () => {
  app = await startTestApp({ worker: false });
  work = fs.mkdtempSync(path.join(os.tmpdir(), "tvist-plugin-package-"));
  const sdk = await pack(path.join(ROOT, "packages", "plugin-sdk"));

  const fiken = path.join(work, "fiken");
  fs.cpSync(path.join(__dirname, "..", "out-of-tree-plugin"), fiken, { recursive: true });
  // The plugin's own development install: its devDependency @tvist/plugin-sdk, from the SDK's tarball.
  await npm(["install", "--no-save", sdk], fiken);
  const fikenTarball = await pack(fiken);

  const old = await pack(
    writePackage(
      "@acme/tvist-plugin-old",
      `const plugin = { id: "old", apiVersion: 2, version: "2.0.0", description: "built for a later plugin API", validateOptions: () => ({ ok: true, options: {} }),
        invoiceFields: {}, paymentFields: {}, creditNoteFields: {}, parseInvoice() {}, parsePayment() {}, parseCreditNote() {}, formatEvent() {} };
      module.exports = { plugin };`,
    ),
  );
  const empty = await pack(writePackage("@acme/tvist-plugin-empty", `module.exports = { parse() {} };`));

  // The deployment's plugin directory: the plugins and the SDK they need, as `npm install` puts them there.
  const deploy = path.join(work, "deploy");
  fs.mkdirSync(deploy);
  fs.writeFileSync(path.join(deploy, "package.json"), JSON.stringify({ name: "tvist-plugins", private: true }));
  await npm(["install", sdk, fikenTarball, old, empty], deploy);
  pluginDir = path.join(deploy, "node_modules");
}, SETUP_MS);

afterAll(async () => {
  for (const proc of running) {
    if (proc.child.exitCode === null && proc.child.signalCode === null) {
      proc.child.kill("SIGTERM");
      await proc.exited;
    }
  }
  await app?.close();
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

describe("a plugin package built outside tvist's tree", () => {
  it(
    "passes the SDK's contract suite in a jest project of its own, against the packed SDK",
    async () => {
      const fiken = path.join(work, "fiken");
      expect(fs.realpathSync(path.join(fiken, "node_modules", "@tvist", "plugin-sdk"))).toBe(
        path.join(fiken, "node_modules", "@tvist", "plugin-sdk"),
      );
      const out = await run(
        process.execPath,
        [require.resolve("jest/bin/jest"), "--ci", "--json", "--rootDir", fiken],
        fiken,
      );
      const report = JSON.parse(out) as {
        success: boolean;
        numTotalTests: number;
        numFailedTests: number;
        testResults: { assertionResults: { title: string; status: string }[] }[];
      };
      expect(report.numFailedTests).toBe(0);
      expect(report.success).toBe(true);
      const titles = report.testResults.flatMap((t) => t.assertionResults.map((a) => a.title));
      expect(titles).toEqual(
        expect.arrayContaining([
          "has a lower-case id, apiVersion 1, a semver version and a description",
          "imports nothing but @tvist/plugin-sdk and its own files",
          "parses invoice-person.json to tvist's shape with exact øre",
          "refuses invoice-invalid.json with every problem at its field path",
        ]),
      );
    },
    SETUP_MS,
  );

  it(
    "boots with PLUGINS=conta,kravia,@acme/tvist-plugin-fiken (npm start) and lands an invoice pushed through it, with its PLUGIN_FIKEN_OPTIONS",
    async () => {
      const creditor = await createCreditor(app);
      const port = await freePort();
      const proc = await boot(
        {
          PORT: String(port),
          PLUGINS: "conta,kravia,@acme/tvist-plugin-fiken",
          PLUGIN_FIKEN_OPTIONS: '{"requireKid": true}',
        },
        "npm",
      );
      await proc.listening;

      const invoice = JSON.parse(
        fs.readFileSync(path.join(work, "fiken", "fixtures", "invoice-person.json"), "utf8"),
      ) as Record<string, unknown>;
      const item = { ...invoice, creditor: { organizationNumber: creditor.orgNumber } };
      const withoutKid = { ...item, invoiceId: 4799, kid: null };
      const before = await app.count("invoice");
      const pushed = await proc.gql(
        port,
        InvoicesPushDocument,
        { input: { pluginId: "fiken", items: [item, withoutKid] } },
        app.adminKey,
      );
      expect(pushed.errors).toBeUndefined();
      const [landed, refused] = pushed.data!.invoicesPush.results;
      expect(landed).toMatchObject({
        created: true,
        userErrors: [],
        invoice: {
          sourceSystem: "fiken",
          externalId: "4711",
          invoiceNumber: "20031",
          amount: 125050,
          currency: "NOK",
          kid: "001023100",
          dueDate: "2026-08-15",
          debtor: { name: "Kari Nordmann", kind: "PERSON" },
        },
        case: { principalAmount: 125050 },
      });
      expect(refused!.userErrors).toEqual([
        expect.objectContaining({ code: "MISSING_FIELD", field: ["input", "items", "1", "kid"] }),
      ]);
      expect(await app.count("invoice")).toBe(before + 1);
      expect(
        await app.sql("select source_system, external_id, amount from invoice where creditor_id = ?", [creditor.id]),
      ).toEqual([{ source_system: "fiken", external_id: "4711", amount: "125050" }]);
    },
    SETUP_MS,
  );
});

describe("boot errors from PLUGINS", () => {
  it(
    "stops with exit 78 naming a missing package, a plugin built for another apiVersion, a package without a plugin and bad options",
    async () => {
      const proc = await boot({
        PORT: String(await freePort()),
        PLUGINS:
          "conta,@acme/tvist-plugin-missing,@acme/tvist-plugin-old,@acme/tvist-plugin-empty,@acme/tvist-plugin-fiken",
        PLUGIN_FIKEN_OPTIONS: '{"requireKid": "yes"}',
      });
      expect((await proc.exited).code).toBe(78);
      const stderr = proc.stderr();
      expect(stderr).toContain(
        "PLUGINS names @acme/tvist-plugin-missing, which is neither a built-in plugin (conta, kravia) nor an installed package: install the plugin package where tvist finds it",
      );
      expect(stderr).toContain(
        'PLUGINS names @acme/tvist-plugin-old, whose plugin "old" declares apiVersion 2; this tvist supports apiVersion 1: install a release of @acme/tvist-plugin-old built for',
      );
      expect(stderr).toContain(
        "PLUGINS names @acme/tvist-plugin-empty, whose package @acme/tvist-plugin-empty exports no plugin: export `plugin`",
      );
      expect(stderr).toContain("PLUGIN_FIKEN_OPTIONS is invalid (requireKid: requireKid must be true or false.)");
      expect(stderr).not.toContain(work);
      expect(proc.logs().find((l) => l.msg === "tvist is listening")).toBeUndefined();
    },
    SETUP_MS,
  );
});
