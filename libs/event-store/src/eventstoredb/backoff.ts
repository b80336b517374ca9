export type BackoffOptions = Readonly<{
  /** Ceiling of the first wait. */
  initialMs: number;
  /** Largest ceiling, reached after a few doublings. */
  maxMs: number;
}>;

/**
 * The wait before attempt `attempt` (0 for the first retry): "equal jitter" over an exponentially growing ceiling,
 * half of it fixed and half drawn at random. The fixed half makes the waits really grow while a node is down; the
 * random half keeps many clients that lost the same node from all coming back at the same instant.
 */
export const backoffDelay = ({ initialMs, maxMs }: BackoffOptions, attempt: number, random: () => number): number => {
  const ceiling = Math.min(maxMs, initialMs * 2 ** Math.min(attempt, 30));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
};
