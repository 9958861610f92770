import type { Failure, Result } from "./result";

/** A refusal in domain terms: a code and the field of the command's input ("lien.registeredOn"), no message. */
export interface DomainFailure {
  code: string;
  field: string | null;
}

/** What a command returns: its value, or the failures its module's mapping turns into userErrors. */
export type Outcome<T, F extends DomainFailure> = { ok: true; value: T } | { ok: false; errors: F[] };

export const refuse = <F extends DomainFailure>(...errors: F[]): { ok: false; errors: F[] } => ({
  ok: false,
  errors,
});

/** The GraphQL path of a field of the mutation's input: "lien.registeredOn" -> ["input", "lien", "registeredOn"]. */
export function inputPath(field: string | null): string[] {
  return field ? ["input", ...field.split(".")] : ["input"];
}

/** A command's outcome as runCommand takes it: failures mapped to userErrors by the module's mapping. */
export function withUserErrors<T, F extends DomainFailure, C extends string>(
  outcome: Outcome<T, F>,
  toUserErrors: (failures: readonly F[]) => Failure<C>[],
): Result<T, C> {
  return outcome.ok ? outcome : { ok: false, errors: toUserErrors(outcome.errors) };
}
