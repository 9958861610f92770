/** One GraphQL error of a response, as tvist sends it (`extensions.code` names the kind). */
export interface TvistGraphQLError {
  message: string;
  path?: readonly (string | number)[];
  extensions?: { code?: string; requestId?: string; [key: string]: unknown };
}

/**
 * A request tvist refused or could not answer: authentication, a malformed request, a limit, a bug, a dropped
 * connection. Expected failures of a mutation are not errors but `userErrors` in its data.
 */
export class TvistError extends Error {
  override readonly name = "TvistError";
  /** `extensions.code` of the first error (e.g. `UNAUTHENTICATED`, `BAD_USER_INPUT`), or `NETWORK_ERROR`. */
  readonly code: string;
  /** The X-Request-Id of the answer, to quote to the operator. */
  readonly requestId: string | undefined;
  /** HTTP status, when the error came over HTTP. */
  readonly status: number | undefined;
  readonly errors: readonly TvistGraphQLError[];

  constructor(
    message: string,
    options: {
      code: string;
      requestId?: string;
      status?: number;
      errors?: readonly TvistGraphQLError[];
      cause?: unknown;
    },
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = options.code;
    this.requestId = options.requestId;
    this.status = options.status;
    this.errors = options.errors ?? [];
  }

  static fromErrors(errors: readonly TvistGraphQLError[], requestId?: string, status?: number): TvistError {
    const first = errors[0];
    return new TvistError(errors.map((e) => e.message).join("; ") || "tvist answered with errors", {
      code: first?.extensions?.code ?? "INTERNAL_SERVER_ERROR",
      requestId: requestId ?? first?.extensions?.requestId,
      status,
      errors,
    });
  }
}
