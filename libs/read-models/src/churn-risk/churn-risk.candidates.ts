import { MILLISECONDS_PER_DAY } from '@concord/domain';
import type { DocumentFilter, FieldRange, FieldValue } from '../shared/document-filter.js';
import type { ChurnModel } from './churn-model.js';
import { recencyContribution } from './relationship.factors.js';

/** Scores in tenths of a point, so that bounds and thresholds compare exactly. */
export const MAX_SCORE_TENTHS = 1000;

/** Recency in tenths after 0, 1, … fullDays whole days without contact (it stays at its top after that), per model. */
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

/** The fewest whole days without contact at which recency adds `tenths` or more; null when it never does. */
const daysToReach = (tenths: number, model: ChurnModel): number | null => {
  const days = recencyTable(model).findIndex((reached) => reached >= tenths);
  return days === -1 ? null : days;
};

/**
 * Which `recencyFrom` values make recency add at least `tenths` at `now`: all of them (even one after `now`), none,
 * or those before an instant (exclusive).
 */
const reachedBefore = (tenths: number, now: string, model: ChurnModel): 'always' | 'never' | string => {
  const days = daysToReach(tenths, model);
  if (days === null) return 'never';
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

/**
 * The customers whose upper bound at `now` lies in [lower, upper): one index range per ceiling value y, since the
 * bound is 10·y + recency(now − recencyFrom) and recency only grows with the days since `recencyFrom`. Every
 * customer whose score lies in the round's interval is among them (the bound is never below the score); those whose
 * floor already puts them at or above `below` are left out within the index.
 */
export const candidateFilters = ({ equals, lower, upper, below, now, model }: CandidateRound): DocumentFilter[] => {
  const filters: DocumentFilter[] = [];
  for (let ceiling = 0; ceiling <= MAX_SCORE_TENTHS / 10; ceiling += 1) {
    const ownTenths = ceiling * 10;
    // Recency must bring the bound to `lower`, and must not yet bring it to `upper` (an earlier round's).
    const reachesLower = reachedBefore(lower - ownTenths, now, model);
    const reachesUpper = upper === null ? 'never' : reachedBefore(upper - ownTenths, now, model);
    if (reachesLower === 'never' || reachesUpper === 'always') continue;
    const from = reachesUpper === 'never' ? null : reachesUpper;
    const to = reachesLower === 'always' ? null : reachesLower;
    if (from !== null && to !== null && from >= to) continue;
    const recency: FieldRange = { field: 'recencyFrom', from, to };
    const ranges: FieldRange[] = [recency];
    // Scores are capped at 100, so a floor above 100 says nothing about a bound of 100 or less.
    if (below !== null && below <= MAX_SCORE_TENTHS) {
      const recencyAtLeast = Math.max(0, lower - ownTenths);
      ranges.push({ field: 'scoreFloor', from: null, to: (below - recencyAtLeast) / 10 });
    }
    filters.push({ equals: { ...equals, scoreCeiling: ceiling }, ranges });
  }
  return filters;
};
