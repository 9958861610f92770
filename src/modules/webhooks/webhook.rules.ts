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
