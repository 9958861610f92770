import fs from "node:fs";
import path from "node:path";
import { CASE_EVENT_DEFINITIONS, CREDITOR_EVENT_DEFINITIONS, type EventDefinition } from "../src/events/catalogue";
import { eventPayloadSchema, examplePayload } from "../src/events/payload-schema";

const root = process.cwd();
const docsPath = path.join(root, "docs", "events.md");
const schemaDir = path.join(root, "schema", "events");
const BEGIN = "<!-- BEGIN GENERATED EVENT CATALOGUE: npm run events:docs -->";
const END = "<!-- END GENERATED EVENT CATALOGUE -->";

interface Prop {
  type: string | string[];
  description?: string;
  format?: string;
  enum?: unknown[];
  items?: Prop;
  properties?: Record<string, Prop>;
  required?: string[];
  deprecated?: boolean;
}

function typeName(p: Prop): string {
  const types = Array.isArray(p.type) ? p.type : [p.type];
  const main = types
    .filter((t) => t !== "null")
    .map((t) =>
      t === "array"
        ? `${p.items ? typeName(p.items) : "any"}[]`
        : t === "string" && p.format === "date"
          ? "date"
          : p.enum
            ? p.enum
                .filter((v) => v !== null)
                .map((v) => `"${String(v)}"`)
                .join(" \\| ")
            : t,
    )
    .join(" \\| ");
  return types.includes("null") ? `${main} \\| null` : main;
}

function fieldRows(properties: Record<string, Prop>, required: readonly string[], prefix = ""): string[] {
  return Object.entries(properties).flatMap(([name, p]) => {
    const cell = (text: string) => text.replace(/\|/g, "\\|");
    const row = `| \`${prefix}${name}\` | ${typeName(p)} | ${required.includes(name) ? "always" : "sometimes"} | ${cell(p.description ?? "")}${p.deprecated ? " **Deprecated.**" : ""} |`;
    const nested = p.items?.properties
      ? fieldRows(p.items.properties, p.items.required ?? [], `${prefix}${name}[].`)
      : [];
    return [row, ...nested];
  });
}

function section(type: string, def: EventDefinition, creditor: boolean): string {
  const data = def.data as unknown as { properties: Record<string, Prop>; required: string[] };
  return [
    `### \`${type}\``,
    "",
    def.description,
    "",
    "| `data` field | type | present | meaning |",
    "| --- | --- | --- | --- |",
    ...fieldRows(data.properties, data.required),
    "",
    `JSON Schema of the webhook body: [\`schema/events/${type}.json\`](../schema/events/${type}.json).`,
    "",
    "```json",
    JSON.stringify(examplePayload(type, def, creditor), null, 2),
    "```",
    "",
  ].join("\n");
}

function generated(): { docs: string; files: Map<string, string> } {
  const sections: string[] = [
    BEGIN,
    "",
    "Generated from `src/events/catalogue.ts`. Each example stands alone (ids, sequences and amounts are illustrative; amounts are in øre).",
    "A field marked *sometimes* is present only in the cases its meaning names. A field may be added, never renamed or removed; a",
    "replaced field stays, marked deprecated.",
    "",
  ];
  const files = new Map<string, string>();
  for (const [defs, creditor] of [
    [CASE_EVENT_DEFINITIONS, false],
    [CREDITOR_EVENT_DEFINITIONS, true],
  ] as const) {
    for (const [type, def] of Object.entries<EventDefinition>(defs)) {
      sections.push(section(type, def, creditor));
      files.set(
        path.join(schemaDir, `${type}.json`),
        `${JSON.stringify(eventPayloadSchema(type, def, creditor), null, 2)}\n`,
      );
    }
  }
  sections.push(END);
  const current = fs.readFileSync(docsPath, "utf8");
  const start = current.indexOf(BEGIN);
  const end = current.indexOf(END);
  if (start < 0 || end < start)
    throw new Error(`docs/events.md has no ${BEGIN} … ${END} markers: put them around the catalogue.`);
  return { docs: current.slice(0, start) + sections.join("\n") + current.slice(end + END.length), files };
}

function main(): void {
  const { docs, files } = generated();
  const stale: string[] = [];
  const read = (p: string) => (fs.existsSync(p) ? fs.readFileSync(p, "utf8") : null);
  if (read(docsPath) !== docs) stale.push("docs/events.md");
  for (const [p, text] of files) if (read(p) !== text) stale.push(path.relative(root, p));
  const known = new Set([...files.keys()].map((p) => path.basename(p)));
  const extra = fs.existsSync(schemaDir) ? fs.readdirSync(schemaDir).filter((f) => !known.has(f)) : [];
  stale.push(...extra.map((f) => `schema/events/${f} (no such event type)`));
  if (process.argv.includes("--check")) {
    if (stale.length > 0) {
      console.error(`The event docs are stale: ${stale.join(", ")}. Run npm run events:docs and commit the result.`);
      process.exit(1);
    }
    console.log("docs/events.md and schema/events are current");
    return;
  }
  fs.mkdirSync(schemaDir, { recursive: true });
  fs.writeFileSync(docsPath, docs);
  for (const [p, text] of files) fs.writeFileSync(p, text);
  for (const f of extra) fs.unlinkSync(path.join(schemaDir, f));
  console.log(`wrote docs/events.md and ${files.size} schemas in schema/events`);
}

main();
