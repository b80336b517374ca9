export type BackoffOptions = Readonly<{
  /** Longest first wait, in ms. */
  initialMs: number;
  /** Longest wait ever, in ms. */
  maxMs: number;
}>;

export const DEFAULT_BACKOFF: BackoffOptions = { initialMs: 500, maxMs: 30_000 };

/**
 * Exponential back-off with full jitter: the wait before retry `attempt` (0 for the first) is uniform in
 * [0, min(maxMs, initialMs × 2^attempt)), so many subscribers cut off together do not reconnect together.
 */
export const backoffDelay = (attempt: number, { initialMs, maxMs }: BackoffOptions, random = Math.random): number =>
  Math.floor(random() * Math.min(maxMs, initialMs * 2 ** Math.min(attempt, 30)));
