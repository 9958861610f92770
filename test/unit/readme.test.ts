import fs from "node:fs";
import path from "node:path";

const root = path.resolve(__dirname, "..", "..");

describe("README", () => {
  it("documents every configuration variable that src/app/config.ts reads", () => {
    const config = fs.readFileSync(path.join(root, "src", "app", "config.ts"), "utf8");
    const block = config.slice(config.indexOf("cleanEnv("), config.indexOf("reporter:"));
    const variables = [...block.matchAll(/^\s+([A-Z][A-Z0-9_]+):/gm)].map((m) => m[1]!);
    expect(variables.length).toBeGreaterThan(10);
    const readme = fs.readFileSync(path.join(root, "README.md"), "utf8");
    const documented = new Set([...readme.matchAll(/^\| `([A-Z][A-Z0-9_]+)` \|/gm)].map((m) => m[1]!));
    expect(variables.filter((v) => !documented.has(v))).toEqual([]);
  });

  it("starts with the two set-up commands", () => {
    const readme = fs.readFileSync(path.join(root, "README.md"), "utf8");
    const firstBlock = /```sh\n([\s\S]*?)```/.exec(readme)![1]!.trim().split("\n");
    expect(firstBlock).toEqual(["npm install", "npm start"]);
  });
});
