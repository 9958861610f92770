import { assertNever } from "../../shared/assert-never";
import { failure, type Failure } from "../../shared/result";

export const IDEMPOTENCY_ERROR_CODES = {
  IDEMPOTENCY_KEY_REUSED: "IDEMPOTENCY_KEY_REUSED",
  IDEMPOTENCY_KEY_IN_USE: "IDEMPOTENCY_KEY_IN_USE",
  INVALID_IDEMPOTENCY_KEY: "INVALID_IDEMPOTENCY_KEY",
} as const;
export type IdempotencyErrorCode = keyof typeof IDEMPOTENCY_ERROR_CODES;

/** Why a key cannot run its request; `field` is the mutation input's field that carries the key. */
export type IdempotencyFailure =
  | { code: "INVALID_IDEMPOTENCY_KEY"; field: "idempotencyKey" }
  | { code: "IDEMPOTENCY_KEY_REUSED"; field: "idempotencyKey"; storedOperation: string; sameOperation: boolean }
  | { code: "IDEMPOTENCY_KEY_IN_USE"; field: "idempotencyKey" };

/** The userError of an idempotency failure, at ["input", "idempotencyKey"]. */
export function idempotencyUserError(f: IdempotencyFailure): Failure<IdempotencyErrorCode> {
  const field = ["input", f.field];
  switch (f.code) {
    case "INVALID_IDEMPOTENCY_KEY":
      return failure(
        f.code,
        field,
        "The idempotency key must be 1 to 255 printable ASCII characters without spaces, e.g. a UUID.",
      );
    case "IDEMPOTENCY_KEY_REUSED":
      return failure(
        f.code,
        field,
        `This idempotency key was used for ${f.sameOperation ? "another request" : `a ${f.storedOperation} request`}: use a new key for a new request, or repeat the first request unchanged.`,
      );
    case "IDEMPOTENCY_KEY_IN_USE":
      return failure(
        f.code,
        field,
        "The first request with this idempotency key is still running: wait for it, then repeat to get its response.",
      );
    default:
      return assertNever(f);
  }
}
