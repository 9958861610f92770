import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { startTestApp, type TestApp } from "../support/app";

const CHROMIUM = "/usr/bin/chromium";
const haveChromium = fs.existsSync(CHROMIUM);
if (!haveChromium) {
  console.warn(
    `SKIPPED playground browser test: ${CHROMIUM} is missing. Install Debian's chromium (apt-get install chromium; .ci/run does) to run it.`,
  );
}
const maybe = haveChromium ? it : it.skip;

let app: TestApp;
let context: BrowserContext | undefined;
let profileDir: string | undefined;

beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await context?.close();
  if (profileDir) fs.rmSync(profileDir, { recursive: true, force: true });
  await app?.close();
});

/** Text of a CodeMirror editor inside the element matching `selector`. */
async function editorText(page: Page, selector: string): Promise<string> {
  return page.$eval(selector, (el) => {
    const cm = (el.querySelector(".CodeMirror") as unknown as { CodeMirror?: { getValue(): string } } | null)
      ?.CodeMirror;
    return cm ? cm.getValue() : (el.textContent ?? "");
  });
}

async function setEditor(page: Page, selector: string, value: string): Promise<void> {
  await page.$eval(
    selector,
    (el, v) => {
      const cm = (el.querySelector(".CodeMirror") as unknown as { CodeMirror?: { setValue(s: string): void } } | null)
        ?.CodeMirror;
      if (!cm) throw new Error("no CodeMirror editor found");
      cm.setValue(v);
    },
    value,
  );
}

describe("GraphQL playground in a browser", () => {
  maybe(
    "loads offline from tvist alone, runs a query with the key from the Headers tab and shows the result",
    async () => {
      profileDir = fs.mkdtempSync(path.join(os.tmpdir(), "tvist-chromium-"));
      context = await chromium.launchPersistentContext(profileDir, {
        executablePath: CHROMIUM,
        headless: true,
        args: [
          "--headless",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-quic",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
        ],
        viewport: { width: 1280, height: 800 },
      });
      const elsewhere: string[] = [];
      const local: string[] = [];
      await context.route("**/*", async (route) => {
        const url = new URL(route.request().url());
        if (url.hostname === "127.0.0.1") {
          local.push(url.pathname);
          await route.continue();
        } else {
          elsewhere.push(url.toString());
          await route.abort("blockedbyclient");
        }
      });
      context.on("request", (req) => {
        const url = new URL(req.url());
        if (url.protocol.startsWith("http") && url.hostname !== "127.0.0.1" && !elsewhere.includes(url.toString()))
          elsewhere.push(url.toString());
      });
      const page = context.pages()[0] ?? (await context.newPage());
      const pageErrors: string[] = [];
      page.on("pageerror", (err) => pageErrors.push(err.message));
      const consoleProblems: string[] = [];
      page.on("console", (msg) => {
        if (msg.type() === "error" || /Content.Security.Policy/i.test(msg.text())) consoleProblems.push(msg.text());
      });
      const notOk: string[] = [];
      page.on("response", (res) => {
        if (res.status() >= 400) notOk.push(`${res.status()} ${new URL(res.url()).pathname}`);
      });
      const posts: { status: number; body: string }[] = [];
      page.on("response", async (res) => {
        if (res.request().method() === "POST") posts.push({ status: res.status(), body: await res.text() });
      });

      const origin = `http://127.0.0.1:${app.server.port}`;
      const landing = await page.goto(`${origin}/graphql`, { waitUntil: "networkidle" });
      expect(landing!.headers()["content-security-policy"]).toMatch(/script-src 'self';/);
      await page.evaluate(() =>
        document.addEventListener("securitypolicyviolation", (e) =>
          console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
        ),
      );
      await page.waitForSelector(".graphiql-query-editor .CodeMirror", { timeout: 15000 });
      expect(await page.title()).toBe("tvist — GraphQL playground");

      // The Headers tab is open by default; put the key there as a person would.
      const headersEditor = '.graphiql-editor-tool[aria-label="Headers"] .graphiql-editor:not(.hidden)';
      await page.waitForSelector(`${headersEditor} .CodeMirror`, { state: "visible" });
      await setEditor(page, headersEditor, JSON.stringify({ Authorization: `Bearer ${app.adminKey}` }));
      await setEditor(page, ".graphiql-query-editor", "{ viewer { keyName } }");
      // GraphiQL re-parses the editor after a debounce; a click before that sends the previous operationName
      await page.waitForTimeout(1500);
      await page.click(".graphiql-execute-button");
      await page.waitForFunction(
        () => (document.querySelector(".graphiql-response")?.textContent ?? "").includes("keyName"),
        undefined,
        { timeout: 15000 },
      );

      const result = JSON.parse(await editorText(page, ".graphiql-response")) as unknown;
      expect(result).toMatchObject({ data: { viewer: { keyName: "test admin" } } });
      await page.screenshot({ path: path.join(os.tmpdir(), "tvist-playground.png") });

      expect(pageErrors).toEqual([]);
      // Subscriptions connect to the same origin over WebSocket: the page's CSP lets them.
      const wsOpened = await page.evaluate(
        () =>
          new Promise<string>((resolve) => {
            const ws = new WebSocket(location.origin.replace(/^http/, "ws") + "/graphql", "graphql-transport-ws");
            ws.onopen = () => (ws.close(), resolve("open"));
            ws.onerror = () => resolve("error");
          }),
      );
      expect(wsOpened).toBe("open");
      // No CSP violation, no console error, no 404 (the favicon included).
      expect(consoleProblems).toEqual([]);
      expect(notOk).toEqual([]);
      // The schema was fetched on load (with the placeholder header) and the query ran: both answered 200.
      expect(posts.map((p) => p.status)).toEqual([200, 200]);
      expect(posts[0]!.body).toContain("__schema");
      expect(elsewhere).toEqual([]);
      expect(local).toEqual(
        expect.arrayContaining([
          "/graphql",
          "/playground/graphiql.min.css",
          "/playground/graphiql.min.js",
          "/playground/react.production.min.js",
          "/playground/react-dom.production.min.js",
          "/playground/app.js",
          "/playground/favicon.svg",
        ]),
      );
      // The headers were persisted, so a reload keeps the key.
      expect(await page.evaluate(() => localStorage.getItem("graphiql:headers"))).toContain(app.adminKey);
    },
    60000,
  );
});
