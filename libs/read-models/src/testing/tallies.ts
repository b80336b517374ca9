import type { Tally } from '../metrics/tally.js';

/** The tallies of a list of values: specs state inputs as the values themselves. */
export const tallyOf = (values: readonly number[]): Tally[] => {
  const counts = new Map<number, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].map(([value, count]) => ({ value, count }));
};
