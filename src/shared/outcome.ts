import { fail, type Failure, type Result } from "./result";

/** A refusal in domain terms: a code and the field of the command's input ("lien.registeredOn"), no message. */
export interface DomainFailure {
  code: string;
  field: string | null;
}

/** A command's or service's answer: its value, or failures in the module's domain terms (its `<m>.errors.ts` words them). */
export type Outcome<T, F> = { ok: true; value: T } | { ok: false; errors: F[] };

export const refuse = <F>(...errors: F[]): { ok: false; errors: F[] } => ({ ok: false, errors });

/** The GraphQL path of a field of the mutation's input: "lien.registeredOn" -> ["input", "lien", "registeredOn"]. */
export function inputPath(field: string | null): string[] {
  return field ? ["input", ...field.split(".")] : ["input"];
}

/** The Outcome with its failures turned into userErrors by the module's mapping. */
export function toResult<T, F, C extends string>(
  outcome: Outcome<T, F>,
  userErrors: (failures: readonly F[]) => Failure<C>[],
): Result<T, C> {
  return outcome.ok ? outcome : fail(...userErrors(outcome.errors));
}
