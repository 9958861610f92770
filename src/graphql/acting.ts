import type { Context } from "./context";
import { commandContext } from "../events/context";
import type { Acting } from "../modules/enforcement/enforcement.service";

/** The command's actor and instant, and the legal date by the request's clock. */
export function acting(ctx: Context): Acting {
  const command = commandContext(ctx);
  return { actor: command.actor, now: command.now, today: ctx.clock.today() };
}
