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

type Candidate = Readonly<{ settledCeiling: number; scoreCeiling: number; settledAt: string; recencyFrom: string; scoreFloor: number }>;

const customer = (fields: Partial<Candidate> & Pick<Candidate, 'recencyFrom'>) => ({
  status: 'active',
  settledCeiling: 0,
  scoreCeiling: 0,
  settledAt: NOW,
  scoreFloor: 0,
  ...fields,
});

/** Recency at NOW plus the ceiling in force: the settled one from settledAt on, the score ceiling before. */
const boundAt = (doc: ReturnType<typeof customer>): number => {
  const days = Math.max(0, Math.floor((Date.parse(NOW) - Date.parse(doc.recencyFrom)) / MILLISECONDS_PER_DAY));
  const ceiling = Date.parse(doc.settledAt) <= Date.parse(NOW) ? doc.settledCeiling : doc.scoreCeiling;
  return Math.min(MAX_SCORE_TENTHS, ceiling * 10 + Math.round(recencyContribution(days, model) * 10));
};

const roundsMatching = (doc: ReturnType<typeof customer>, below: number | null = null) =>
  ROUNDS.filter(({ lower, upper }) =>
    candidateFilters({ equals, lower, upper, below, now: NOW, model }).some((filter) => matchesFilter(doc, filter)),
  );

const instant = (days: number, nudgeMs = 0): string =>
  new Date(Date.parse(NOW) - days * MILLISECONDS_PER_DAY + nudgeMs).toISOString();

describe('churn-list candidates', () => {
  it('put every customer in exactly the round its bound at now falls in, to the millisecond', () => {
    const daysAgo = fc
      .record({ days: fc.integer({ min: -3, max: 400 }), nudge: fc.constantFrom(-1, 0, 1) })
      .map(({ days, nudge }) => instant(days, nudge));
    const ceiling = fc.integer({ min: 0, max: 100 });
    fc.assert(
      fc.property(ceiling, ceiling, daysAgo, daysAgo, (settledCeiling, scoreCeiling, settledAt, recencyFrom) => {
        const doc = customer({ settledCeiling, scoreCeiling, settledAt, recencyFrom });
        const bound = boundAt(doc);
        const expected = ROUNDS.filter(({ lower, upper }) => bound >= lower && (upper === null || bound < upper));
        expect(roundsMatching(doc)).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('reads a customer whose recency reaches a round exactly at now in that round, not the next', () => {
    // 30 + 6 × 5 = 60 days without contact is exactly 5 points of recency: with a ceiling of 85, a bound of 90.
    const lowers = (recencyFrom: string) =>
      roundsMatching(customer({ settledCeiling: 85, recencyFrom })).map((round) => round.lower);
    expect(lowers(instant(60))).toEqual([900]);
    expect(lowers(instant(60, 1))).toEqual([800]);
  });

  it('bounds a customer by the settled ceiling from settledAt on, by the score ceiling before', () => {
    const lowers = (settledAt: string) =>
      roundsMatching(customer({ settledCeiling: 40, scoreCeiling: 70, settledAt, recencyFrom: NOW })).map((r) => r.lower);
    expect(lowers(NOW)).toEqual([400]);
    expect(lowers(instant(0, 1))).toEqual([700]);
  });

  it('leaves out customers whose floor already scores them at or above what the page admits', () => {
    const recently = instant(60); // recency 5
    const unsettled = (scoreCeiling: number, scoreFloor: number) =>
      customer({ scoreCeiling, scoreFloor, settledAt: instant(-1), recencyFrom: recently });
    // A ceiling of 55 reaches the round [60, 70) only with recency of at least 5, so below 40 (band low) a floor of
    // 34.9 can still score under 40 there, and one of 35 cannot.
    expect(roundsMatching(unsettled(55, 34.9), 400)).toHaveLength(1);
    expect(roundsMatching(unsettled(55, 35), 400)).toEqual([]);
    // Settled at a ceiling of 40 (so at least 39.1 before rounding up) without recency may still score under 40:
    // kept; a ceiling of 41 cannot.
    expect(roundsMatching(customer({ settledCeiling: 40, recencyFrom: NOW }), 400)).toHaveLength(1);
    expect(roundsMatching(customer({ settledCeiling: 41, recencyFrom: NOW }), 400)).toEqual([]);
    // A floor over 100 says nothing once scores are capped: nothing is left out below 100.1.
    expect(roundsMatching(unsettled(100, 120), 1001)).toHaveLength(1);
  });
});
