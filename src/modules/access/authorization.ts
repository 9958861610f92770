import { GraphQLError } from "graphql";
import type { AuthChecker } from "type-graphql";
import type { Context } from "../../graphql/context";
import { GLOBAL_ADMIN, hasScope, isGlobalAdmin, type Auth, type Role } from "./auth";

export function requireAuth(ctx: Pick<Context, "auth">): Auth {
  if (!ctx.auth) {
    throw new GraphQLError("Authentication required: send the header Authorization: Bearer <API key>.", {
      extensions: { code: "UNAUTHENTICATED", http: { status: 401 } },
    });
  }
  return ctx.auth;
}

export const authChecker: AuthChecker<Context, Role> = ({ context }, roles) => {
  const auth = requireAuth(context);
  if (roles.includes(GLOBAL_ADMIN) && !isGlobalAdmin(auth)) {
    throw new GraphQLError(
      "Only a global administrator (an ADMIN key bound to every creditor) may change what all creditors share.",
      {
        extensions: { code: "FORBIDDEN", http: { status: 403 } },
      },
    );
  }
  const scopes = roles.filter((r) => r !== GLOBAL_ADMIN);
  const missing = scopes.filter((s) => !hasScope(auth, s));
  if (missing.length > 0) {
    throw new GraphQLError(
      `This API key lacks the ${missing.join(", ").toUpperCase()} scope needed here: use a key with that scope.`,
      {
        extensions: { code: "FORBIDDEN", http: { status: 403 } },
      },
    );
  }
  return true;
};
