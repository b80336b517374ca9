import type { Segment } from '@concord/contracts';
import { readsOver, SPEC_PROJECTION_ID } from '../testing/memory-reads.fixtures.js';
import type { CoverageCustomerDocument } from './contact-coverage.document.js';
import { contactCoverage as coverageOver, contactCoverageFilter, type CoverageParams } from './contact-coverage.query.js';

const NOW = '2026-04-01T00:00:00.000Z';
const DAY = 86_400_000;
const daysAgo = (days: number, extraMs = 0): string => new Date(Date.parse(NOW) - days * DAY - extraMs).toISOString();

let next = 0;
const customer = (
  segment: Segment | null,
  relationshipManagerId: string,
  lastContactAt: string | null,
  status: 'active' | 'departed' = 'active',
): CoverageCustomerDocument => {
  next += 1;
  return { customerId: `c-${next}`, status, segment, relationshipManagerId, lastContactAt };
};

const customers = [
  customer('mass', 'rm-1', daysAgo(30)), // exactly 30 days: within both windows
  customer('mass', 'rm-1', daysAgo(30, 1)), // one millisecond more: within 90 only
  customer('mass', 'rm-2', daysAgo(90)), // exactly 90 days: within 90
  customer('mass', 'rm-2', daysAgo(90, 1)), // outside both
  customer('affluent', 'rm-1', null), // never reached
  customer('affluent', 'rm-1', daysAgo(1)),
  customer(null, 'rm-2', daysAgo(0)),
  customer('mass', 'rm-1', daysAgo(1), 'departed'), // not counted at all
];

const reads = readsOver('contact_coverage', customers.map((doc) => [doc.customerId, doc]));
const contactCoverage = (params: CoverageParams, now: string) => coverageOver(reads, SPEC_PROJECTION_ID, params, now);

const figures = (customers: number, in30: number, in90: number, pct30: number, pct90: number) => ({
  customers,
  contactedLast30Days: in30,
  contactedLast90Days: in90,
  contactedLast30DaysPct: pct30,
  contactedLast90DaysPct: pct90,
});

describe('contact coverage', () => {
  it('counts active customers reached in the last 30 and 90 days per segment, edges included', async () => {
    expect(await contactCoverage({ groupBy: ['segment'] }, NOW)).toEqual({
      rows: [
        { segment: 'affluent', ...figures(2, 1, 1, 50, 50) },
        { segment: 'mass', ...figures(4, 1, 3, 25, 75) },
        { segment: null, ...figures(1, 1, 1, 100, 100) },
      ],
      totals: figures(7, 3, 5, 42.9, 71.4),
    });
  });

  it('groups by relationship manager', async () => {
    const { rows } = await contactCoverage({ groupBy: ['relationshipManagerId'] }, NOW);
    const shown = rows.map((row) => [
      row.relationshipManagerId,
      row.customers,
      row.contactedLast30DaysPct,
      row.contactedLast90DaysPct,
    ]);
    expect(shown).toEqual([
      ['rm-1', 4, 50, 75],
      ['rm-2', 3, 33.3, 66.7],
    ]);
  });

  it('moves with the time of the question', async () => {
    const aDayLater = new Date(Date.parse(NOW) + DAY).toISOString();
    expect((await contactCoverage({ groupBy: [] }, aDayLater)).totals.contactedLast30Days).toBe(2);
  });

  it('counts active customers only, and for a window those reached since its start, inclusive', () => {
    expect(contactCoverageFilter(NOW, null)).toEqual({ equals: { status: 'active' }, ranges: [] });
    expect(contactCoverageFilter(NOW, 30)).toEqual({
      equals: { status: 'active' },
      ranges: [{ field: 'lastContactAt', from: daysAgo(30), to: null }],
    });
  });
});
