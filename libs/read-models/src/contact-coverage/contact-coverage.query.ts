import { MILLISECONDS_PER_DAY } from '@concord/domain';
import { acrossRows, countedRows, type GroupKey } from '../metrics/group-by.js';
import { percentage } from '../metrics/rounding.js';
import type { ReadModelReads } from '../runtime/read-model-store.port.js';
import type { DocumentFilter, GroupCount } from '../shared/document-filter.js';
import { CONTACT_COVERAGE_COLLECTION } from './contact-coverage.document.js';

export const COVERAGE_DIMENSIONS = ['segment', 'relationshipManagerId'] as const;
export type CoverageDimension = (typeof COVERAGE_DIMENSIONS)[number];

/** The two windows DOMAIN.md names; a contact exactly 30 days before `now` is within the last 30 days. */
export const COVERAGE_WINDOWS = { short: 30, long: 90 } as const;

export type CoverageMetrics = Readonly<{
  /** Active customers in the group. */
  customers: number;
  contactedLast30Days: number;
  contactedLast90Days: number;
  /** Shares of `customers`, 0–100 with one decimal place. */
  contactedLast30DaysPct: number | null;
  contactedLast90DaysPct: number | null;
}>;

/** Segment null groups customers not classified yet. */
export type CoverageRow = GroupKey<CoverageDimension> & CoverageMetrics;

export type CoverageReport = Readonly<{ rows: readonly CoverageRow[]; totals: CoverageMetrics }>;

export type CoverageParams = Readonly<{ groupBy: readonly CoverageDimension[] }>;

/**
 * Active customers (departed ones are no longer anyone's to contact), and with `withinDays` those last reached at
 * most that many days before `now`: a contact time after `now` (clock skew) counts as within.
 */
export const contactCoverageFilter = (now: string, withinDays: number | null): DocumentFilter => {
  if (withinDays === null) return { equals: { status: 'active' }, ranges: [] };
  const since = new Date(Date.parse(now) - withinDays * MILLISECONDS_PER_DAY).toISOString();
  return { equals: { status: 'active' }, ranges: [{ field: 'lastContactAt', from: since, to: null }] };
};

const sum = (groups: readonly GroupCount[] | undefined): number =>
  (groups ?? []).reduce((total, { count }) => total + count, 0);

const coverageMetrics = (customers: number, short: number, long: number): CoverageMetrics => ({
  customers,
  contactedLast30Days: short,
  contactedLast90Days: long,
  contactedLast30DaysPct: percentage(short, customers),
  contactedLast90DaysPct: percentage(long, customers),
});

/**
 * `GET /v1/dashboards/contact-coverage`: active customers and how many were reached lately, per group and overall.
 * Three counts in the store per group, off the (status, dimension, lastContactAt) indexes: all active customers,
 * and those reached within each window.
 */
export const contactCoverage = async (
  reads: ReadModelReads,
  projectionId: string,
  params: CoverageParams,
  now: string,
): Promise<CoverageReport> => {
  const count = (withinDays: number | null) =>
    reads.count(projectionId, CONTACT_COVERAGE_COLLECTION.name, contactCoverageFilter(now, withinDays), params.groupBy);
  const [active, short, long] = await Promise.all([
    count(null),
    count(COVERAGE_WINDOWS.short),
    count(COVERAGE_WINDOWS.long),
  ]);
  // Every customer reached lately is active, so the rows are those of the active customers.
  const counted = countedRows(params.groupBy, [active, short, long]);
  const metricsOf = ([all, within30, within90]: readonly (readonly GroupCount[] | undefined)[]) =>
    coverageMetrics(sum(all), sum(within30), sum(within90));
  const rows = counted.map(({ key, counts }) => ({ ...key, ...metricsOf(counts) }));
  return { rows, totals: metricsOf(acrossRows(counted, 3)) };
};
