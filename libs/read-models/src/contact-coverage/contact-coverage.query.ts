import { assertNever } from '@concord/domain';
import { groupItems, type GroupKey } from '../metrics/group-by.js';
import { percentage } from '../metrics/rounding.js';
import { withinLastDays } from '../metrics/time.js';
import type { DocumentFilter } from '../shared/document-filter.js';
import type { CoverageCustomerDocument } from './contact-coverage.document.js';

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

/** Departed customers are no longer anyone's to contact. */
export const contactCoverageFilter = (_params: CoverageParams): DocumentFilter => ({
  equals: { status: 'active' },
  range: null,
});

const valueOf = (customer: CoverageCustomerDocument, dimension: CoverageDimension): string | null => {
  switch (dimension) {
    case 'segment':
      return customer.segment;
    case 'relationshipManagerId':
      return customer.relationshipManagerId;
    default:
      return assertNever(dimension);
  }
};

export const coverageMetrics = (customers: readonly CoverageCustomerDocument[], now: string): CoverageMetrics => {
  const contactedWithin = (days: number): number =>
    customers.filter((c) => c.lastContactAt !== null && withinLastDays(c.lastContactAt, now, days)).length;
  const [short, long] = [contactedWithin(COVERAGE_WINDOWS.short), contactedWithin(COVERAGE_WINDOWS.long)];
  return {
    customers: customers.length,
    contactedLast30Days: short,
    contactedLast90Days: long,
    contactedLast30DaysPct: percentage(short, customers.length),
    contactedLast90DaysPct: percentage(long, customers.length),
  };
};

/** `GET /v1/dashboards/contact-coverage`: active customers and how many were reached lately, per group and overall. */
export const contactCoverage = (
  customers: readonly CoverageCustomerDocument[],
  params: CoverageParams,
  now: string,
): CoverageReport => {
  const active = customers.filter((customer) => customer.status === 'active');
  const rows = groupItems(active, params.groupBy, valueOf).map(({ key, items }) => ({
    ...key,
    ...coverageMetrics(items, now),
  }));
  return { rows, totals: coverageMetrics(active, now) };
};
