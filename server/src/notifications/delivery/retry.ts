/** How long and how often a delivery is retried (WEBHOOK_MAX_ATTEMPTS, WEBHOOK_MAX_RETRY_AGE). */
export interface RetryPolicy {
  /** Attempts in all, the first included. */
  readonly maxAttempts: number
  /** Milliseconds after the first attempt within which every retry happens. */
  readonly maxAgeMs: number
  /** Delay before the second attempt; each later one doubles it. */
  readonly baseDelayMs: number
}

/** Longest single wait between two attempts. */
const MAX_DELAY_MS = 6 * 60 * 60 * 1000

/**
 * When to try again after failed attempt number `attempts` (1-based), or
 * null when the delivery has failed for good. Exponential backoff with "full
 * jitter" (a uniform delay up to the exponential bound), so receivers coming
 * back after an outage are not hit by every replica at the same moment.
 */
export function nextAttemptAt(
  policy: RetryPolicy,
  attempts: number,
  firstAttemptAt: number,
  now: number,
  random: () => number = Math.random,
): number | null {
  if (attempts >= policy.maxAttempts) return null
  const bound = Math.min(MAX_DELAY_MS, policy.baseDelayMs * 2 ** (attempts - 1))
  // Half fixed, half random: never retried at once, still spread out.
  const delay = Math.ceil(bound / 2 + (random() * bound) / 2)
  const deadline = firstAttemptAt + policy.maxAgeMs
  // The last retry lands on the deadline rather than being dropped before it.
  return now >= deadline ? null : Math.min(now + delay, deadline)
}
