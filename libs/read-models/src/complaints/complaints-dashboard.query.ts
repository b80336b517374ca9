import { assertNever } from '@concord/domain';
import { groupItems, type GroupKey } from '../metrics/group-by.js';
import { medianOneDecimal, p90OneDecimal } from '../metrics/percentile.js';
import { percentage } from '../metrics/rounding.js';
import { isInRange, type TimeRange } from '../metrics/time-range.js';
import { daysBetween } from '../metrics/time.js';
import type { DocumentFilter } from '../shared/document-filter.js';
import type { ComplaintDocument } from './complaint.document.js';
import { isOverdueAt } from './overdue.js';

export const COMPLAINT_DIMENSIONS = ['month', 'category', 'product', 'severity', 'channel'] as const;
export type ComplaintDimension = (typeof COMPLAINT_DIMENSIONS)[number];

export type ComplaintMetrics = Readonly<{
  filed: number;
  resolved: number;
  open: number;
  /** Open past the due date in force at `now`. */
  overdue: number;
  /** Given at least one extension. */
  extended: number;
  /** Of the resolved, the share decided by their due date; 0–100, one decimal; null when none is resolved. */
  resolvedWithinDeadlinePct: number | null;
  /** Days from receipt to decision over the resolved, one decimal; null when none is resolved. */
  medianDaysToResolve: number | null;
  p90DaysToResolve: number | null;
}>;

export type ComplaintsRow = GroupKey<ComplaintDimension> & ComplaintMetrics;

export type ComplaintsDashboard = Readonly<{ rows: readonly ComplaintsRow[]; totals: ComplaintMetrics }>;

export type ComplaintsDashboardParams = Readonly<{ range: TimeRange; groupBy: readonly ComplaintDimension[] }>;

/** Complaints are grouped by the month they were received, so the range applies to receivedAt. */
export const complaintsDashboardFilter = ({ range }: ComplaintsDashboardParams): DocumentFilter => ({
  equals: {},
  range: { field: 'receivedAt', from: range.from, to: range.to },
});

const valueOf = (complaint: ComplaintDocument, dimension: ComplaintDimension): string => {
  switch (dimension) {
    case 'month':
      return complaint.month;
    case 'category':
      return complaint.category;
    case 'product':
      return complaint.product;
    case 'severity':
      return complaint.severity;
    case 'channel':
      return complaint.channel;
    default:
      return assertNever(dimension);
  }
};

export const complaintMetrics = (complaints: readonly ComplaintDocument[], now: string): ComplaintMetrics => {
  const resolved = complaints.filter((complaint) => complaint.status === 'resolved');
  const days = resolved.map((c) => daysBetween(c.receivedAt, c.resolvedAt ?? c.receivedAt));
  return {
    filed: complaints.length,
    resolved: resolved.length,
    open: complaints.length - resolved.length,
    overdue: complaints.filter((complaint) => isOverdueAt(complaint, now)).length,
    extended: complaints.filter((complaint) => complaint.extensions > 0).length,
    resolvedWithinDeadlinePct: percentage(resolved.filter((c) => c.withinDeadline === true).length, resolved.length),
    medianDaysToResolve: medianOneDecimal(days),
    p90DaysToResolve: p90OneDecimal(days),
  };
};

/** `GET /v1/dashboards/complaints`: SLA figures per group of complaints received in the range, and over all. */
export const complaintsDashboard = (
  complaints: readonly ComplaintDocument[],
  params: ComplaintsDashboardParams,
  now: string,
): ComplaintsDashboard => {
  const selected = complaints.filter((complaint) => isInRange(complaint.receivedAt, params.range));
  const rows = groupItems(selected, params.groupBy, valueOf).map(({ key, items }) => ({
    ...key,
    ...complaintMetrics(items, now),
  }));
  return { rows, totals: complaintMetrics(selected, now) };
};
