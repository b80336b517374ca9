import { roundToOneDecimal } from './rounding.js';

/**
 * The p-th percentile (0–100) by linear interpolation between closest ranks — the "type 7" definition of R, NumPy
 * and spreadsheet PERCENTILE.INC: with the values sorted x[0..n−1], h = (n − 1)·p/100 and the result is
 * x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋]).
 * Chosen over nearest-rank so the 50th percentile is the usual median (the mean of the middle two for an even
 * count). Null for no values; not rounded.
 */
export const percentile = (values: readonly number[], p: number): number | null => {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const h = ((sorted.length - 1) * p) / 100;
  const lower = Math.floor(h);
  const upper = Math.min(lower + 1, sorted.length - 1);
  const [low, high] = [sorted[lower] as number, sorted[upper] as number];
  return low + (h - lower) * (high - low);
};

const rounded = (value: number | null): number | null => (value === null ? null : roundToOneDecimal(value));

/** Median with one decimal place, for display. */
export const medianOneDecimal = (values: readonly number[]): number | null => rounded(percentile(values, 50));

/** 90th percentile with one decimal place, for display. */
export const p90OneDecimal = (values: readonly number[]): number | null => rounded(percentile(values, 90));
