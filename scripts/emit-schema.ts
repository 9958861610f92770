import "reflect-metadata";
import fs from "node:fs";
import path from "node:path";
import { schemaSdl } from "../src/graphql/schema-sdl";

const target = path.join(process.cwd(), "schema", "schema.graphql");

async function main(): Promise<void> {
  const sdl = await schemaSdl();
  if (process.argv.includes("--check")) {
    const current = fs.existsSync(target) ? fs.readFileSync(target, "utf8") : "";
    if (current !== sdl) {
      console.error("schema/schema.graphql is stale: run npm run gen and commit the result.");
      process.exit(1);
    }
    console.log("schema/schema.graphql is current");
    return;
  }
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, sdl);
  console.log(`wrote ${path.relative(process.cwd(), target)}`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
