import type { Position } from '@concord/event-store';

export type LogLengthSample = Readonly<{
  /** Events read so far, from the start of the log. */
  applied: number;
  /** Position of the first of them. */
  first: Position;
  /** Position of the last of them. */
  last: Position;
  /** The log's head when the estimate is wanted (it may since have grown past `last`). */
  head: Position;
}>;

/**
 * How many events the log holds, from how far through it the events read so far reach. Positions grow with the log
 * but need not count its events (EventStoreDB's are byte offsets, and start wherever its own records leave off), so
 * the span from the first to the last event read is scaled to the span from the first to the head: exact on SQLite's
 * gap-free positions, an estimate as good as event sizes are even on EventStoreDB. Never less than what was read.
 */
export const estimateLogLength = ({ applied, first, last, head }: LogLengthSample): number => {
  // One event read, or none: nothing to scale by yet.
  if (applied < 2 || last <= first) return applied;
  return Math.max(applied, Math.round(1 + ((applied - 1) * (head - first)) / (last - first)));
};
