import { csatOf as csatOfTallies } from './csat.js';
import { tallyOf } from '../testing/tallies.js';

const csatOf = (scores: readonly number[]) => csatOfTallies(tallyOf(scores));

describe('CSAT', () => {
  it('is the share of 4s and 5s, with the mean: [5, 4, 3, 2, 1, 4] → 3 of 6 = 50%, mean 19/6 = 3.2', () => {
    expect(csatOf([5, 4, 3, 2, 1, 4])).toEqual({ csatResponses: 6, csatAverage: 3.2, csatSatisfiedPct: 50 });
  });

  it('rounds both to one decimal: [5, 5, 4, 3] → 75%, mean 4.25 → 4.3', () => {
    expect(csatOf([5, 5, 4, 3])).toEqual({ csatResponses: 4, csatAverage: 4.3, csatSatisfiedPct: 75 });
  });

  it('counts 3 as not satisfied: [3, 3, 4] → 33.3%', () => {
    expect(csatOf([3, 3, 4]).csatSatisfiedPct).toBe(33.3);
  });

  it('has no figures without responses', () => {
    expect(csatOf([])).toEqual({ csatResponses: 0, csatAverage: null, csatSatisfiedPct: null });
  });
});
