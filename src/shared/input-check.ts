import {
  GraphQLError,
  GraphQLInputObjectType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLScalarType,
  getNamedType,
  isInputObjectType,
  isListType,
  isNonNullType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLInputType,
  type GraphQLOutputType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
} from "graphql";
import { getMetadataStorage, UseMiddleware, type MiddlewareFn } from "type-graphql";
import { amountOutOfRange } from "./money";
import {
  describeRule,
  JSON_TEXT,
  jsonTextProblems,
  LINE,
  PER_ITEM_EXTENSION,
  TEXT_EXTENSION,
  textProblem,
  type PathProblem,
  type TextRule,
} from "./text";

/**
 * The one check of every argument of every mutation and query before a resolver sees it: each String and ID under
 * its text rule (LINE unless the field is marked with Text/FreeText), strings inside JSON values (NUL, lone
 * surrogates, control characters), and each SafeInt (all of them money) at most MONEY_MAX. A mutation answers its
 * payload with userErrors and runs nothing; a query gets a BAD_USER_INPUT error. Runs after authorization.
 */

type Problem = PathProblem | { code: "AMOUNT_OUT_OF_RANGE"; field: string[]; message: string };

const isTextScalar = (t: GraphQLScalarType) => t.name === "String" || t.name === "ID";
const isJsonScalar = (t: GraphQLScalarType) => t.name === "JSON" || t.name === "JSONObject";

function ruleOf(field: GraphQLInputField | GraphQLArgument): TextRule {
  return (field.extensions?.[TEXT_EXTENSION] as TextRule | undefined) ?? LINE;
}

function walk(type: GraphQLInputType, value: unknown, path: string[], rule: TextRule, out: Problem[]): void {
  if (value === null || value === undefined) return;
  if (isNonNullType(type)) return walk(type.ofType as GraphQLInputType, value, path, rule, out);
  if (isListType(type)) {
    if (Array.isArray(value))
      value.forEach((v, i) => walk(type.ofType as GraphQLInputType, v, [...path, String(i)], rule, out));
    return;
  }
  if (isInputObjectType(type)) {
    const record = value as Record<string, unknown>;
    for (const field of Object.values(type.getFields())) {
      if (field.extensions?.[PER_ITEM_EXTENSION]) continue;
      walk(field.type, record[field.name], [...path, field.name], ruleOf(field), out);
    }
    return;
  }
  if (!(type instanceof GraphQLScalarType)) return;
  if (isTextScalar(type) && typeof value === "string") {
    const p = textProblem(value, rule, path.at(-1) ?? "The value");
    if (p) out.push({ ...p, field: path });
  } else if (isJsonScalar(type)) {
    out.push(...jsonTextProblems(value, JSON_TEXT, path));
  } else if (type.name === "SafeInt" && typeof value === "number") {
    const p = amountOutOfRange(value, path, path.at(-1));
    if (p) out.push({ code: p.code, field: path, message: p.message });
  }
}

/** Problems with a field's arguments; paths start at the argument's name, e.g. ["input", "kid"]. */
export function argumentProblems(field: GraphQLField<unknown, unknown>, args: Record<string, unknown>): Problem[] {
  const out: Problem[] = [];
  for (const arg of field.args) walk(arg.type, args[arg.name], [arg.name], ruleOf(arg), out);
  return out;
}

/** The payload a mutation answers when its input is refused: userErrors, every other field empty. */
function refusal(returnType: GraphQLOutputType, problems: Problem[]): Record<string, unknown> {
  const type = getNamedType(returnType);
  if (!(type instanceof GraphQLObjectType))
    throw new Error(`A mutation returns ${type.name}: mutations return a payload with userErrors`);
  const payload: Record<string, unknown> = {};
  for (const f of Object.values(type.getFields())) {
    if (f.name === "userErrors")
      payload[f.name] = problems.map((p) => ({ code: p.code, field: p.field, message: p.message }));
    else if (f.type instanceof GraphQLNonNull && f.type.ofType instanceof GraphQLList) payload[f.name] = [];
    else if (f.type instanceof GraphQLNonNull && getNamedType(f.type).name === "Boolean") payload[f.name] = false;
    else if (f.type instanceof GraphQLNonNull)
      throw new Error(`${type.name}.${f.name} is required: a refused mutation cannot fill it`);
    else payload[f.name] = null;
  }
  if (!("userErrors" in payload))
    throw new Error(`${type.name} has no userErrors: mutations return a payload with userErrors`);
  return payload;
}

const fieldOf = (info: GraphQLResolveInfo) => info.parentType.getFields()[info.fieldName]!;

function badUserInput(problems: Problem[]): GraphQLError {
  const first = problems[0]!;
  return new GraphQLError(first.message, { extensions: { code: "BAD_USER_INPUT", field: first.field } });
}

export const InputCheck: MiddlewareFn = ({ args, info }, next) => {
  const field = fieldOf(info);
  if (field.args.length === 0) return next();
  const problems = argumentProblems(field, args as Record<string, unknown>);
  if (problems.length === 0) return next();
  if (info.parentType === info.schema.getMutationType()) return Promise.resolve(refusal(field.type, problems));
  throw badUserInput(problems);
};

/** The same check for a subscription's arguments, which type-graphql hands to `subscribe` without middlewares. */
export function checkSubscriptionArguments(info: GraphQLResolveInfo, args: object): void {
  const problems = argumentProblems(fieldOf(info), args as Record<string, unknown>);
  if (problems.length > 0) throw badUserInput(problems);
}

let installed = false;

/** Puts InputCheck on every mutation, query and field resolver that takes arguments; call before buildSchema. */
export function installInputCheck(): void {
  if (installed) return;
  installed = true;
  const storage = getMetadataStorage();
  for (const def of [...storage.mutations, ...storage.queries])
    UseMiddleware(InputCheck)(def.target.prototype as object, def.methodName, {});
  const withArgs = new Set(
    storage.params.filter((p) => p.kind === "arg" || p.kind === "args").map((p) => `${p.target.name}.${p.methodName}`),
  );
  for (const def of storage.fieldResolvers) {
    if (def.kind === "external" && withArgs.has(`${def.target.name}.${def.methodName}`))
      UseMiddleware(InputCheck)(def.target.prototype as object, def.methodName, {});
  }
}

/** type-graphql leaves a field's extensions behind when an input type inherits the field: copy them over. */
function inheritFieldExtensions(schema: GraphQLSchema): void {
  const inputs = getMetadataStorage().inputTypes;
  for (const def of inputs) {
    const type = schema.getType(def.name);
    if (!(type instanceof GraphQLInputObjectType)) continue;
    for (
      let proto = Object.getPrototypeOf(def.target) as unknown;
      proto && proto !== Function.prototype;
      proto = Object.getPrototypeOf(proto)
    ) {
      const parent = inputs.find((i) => i.target === proto);
      for (const f of parent?.fields ?? []) {
        const field = type.getFields()[f.schemaName];
        if (field && f.extensions && Object.keys(field.extensions ?? {}).length === 0)
          field.extensions = { ...f.extensions };
      }
    }
  }
}

/**
 * Completes the input types for the check: inherited field extensions copied, and each text field's rule written
 * into its description, so clients see the limits in the schema.
 */
export function describeInputRules(schema: GraphQLSchema): void {
  inheritFieldExtensions(schema);
  // every mutation must be able to answer a refusal: fails the build, not a request
  for (const field of Object.values(schema.getMutationType()?.getFields() ?? {})) refusal(field.type, []);
  for (const type of Object.values(schema.getTypeMap())) {
    if (!(type instanceof GraphQLInputObjectType) || type.name.startsWith("__")) continue;
    for (const field of Object.values(type.getFields())) {
      const named = getNamedType(field.type);
      if (named.name !== "String" || field.extensions?.[PER_ITEM_EXTENSION]) continue;
      const rule = `Text: ${describeRule(ruleOf(field))}.`;
      if (!field.description?.includes(rule))
        field.description = field.description ? `${field.description} ${rule}` : rule;
    }
  }
}
