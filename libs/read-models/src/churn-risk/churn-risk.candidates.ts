import { MILLISECONDS_PER_DAY } from '@concord/domain';
import type { DocumentFilter, FieldRange, FieldValue } from '../shared/document-filter.js';
import type { ChurnModel } from './churn-model.js';
import { recencyContribution } from './relationship.factors.js';

/** Scores in tenths of a point, so that bounds and thresholds compare exactly. */
export const MAX_SCORE_TENTHS = 1000;

/** Recency in tenths after 0, 1, … fullDays whole days without contact (at its top from then on), per model. */
const recencyTables = new WeakMap<ChurnModel, readonly number[]>();

const recencyTable = (model: ChurnModel): readonly number[] => {
  let table = recencyTables.get(model);
  if (table === undefined) {
    table = Array.from({ length: model.contactRecency.fullDays + 1 }, (_, days) =>
      Math.round(recencyContribution(days, model) * 10),
    );
    recencyTables.set(model, table);
  }
  return table;
};

/**
 * Which `recencyFrom` values make recency add at least `tenths` at `now`: all of them (even one after `now`), none,
 * or those before an instant (exclusive).
 */
const reachedBefore = (tenths: number, now: string, model: ChurnModel): 'always' | 'never' | string => {
  const days = recencyTable(model).findIndex((reached) => reached >= tenths);
  if (days === -1) return 'never';
  if (days === 0) return 'always';
  return new Date(Date.parse(now) - days * MILLISECONDS_PER_DAY + 1).toISOString();
};

export type CandidateRound = Readonly<{
  /** Equalities every candidate meets: active, and the list's segment or manager. */
  equals: Readonly<Record<string, FieldValue>>;
  /** Bounds at `now` in [lower, upper), tenths; upper null for the first round. */
  lower: number;
  upper: number | null;
  /** Scores at or above this (tenths) cannot be listed (band or cursor): a floor that high rules a customer out. */
  below: number | null;
  now: string;
  model: ChurnModel;
}>;

/** The customers bounded by one ceiling field: that field, and which of them it bounds at `now`. */
type Family = Readonly<{ ceiling: 'settledCeiling' | 'scoreCeiling'; settled: FieldRange }>;

/**
 * A settled customer scores its bound less at most 0.9 (the settled ceiling is rounded up to a whole point), so a
 * bound 0.9 or more above what the page may list rules one out. An unsettled one may score far below its bound: its
 * floor tells.
 */
const SETTLED_SLACK_TENTHS = 9;

const familiesAt = (now: string): readonly Family[] => {
  const afterNow = new Date(Date.parse(now) + 1).toISOString();
  return [
    { ceiling: 'settledCeiling', settled: { field: 'settledAt', from: null, to: afterNow } },
    { ceiling: 'scoreCeiling', settled: { field: 'settledAt', from: afterNow, to: null } },
  ];
};

/**
 * The customers whose upper bound at `now` lies in [lower, upper): for each ceiling value y, one index range of
 * `recencyFrom`, since the bound is 10·y + recency(now − recencyFrom) and recency only grows with the days since
 * `recencyFrom`. Customers settled at `now` are bounded by their settled ceiling, the others by their score ceiling
 * (which holds from the latest fact on; the list scores customers with later facts outright). Every customer whose
 * score lies in the round's interval is among them; those whose floor already puts them at or above `below` are
 * left out within the index.
 */
export const candidateFilters = ({ equals, lower, upper, below, now, model }: CandidateRound): DocumentFilter[] => {
  const filters: DocumentFilter[] = [];
  // Scores are capped at 100, so a floor above 100 says nothing about a bound of 100 or less.
  const pruning = below !== null && below <= MAX_SCORE_TENTHS ? below : null;
  for (const { ceiling, settled } of familiesAt(now)) {
    const isSettled = ceiling === 'settledCeiling';
    const roundUpper =
      isSettled && pruning !== null ? Math.min(upper ?? Infinity, pruning + SETTLED_SLACK_TENTHS) : upper;
    for (let y = 0; y <= MAX_SCORE_TENTHS / 10; y += 1) {
      const ownTenths = y * 10;
      // Recency must bring the bound to `lower`, and must not yet bring it to the round's upper end.
      const reachesLower = reachedBefore(lower - ownTenths, now, model);
      const reachesUpper = roundUpper === null ? 'never' : reachedBefore(roundUpper - ownTenths, now, model);
      if (reachesLower === 'never' || reachesUpper === 'always') continue;
      const from = reachesUpper === 'never' ? null : reachesUpper;
      const to = reachesLower === 'always' ? null : reachesLower;
      if (from !== null && to !== null && from >= to) continue;
      const ranges: FieldRange[] = [{ field: 'recencyFrom', from, to }, settled];
      if (!isSettled && pruning !== null) {
        const recencyAtLeast = Math.max(0, lower - ownTenths);
        ranges.push({ field: 'scoreFloor', from: null, to: (pruning - recencyAtLeast) / 10 });
      }
      filters.push({ equals: { ...equals, [ceiling]: y }, ranges });
    }
  }
  return filters;
};
