import { MILLISECONDS_PER_DAY } from '@concord/domain';
import { acrossRows, countedRows, type GroupKey } from '../metrics/group-by.js';
import { medianAndP90OneDecimal } from '../metrics/percentile.js';
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

/**
 * What the store counts for a group of complaints, in this order, each keyed by the fields after the dimensions:
 * open by number of extensions; open past their due date at `now`; decided by number of extensions and resolutionMs
 * (the exact durations, each with how many took it); decided by their due date.
 */
type ComplaintCounts = readonly (readonly GroupCount[])[];

const sum = (groups: readonly GroupCount[], keep: (key: GroupCount['key']) => boolean = () => true): number =>
  groups.filter(({ key }) => keep(key)).reduce((total, { count }) => total + count, 0);

const complaintMetrics = (counts: ComplaintCounts): ComplaintMetrics => {
  const [open = [], overdue = [], resolved = [], withinDeadline = []] = counts;
  const [opened, decided] = [sum(open), sum(resolved)];
  const extended = ([extensions]: GroupCount['key']) => Number(extensions) > 0;
  const days = resolved.map(({ key, count }) => ({ value: Number(key[1]) / MILLISECONDS_PER_DAY, count }));
  const { median, p90 } = medianAndP90OneDecimal(days);
  return {
    filed: opened + decided,
    resolved: decided,
    open: opened,
    overdue: sum(overdue),
    extended: sum(open, extended) + sum(resolved, extended),
    resolvedWithinDeadlinePct: percentage(sum(withinDeadline), decided),
    medianDaysToResolve: median,
    p90DaysToResolve: p90,
  };
};

/**
 * `GET /v1/dashboards/complaints`: SLA figures per group of complaints received in the range, and over all. Four
 * counts in the store by the requested dimensions, each by status first (the order of the index they read): the
 * open by extensions, the open overdue at `now`, the decided by extensions and exact duration (percentiles need the
 * values; one number per distinct duration travels), and the decided in time.
 */
export const complaintsDashboard = async (
  reads: ReadModelReads,
  projectionId: string,
  params: ComplaintsDashboardParams,
  now: string,
): Promise<ComplaintsDashboard> => {
  const { ranges } = complaintsDashboardFilter(params);
  const dimensions = params.groupBy;
  const count = (equals: DocumentFilter['equals'], fields: readonly string[], dueBefore: string | null = null) =>
    reads.count(
      projectionId,
      COMPLAINTS_COLLECTION.name,
      { equals, ranges: dueBefore === null ? ranges : [...ranges, { field: 'dueAt', from: null, to: dueBefore }] },
      [...dimensions, ...fields],
    );
  const [open, overdue, resolved, withinDeadline] = await Promise.all([
    count({ status: 'open' }, ['extensions']),
    count({ status: 'open' }, [], now),
    count({ status: 'resolved' }, ['extensions', 'resolutionMs']),
    count({ status: 'resolved', withinDeadline: true }, []),
  ]);
  // Overdue complaints are open and the decided in time are decided: the rows are those of the open and the decided.
  const counted = countedRows(dimensions, [open, overdue, resolved, withinDeadline]);
  const rows = counted.map(({ key, counts }) => ({ ...key, ...complaintMetrics(counts) }));
  const totals = complaintMetrics(acrossRows(counted, 4));
  return { rows, totals };
};
