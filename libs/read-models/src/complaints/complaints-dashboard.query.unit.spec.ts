import { customerScopedId } from '../shared/scoped-id.js';
import { readsOver, SPEC_PROJECTION_ID } from '../testing/memory-reads.fixtures.js';
import type { ComplaintDocument } from './complaint.document.js';
import {
  complaintsDashboard as dashboardOver,
  complaintsDashboardFilter,
  type ComplaintsDashboardParams,
} from './complaints-dashboard.query.js';

const NOW = '2026-03-01T00:00:00.000Z';
const DAY = 86_400_000;
const plusDays = (time: string, days: number): string => new Date(Date.parse(time) + days * DAY).toISOString();

let next = 0;
const complaint = (
  receivedAt: string,
  outcome: { resolvedAfterDays: number; withinDeadline: boolean } | 'open',
  overrides: Partial<ComplaintDocument> = {},
): ComplaintDocument => {
  next += 1;
  const dueAt = plusDays(receivedAt, 15);
  return {
    customerId: `c-${next}`,
    complaintId: 'k-1',
    category: 'fees_and_charges',
    product: 'credit_card',
    severity: 'medium',
    channel: 'branch',
    receivedAt,
    month: receivedAt.slice(0, 7),
    originalDueAt: dueAt,
    dueAt,
    extensions: 0,
    ...(outcome === 'open'
      ? { status: 'open', resolvedAt: null, outcome: null, withinDeadline: null, resolutionMs: null }
      : {
          status: 'resolved',
          resolvedAt: plusDays(receivedAt, outcome.resolvedAfterDays),
          outcome: 'upheld',
          withinDeadline: outcome.withinDeadline,
          resolutionMs: outcome.resolvedAfterDays * DAY,
        }),
    ...overrides,
  };
};

const JAN = '2026-01-05T00:00:00.000Z';
const FEB = '2026-02-20T00:00:00.000Z';
const complaints = [
  // January: resolved after 2, 4, 10.5 and 20 days (the last late, after an extension) and one still open, overdue.
  complaint(JAN, { resolvedAfterDays: 2, withinDeadline: true }),
  complaint(JAN, { resolvedAfterDays: 4, withinDeadline: true }, { category: 'cards' }),
  complaint(JAN, { resolvedAfterDays: 10.5, withinDeadline: true }),
  complaint(JAN, { resolvedAfterDays: 20, withinDeadline: false }, { extensions: 1 }),
  complaint(JAN, 'open', { severity: 'high' }),
  // February: open, due March 7, not overdue at NOW; and one due exactly at NOW, not overdue either.
  complaint(FEB, 'open'),
  complaint('2026-02-14T00:00:00.000Z', 'open', { dueAt: NOW }),
  // December: outside the range.
  complaint('2025-12-31T23:59:59.999Z', 'open'),
];
const range = { from: '2026-01-01T00:00:00.000Z', to: '2026-03-01T00:00:00.000Z' };

const reads = readsOver('complaints', complaints.map((doc) => [customerScopedId(doc.customerId, doc.complaintId), doc]));
const complaintsDashboard = (params: ComplaintsDashboardParams, now: string) =>
  dashboardOver(reads, SPEC_PROJECTION_ID, params, now);

describe('complaints dashboard', () => {
  it('reports SLA figures per month of receipt', async () => {
    expect((await complaintsDashboard({ range, groupBy: ['month'] }, NOW)).rows).toEqual([
      {
        month: '2026-01',
        filed: 5,
        resolved: 4,
        open: 1,
        overdue: 1,
        extended: 1,
        resolvedWithinDeadlinePct: 75, // 3 of 4
        medianDaysToResolve: 7.3, // (4 + 10.5) / 2 = 7.25
        p90DaysToResolve: 17.2, // h = 3 × 0.9 = 2.7: 10.5 + 0.7 × (20 − 10.5) = 17.15
      },
      {
        month: '2026-02',
        filed: 2,
        resolved: 0,
        open: 2,
        overdue: 0,
        extended: 0,
        resolvedWithinDeadlinePct: null,
        medianDaysToResolve: null,
        p90DaysToResolve: null,
      },
    ]);
  });

  it('totals over the range', async () => {
    expect((await complaintsDashboard({ range, groupBy: ['month'] }, NOW)).totals).toEqual({
      filed: 7,
      resolved: 4,
      open: 3,
      overdue: 1,
      extended: 1,
      resolvedWithinDeadlinePct: 75,
      medianDaysToResolve: 7.3,
      p90DaysToResolve: 17.2,
    });
  });

  it('counts a complaint overdue by the time of the question', async () => {
    const later = await complaintsDashboard({ range, groupBy: [] }, '2026-03-01T00:00:00.001Z');
    expect(later.totals.overdue).toBe(2);
  });

  it('groups by several dimensions, omitting empty groups', async () => {
    const { rows } = await complaintsDashboard({ range, groupBy: ['category', 'severity'] }, NOW);
    expect(rows.map((row) => [row.category, row.severity, row.filed])).toEqual([
      ['cards', 'medium', 1],
      ['fees_and_charges', 'high', 1],
      ['fees_and_charges', 'medium', 5],
    ]);
  });

  it('selects complaints by receivedAt', () => {
    expect(complaintsDashboardFilter({ range, groupBy: [] }).ranges).toEqual([{ field: 'receivedAt', ...range }]);
  });
});
