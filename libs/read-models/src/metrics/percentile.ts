import { roundToOneDecimal } from './rounding.js';
import { totalCount, type Tally } from './tally.js';

/** The value at 0-based `rank` of the values the tallies describe, in ascending order. */
const valueAtRank = (sorted: readonly Tally[], rank: number): number => {
  let seen = 0;
  for (const { value, count } of sorted) {
    seen += count;
    if (rank < seen) return value;
  }
  throw new RangeError(`rank ${rank} is past the ${seen} values tallied`);
};

/**
 * The p-th percentile (0–100) by linear interpolation between closest ranks — the "type 7" definition of R, NumPy
 * and spreadsheet PERCENTILE.INC: with the values sorted x[0..n−1], h = (n − 1)·p/100 and the result is
 * x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋]).
 * Chosen over nearest-rank so the 50th percentile is the usual median (the mean of the middle two for an even
 * count). Taken from tallies of the values, so only distinct values travel from the store; the two values at the
 * ranks are exact, so the result is as from the full list. Null for no values; not rounded.
 */
export const percentile = (values: readonly Tally[], p: number): number | null =>
  percentileOfSorted([...values].sort((a, b) => a.value - b.value), p);

const percentileOfSorted = (sorted: readonly Tally[], p: number): number | null => {
  const n = totalCount(sorted);
  if (n === 0) return null;
  const h = ((n - 1) * p) / 100;
  const lower = Math.floor(h);
  const [low, high] = [valueAtRank(sorted, lower), valueAtRank(sorted, Math.min(lower + 1, n - 1))];
  return low + (h - lower) * (high - low);
};

const rounded = (value: number | null): number | null => (value === null ? null : roundToOneDecimal(value));

/** Median and 90th percentile with one decimal place, for display, from one sort of the values. */
export const medianAndP90OneDecimal = (values: readonly Tally[]): Readonly<{ median: number | null; p90: number | null }> => {
  const sorted = [...values].sort((a, b) => a.value - b.value);
  return { median: rounded(percentileOfSorted(sorted, 50)), p90: rounded(percentileOfSorted(sorted, 90)) };
};
