/** Webhook delivery rules. Pure: no ORM, no GraphQL, no clock. */

/** Longest wait between two attempts. */
export const MAX_RETRY_DELAY_MS = 12 * 3600_000;
/** Both the new and the previous secret sign for this long after a rotation. */
export const ROTATION_GRACE_MS = 24 * 3600_000;
/** Jitter: each delay is scaled by a factor in [1 - JITTER, 1 + JITTER). */
export const JITTER = 0.2;

/**
 * Delay before the next attempt after `failedAttempts` (1-based) failures: base × 3^(n−1), at most 12 h, with
 * ±20 % jitter (`random` in [0, 1)). With the default base of 15 s and 14 attempts: 15 s, 45 s, 2¼ min, 6¾ min,
 * 20 min, 1 h, 3 h, 9 h, then 12 h five times — about 3 days from the first attempt to the last.
 */
export function retryDelayMs(failedAttempts: number, baseMs: number, random: number): number {
  const nominal = Math.min(baseMs * 3 ** Math.max(0, failedAttempts - 1), MAX_RETRY_DELAY_MS);
  return Math.round(nominal * (1 - JITTER + 2 * JITTER * random));
}

/** The nominal (jitter-free) delays after each failed attempt but the last. */
export function retrySchedule(baseMs: number, maxAttempts: number): number[] {
  return Array.from({ length: Math.max(0, maxAttempts - 1) }, (_, i) => retryDelayMs(i + 1, baseMs, 0.5));
}

export type AttemptOutcome = "DELIVERED" | "GONE" | "RETRY";

/** 2xx delivers; 410 Gone means the receiver wants no more (the endpoint is disabled); anything else is retried. */
export function outcomeOf(statusCode: number | null): AttemptOutcome {
  if (statusCode !== null && statusCode >= 200 && statusCode < 300) return "DELIVERED";
  if (statusCode === 410) return "GONE";
  return "RETRY";
}

/** The secrets to sign with now: the current one, and the previous one during the grace period after a rotation. */
export function signingSecrets(
  secret: string,
  previousSecret: string | null,
  rotatedAt: Date | null,
  now: Date,
): string[] {
  if (previousSecret && rotatedAt && now.getTime() - rotatedAt.getTime() < ROTATION_GRACE_MS)
    return [secret, previousSecret];
  return [secret];
}

/** A delivery's state (the WebhookDeliveryStatus enum's values). */
export type DeliveryState = "PENDING" | "RETRYING" | "DELIVERED" | "FAILED" | "CANCELLED";

/** The statuses a delivery may still be attempted in. */
export const OPEN_STATES: readonly DeliveryState[] = ["PENDING", "RETRYING"];

/** One attempt as kept in a delivery's log. */
export interface AttemptEntry {
  /** 1-based. */
  attempt: number;
  at: string;
  statusCode: number | null;
  latencyMs: number;
  error: string | null;
  /** AUTO (queue) or MANUAL (webhookDeliveryRetry). */
  trigger: "AUTO" | "MANUAL";
}

/** How one attempt was answered (a webhook-sender SendResult). */
export interface AttemptResult {
  statusCode: number | null;
  latencyMs: number;
  error: string | null;
}

export interface AttemptPolicy {
  maxAttempts: number;
  retryBaseMs: number;
}

/** Everything an attempt writes to its delivery (and, on 410 Gone, to its endpoint). */
export interface AttemptRecord {
  /** The attempt count the record was computed from: recorded only while the delivery still has it. */
  expectedAttemptCount: number;
  entry: AttemptEntry;
  status: "DELIVERED" | "RETRYING" | "FAILED";
  lastStatusCode: number | null;
  lastLatencyMs: number;
  lastError: string | null;
  /** Set when RETRYING: when the next attempt is due (its job runs then). */
  nextAttemptAt: Date | null;
  /** Set when DELIVERED; otherwise the delivery keeps the time it was last delivered. */
  deliveredAt: Date | null;
  /** Set on 410 Gone: the endpoint is disabled with this reason and its other open deliveries cancelled. */
  endpointDisabledReason: string | null;
}

/** Why the other open deliveries of an endpoint that answered 410 Gone were not sent. */
export const GONE_CANCEL_REASON = "not sent: the endpoint was disabled (410 Gone)";
/** Why a delivery to a disabled endpoint was not sent. */
export const DISABLED_CANCEL_REASON = "not sent: the endpoint is disabled";

/** Why a delivery in a plugin's format was not sent: those formats describe a case. */
export function caseOnlyCancelReason(format: string): string {
  return `not sent: the ${format} format carries case events only`;
}

/**
 * The record of one attempt of a delivery that has made `attemptCount` attempts so far, answered with `result` at
 * `now`: 2xx delivers; 410 fails it and disables the endpoint; anything else is retried with backoff (`random` in
 * [0, 1) for the jitter) until the attempts are used up, then it fails.
 */
export function recordAttempt(
  attemptCount: number,
  result: AttemptResult,
  manual: boolean,
  now: Date,
  policy: AttemptPolicy,
  random: number,
): AttemptRecord {
  const attempt = attemptCount + 1;
  const outcome = outcomeOf(result.statusCode);
  const at = now.toISOString();
  const status =
    outcome === "DELIVERED" ? "DELIVERED" : outcome === "GONE" || attempt >= policy.maxAttempts ? "FAILED" : "RETRYING";
  return {
    expectedAttemptCount: attemptCount,
    entry: {
      attempt,
      at,
      statusCode: result.statusCode,
      latencyMs: result.latencyMs,
      error: result.error,
      trigger: manual ? "MANUAL" : "AUTO",
    },
    status,
    lastStatusCode: result.statusCode,
    lastLatencyMs: result.latencyMs,
    lastError:
      result.error ??
      (result.statusCode !== null && outcome !== "DELIVERED" ? `the receiver answered ${result.statusCode}` : null),
    nextAttemptAt:
      status === "RETRYING" ? new Date(now.getTime() + retryDelayMs(attempt, policy.retryBaseMs, random)) : null,
    deliveredAt: status === "DELIVERED" ? now : null,
    endpointDisabledReason:
      outcome === "GONE"
        ? `The receiver answered 410 Gone at ${at}: deliveries stopped. Enable the endpoint again with webhookEndpointUpdate.`
        : null,
  };
}
