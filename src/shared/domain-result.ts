/** A command's outcome in domain terms: its value, or the module's failures (mapped to userErrors by its resolver). */
export type DomainResult<T, F> = { ok: true; value: T } | { ok: false; errors: F[] };

export const refuse = <F>(...errors: F[]): { ok: false; errors: F[] } => ({ ok: false, errors });
