import { GraphQLError } from "graphql";
import type { AuthChecker } from "type-graphql";
import type { Context } from "../../context";
import { hasScope, type Auth } from "./auth";
import type { Scope } from "./api-key.entity";

export function requireAuth(ctx: Pick<Context, "auth">): Auth {
  if (!ctx.auth) {
    throw new GraphQLError("Authentication required: send the header Authorization: Bearer <API key>.", {
      extensions: { code: "UNAUTHENTICATED", http: { status: 401 } },
    });
  }
  return ctx.auth;
}

export const authChecker: AuthChecker<Context, Scope> = ({ context }, scopes) => {
  const auth = requireAuth(context);
  const missing = scopes.filter((s) => !hasScope(auth, s));
  if (missing.length > 0) {
    throw new GraphQLError(`This API key lacks the ${missing.join(", ").toUpperCase()} scope needed here: use a key with that scope.`, {
      extensions: { code: "FORBIDDEN", http: { status: 403 } },
    });
  }
  return true;
};
