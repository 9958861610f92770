import fs from "node:fs";
import path from "node:path";
import fc from "fast-check";
import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from "graphql";
import { buildAppSchema } from "../../src/graphql/schema";
import { toGlobalId } from "../../src/shared/global-id";

/** The schema tvist serves, built the way the server builds it. */
export const appSchema = (): Promise<GraphQLSchema> => buildAppSchema();

export type RootKind = "query" | "mutation" | "subscription";

export interface RootField {
  kind: RootKind;
  field: GraphQLField<unknown, unknown>;
}

export function rootFields(schema: GraphQLSchema): RootField[] {
  const out: RootField[] = [];
  const add = (kind: RootKind, type: ReturnType<GraphQLSchema["getQueryType"]>) => {
    for (const field of Object.values(type?.getFields() ?? {})) out.push({ kind, field });
  };
  add("query", schema.getQueryType());
  add("mutation", schema.getMutationType());
  add("subscription", schema.getSubscriptionType());
  return out.sort((a, b) => `${a.kind}.${a.field.name}`.localeCompare(`${b.kind}.${b.field.name}`));
}

/** Types of the global ids tvist hands out (toGlobalId's first argument). */
export const ID_TYPES = [
  "ApiKey",
  "Case",
  "CaseEvent",
  "CaseTransaction",
  "CollectionStep",
  "Complaint",
  "ConciliationBoard",
  "ConciliationCase",
  "Creditor",
  "Debtor",
  "Document",
  "EnforcementMeasure",
  "EnforcementPetition",
  "Invoice",
  "Judgment",
  "Municipality",
  "Objection",
  "WebhookDelivery",
  "WebhookEndpoint",
] as const;
export type IdType = (typeof ID_TYPES)[number];

/** Registers every creditor reads alike: visible to all, changed by nobody bound to creditors. */
export const PUBLIC_ID_TYPES: ReadonlySet<IdType> = new Set(["ConciliationBoard", "Municipality"]);

/** Names whose id type is not their own name. */
const ID_ALIASES: Record<string, IdType> = {
  neighbour: "Municipality",
  board: "ConciliationBoard",
  measure: "EnforcementMeasure",
  endpoint: "WebhookEndpoint",
};

/** The id type an ID argument or input field expects; "any" for node(id); undefined when it cannot be told. */
export function idTypeOf(name: string, owner: string): IdType | "any" | undefined {
  if (name === "id") {
    if (owner === "node") return "any";
    const o = owner.charAt(0).toUpperCase() + owner.slice(1);
    return [...ID_TYPES].sort((a, b) => b.length - a.length).find((t) => o.startsWith(t));
  }
  const stem = name.replace(/Ids?$/, "");
  const lower = stem.toLowerCase();
  const alias = Object.entries(ID_ALIASES).find(([k]) => lower.endsWith(k));
  if (alias) return alias[1];
  return [...ID_TYPES].sort((a, b) => b.length - a.length).find((t) => lower.endsWith(t.toLowerCase()));
}

/** One place an id goes into a root field: a path through its arguments, e.g. ["input", "attachmentDocumentIds"]. */
export interface IdPosition {
  path: string[];
  /** The input type (or root field) that declares it. */
  owner: string;
  list: boolean;
  required: boolean;
  idType: IdType | "any" | undefined;
}

export function idPositions(field: GraphQLField<unknown, unknown>): IdPosition[] {
  const out: IdPosition[] = [];
  const walk = (name: string, type: GraphQLInputType, at: string[], owner: string, seen: Set<string>) => {
    const named = getNamedType(type);
    if (isScalarType(named) && named.name === "ID") {
      out.push({
        path: [...at, name],
        owner,
        list: isListType(getNullableType(type)),
        required: isNonNullType(type),
        idType: idTypeOf(name, owner),
      });
    } else if (isInputObjectType(named) && !seen.has(named.name)) {
      for (const f of Object.values(named.getFields()))
        walk(f.name, f.type, [...at, name], named.name, new Set([...seen, named.name]));
    }
  };
  for (const arg of field.args) walk(arg.name, arg.type, [], field.name, new Set());
  return out;
}

/** Valid example dates by field name, in a plausible order (issue < due < judgment < service < …). */
const DATES: Record<string, string> = {
  issueDate: "2026-01-05",
  dueDate: "2026-01-19",
  birthDate: "1980-05-17",
  paidOn: "2026-02-01",
  judgmentDate: "2026-03-02",
  serviceDate: "2026-03-04",
  paymentDueDate: "2026-03-18",
  interestTo: "2026-03-02",
  validFrom: "2027-01-01",
  hearingDate: "2026-09-01",
  petitionDate: "2026-11-23",
  periodStart: "2026-02-01",
  registeredOn: "2026-03-02",
  notifiedOn: "2026-03-02",
  receivedOn: "2026-06-01",
};
const DEFAULT_DATE = "2026-06-01";

/** A String field that holds a calendar date. */
export const isDateName = (name: string) => name in DATES || /(Date|On)$|^(deadline|validTo|interestTo)$/.test(name);

const STRINGS: Record<string, string> = {
  orgNumber: "923609016",
  kommunenummer: "0301",
  postalCode: "0155",
  city: "Oslo",
  street: "Storgata 1",
  country: "NO",
  currency: "NOK",
  kid: "10004216",
  url: "http://127.0.0.1:9/harness",
  format: "TVIST",
  pluginId: "sample",
  code: "0301",
  countyCode: "03",
  signedBy: "Per Hansen",
  signerName: "Kari Nordmann",
  place: "Oslo tinghus",
  role: "advokat",
  search: "a",
  sourceSystem: "harness",
};

const FIXTURES = path.join(__dirname, "..", "support", "sample-plugin", "fixtures");
const fixture = (file: string): Record<string, unknown> =>
  JSON.parse(fs.readFileSync(path.join(FIXTURES, file), "utf8")) as Record<string, unknown>;

/** A plugin item in the sample plugin's format (test/support/sample-plugin) for a push mutation. */
export function pushItem(rootField: string): Record<string, unknown> {
  if (rootField.startsWith("payments")) return fixture("payment.json");
  if (rootField.startsWith("creditNotes")) return fixture("credit-note.json");
  return fixture("invoice-person.json");
}

export interface ValueOptions {
  /** The root field the value is for (pushes take items in their plugin's format). */
  rootField: string;
  /** A valid id of the type, or undefined to leave an optional id out. */
  id: (type: IdType | "any" | undefined, position: string[]) => string | undefined;
  /** Also fill optional fields (ids only when `id` gives one). */
  optional?: boolean;
}

/** A valid-typed value for an argument or input field, named by its field name; undefined leaves an optional one out. */
export function validValue(
  type: GraphQLInputType,
  name: string,
  at: string[],
  owner: string,
  opts: ValueOptions,
): unknown {
  const required = isNonNullType(type);
  if (!required && !opts.optional) return undefined;
  const inner = getNullableType(type);
  if (isListType(inner)) {
    const item = validValue(inner.ofType, name, at, owner, { ...opts, optional: true });
    if (item === undefined) return required ? [] : undefined;
    return [item];
  }
  const named = inner as GraphQLNamedType;
  if (isScalarType(named) && named.name === "ID") return opts.id(idTypeOf(name, owner), at);
  if (isInputObjectType(named)) {
    const obj: Record<string, unknown> = {};
    for (const f of Object.values(named.getFields())) {
      if (f.defaultValue !== undefined && !isScalarType(getNamedType(f.type))) continue;
      const v = validValue(f.type, f.name, [...at, f.name], named.name, { ...opts, optional: false });
      if (v !== undefined) obj[f.name] = v;
    }
    return obj;
  }
  if (isEnumType(named)) return named.getValues()[0]!.name;
  switch (named.name) {
    case "String":
      if (isDateName(name)) return DATES[name] ?? DEFAULT_DATE;
      if (name === "eventTypes" || name === "types") return "case.frozen";
      return STRINGS[name] ?? `Harness ${name}`;
    case "Int":
      return name === "first" ? 5 : 1;
    case "SafeInt":
      return /legalCosts|costs|fees|interest/i.test(name) ? 0 : 10_000;
    case "Boolean":
      return name === "enabled";
    case "LocalDate":
      return DATES[name] ?? DEFAULT_DATE;
    case "DateTimeISO":
      return "2026-05-30T09:00:00.000Z";
    case "JSON":
      return pushItem(opts.rootField);
    default:
      throw new Error(`No value for scalar ${named.name} (${[...at].join(".")}): teach test/harness/schema-values.ts`);
  }
}

/** Valid values for every required argument of a root field (and the ids `opts.id` gives for optional ones). */
export function validArgs(field: GraphQLField<unknown, unknown>, opts: ValueOptions): Record<string, unknown> {
  const args: Record<string, unknown> = {};
  for (const arg of field.args) {
    if (arg.defaultValue !== undefined && !isNonNullType(arg.type)) continue;
    const v = validValue(arg.type, arg.name, [arg.name], field.name, opts);
    if (v !== undefined) args[arg.name] = v;
  }
  return args;
}

/** Sets `value` at `path` inside `args` (creating objects on the way; a list gets the value as its only item). */
export function setAt(
  args: Record<string, unknown>,
  pathTo: string[],
  value: string,
  list: boolean,
): Record<string, unknown> {
  const copy = structuredClone(args);
  let node: Record<string, unknown> = copy;
  for (const key of pathTo.slice(0, -1)) {
    if (typeof node[key] !== "object" || node[key] === null) node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  node[pathTo[pathTo.length - 1]!] = list ? [value] : value;
  return copy;
}

/** A selection of a type's fields: scalars at every level, objects down to `depth`, no field that needs arguments. */
export function selection(type: GraphQLOutputType, depth = 2): string {
  const named = getNamedType(type);
  if (isScalarType(named) || isEnumType(named)) return "";
  if (isUnionType(named)) {
    return `{ __typename ${named
      .getTypes()
      .map((t) => `... on ${t.name} ${selection(t, depth)}`)
      .join(" ")} }`;
  }
  if (!isObjectType(named) && !isInterfaceType(named)) return "";
  const parts: string[] = ["__typename"];
  for (const f of Object.values(named.getFields())) {
    if (f.args.some((a: GraphQLArgument) => isNonNullType(a.type) && a.defaultValue === undefined)) continue;
    const inner = getNamedType(f.type);
    if (isScalarType(inner) || isEnumType(inner)) parts.push(f.name);
    else if (depth > 0 && f.args.length === 0) {
      const sub = selection(f.type, depth - 1);
      if (sub && sub !== "{ __typename }") parts.push(`${f.name} ${sub}`);
    }
  }
  return `{ ${parts.join(" ")} }`;
}

/** A one-field operation with one variable per argument; the variables get the arguments' names. */
export function operation(root: RootField, args: Record<string, unknown>, depth = 2): string {
  const { field, kind } = root;
  const used = field.args.filter((a) => args[a.name] !== undefined);
  const vars = used.map((a) => `$${a.name}: ${String(a.type)}`).join(", ");
  const call = used.map((a) => `${a.name}: $${a.name}`).join(", ");
  const sel = selection(field.type, depth);
  return `${kind} Harness${vars ? `(${vars})` : ""} { ${field.name}${call ? `(${call})` : ""} ${sel} }`;
}

/** A well-formed global id no row has. */
export const unusedId = (type: string) => toGlobalId(type, 987_654_321);

// ---- hostile values for fuzzing ----

/** Strings a careless server chokes on: empty, blanks, control characters, NUL, lone surrogates, huge, SQL/format bait. */
export const HOSTILE_STRINGS: readonly string[] = [
  "",
  " ",
  "\t\n",
  "\u0000",
  "a\u0000b",
  "\u0007\u001b[31m\u007f",
  "\ud800",
  "x\udfffy",
  "\ufeff\u200b\u202e",
  "😀".repeat(64),
  "x".repeat(256),
  "y".repeat(10_000),
  "'; drop table creditor; --",
  "%s%n%x",
  "${process.exit()}",
  "__proto__",
  "0",
  "-1",
  "1e309",
  "NaN",
];

export const HOSTILE_DATES: readonly string[] = [
  "0001-01-01",
  "9999-12-31",
  "2026-02-29",
  "2024-02-29",
  "1970-01-01",
  "2026-13-45",
  "2026-1-1",
  "0000-00-00",
];
export const HOSTILE_INSTANTS: readonly string[] = [
  "0001-01-01T00:00:00.000Z",
  "9999-12-31T23:59:59.999Z",
  "1970-01-01T00:00:00Z",
  "2026-02-29T00:00:00Z",
];
export const HOSTILE_SAFE_INTS: readonly number[] = [
  0,
  -1,
  1,
  2 ** 31 - 1,
  2 ** 31,
  -(2 ** 31),
  2 ** 53 - 1,
  -(2 ** 53 - 1),
  100_000_000_000_000,
];
export const HOSTILE_INTS: readonly number[] = [0, -1, 1, 2 ** 31 - 1, -(2 ** 31), 101];

const hostileString: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...HOSTILE_STRINGS), weight: 4 },
  { arbitrary: fc.constantFrom("a\u0000b", "x\udfffy", "x".repeat(256)), weight: 2 },
  { arbitrary: fc.string({ unit: "binary", maxLength: 40 }), weight: 1 },
  {
    arbitrary: fc.string({
      unit: fc.constantFrom("\u0000", "\u0001", "\ud800", "\udc00", "a", " ", "\u2028"),
      maxLength: 20,
    }),
    weight: 1,
  },
);

export interface HostileOptions extends ValueOptions {
  /** Hostile ids of a type: unknown, wrong type, malformed. */
  badIds: (type: IdType | "any" | undefined) => string[];
}

/** The valid value or a hostile one of the same GraphQL type, for one field. */
export function hostileArb(
  type: GraphQLInputType,
  name: string,
  at: string[],
  owner: string,
  opts: HostileOptions,
): fc.Arbitrary<unknown> {
  const required = isNonNullType(type);
  const valid = validValue(type, name, at, owner, { ...opts, optional: true });
  const wrap = (hostile: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> => {
    const options: fc.WeightedArbitrary<unknown>[] = [
      { arbitrary: fc.constant(valid), weight: 3 },
      { arbitrary: hostile, weight: 1 },
    ];
    if (!required) options.push({ arbitrary: fc.constant(undefined), weight: 1 });
    return fc.oneof(...options);
  };
  const inner = getNullableType(type);
  if (isListType(inner)) {
    const item = hostileArb(inner.ofType, name, at, owner, opts).filter((v) => v !== undefined);
    return wrap(fc.array(item, { maxLength: 3 }));
  }
  const named = inner as GraphQLNamedType;
  if (isScalarType(named) && named.name === "ID") {
    const bad = opts.badIds(idTypeOf(name, owner));
    return wrap(fc.constantFrom(...bad, ...HOSTILE_STRINGS.slice(0, 8)));
  }
  if (isInputObjectType(named)) {
    const shape: Record<string, fc.Arbitrary<unknown>> = {};
    for (const f of Object.values(named.getFields()))
      shape[f.name] = hostileArb(f.type, f.name, [...at, f.name], named.name, opts);
    const record = fc
      .record(shape)
      .map((r) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined)));
    return required ? record : fc.oneof(record, fc.constant(undefined));
  }
  if (isEnumType(named)) return wrap(fc.constantFrom(...named.getValues().map((v) => v.name as unknown)));
  switch (named.name) {
    case "String":
      return wrap(isDateName(name) ? fc.oneof(fc.constantFrom(...HOSTILE_DATES), hostileString) : hostileString);
    case "Int":
      return wrap(fc.constantFrom(...HOSTILE_INTS));
    case "SafeInt":
      return wrap(fc.oneof(fc.constantFrom(...HOSTILE_SAFE_INTS), fc.integer()));
    case "Boolean":
      return wrap(fc.boolean());
    case "LocalDate":
      return wrap(fc.constantFrom(...HOSTILE_DATES));
    case "DateTimeISO":
      return wrap(fc.constantFrom(...HOSTILE_INSTANTS));
    case "JSON":
      return wrap(hostileJson(pushItem(opts.rootField)));
    default:
      throw new Error(
        `No hostile value for scalar ${named.name} (${at.join(".")}): teach test/harness/schema-values.ts`,
      );
  }
}

/** A plugin item whose leaves are each kept or replaced by something hostile (strings, numbers, wrong JSON types). */
export function hostileJson(base: unknown): fc.Arbitrary<unknown> {
  if (Array.isArray(base)) return fc.tuple(...base.map(hostileJson));
  if (base && typeof base === "object") {
    const shape: Record<string, fc.Arbitrary<unknown>> = {};
    for (const [k, v] of Object.entries(base)) shape[k] = hostileJson(v);
    return fc.record(shape);
  }
  const leaf = fc.oneof(
    fc.constantFrom(...HOSTILE_STRINGS),
    fc.constantFrom(...HOSTILE_SAFE_INTS),
    fc.constantFrom<unknown>(null, true, [], {}, 1.5, "1e309", "-0,01", "9007199254740993"),
  );
  return fc.oneof({ arbitrary: fc.constant(base), weight: 4 }, { arbitrary: leaf, weight: 1 });
}

/** A scalar, enum or list position inside a root field's arguments, e.g. ["input", "address", "city"]. */
interface Leaf {
  path: string[];
  type: GraphQLInputType;
  name: string;
  owner: string;
  /** The input object type of each step of the path (undefined for the leaf itself). */
  steps: GraphQLInputType[];
}

function leaves(field: GraphQLField<unknown, unknown>): Leaf[] {
  const out: Leaf[] = [];
  const walk = (
    name: string,
    type: GraphQLInputType,
    at: string[],
    owner: string,
    steps: GraphQLInputType[],
    seen: Set<string>,
  ) => {
    const named = getNamedType(type);
    if (isInputObjectType(named) && !isListType(getNullableType(type))) {
      if (seen.has(named.name)) return;
      for (const f of Object.values(named.getFields()))
        walk(f.name, f.type, [...at, name], named.name, [...steps, type], new Set([...seen, named.name]));
    } else out.push({ path: [...at, name], type, name, owner, steps });
  };
  for (const arg of field.args) walk(arg.name, arg.type, [], field.name, [], new Set());
  return out;
}

/** Valid arguments with one position replaced (objects on the way are filled with valid values when absent). */
function withLeaf(
  valid: Record<string, unknown>,
  leaf: Leaf,
  value: unknown,
  opts: ValueOptions,
): Record<string, unknown> {
  const copy = structuredClone(valid);
  let node: Record<string, unknown> = copy;
  leaf.path.slice(0, -1).forEach((key, i) => {
    if (typeof node[key] !== "object" || node[key] === null) {
      node[key] =
        validValue(getNullableType(leaf.steps[i]!) as GraphQLInputType, key, leaf.path.slice(0, i + 1), "", {
          ...opts,
          optional: true,
        }) ?? {};
    }
    node = node[key] as Record<string, unknown>;
  });
  const last = leaf.path[leaf.path.length - 1]!;
  if (value === undefined) delete node[last];
  else node[last] = value;
  return copy;
}

/**
 * Hostile arguments for a root field: mostly valid arguments with exactly one position hostile (so the hostile
 * value reaches as deep as it can), sometimes every position valid-or-hostile at random.
 */
export function hostileArgs(
  field: GraphQLField<unknown, unknown>,
  opts: HostileOptions,
): fc.Arbitrary<Record<string, unknown>> {
  const valid = validArgs(field, { ...opts, optional: true });
  const positions = leaves(field);
  const single = fc
    .constantFrom(...positions)
    .chain((leaf) =>
      hostileOnly(leaf.type, leaf.name, leaf.path, leaf.owner, opts).map((v) => withLeaf(valid, leaf, v, opts)),
    );
  return fc.oneof({ arbitrary: single, weight: 3 }, { arbitrary: mixedArgs(field, opts), weight: 1 });
}

/** A hostile value of the position's type (never the valid one). */
function hostileOnly(
  type: GraphQLInputType,
  name: string,
  at: string[],
  owner: string,
  opts: HostileOptions,
): fc.Arbitrary<unknown> {
  const inner = getNullableType(type);
  if (isListType(inner)) {
    const item = isInputObjectType(getNamedType(inner.ofType))
      ? hostileArb(inner.ofType, name, at, owner, opts).filter((v) => v !== undefined)
      : hostileOnly(inner.ofType, name, at, owner, opts);
    const valid = validValue(inner.ofType, name, at, owner, { ...opts, optional: true });
    return fc.oneof(
      fc.array(item, { minLength: 1, maxLength: 3 }),
      fc.constant([]),
      fc.constant(Array.from({ length: 50 }, () => valid)),
    );
  }
  const named = inner as GraphQLNamedType;
  if (isScalarType(named) && named.name === "ID")
    return fc.constantFrom(...opts.badIds(idTypeOf(name, owner)), ...HOSTILE_STRINGS.slice(0, 8));
  if (isEnumType(named)) return fc.constantFrom(...named.getValues().map((v) => v.name as unknown));
  switch (named.name) {
    case "String":
      return isDateName(name) ? fc.oneof(fc.constantFrom(...HOSTILE_DATES), hostileString) : hostileString;
    case "Int":
      return fc.constantFrom(...HOSTILE_INTS);
    case "SafeInt":
      return fc.oneof(
        { arbitrary: fc.constantFrom(...HOSTILE_SAFE_INTS), weight: 3 },
        { arbitrary: fc.integer(), weight: 1 },
      );
    case "Boolean":
      return fc.boolean();
    case "LocalDate":
      return fc.constantFrom(...HOSTILE_DATES);
    case "DateTimeISO":
      return fc.constantFrom(...HOSTILE_INSTANTS);
    case "JSON":
      return hostileJsonLeaf(pushItem(opts.rootField));
    default:
      throw new Error(
        `No hostile value for scalar ${named.name} (${at.join(".")}): teach test/harness/schema-values.ts`,
      );
  }
}

/** A plugin item with exactly one leaf replaced by something hostile. */
function hostileJsonLeaf(base: Record<string, unknown>): fc.Arbitrary<unknown> {
  const paths: string[][] = [];
  const walk = (v: unknown, at: string[]) => {
    if (v && typeof v === "object") for (const [k, c] of Object.entries(v)) walk(c, [...at, k]);
    else paths.push(at);
  };
  walk(base, []);
  const leaf = fc.oneof(
    { arbitrary: fc.constantFrom(...HOSTILE_STRINGS), weight: 3 },
    { arbitrary: fc.constantFrom(...HOSTILE_SAFE_INTS), weight: 1 },
    {
      arbitrary: fc.constantFrom<unknown>(
        null,
        true,
        [],
        {},
        1.5,
        "1e309",
        "-0,01",
        "9007199254740993",
        "99999999999999.99",
      ),
      weight: 1,
    },
  );
  return fc.tuple(fc.constantFrom(...paths), leaf).map(([p, v]) => {
    const copy = structuredClone(base);
    let node = copy as Record<string, unknown>;
    for (const key of p.slice(0, -1)) node = node[key] as Record<string, unknown>;
    node[p[p.length - 1]!] = v;
    return copy;
  });
}

/** Valid-or-hostile arguments for a root field, every position at random. */
function mixedArgs(field: GraphQLField<unknown, unknown>, opts: HostileOptions): fc.Arbitrary<Record<string, unknown>> {
  const shape: Record<string, fc.Arbitrary<unknown>> = {};
  for (const arg of field.args) shape[arg.name] = hostileArb(arg.type, arg.name, [arg.name], field.name, opts);
  return fc.record(shape).map((r) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined)));
}

// ---- answers ----

export interface Answer {
  status: number;
  body: {
    data?: Record<string, unknown> | null;
    errors?: { message: string; path?: unknown; extensions?: Record<string, unknown> }[];
  };
}

export async function post(
  port: number,
  query: string,
  variables: Record<string, unknown>,
  key: string,
): Promise<Answer> {
  const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${key}` },
    body: JSON.stringify({ query, variables }),
  });
  const text = await res.text();
  let body: Answer["body"];
  try {
    body = JSON.parse(text) as Answer["body"];
  } catch {
    body = { errors: [{ message: `not JSON: ${text.slice(0, 200)}` }] };
  }
  return { status: res.status, body };
}

/** Text that must never reach a client: SQL (the ORM quotes identifiers), driver errors, stack frames, file paths. */
const INTERNALS: readonly RegExp[] = [
  /\b(insert into|delete from) "/,
  /\bselect [^\n]* from "/,
  /\bupdate "\w+" set\b/,
  /\bas materialized\b/,
  /violates [\w ]*constraint|duplicate key value|invalid input syntax|invalid byte sequence|out of range for type|invalid message format|unsupported Unicode escape/i,
  /node_modules|\.[jt]s:\d+|\n\s+at [^\n]+:\d+:\d+/,
];
const hasInternals = (text: string) => INTERNALS.some((re) => re.test(text));

/** Messages (top-level and userErrors) that carry internals, and whether a stack trace was attached. */
export function internalsIn(body: Answer["body"]): string[] {
  const found: string[] = [];
  for (const e of body.errors ?? []) {
    if (hasInternals(e.message)) found.push(e.message.slice(0, 300));
    const ext = e.extensions ?? {};
    if ("stacktrace" in ext || "exception" in ext)
      found.push(`stack trace in the extensions of a ${String(ext.code)} error`);
  }
  for (const u of userErrorsIn(body.data)) if (hasInternals(u.message)) found.push(u.message.slice(0, 300));
  return found;
}

export interface UserErrorLike {
  code?: string;
  field?: unknown;
  message: string;
}

/** Every userErrors entry anywhere in the data (also those of the items of a push). */
export function userErrorsIn(data: unknown): UserErrorLike[] {
  const out: UserErrorLike[] = [];
  const walk = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === "object") {
      for (const [k, child] of Object.entries(v)) {
        if (k === "userErrors" && Array.isArray(child)) out.push(...(child as UserErrorLike[]));
        else walk(child);
      }
    }
  };
  walk(data);
  return out;
}

export const isInternalError = (a: Answer) =>
  a.status >= 500 || (a.body.errors ?? []).some((e) => e.extensions?.code === "INTERNAL_SERVER_ERROR");
