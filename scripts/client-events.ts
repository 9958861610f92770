import fs from "node:fs";
import path from "node:path";
import { CASE_EVENT_DEFINITIONS, CREDITOR_EVENT_DEFINITIONS, type EventDefinition } from "../src/events/catalogue";
import { CaseStatus } from "../src/modules/cases/case.rules";

/** Emits @tvist/client's webhook event types from the event catalogue; --check fails when the file is stale. */
export const CLIENT_EVENTS_PATH = path.join(process.cwd(), "packages", "client", "src", "generated", "events.ts");

interface Schema {
  type: string | readonly string[];
  description?: string;
  enum?: readonly (string | null)[];
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: readonly string[];
  deprecated?: boolean;
}

function tsType(s: Schema, indent: string): string {
  const types = Array.isArray(s.type) ? s.type : [s.type as string];
  const main = types
    .filter((t) => t !== "null")
    .map((t) => {
      if (s.enum)
        return s.enum
          .filter((v) => v !== null)
          .map((v) => JSON.stringify(v))
          .join(" | ");
      if (t === "string") return "string";
      if (t === "integer" || t === "number") return "number";
      if (t === "boolean") return "boolean";
      if (t === "array") return `Array<${s.items ? tsType(s.items, indent) : "unknown"}>`;
      if (t === "object") return s.properties ? objectType(s, indent) : "Record<string, unknown>";
      throw new Error(`no TypeScript type for JSON Schema type ${t}`);
    })
    .join(" | ");
  return types.includes("null") ? `${main} | null` : main;
}

function objectType(s: Schema, indent: string): string {
  const inner = `${indent}  `;
  const lines = Object.entries(s.properties ?? {}).flatMap(([name, p]) => {
    const doc = p.deprecated
      ? [`${inner}/** @deprecated ${p.description ?? ""} */`]
      : p.description
        ? [`${inner}/** ${p.description} */`]
        : [];
    const optional = (s.required ?? []).includes(name) ? "" : "?";
    return [...doc, `${inner}${JSON.stringify(name)}${optional}: ${tsType(p, inner)};`];
  });
  return `{\n${lines.join("\n")}\n${indent}}`;
}

function dataMap(name: string, defs: Record<string, EventDefinition>): string {
  const entries = Object.entries(defs).map(
    ([type, def]) =>
      `  /** ${def.description.replace(/\*\//g, "*\\/")} */\n  ${JSON.stringify(type)}: ${tsType(def.data as unknown as Schema, "  ")};`,
  );
  return `export interface ${name} {\n${entries.join("\n")}\n}\n`;
}

export function clientEventsSource(): string {
  const list = (defs: Record<string, EventDefinition>) =>
    Object.keys(defs)
      .map((t) => `  ${JSON.stringify(t)},`)
      .join("\n");
  return [
    "// Generated from tvist's event catalogue (src/events/catalogue.ts) by npm run client:events. Do not edit.",
    "",
    `export type CaseStatus = ${Object.values(CaseStatus)
      .map((v) => JSON.stringify(v))
      .join(" | ")};`,
    "",
    "/** The `data` of each case event type. */",
    dataMap("CaseEventDataMap", CASE_EVENT_DEFINITIONS),
    "/** The `data` of each creditor event type (events about a creditor, not one case). */",
    dataMap("CreditorEventDataMap", CREDITOR_EVENT_DEFINITIONS),
    `export const CASE_EVENT_TYPES = [\n${list(CASE_EVENT_DEFINITIONS)}\n] as const;`,
    "",
    `export const CREDITOR_EVENT_TYPES = [\n${list(CREDITOR_EVENT_DEFINITIONS)}\n] as const;`,
    "",
  ].join("\n");
}

if (require.main === module) {
  const text = clientEventsSource();
  const current = fs.existsSync(CLIENT_EVENTS_PATH) ? fs.readFileSync(CLIENT_EVENTS_PATH, "utf8") : null;
  if (process.argv.includes("--check")) {
    if (current !== text) {
      console.error("packages/client/src/generated/events.ts is stale: run npm run client:events and commit it.");
      process.exit(1);
    }
    console.log("packages/client/src/generated/events.ts is current");
  } else {
    fs.mkdirSync(path.dirname(CLIENT_EVENTS_PATH), { recursive: true });
    fs.writeFileSync(CLIENT_EVENTS_PATH, text);
    console.log(`wrote ${path.relative(process.cwd(), CLIENT_EVENTS_PATH)}`);
  }
}
