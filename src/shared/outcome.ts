import { fail, type Failure, type Result } from "./result";

/** A service's answer: the value, or failures in the module's domain terms (its `<m>.errors.ts` words them). */
export type Outcome<T, F> = { ok: true; value: T } | { ok: false; errors: F[] };

export const refuse = <F>(...errors: F[]): { ok: false; errors: F[] } => ({ ok: false, errors });

/** The Outcome with its failures turned into userErrors by the module's mapping. */
export function toResult<T, F, C extends string>(
  outcome: Outcome<T, F>,
  userErrors: (failures: readonly F[]) => Failure<C>[],
): Result<T, C> {
  return outcome.ok ? outcome : fail(...userErrors(outcome.errors));
}
