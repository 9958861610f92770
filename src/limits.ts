import type { ApolloServerPlugin } from "@apollo/server";
import {
  getVariableValues,
  GraphQLError,
  isObjectType,
  isInterfaceType,
  Kind,
  type ASTNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from "graphql";
import { fieldExtensionsEstimator, getComplexity, simpleEstimator, type ComplexityEstimator } from "graphql-query-complexity";
import type { Context } from "./context";

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

export function queryDepth(document: DocumentNode, operationName?: string | null): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  const depthOf = (set: SelectionSetNode | undefined, seen: Set<string>): number => {
    if (!set) return 0;
    let max = 0;
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) {
        if (sel.name.value.startsWith("__")) continue;
        max = Math.max(max, sel.selectionSet ? 1 + depthOf(sel.selectionSet, seen) : 1);
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        max = Math.max(max, depthOf(sel.selectionSet, seen));
      } else {
        const frag = fragments.get(sel.name.value);
        if (frag && !seen.has(frag.name.value)) max = Math.max(max, depthOf(frag.selectionSet, new Set([...seen, frag.name.value])));
      }
    }
    return max;
  };
  let depth = 0;
  for (const def of document.definitions) {
    if (def.kind === Kind.OPERATION_DEFINITION && (!operationName || def.name?.value === operationName)) {
      depth = Math.max(depth, depthOf(def.selectionSet, new Set()));
    }
  }
  return depth;
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
    (type) => (isObjectType(type) || isInterfaceType(type)) && Object.values(type.getFields()).some((f) => typeof f.extensions?.complexity === "function"),
  );
}

interface DocumentLimits {
  depth: Map<string, number>;
  cost: Map<string, number>;
  variables: string[];
}

const MAX_COSTS_PER_DOCUMENT = 256;

/**
 * Refuses too deep or too costly operations before they run, and reports both figures in `extensions.limits`.
 * Depth is a property of the document; cost of the document and the values of the variables it can depend on
 * (those in `first` and in directives), so both are remembered per parsed document (Apollo reuses the parsed
 * document of a repeated query) instead of walking it on every request.
 */
export function complexityPlugin(schema: GraphQLSchema, options: LimitOptions): ApolloServerPlugin<Context> {
  const cacheable = !hasArgumentCosts(schema);
  const documents = new WeakMap<DocumentNode, DocumentLimits>();
  const estimators = [fieldExtensionsEstimator(), pageEstimator, simpleEstimator({ defaultComplexity: 1 })];
  const limitsOf = (document: DocumentNode): DocumentLimits => {
    let limits = documents.get(document);
    if (!limits) documents.set(document, (limits = { depth: new Map(), cost: new Map(), variables: costVariables(document) }));
    return limits;
  };
  const costOf = (document: DocumentNode, operationName: string | undefined, variables: Record<string, unknown>): number => {
    const compute = () => getComplexity({ schema, query: document, operationName, variables, estimators });
    if (!cacheable) return compute();
    const limits = limitsOf(document);
    const key = `${operationName ?? ""}\u0000${limits.variables.map((v) => (v in variables ? JSON.stringify(variables[v]) : "-")).join(",")}`;
    const known = limits.cost.get(key);
    if (known === undefined) {
      const cost = compute();
      if (limits.cost.size >= MAX_COSTS_PER_DOCUMENT) limits.cost.clear();
      limits.cost.set(key, cost);
      return cost;
    }
    // getComplexity would have thrown on variables that do not coerce: so do we, with the same error.
    for (const def of document.definitions) {
      if (def.kind !== Kind.OPERATION_DEFINITION || (typeof operationName === "string" && def.name?.value !== operationName)) continue;
      const { errors } = getVariableValues(schema, (def as OperationDefinitionNode).variableDefinitions ?? [], variables);
      if (errors?.length) throw errors[errors.length - 1];
    }
    return known;
  };
  const depthOf = (document: DocumentNode, operationName: string | undefined): number => {
    const limits = limitsOf(document);
    const key = operationName ?? "";
    let depth = limits.depth.get(key);
    if (depth === undefined) limits.depth.set(key, (depth = queryDepth(document, operationName)));
    return depth;
  };
  return {
    async requestDidStart() {
      let cost = 0;
      let depth = 0;
      return {
        async didResolveOperation({ request, document }) {
          depth = depthOf(document, request.operationName ?? undefined);
          if (depth > options.maxDepth) {
            throw new GraphQLError(`The query is ${depth} levels deep; the limit is ${options.maxDepth}. Split it into smaller queries.`, {
              extensions: { code: "QUERY_TOO_DEEP", depth, maxDepth: options.maxDepth },
            });
          }
          try {
            // graphql-query-complexity crashes on an anonymous operation when the name matches none: leave that to execution
            const named = document.definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION && d.name?.value === request.operationName);
            cost = costOf(document, named ? (request.operationName ?? undefined) : undefined, request.variables ?? {});
          } catch (err) {
            // invalid variables: execution refuses them with BAD_USER_INPUT before any resolver runs
            if (err instanceof GraphQLError && err.nodes?.[0]?.kind === Kind.VARIABLE_DEFINITION) return;
            throw err;
          }
          if (cost > options.maxCost) {
            throw new GraphQLError(`The query costs ${cost}; the limit is ${options.maxCost}. Ask for smaller pages (first) or fewer fields.`, {
              extensions: { code: "QUERY_TOO_COSTLY", cost, maxCost: options.maxCost },
            });
          }
        },
        async willSendResponse({ response }) {
          if (response.body.kind === "single") {
            response.body.singleResult.extensions = {
              ...response.body.singleResult.extensions,
              limits: { cost, maxCost: options.maxCost, depth, maxDepth: options.maxDepth },
            };
          }
        },
      };
    },
  };
}
