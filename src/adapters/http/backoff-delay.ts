/** Shape of the exponential backoff between attempts. */
export interface BackoffPolicy {
  /** Delay before the first retry, before jitter. */
  baseMs: number;
  /** Upper bound of any single delay. */
  maxMs: number;
}

/**
 * Delay before retry number `retry` (1-based): `baseMs * 2^(retry-1)`, capped at `maxMs`, with "equal
 * jitter" (half fixed, half random) so that many endpoints failing together do not retry in lockstep.
 * `random` returns [0, 1).
 */
export function backoffDelay(retry: number, policy: BackoffPolicy, random: () => number): number {
  const exponential = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.max(0, retry - 1));
  return Math.round(exponential / 2 + random() * (exponential / 2));
}
