import { compareInstants } from '../metrics/time.js';

/** Something that happened at `time` and has an id unique within its customer. */
export type Timed = Readonly<{ time: string; id: string }>;

/**
 * A total order on (time, id): "latest" then depends only on which events were seen, never on the order they
 * arrived in or on how often, so replays and backdated events (respondedAt in the past) land the same.
 */
export const compareTimed = (a: Timed, b: Timed): number => {
  const byTime = compareInstants(a.time, b.time);
  if (byTime !== 0) return byTime;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
};

/** `candidate` when it is later than `current` (or nothing is kept yet), otherwise `current`. */
export const latestOf = <T>(current: T | null, candidate: T, timed: (item: T) => Timed): T =>
  current === null || compareTimed(timed(candidate), timed(current)) > 0 ? candidate : current;

/** The later of the instant kept so far (null when none yet) and a new one. */
export const laterOf = (current: string | null, candidate: string): string =>
  current !== null && compareInstants(current, candidate) >= 0 ? current : candidate;
