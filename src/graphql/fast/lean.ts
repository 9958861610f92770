import {
  BigIntType,
  ReferenceKind,
  type EntityClass,
  type EntityMetadata,
  type EntityProperty,
  type MetadataStorage,
  type Platform,
} from "@mikro-orm/core";
import type { EntityManager } from "@mikro-orm/postgresql";

type Row = Record<string, unknown>;

// Fast path (FAST_PATHS): the read path's lean rows, at 50.8 % of raw req/s in 4 statements a page (BENCHMARKS.md, target 50 %).

/** A relation of a row read for display: an id-only reference (what MikroORM gives for an unloaded relation too). */
export interface LeanRef {
  readonly id: number;
}

type LeanValue<V> = V extends Date ? V : V extends { id: number } ? LeanRef : V;

/**
 * A row read for display (lean, or hydrated by the ORM when fast paths are off): read-only, relations id-only. Not
 * assignable to an entity class with relations, so a service that changes or persists entities cannot take one.
 */
export type Lean<T> = { readonly [K in keyof T]: LeanValue<T[K]> };

/**
 * Lean reads for hot read paths: `select *` rows mapped straight to unmanaged instances of the entity class. The
 * class's getters work and `instanceof` holds (GraphQL types resolve as usual); the values are converted as MikroORM's
 * hydrator converts them (a copy of MikroORM 6.6's hydration: read-path.test.ts compares both); relations are id-only
 * references, like MikroORM's unloaded references. Nothing enters an identity map or change tracking: never modify or
 * flush a lean object (`Lean<T>` says so), and filter by `x.id`, not by the object.
 */
export interface LeanMapper<T> {
  /** Quoted table name. */
  table: string;
  map(row: Row): T;
  /** An id-only instance (an unloaded reference). */
  ref(id: unknown): T;
}

const mappers = new WeakMap<EntityMetadata, LeanMapper<unknown> | null>();
const prototypes = new WeakMap<EntityMetadata, object>();

/** Instances get own data properties instead of the change-tracking setters MikroORM puts on the entity prototype. */
function leanPrototype(meta: EntityMetadata): object {
  let proto = prototypes.get(meta);
  if (!proto) {
    proto = Object.create(meta.prototype as object) as object;
    for (const prop of meta.props)
      Object.defineProperty(proto, prop.name, { value: undefined, writable: true, configurable: true });
    prototypes.set(meta, proto);
  }
  return proto;
}

const digit = (s: string, i: number) => s.charCodeAt(i) - 48;

/**
 * PostgreSQL's timestamptz text with a whole-hour offset ("2026-01-20 10:11:12.123456+00"), as `new Date(text)`
 * reads it, without the generic date parser; anything else goes to `new Date`.
 */
export function parseTimestamptz(s: string): Date {
  const n = s.length;
  if (
    n >= 22 &&
    s.charCodeAt(4) === 45 &&
    s.charCodeAt(10) === 32 &&
    s.charCodeAt(13) === 58 &&
    s.charCodeAt(16) === 58
  ) {
    let i = 19;
    let ms = 0;
    if (s.charCodeAt(i) === 46) {
      let k = 0;
      for (i += 1; i < n; i++) {
        const c = s.charCodeAt(i);
        if (c < 48 || c > 57) break;
        if (k < 3) {
          ms = ms * 10 + (c - 48);
          k += 1;
        }
      }
      for (; k < 3; k++) ms *= 10;
    }
    const sign = s.charCodeAt(i);
    const year = digit(s, 0) * 1000 + digit(s, 1) * 100 + digit(s, 2) * 10 + digit(s, 3);
    if ((sign === 43 || sign === 45) && n === i + 3 && year >= 1000) {
      const offsetH = (digit(s, i + 1) * 10 + digit(s, i + 2)) * (sign === 45 ? -1 : 1);
      const t = Date.UTC(
        year,
        digit(s, 5) * 10 + digit(s, 6) - 1,
        digit(s, 8) * 10 + digit(s, 9),
        digit(s, 11) * 10 + digit(s, 12),
        digit(s, 14) * 10 + digit(s, 15),
        digit(s, 17) * 10 + digit(s, 18),
        ms,
      );
      if (!Number.isNaN(t)) return new Date(t - offsetH * 3_600_000);
    }
  }
  return new Date(s);
}

/** A JS expression converting `v` for the property, as MikroORM's hydrator does; `fns` collects helpers it calls. */
function convert(prop: EntityProperty, platform: Platform, v: string, fns: unknown[]): string {
  const fn = (f: unknown) => `f${fns.push(f) - 1}`;
  if (prop.customType) {
    const type = prop.customType;
    if (type instanceof BigIntType && (type as unknown as { mode?: string }).mode === "number")
      return `(${v} == null ? null : Number(${v}))`;
    return `(${v} == null ? null : ${fn(type)}.convertToJSValue(${v}, platform))`;
  }
  if (prop.runtimeType === "boolean") return `(${v} == null ? null : !!${v})`;
  if (prop.runtimeType === "Date") {
    const tz = platform.getTimezone();
    const dateOf = (s: string) =>
      !tz || tz === "local" || s.includes("+") || s.lastIndexOf("-") > 10 || s.endsWith("Z")
        ? /[+-]\d\d$/.test(s)
          ? parseTimestamptz(s)
          : new Date(s)
        : new Date(s + tz);
    return `(${v} == null ? null : ${v} instanceof Date ? ${v} : typeof ${v} === "number" ? new Date(${v}) : ${fn(dateOf)}(${v}))`;
  }
  return `(${v} === undefined ? null : ${v})`;
}

/** The lean mapper of an entity, or undefined when its shape needs the ORM (collections, composite keys, inheritance, ...). */
export function leanMapper<T>(
  metadata: MetadataStorage,
  platform: Platform,
  entityName: string,
): LeanMapper<T> | undefined {
  const meta = metadata.find(entityName);
  if (!meta) return undefined;
  if (mappers.has(meta)) return (mappers.get(meta) ?? undefined) as LeanMapper<T> | undefined;
  mappers.set(meta, null);
  if (
    meta.primaryKeys.length !== 1 ||
    meta.discriminatorColumn ||
    meta.embeddable ||
    meta.virtual ||
    meta.root !== meta
  )
    return undefined;
  // Generated once per entity (as MikroORM generates its hydrators): constant property names keep every access monomorphic.
  const fns: unknown[] = [leanPrototype(meta)];
  const lines: string[] = ["const o = Object.create(f0);"];
  const key = (name: string) => JSON.stringify(name);
  let tmp = 0;
  for (const prop of meta.props) {
    if (prop.embedded) continue; // flattened embeddable columns, handled with their embedded property
    if (prop.persist === false) continue; // not a column (e.g. the hidden inverse side of a unidirectional m:n)
    if (prop.formula || (prop as { ref?: boolean }).ref) return undefined;
    const v = `v${tmp++}`;
    switch (prop.kind) {
      case ReferenceKind.SCALAR:
        if (prop.fieldNames.length !== 1) return undefined;
        lines.push(
          `const ${v} = row[${key(prop.fieldNames[0]!)}];`,
          `o[${key(prop.name)}] = ${convert(prop, platform, v, fns)};`,
        );
        break;
      case ReferenceKind.MANY_TO_ONE:
      case ReferenceKind.ONE_TO_ONE: {
        if (!prop.owner && prop.kind === ReferenceKind.ONE_TO_ONE) continue; // inverse side: not a column, not loaded
        const target = metadata.find(prop.type);
        if (prop.fieldNames.length !== 1 || !target || target.primaryKeys.length !== 1) return undefined;
        let ref: ((id: unknown) => unknown) | undefined;
        const refOf = (id: unknown) => (ref ??= refFactory(target, platform))(id);
        lines.push(
          `const ${v} = row[${key(prop.fieldNames[0]!)}];`,
          `o[${key(prop.name)}] = ${v} == null ? null : f${fns.push(refOf) - 1}(${v});`,
        );
        break;
      }
      case ReferenceKind.EMBEDDED: {
        if (prop.object || prop.array || !prop.embeddable) return undefined;
        const parts = Object.values(prop.embeddedProps ?? {});
        if (parts.length === 0 || parts.some((sub) => sub.kind !== ReferenceKind.SCALAR || sub.fieldNames.length !== 1))
          return undefined;
        const proto = `f${fns.push((prop.embeddable as { prototype: object }).prototype) - 1}`;
        const cols = parts.map((sub) => `row[${key(sub.fieldNames[0]!)}]`);
        lines.push(`let ${v} = null;`);
        lines.push(`${prop.nullable ? `if (${cols.map((c) => `${c} != null`).join(" || ")}) ` : ""}{`);
        lines.push(`  ${v} = Object.create(${proto});`);
        parts.forEach((sub, i) =>
          lines.push(
            `  { const w = ${cols[i]}; ${v}[${key(sub.embedded![1])}] = ${convert(sub, platform, "w", fns)}; }`,
          ),
        );
        lines.push("}", `o[${key(prop.name)}] = ${v};`);
        break;
      }
      default:
        return undefined; // collections
    }
  }
  lines.push("return o;");
  const names = fns.map((_, i) => `f${i}`);
  const map = new Function(
    "platform",
    ...names,
    `return function leanMap_${meta.className}(row) {\n${lines.join("\n")}\n};`,
  )(platform, ...fns) as (row: Row) => T;
  const mapper: LeanMapper<T> = {
    table: `"${meta.schema ? `${meta.schema}"."` : ""}${meta.tableName}"`,
    map,
    ref: refFactory(meta, platform) as (id: unknown) => T,
  };
  mappers.set(meta, mapper as LeanMapper<unknown>);
  return mapper;
}

/** Id-only lean instances of an entity with a single primary key. */
function refFactory(meta: EntityMetadata, platform: Platform): (id: unknown) => unknown {
  const pk = meta.properties[meta.primaryKeys[0]!]!;
  const fns: unknown[] = [leanPrototype(meta)];
  const body = `const o = Object.create(f0); o[${JSON.stringify(pk.name)}] = ${convert(pk, platform, "id", fns)}; return o;`;
  const names = fns.map((_, i) => `f${i}`);
  return new Function("platform", ...names, `return function leanRef(id) { ${body} };`)(platform, ...fns) as (
    id: unknown,
  ) => unknown;
}

/** The lean mapper of an entity in this EntityManager's ORM (see LeanMapper); for tests and RowReader. */
export function leanOf<T>(em: EntityManager, entityName: string): LeanMapper<T> | undefined {
  return leanMapper<T>(em.getMetadata(), em.getPlatform(), entityName);
}

/** Runs SQL that selects whole rows of the entity's table and maps them lean. */
export async function leanQuery<T>(
  em: EntityManager,
  mapper: LeanMapper<T>,
  sql: string,
  params: unknown[] = [],
): Promise<T[]> {
  const rows = await em.getConnection().execute<Row[]>(sql, params as never[]);
  return rows.map(mapper.map);
}

/** The quoted table of an entity, from the ORM's metadata. */
function tableOf(em: EntityManager, entity: EntityClass<object>): string {
  const meta = em.getMetadata().get(entity.name);
  return `"${meta.schema ? `${meta.schema}"."` : ""}${meta.tableName}"`;
}

/**
 * Whole-row reads of the read path, one per request: lean (LeanMapper) when fast paths are on, MikroORM's own
 * hydration (`em.map`, `em.find`) when they are off (FAST_PATHS=false); the same statements either way.
 */
export class RowReader {
  constructor(
    readonly em: EntityManager,
    readonly fast: boolean,
  ) {}

  /** The lean mapper when fast paths are on and the entity's shape allows one. */
  lean<T>(entity: EntityClass<T>): LeanMapper<Lean<T>> | undefined {
    return this.fast ? leanOf<Lean<T>>(this.em, entity.name) : undefined;
  }

  /** A function mapping the entity's `select *` rows; get it once per statement, not per row. */
  mapper<T extends object>(entity: EntityClass<T>): (row: Row) => Lean<T> {
    const lean = this.lean(entity);
    if (lean) return lean.map;
    const em = this.em;
    return (row) => em.map(entity, row as never) as unknown as Lean<T>;
  }

  /** Reads rows by id: one `select *` mapped lean, or the ORM's `find` (also for entities a lean mapper cannot map). */
  byIds<T extends { id: number }>(entity: EntityClass<T>): (ids: readonly number[]) => Promise<Lean<T>[]> {
    const lean = this.lean(entity);
    const em = this.em;
    if (lean) return (ids) => leanQuery(em, lean, `select * from ${lean.table} where id in (?)`, [[...ids]]);
    return async (ids) => (await em.find(entity, { id: { $in: [...ids] } } as never)) as unknown as Lean<T>[];
  }

  /** Runs SQL selecting whole rows of the entity's table (`table` is its quoted name) and maps them. */
  async query<T extends object>(
    entity: EntityClass<T>,
    sql: (table: string) => string,
    params: unknown[] = [],
  ): Promise<Lean<T>[]> {
    const map = this.mapper(entity);
    const rows = await this.em.getConnection().execute<Row[]>(sql(tableOf(this.em, entity)), params as never[]);
    return rows.map(map);
  }
}
