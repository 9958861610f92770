/** A failure the caller can fix: becomes a `userErrors` entry. `field` is the input path, e.g. ["input", "kid"]. */
export interface Failure<C extends string = string> {
  code: C;
  field: string[] | null;
  message: string;
}

export type Result<T, C extends string = string> = { ok: true; value: T } | { ok: false; errors: Failure<C>[] };

export const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });
export const fail = <C extends string>(...errors: Failure<C>[]): { ok: false; errors: Failure<C>[] } => ({
  ok: false,
  errors,
});
export const failure = <C extends string>(code: C, field: string[] | null, message: string): Failure<C> => ({
  code,
  field,
  message,
});

/** Thrown inside a transaction to roll it back and surface the failures as userErrors. */
export class FailureSignal<C extends string = string> extends Error {
  constructor(readonly errors: Failure<C>[]) {
    super(errors.map((e) => e.message).join("; "));
  }
}
