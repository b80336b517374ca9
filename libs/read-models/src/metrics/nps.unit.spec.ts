import { npsClassOf, npsOf as npsOfTallies } from './nps.js';
import { tallyOf } from '../testing/tallies.js';

const npsOf = (scores: readonly number[]) => npsOfTallies(tallyOf(scores));

describe('NPS', () => {
  it('classes 9–10 as promoters, 7–8 as passives, 0–6 as detractors', () => {
    expect([0, 6, 7, 8, 9, 10].map(npsClassOf)).toEqual([
      'detractor',
      'detractor',
      'passive',
      'passive',
      'promoter',
      'promoter',
    ]);
  });

  it('is % promoters − % detractors: 3 promoters, 1 passive, 1 detractor of 5 → 60 − 20 = 40', () => {
    expect(npsOf([10, 10, 9, 8, 6])).toEqual({ npsResponses: 5, promoters: 3, passives: 1, detractors: 1, npsScore: 40 });
  });

  it('is 0 when promoters and detractors balance: 4 − 4 of 10', () => {
    expect(npsOf([10, 9, 9, 8, 7, 6, 3, 0, 10, 5]).npsScore).toBe(0);
  });

  it('reaches −100 when everyone is a detractor', () => {
    expect(npsOf([0, 3, 6]).npsScore).toBe(-100);
  });

  it('keeps one decimal: 1 promoter of 3 → 33.3', () => {
    expect(npsOf([9, 7, 7]).npsScore).toBe(33.3);
  });

  it('rounds the exact value, halves away from zero: one detractor more than promoters of 16 → −6.3', () => {
    const scores = [0, ...Array.from({ length: 15 }, () => 8)];
    expect(npsOf(scores)).toEqual({ npsResponses: 16, promoters: 0, passives: 15, detractors: 1, npsScore: -6.3 });
  });

  it('has no score without responses', () => {
    expect(npsOf([])).toEqual({ npsResponses: 0, promoters: 0, passives: 0, detractors: 0, npsScore: null });
  });
});
