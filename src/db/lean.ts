import { ReferenceKind, type EntityMetadata, type EntityProperty, type MetadataStorage, type Platform } from "@mikro-orm/core";
import type { EntityManager } from "@mikro-orm/postgresql";

type Row = Record<string, unknown>;
type Obj = Record<string, unknown>;

/**
 * Lean reads for hot read paths: `select *` rows mapped straight to unmanaged instances of the entity class. The
 * class's getters work and `instanceof` holds (GraphQL types resolve as usual); the values are converted as MikroORM's
 * hydrator converts them; relations are id-only references, like MikroORM's unloaded references. Nothing enters an
 * identity map or change tracking: never modify or flush a lean object, and filter by `x.id`, not by the object.
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
    for (const prop of meta.props) Object.defineProperty(proto, prop.name, { value: undefined, writable: true, configurable: true });
    prototypes.set(meta, proto);
  }
  return proto;
}

/** Id-only lean instances of an entity with a single primary key. */
function refFactory(meta: EntityMetadata, platform: Platform): (id: unknown) => unknown {
  const proto = leanPrototype(meta);
  const pk = meta.properties[meta.primaryKeys[0]!]!;
  const convert = scalarConverter(pk, platform);
  const name = pk.name;
  return (id) => {
    const obj = Object.create(proto) as Obj;
    obj[name] = convert(id);
    return obj;
  };
}

function scalarConverter(prop: EntityProperty, platform: Platform): (value: unknown) => unknown {
  if (prop.customType) {
    const type = prop.customType;
    return (v) => (v === null || v === undefined ? null : type.convertToJSValue(v, platform));
  }
  if (prop.runtimeType === "boolean") return (v) => (v === null || v === undefined ? null : !!v);
  if (prop.runtimeType === "Date") {
    const tz = platform.getTimezone();
    return (v) => {
      if (v === null || v === undefined) return null;
      if (v instanceof Date) return v;
      const s = v as string;
      return !tz || tz === "local" || typeof v === "number" || s.includes("+") || s.lastIndexOf("-") > 10 || s.endsWith("Z") ? new Date(s) : new Date(s + tz);
    };
  }
  return (v) => (v === undefined ? null : v);
}

type Assign = (row: Row, target: Obj) => void;

/** The lean mapper of an entity, or undefined when its shape needs the ORM (collections, composite keys, inheritance, ...). */
export function leanMapper<T>(metadata: MetadataStorage, platform: Platform, entityName: string): LeanMapper<T> | undefined {
  const meta = metadata.find(entityName);
  if (!meta) return undefined;
  if (mappers.has(meta)) return (mappers.get(meta) ?? undefined) as LeanMapper<T> | undefined;
  mappers.set(meta, null);
  if (meta.primaryKeys.length !== 1 || meta.discriminatorColumn || meta.embeddable || meta.virtual || meta.root !== meta) return undefined;
  const proto = leanPrototype(meta);
  const assigns: Assign[] = [];
  for (const prop of meta.props) {
    if (prop.embedded) continue; // flattened embeddable columns, handled with their embedded property
    if (prop.persist === false) continue; // not a column (e.g. the hidden inverse side of a unidirectional m:n)
    if (prop.formula || (prop as { ref?: boolean }).ref) return undefined;
    const name = prop.name;
    switch (prop.kind) {
      case ReferenceKind.SCALAR: {
        const column = prop.fieldNames[0]!;
        const convert = scalarConverter(prop, platform);
        assigns.push((row, target) => (target[name] = convert(row[column])));
        break;
      }
      case ReferenceKind.MANY_TO_ONE:
      case ReferenceKind.ONE_TO_ONE: {
        if (!prop.owner && prop.kind === ReferenceKind.ONE_TO_ONE) continue; // inverse side: not a column, not loaded
        if (prop.fieldNames.length !== 1) return undefined;
        const column = prop.fieldNames[0]!;
        const targetMeta = metadata.find(prop.type);
        if (!targetMeta || targetMeta.primaryKeys.length !== 1) return undefined;
        let ref: ((id: unknown) => unknown) | undefined;
        assigns.push((row, obj) => {
          const v = row[column];
          if (v === null || v === undefined) obj[name] = null;
          else obj[name] = (ref ??= refFactory(targetMeta, platform))(v);
        });
        break;
      }
      case ReferenceKind.EMBEDDED: {
        if (prop.object || prop.array || !prop.embeddable) return undefined;
        const embeddableProto = (prop.embeddable as { prototype: object }).prototype;
        const parts = Object.values(prop.embeddedProps ?? {}).map((sub) => {
          if (sub.kind !== ReferenceKind.SCALAR || sub.fieldNames.length !== 1) return undefined;
          return { name: sub.embedded![1], column: sub.fieldNames[0]!, convert: scalarConverter(sub, platform) };
        });
        if (parts.some((p) => p === undefined)) return undefined;
        const ok = parts as { name: string; column: string; convert: (v: unknown) => unknown }[];
        const nullable = !!prop.nullable;
        assigns.push((row, target) => {
          if (nullable && ok.every((p) => row[p.column] === null || row[p.column] === undefined)) {
            target[name] = null;
            return;
          }
          const value = Object.create(embeddableProto) as Obj;
          for (const p of ok) value[p.name] = p.convert(row[p.column]);
          target[name] = value;
        });
        break;
      }
      default:
        return undefined; // collections
    }
  }
  const ref = refFactory(meta, platform);
  const mapper: LeanMapper<T> = {
    table: `"${meta.schema ? `${meta.schema}"."` : ""}${meta.tableName}"`,
    map(row) {
      const obj = Object.create(proto) as Obj;
      for (const assign of assigns) assign(row, obj);
      return obj as T;
    },
    ref: ref as (id: unknown) => T,
  };
  mappers.set(meta, mapper as LeanMapper<unknown>);
  return mapper;
}

/** The lean mapper of an entity in this EntityManager's ORM (see LeanMapper). */
export function leanOf<T>(em: EntityManager, entityName: string): LeanMapper<T> | undefined {
  return leanMapper<T>(em.getMetadata(), em.getPlatform(), entityName);
}

/** Runs SQL that selects whole rows of the entity's table and maps them lean. */
export async function leanQuery<T>(em: EntityManager, mapper: LeanMapper<T>, sql: string, params: unknown[] = []): Promise<T[]> {
  const rows = await em.getConnection().execute<Row[]>(sql, params as never[]);
  return rows.map((row) => mapper.map(row));
}
