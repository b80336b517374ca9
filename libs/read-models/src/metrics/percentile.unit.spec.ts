import { medianAndP90OneDecimal, percentile as percentileOfTallies } from './percentile.js';
import { tallyOf } from '../testing/tallies.js';

const percentile = (values: readonly number[], p: number) => percentileOfTallies(tallyOf(values), p);
const medianOneDecimal = (values: readonly number[]) => medianAndP90OneDecimal(tallyOf(values)).median;
const p90OneDecimal = (values: readonly number[]) => medianAndP90OneDecimal(tallyOf(values)).p90;

describe('percentile (linear interpolation between closest ranks)', () => {
  it('gives the usual median: the mean of the middle two for an even count', () => {
    expect(percentile([4, 1, 3, 2], 50)).toBe(2.5);
    expect(percentile([3, 1, 2], 50)).toBe(2);
  });

  it('interpolates p90: [1..4] → h = 3 × 0.9 = 2.7 → 3 + 0.7 × (4 − 3) = 3.7', () => {
    expect(percentile([1, 2, 3, 4], 90)).toBeCloseTo(3.7, 12);
  });

  it('p90 of 1..10 is 9.1 and the median 5.5', () => {
    const values = Array.from({ length: 10 }, (_, i) => i + 1);
    expect(p90OneDecimal(values)).toBe(9.1);
    expect(medianOneDecimal(values)).toBe(5.5);
  });

  it('is the value itself for one value, and the bounds at 0 and 100', () => {
    expect(percentile([7.25], 90)).toBe(7.25);
    expect(percentile([2, 9, 4], 0)).toBe(2);
    expect(percentile([2, 9, 4], 100)).toBe(9);
  });

  it('rounds for display only', () => {
    expect(medianOneDecimal([1.24, 1.26])).toBe(1.3);
  });

  it('reads repeated values from their tallies as from the list', () => {
    expect(percentileOfTallies([{ value: 3, count: 2 }, { value: 1, count: 1 }, { value: 3, count: 1 }], 50)).toBe(3);
    expect(percentileOfTallies([{ value: 10, count: 3 }, { value: 0, count: 1 }], 10)).toBeCloseTo(3, 12);
  });

  it('is null for no values', () => {
    expect(percentile([], 50)).toBeNull();
    expect(medianOneDecimal([])).toBeNull();
    expect(p90OneDecimal([])).toBeNull();
  });
});
