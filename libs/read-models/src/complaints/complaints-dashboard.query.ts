import { MILLISECONDS_PER_DAY } from '@concord/domain';
import { countedRows, withoutDimensions, type GroupKey } from '../metrics/group-by.js';
import { medianOneDecimal, p90OneDecimal } from '../metrics/percentile.js';
import { percentage } from '../metrics/rounding.js';
import type { TimeRange } from '../metrics/time-range.js';
import type { ReadModelReads } from '../runtime/read-model-store.port.js';
import type { DocumentFilter, GroupCount } from '../shared/document-filter.js';
import { COMPLAINTS_COLLECTION } from './complaint.document.js';

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
  ranges: [{ field: 'receivedAt', from: range.from, to: range.to }],
});

/** What the store counts for a group of complaints, each keyed by the fields after the group's dimensions. */
type ComplaintCounts = Readonly<{
  /** By status and number of extensions. */
  byStatus: readonly GroupCount[];
  /** Resolved by their due date (no further key). */
  withinDeadline: readonly GroupCount[];
  /** Resolved, by resolutionMs: the exact durations, each with how many complaints took it. */
  durations: readonly GroupCount[];
  /** Open past their due date at `now` (no further key). */
  overdue: readonly GroupCount[];
}>;

const sum = (groups: readonly GroupCount[], keep: (key: GroupCount['key']) => boolean = () => true): number =>
  groups.filter(({ key }) => keep(key)).reduce((total, { count }) => total + count, 0);

const complaintMetrics = ({ byStatus, withinDeadline, durations, overdue }: ComplaintCounts): ComplaintMetrics => {
  const filed = sum(byStatus);
  const resolved = sum(byStatus, ([status]) => status === 'resolved');
  const days = durations.map(({ key, count }) => ({ value: Number(key[0]) / MILLISECONDS_PER_DAY, count }));
  return {
    filed,
    resolved,
    open: filed - resolved,
    overdue: sum(overdue),
    extended: sum(byStatus, ([, extensions]) => Number(extensions) > 0),
    resolvedWithinDeadlinePct: percentage(sum(withinDeadline), resolved),
    medianDaysToResolve: medianOneDecimal(days),
    p90DaysToResolve: p90OneDecimal(days),
  };
};

/**
 * `GET /v1/dashboards/complaints`: SLA figures per group of complaints received in the range, and over all. Four
 * counts in the store, grouped by the requested dimensions: by status and extensions, those decided in time, the
 * decided by exact duration (percentiles need the values, and a duration repeats across complaints only rarely, so
 * this is the one count as large as the decided complaints; it carries a number each), and those overdue at `now`.
 */
export const complaintsDashboard = async (
  reads: ReadModelReads,
  projectionId: string,
  params: ComplaintsDashboardParams,
  now: string,
): Promise<ComplaintsDashboard> => {
  const received = complaintsDashboardFilter(params);
  const dimensions = params.groupBy;
  const count = (filter: DocumentFilter, fields: readonly string[]) =>
    reads.count(projectionId, COMPLAINTS_COLLECTION.name, filter, [...dimensions, ...fields]);
  const [byStatus, withinDeadline, durations, overdue] = await Promise.all([
    count(received, ['status', 'extensions']),
    count({ ...received, equals: { status: 'resolved', withinDeadline: true } }, []),
    count({ ...received, equals: { status: 'resolved' } }, ['resolutionMs']),
    count({ equals: { status: 'open' }, ranges: [...received.ranges, { field: 'dueAt', from: null, to: now }] }, []),
  ]);
  const perRow = (groups: readonly GroupCount[]) =>
    new Map(countedRows(dimensions, groups).map((row) => [row.id, row.groups]));
  const [withinByRow, durationsByRow, overdueByRow] = [perRow(withinDeadline), perRow(durations), perRow(overdue)];
  const rows = countedRows(dimensions, byStatus).map(({ id, key, groups }) => ({
    ...key,
    ...complaintMetrics({
      byStatus: groups,
      withinDeadline: withinByRow.get(id) ?? [],
      durations: durationsByRow.get(id) ?? [],
      overdue: overdueByRow.get(id) ?? [],
    }),
  }));
  const all = (groups: readonly GroupCount[]) => withoutDimensions(dimensions.length, groups);
  const totals = complaintMetrics({
    byStatus: all(byStatus),
    withinDeadline: all(withinDeadline),
    durations: all(durations),
    overdue: all(overdue),
  });
  return { rows, totals };
};
