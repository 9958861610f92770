import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError, Kind, type DocumentNode, type FragmentDefinitionNode, type GraphQLSchema, type SelectionSetNode } from "graphql";
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

/** Refuses too deep or too costly operations before they run, and reports both figures in `extensions.limits`. */
export function complexityPlugin(schema: GraphQLSchema, options: LimitOptions): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      let cost = 0;
      let depth = 0;
      return {
        async didResolveOperation({ request, document }) {
          depth = queryDepth(document, request.operationName);
          if (depth > options.maxDepth) {
            throw new GraphQLError(`The query is ${depth} levels deep; the limit is ${options.maxDepth}. Split it into smaller queries.`, {
              extensions: { code: "QUERY_TOO_DEEP", depth, maxDepth: options.maxDepth },
            });
          }
          try {
            cost = getComplexity({
              schema,
              query: document,
              // graphql-query-complexity crashes on an anonymous operation when the name matches none: leave that to execution
              operationName: document.definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION && d.name?.value === request.operationName) ? (request.operationName ?? undefined) : undefined,
              variables: request.variables ?? {},
              estimators: [fieldExtensionsEstimator(), pageEstimator, simpleEstimator({ defaultComplexity: 1 })],
            });
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
