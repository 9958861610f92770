import type { ApolloServerPlugin } from "@apollo/server";
import {
  isEnumType,
  type DocumentNode,
  type GraphQLFormattedError,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from "graphql";
import { graphqlRequestDuration, graphqlUserErrors, limitRefusals } from "../metrics/series";
import type { Context } from "./context";
import { rootFieldNames } from "./root-fields";

/** Codes of the limit refusals (limits.ts, errors.ts); a page size over the cap is BAD_USER_INPUT on `first`. */
const REFUSAL_CODES = new Set(["QUERY_TOO_DEEP", "QUERY_TOO_COSTLY", "QUERY_TOO_LARGE"]);

/** The operation label of a document that did not parse or validate. */
const INVALID = "invalid";
/** The operation label of an operation with more than one root field. */
const MULTIPLE = "multiple";

/** The root field an operation selects, or "multiple" (rootFieldNames). */
export function rootFieldLabel(operation: OperationDefinitionNode, document: DocumentNode): string {
  const names = rootFieldNames(operation, document);
  return names.length === 1 ? names[0]! : MULTIPLE;
}

type Outcome = "ok" | "user_error" | "client_error" | "refused" | "error";

/** Depth, cost and token refusals are counted where they are decided (limits.ts, errors.ts); a page size here. */
function errorOutcome(errors: readonly GraphQLFormattedError[]): Outcome {
  let refused = false;
  let pageSize = false;
  for (const e of errors) {
    const code = e.extensions?.code;
    if (code === "INTERNAL_SERVER_ERROR") return "error";
    if (typeof code === "string" && REFUSAL_CODES.has(code)) refused = true;
    else if (code === "BAD_USER_INPUT" && e.extensions?.argumentName === "first") refused = pageSize = true;
  }
  if (pageSize) limitRefusals.labels("first").inc();
  return refused ? "refused" : "client_error";
}

/**
 * Counts each GraphQL request over HTTP: its duration by root field, operation type and outcome, and the codes of
 * the userErrors its mutation payloads answer. O(root fields) per request, no SQL: the response's top-level
 * payloads are looked at, nothing below them. A code that is not a value of the schema's enums (an alias in the
 * selection) counts as "other", so every label stays bounded by the schema.
 */
export function metricsPlugin(schema: GraphQLSchema): ApolloServerPlugin<Context> {
  const codes = new Set<string>();
  for (const type of Object.values(schema.getTypeMap()))
    if (isEnumType(type)) for (const v of type.getValues()) codes.add(v.name);
  return {
    async requestDidStart() {
      const started = performance.now();
      let operation = INVALID;
      let type = "unknown";
      return {
        async didResolveOperation({ operation: op, document }) {
          if (!op) return;
          operation = rootFieldLabel(op, document);
          type = op.operation;
        },
        async willSendResponse({ response }) {
          let outcome: Outcome = "ok";
          if (response.body.kind === "single") {
            const { errors, data } = response.body.singleResult;
            if (errors?.length) outcome = errorOutcome(errors);
            if (type === "mutation" && data) {
              for (const payload of Object.values(data)) {
                const userErrors = (payload as { userErrors?: unknown } | null)?.userErrors;
                if (!Array.isArray(userErrors) || userErrors.length === 0) continue;
                if (outcome === "ok") outcome = "user_error";
                for (const e of userErrors) {
                  const code = (e as { code?: unknown } | null)?.code;
                  graphqlUserErrors.labels(typeof code === "string" && codes.has(code) ? code : "other").inc();
                }
              }
            }
          }
          graphqlRequestDuration.labels(operation, type, outcome).observe((performance.now() - started) / 1000);
        },
      };
    },
  };
}
