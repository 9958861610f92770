/**
 * Fails when schema/schema.graphql breaks a client of the last released schema (schema/released/schema.graphql)
 * and the break is not announced in schema/CHANGELOG.md. Breaking and dangerous changes are found by graphql-js's
 * own findBreakingChanges / findDangerousChanges.
 *
 *   npm run -s schema:compat             check (CI)
 *   npm run -s schema:compat -- --release  copy the current schema to schema/released/ (when a version is released)
 */
import fs from "node:fs";
import path from "node:path";
import { compatibility } from "../src/graphql/schema-compat";

const root = process.cwd();
const current = path.join(root, "schema", "schema.graphql");
const released = path.join(root, "schema", "released", "schema.graphql");
const changelog = path.join(root, "schema", "CHANGELOG.md");

if (process.argv.includes("--release")) {
  fs.mkdirSync(path.dirname(released), { recursive: true });
  fs.copyFileSync(current, released);
  console.log(`released: ${path.relative(root, released)} is now the schema clients are promised`);
  process.exit(0);
}

const report = compatibility(
  fs.readFileSync(released, "utf8"),
  fs.readFileSync(current, "utf8"),
  fs.existsSync(changelog) ? fs.readFileSync(changelog, "utf8") : "",
);
for (const change of report.dangerous) console.log(`dangerous (allowed): ${change}`);
for (const change of report.announced) console.log(`breaking, announced in schema/CHANGELOG.md: ${change}`);
if (report.unannounced.length > 0) {
  console.error("The schema breaks clients of schema/released/schema.graphql:");
  for (const change of report.unannounced) console.error(`  - ${change}`);
  console.error(
    "Keep the old field or argument and deprecate it (@deprecated) instead, or announce the break in schema/CHANGELOG.md under " +
      '"## Unreleased" as a line naming the coordinate in backticks with its deprecation period, e.g.\n' +
      "  - `Invoice.dueDate`: type String! -> LocalDate!. Deprecation period: announced 2026-12-03, changed 2027-03-01.",
  );
  process.exit(1);
}
console.log(
  `schema is compatible with schema/released/schema.graphql (${report.announced.length} announced break(s), ${report.dangerous.length} dangerous change(s))`,
);
