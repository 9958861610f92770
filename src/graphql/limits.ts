import type { ApolloServerPlugin } from "@apollo/server";
import {
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  getVariableValues,
  GraphQLError,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  isAbstractType,
  isCompositeType,
  isInterfaceType,
  isObjectType,
  Kind,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  TypeNameMetaFieldDef,
  type ASTNode,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionNode,
  type SelectionSetNode,
} from "graphql";
import { fieldExtensionsEstimator, simpleEstimator, type ComplexityEstimator } from "graphql-query-complexity";
import type { Context } from "./context";
import { limitRefusals } from "../metrics/series";

export interface LimitOptions {
  /** Deepest allowed field nesting (default 12). */
  maxDepth: number;
  /** Highest allowed cost: a field costs 1, a connection multiplies its children by `first` (default 20000). */
  maxCost: number;
}

/** A list field with `first` costs its children `first` times. */
const pageEstimator: ComplexityEstimator = ({ args, childComplexity }) => {
  const first = typeof args.first === "number" ? args.first : undefined;
  return first === undefined ? undefined : 1 + childComplexity * first;
};

/** The cost rules, in order: a field's own `complexity`, then `first`, then 1 per field. */
export const costEstimators = [fieldExtensionsEstimator(), pageEstimator, simpleEstimator({ defaultComplexity: 1 })];

function fragmentsOf(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  return fragments;
}

function operationsOf(document: DocumentNode, operationName?: string | null): OperationDefinitionNode[] {
  return document.definitions.filter(
    (d): d is OperationDefinitionNode =>
      d.kind === Kind.OPERATION_DEFINITION && (!operationName || d.name?.value === operationName),
  );
}

/**
 * Deepest field nesting of the operation (of every operation when no name is given); `__` fields do not count.
 * Each fragment is measured once, so the time is linear in the document however often fragments are spread.
 */
export function queryDepth(document: DocumentNode, operationName?: string | null): number {
  const fragments = fragmentsOf(document);
  const known = new Map<string, number>();
  const fragmentDepth = (name: string): number => {
    const memo = known.get(name);
    if (memo !== undefined) return memo;
    const frag = fragments.get(name);
    known.set(name, 0); // a cycle (refused by validation) adds nothing
    const depth = frag ? setDepth(frag.selectionSet) : 0;
    known.set(name, depth);
    return depth;
  };
  const setDepth = (set: SelectionSetNode | undefined): number => {
    if (!set) return 0;
    let max = 0;
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) {
        if (!sel.name.value.startsWith("__")) max = Math.max(max, 1 + setDepth(sel.selectionSet));
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        max = Math.max(max, setDepth(sel.selectionSet));
      } else {
        max = Math.max(max, fragmentDepth(sel.name.value));
      }
    }
    return max;
  };
  return Math.max(0, ...operationsOf(document, operationName).map((op) => setDepth(op.selectionSet)));
}

/**
 * Cost of the operation (summed over every operation when no name is given), as graphql-query-complexity's
 * getComplexity computes it with the estimators above, but with each fragment costed once: linear in the document.
 * Undefined when the variables do not coerce (execution refuses them before any resolver runs).
 */
export function queryCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown>,
): number | undefined {
  const fragments = fragmentsOf(document);
  let values: Record<string, unknown> = {};
  const known = new Map<string, number>();

  const possibleTypes = (type: GraphQLCompositeType): string[] =>
    isAbstractType(type) ? schema.getPossibleTypes(type).map((t) => t.name) : [type.name];
  const skipped = (sel: SelectionNode): boolean => {
    if (!sel.directives?.length) return false;
    const include = getDirectiveValues(GraphQLIncludeDirective, sel, values);
    const skip = getDirectiveValues(GraphQLSkipDirective, sel, values);
    return include?.if === false || skip?.if === true;
  };
  const fieldDef = (type: GraphQLCompositeType, node: FieldNode): GraphQLField<unknown, unknown> | undefined => {
    const name = node.name.value;
    if (name === SchemaMetaFieldDef.name) return SchemaMetaFieldDef;
    if (name === TypeMetaFieldDef.name) return TypeMetaFieldDef;
    if (name === TypeNameMetaFieldDef.name) return TypeNameMetaFieldDef;
    return isObjectType(type) || isInterfaceType(type) ? type.getFields()[name] : undefined;
  };
  const fragmentCost = (name: string): { cost: number; type: GraphQLCompositeType } | undefined => {
    const frag = fragments.get(name);
    const type: GraphQLNamedType | undefined = frag && schema.getType(frag.typeCondition.name.value);
    if (!frag || !type || !isCompositeType(type)) return undefined;
    let cost = known.get(name);
    if (cost === undefined) {
      known.set(name, 0); // a cycle (refused by validation) adds nothing
      cost = setCost(frag.selectionSet, type);
      known.set(name, cost);
    }
    return { cost, type };
  };
  const setCost = (set: SelectionSetNode, type: GraphQLCompositeType): number => {
    const byType = new Map<string, number>();
    const add = (cost: number, types: string[]) => {
      for (const t of types) byType.set(t, (byType.get(t) ?? 0) + cost);
    };
    const here = possibleTypes(type);
    for (const sel of set.selections) {
      if (skipped(sel)) continue;
      if (sel.kind === Kind.FIELD) {
        const field = fieldDef(type, sel);
        if (!field) continue;
        const named = getNamedType(field.type);
        const childComplexity = sel.selectionSet && isCompositeType(named) ? setCost(sel.selectionSet, named) : 0;
        let args: Record<string, unknown> = {};
        try {
          args = getArgumentValues(field, sel, values);
        } catch {
          // execution refuses the same arguments before the field runs
        }
        for (const estimate of costEstimators) {
          const cost = estimate({ childComplexity, args, field, node: sel, type, context: undefined as never });
          if (typeof cost === "number" && !Number.isNaN(cost)) {
            add(cost, here);
            break;
          }
        }
      } else if (sel.kind === Kind.FRAGMENT_SPREAD) {
        const frag = fragmentCost(sel.name.value);
        if (frag) add(frag.cost, possibleTypes(frag.type));
      } else {
        const inner = sel.typeCondition ? schema.getType(sel.typeCondition.name.value) : type;
        if (inner && isCompositeType(inner)) add(setCost(sel.selectionSet, inner), possibleTypes(inner));
      }
    }
    return Math.max(0, ...byType.values());
  };

  let total = 0;
  for (const op of operationsOf(document, operationName)) {
    const root =
      op.operation === "query"
        ? schema.getQueryType()
        : op.operation === "mutation"
          ? schema.getMutationType()
          : schema.getSubscriptionType();
    if (!root) continue;
    const coerced = getVariableValues(schema, op.variableDefinitions ?? [], variables);
    if (coerced.errors) return undefined;
    values = coerced.coerced;
    known.clear();
    total += setCost(op.selectionSet, root);
  }
  return total;
}

/** Variables inside a `first` argument or a directive: the only ones the estimators above can read. */
function costVariables(document: DocumentNode): string[] {
  const names = new Set<string>();
  const walk = (node: unknown, relevant: boolean): void => {
    if (Array.isArray(node)) {
      for (const n of node) walk(n, relevant);
      return;
    }
    if (!node || typeof node !== "object" || !("kind" in node)) return;
    const ast = node as ASTNode;
    if (ast.kind === Kind.VARIABLE_DEFINITION) return;
    if (ast.kind === Kind.VARIABLE && relevant) names.add(ast.name.value);
    const inner = relevant || ast.kind === Kind.DIRECTIVE || (ast.kind === Kind.ARGUMENT && ast.name.value === "first");
    for (const [k, v] of Object.entries(ast)) if (k !== "loc" && typeof v === "object") walk(v, inner);
  };
  walk(document.definitions, false);
  return [...names];
}

/** Whether some field computes its cost from its arguments (type-graphql `complexity: (args) => ...`). */
function hasArgumentCosts(schema: GraphQLSchema): boolean {
  return Object.values(schema.getTypeMap()).some(
    (type) =>
      (isObjectType(type) || isInterfaceType(type)) &&
      Object.values(type.getFields()).some((f) => typeof f.extensions?.complexity === "function"),
  );
}

interface DocumentLimits {
  depth: Map<string, number>;
  cost: Map<string, number | undefined>;
  variables: string[];
}

const MAX_COSTS_PER_DOCUMENT = 256;

export interface Measured {
  depth: number;
  /** Undefined when the variables do not coerce. */
  cost: number | undefined;
}

/**
 * Measures and judges operations against the limits. Depth is a property of the document; cost of the document and
 * the values of the variables it can depend on (those in `first` and in directives), so both are remembered per
 * parsed document (Apollo reuses the parsed document of a repeated query) instead of walking it on every request.
 */
export class QueryLimits {
  private readonly cacheable: boolean;
  private readonly documents = new WeakMap<DocumentNode, DocumentLimits>();

  constructor(
    private readonly schema: GraphQLSchema,
    readonly options: LimitOptions,
  ) {
    this.cacheable = !hasArgumentCosts(schema);
  }

  measure(
    document: DocumentNode,
    operationName: string | null | undefined,
    variables: Record<string, unknown>,
  ): Measured {
    let limits = this.documents.get(document);
    if (!limits)
      this.documents.set(
        document,
        (limits = { depth: new Map(), cost: new Map(), variables: costVariables(document) }),
      );
    const name = operationName ?? "";
    let depth = limits.depth.get(name);
    if (depth === undefined) limits.depth.set(name, (depth = queryDepth(document, operationName)));
    if (depth > this.options.maxDepth) return { depth, cost: undefined };
    if (!this.cacheable) return { depth, cost: queryCost(this.schema, document, operationName, variables) };
    const key = `${name}\u0000${limits.variables.map((v) => (v in variables ? JSON.stringify(variables[v]) : "-")).join(",")}`;
    if (limits.cost.has(key)) {
      // the cost is known, but variables that do not coerce still have to be refused by execution
      const op = operationsOf(document, operationName)[0];
      if (op && getVariableValues(this.schema, op.variableDefinitions ?? [], variables).errors)
        return { depth, cost: undefined };
      return { depth, cost: limits.cost.get(key) };
    }
    const cost = queryCost(this.schema, document, operationName, variables);
    if (limits.cost.size >= MAX_COSTS_PER_DOCUMENT) limits.cost.clear();
    if (cost !== undefined) limits.cost.set(key, cost);
    return { depth, cost };
  }

  /** The limit error for a measured operation, if it is over a limit. */
  refusal({ depth, cost }: Measured): GraphQLError | undefined {
    const { maxDepth, maxCost } = this.options;
    if (depth > maxDepth) {
      limitRefusals.labels("depth").inc();
      return new GraphQLError(
        `The query is ${depth} levels deep; the limit is ${maxDepth}. Split it into smaller queries.`,
        {
          extensions: { code: "QUERY_TOO_DEEP", depth, maxDepth, http: { status: 400 } },
        },
      );
    }
    if (cost !== undefined && cost > maxCost) {
      limitRefusals.labels("cost").inc();
      return new GraphQLError(
        `The query costs ${cost}; the limit is ${maxCost}. Ask for smaller pages (first) or fewer fields.`,
        {
          extensions: { code: "QUERY_TOO_COSTLY", cost, maxCost, http: { status: 400 } },
        },
      );
    }
    return undefined;
  }
}

/** Refuses too deep or too costly operations before they run, and reports both figures in `extensions.limits`. */
export function complexityPlugin(limits: QueryLimits): ApolloServerPlugin<Context> {
  const { maxDepth, maxCost } = limits.options;
  return {
    async requestDidStart() {
      let measured: Measured = { depth: 0, cost: 0 };
      return {
        async didResolveOperation({ request, document, operation }) {
          measured = limits.measure(
            document,
            operation ? (operation.name?.value ?? null) : request.operationName,
            request.variables ?? {},
          );
          const refusal = limits.refusal(measured);
          if (refusal) throw refusal;
        },
        async willSendResponse({ response }) {
          if (response.body.kind === "single") {
            response.body.singleResult.extensions = {
              ...response.body.singleResult.extensions,
              limits: { cost: measured.cost ?? 0, maxCost, depth: measured.depth, maxDepth },
            };
          }
        },
      };
    },
  };
}
