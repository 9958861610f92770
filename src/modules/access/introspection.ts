import { GraphQLError, Kind, visit, type DocumentNode } from "graphql";
import type { ApolloServerPlugin } from "@apollo/server";
import type { IntrospectionMode } from "../../app/config";
import type { Context } from "../../graphql/context";

/** Whether the document asks for the schema (`__schema` or `__type`; `__typename` is not introspection). */
export function asksForSchema(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    [Kind.FIELD]: (node) => {
      if (node.name.value === "__schema" || node.name.value === "__type") found = true;
    },
  });
  return found;
}

export function introspectionRefusal(): GraphQLError {
  return new GraphQLError(
    "Introspection needs an API key here: send the header Authorization: Bearer <API key> (in the playground, in the Headers tab).",
    {
      extensions: { code: "UNAUTHENTICATED", http: { status: 401 } },
    },
  );
}

/** Refuses introspection without a key when GRAPHQL_INTROSPECTION (or NODE_ENV=production) says so. */
export function introspectionPlugin(mode: IntrospectionMode): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      if (mode === "always") return;
      return {
        async didResolveOperation({ document, contextValue }) {
          if (!contextValue.auth && asksForSchema(document)) throw introspectionRefusal();
        },
      };
    },
  };
}
