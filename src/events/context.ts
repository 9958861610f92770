import type { Context } from "../graphql/context";
import { requireAuth } from "../modules/access/authorization";
import type { CommandContext } from "./command";

/** The command context of a GraphQL request: its EntityManager, the key as actor, the clock, the sinks. */
export function commandContext(ctx: Context): CommandContext {
  return { em: ctx.em, actor: requireAuth(ctx).keyName, now: ctx.clock.now(), sinks: ctx.services.eventSinks };
}
