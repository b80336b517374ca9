import { MILLISECONDS_PER_DAY } from '@concord/domain';
import fc from 'fast-check';
import { matchesFilter } from '../memory/memory.filter.js';
import { CHURN_MODEL_V1 } from './churn-model.v1.js';
import { candidateFilters, MAX_SCORE_TENTHS } from './churn-risk.candidates.js';
import { recencyContribution } from './relationship.factors.js';

const model = CHURN_MODEL_V1;
const NOW = '2026-06-01T00:00:00.000Z';
const equals = { status: 'active' };

/** Rounds as the list runs them: [1000, ∞), [900, 1000), … [0, 100). */
const ROUNDS = Array.from({ length: 11 }, (_, index) => ({
  lower: MAX_SCORE_TENTHS - index * 100,
  upper: index === 0 ? null : MAX_SCORE_TENTHS - (index - 1) * 100,
}));

const customer = (scoreCeiling: number, recencyFrom: string, scoreFloor = 0) => ({
  status: 'active',
  scoreCeiling,
  recencyFrom,
  scoreFloor,
});

const boundAt = (scoreCeiling: number, recencyFrom: string): number => {
  const days = Math.max(0, Math.floor((Date.parse(NOW) - Date.parse(recencyFrom)) / MILLISECONDS_PER_DAY));
  return Math.min(MAX_SCORE_TENTHS, scoreCeiling * 10 + Math.round(recencyContribution(days, model) * 10));
};

const roundsMatching = (doc: ReturnType<typeof customer>, below: number | null = null) =>
  ROUNDS.filter(({ lower, upper }) =>
    candidateFilters({ equals, lower, upper, below, now: NOW, model }).some((filter) => matchesFilter(doc, filter)),
  );

describe('churn-list candidates', () => {
  it('put every customer in exactly the round its bound at now falls in, to the millisecond', () => {
    const recencyFrom = fc
      .record({ days: fc.integer({ min: -3, max: 400 }), nudge: fc.constantFrom(-1, 0, 1) })
      .map(({ days, nudge }) => new Date(Date.parse(NOW) - days * MILLISECONDS_PER_DAY + nudge).toISOString());
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100 }), recencyFrom, (scoreCeiling, from) => {
        const bound = boundAt(scoreCeiling, from);
        const expected = ROUNDS.filter(({ lower, upper }) => bound >= lower && (upper === null || bound < upper));
        expect(roundsMatching(customer(scoreCeiling, from))).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('reads a customer whose recency reaches a round exactly at now in that round, not the next', () => {
    // 30 + 6 × 5 = 60 days without contact is exactly 5 points of recency: with a ceiling of 85, a bound of 90.
    const exactly = new Date(Date.parse(NOW) - 60 * MILLISECONDS_PER_DAY).toISOString();
    expect(roundsMatching(customer(85, exactly)).map((round) => round.lower)).toEqual([900]);
    const aMillisecondLater = new Date(Date.parse(exactly) + 1).toISOString();
    expect(roundsMatching(customer(85, aMillisecondLater)).map((round) => round.lower)).toEqual([800]);
  });

  it('leaves out customers whose floor already scores them at or above what the page admits', () => {
    const recently = new Date(Date.parse(NOW) - 60 * MILLISECONDS_PER_DAY).toISOString(); // recency 5
    // A ceiling of 55 reaches the round [60, 70) only with recency of at least 5, so below 40 (band low) a floor of
    // 34.9 can still score under 40 there, and one of 35 cannot.
    expect(roundsMatching(customer(55, recently, 34.9), 400)).toHaveLength(1);
    expect(roundsMatching(customer(55, recently, 35), 400)).toEqual([]);
    // A floor over 100 says nothing once scores are capped: nothing is left out below 100.1.
    expect(roundsMatching(customer(100, recently, 120), 1001)).toHaveLength(1);
  });
});
