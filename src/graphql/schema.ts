import "reflect-metadata";
import { buildSchema, getMetadataStorage, type NonEmptyArray } from "type-graphql";
import { DateTimeISOResolver } from "graphql-scalars";
import { GraphQLObjectType, type GraphQLField, type GraphQLFieldResolver, type GraphQLSchema } from "graphql";
import { createPubSub } from "@graphql-yoga/subscription";
import { authChecker } from "../modules/access/authorization";
import { resolvers as moduleResolvers } from "../app/modules";
import { NodeResolver } from "./node.resolver";
import type { AppServices } from "../app/services";
import { describeInputRules, installInputCheck } from "../shared/input-check";
import { validateArgs } from "../shared/pagination";

const resolvers: readonly Function[] = [...moduleResolvers, NodeResolver];

export async function buildAppSchema(_services?: AppServices): Promise<GraphQLSchema> {
  installInputCheck();
  const schema = await buildSchema({
    resolvers: resolvers as unknown as NonEmptyArray<Function>,
    authChecker,
    authMode: "error",
    validateFn: validateArgs,
    scalarsMap: [{ type: Date, scalar: DateTimeISOResolver }],
    emitSchemaFile: false,
    // caseEvents has its own subscribe (the LISTEN/NOTIFY bus with replay); type-graphql insists on a pubSub.
    pubSub: createPubSub(),
  });
  directResolvers(schema, resolvers as unknown as Function[]);
  describeInputRules(schema);
  return schema;
}

type Resolve = GraphQLFieldResolver<unknown, unknown>;
type Getter = (root: unknown, ctx: Record<string, unknown>, info: unknown) => unknown;

/**
 * type-graphql calls every field through a wrapper that allocates per call (resolver data, a closure, a sorted copy
 * of the parameters): 650 calls for a page of 50 cases. Where that wrapper has nothing to do — no arguments to
 * validate, no middleware, no authorization — the field calls its property or method directly:
 * - a plain property field reads the property, a getter field (e.g. `globalId`) reads the getter;
 * - a field resolver whose parameters are only @Root(), @Ctx() and @Info() calls the method on the resolver
 *   instance; a root that is not an instance of the declared root type still goes through type-graphql (which
 *   would convert it).
 * Requires a schema built with the default container and no global middlewares (as buildAppSchema does).
 */
export function directResolvers(schema: GraphQLSchema, resolverClasses: Function[]): number {
  const storage = getMetadataStorage();
  let replaced = 0;
  const fieldResolverNames = new Set(storage.fieldResolvers.flatMap((r) => [r.methodName, r.schemaName]));
  for (const def of storage.objectTypes) {
    const type = schema.getType(def.name);
    if (!(type instanceof GraphQLObjectType)) continue;
    const fields = type.getFields();
    const last = new Map((def.fields ?? []).map((f) => [f.schemaName, f]));
    for (const [schemaName, f] of last) {
      const field = fields[schemaName];
      if (
        !field?.resolve ||
        field.args.length > 0 ||
        fieldResolverNames.has(f.name) ||
        fieldResolverNames.has(schemaName)
      )
        continue;
      if ((f.middlewares?.length ?? 0) > 0 || f.roles || (f.params?.length ?? 0) > 0) continue;
      const name = f.name;
      field.resolve = (root) => (root as Record<string, unknown>)[name];
      replaced += 1;
    }
  }

  const instances = new Map<Function, Record<string, unknown>>();
  for (const r of storage.fieldResolvers) {
    if (r.kind === "internal") {
      replaced += directGetter(schema, storage, r) ? 1 : 0;
      continue;
    }
    if (!resolverClasses.includes(r.target)) continue;
    const field = fieldOf(schema, storage, r)?.field;
    if (!field?.resolve || field.args.length > 0 || (r.middlewares?.length ?? 0) > 0 || r.roles) continue;
    const params = [...(r.params ?? [])].sort((a, b) => a.index - b.index);
    const getters: Getter[] = [];
    let rootType: (() => unknown) | undefined;
    for (const p of params) {
      if (p.kind === "root" && !p.propertyName) {
        rootType = p.getType;
        getters.push((root) => root);
      } else if (p.kind === "context") {
        const prop = p.propertyName;
        getters.push(prop ? (_r, ctx) => ctx[prop] : (_r, ctx) => ctx);
      } else if (p.kind === "info") getters.push((_r, _c, info) => info);
      else break;
    }
    if (getters.length !== params.length || getters.length > 3) continue;
    let instance = instances.get(r.target);
    if (!instance) instances.set(r.target, (instance = new (r.target as new () => Record<string, unknown>)()));
    const method = instance[r.methodName] as (...a: unknown[]) => unknown;
    const self = instance;
    const original = field.resolve as Resolve;
    const [g0, g1, g2] = getters;
    let declared: unknown;
    field.resolve = (root, args, ctx, info) => {
      if (rootType && root != null) {
        declared ??= rootType();
        if (typeof declared !== "function" || !(root instanceof declared)) return original(root, args, ctx, info);
      }
      const c = ctx as Record<string, unknown>;
      switch (getters.length) {
        case 0:
          return method.call(self);
        case 1:
          return method.call(self, g0!(root, c, info));
        case 2:
          return method.call(self, g0!(root, c, info), g1!(root, c, info));
        default:
          return method.call(self, g0!(root, c, info), g1!(root, c, info), g2!(root, c, info));
      }
    };
    replaced += 1;
  }
  return replaced;
}

type Storage = ReturnType<typeof getMetadataStorage>;
type FieldResolverMetadata = Storage["fieldResolvers"][number];

/** The schema field a field resolver serves, and the object class it is declared on. */
function fieldOf(
  schema: GraphQLSchema,
  storage: Storage,
  r: FieldResolverMetadata,
): { field: GraphQLField<unknown, unknown> | undefined; objectClass: unknown } | undefined {
  const objectClass = r.getObjectType?.();
  const def = storage.objectTypes.find((o) => o.target === objectClass);
  const type = def && schema.getType(def.name);
  if (!(type instanceof GraphQLObjectType)) return undefined;
  return { field: type.getFields()[r.schemaName], objectClass };
}

/** A @Field getter on the object class itself: read it when the root is an instance (else type-graphql converts). */
function directGetter(schema: GraphQLSchema, storage: Storage, r: FieldResolverMetadata): boolean {
  const found = fieldOf(schema, storage, r);
  const objectClass = found?.objectClass;
  if (!found || typeof objectClass !== "function") return false;
  const field = found.field;
  if (
    !field?.resolve ||
    field.args.length > 0 ||
    (r.middlewares?.length ?? 0) > 0 ||
    r.roles ||
    (r.params?.length ?? 0) > 0
  )
    return false;
  const original = field.resolve as Resolve;
  const name = r.methodName;
  field.resolve = (root, args, ctx, info) => {
    if (root instanceof objectClass) {
      const value = (root as Record<string, unknown>)[name];
      if (typeof value !== "function") return value;
    }
    return original(root, args, ctx, info);
  };
  return true;
}
