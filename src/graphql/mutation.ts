import type { EntityManager } from "@mikro-orm/postgresql";
import { runCommand, type Recorder } from "../events/command";
import { commandContext } from "../events/context";
import { toResult, type Outcome } from "../shared/outcome";
import type { Failure, Result } from "../shared/result";
import type { Context } from "./context";

/**
 * A mutation's command in one transaction (runCommand); the module's mapping (`<m>UserErrors` in `<m>.errors.ts`)
 * turns its domain failures into userErrors, and any failure rolls everything back.
 */
export function runMutation<T, F, C extends string>(
  ctx: Context,
  userErrors: (failures: readonly F[]) => Failure<C>[],
  fn: (em: EntityManager, rec: Recorder) => Promise<Outcome<T, F>>,
): Promise<Result<T, C | "CONCURRENT_UPDATE">> {
  return runCommand(commandContext(ctx), async (em, rec) => toResult(await fn(em, rec), userErrors));
}

/** The payload of a mutation: its objects with no userErrors, or `empty` (every object null) with them. */
export function payloadOf<T, C extends string, P extends object, E extends { [K in keyof P]: P[K] | null }>(
  result: Result<T, C>,
  objects: (value: T) => P,
  empty: E,
): (NoInfer<P> | NoInfer<E>) & { userErrors: Failure<C>[] } {
  return result.ok ? { ...objects(result.value), userErrors: [] } : { ...empty, userErrors: result.errors };
}
