import { DAY, groupRows, interpolated, pct, round1 } from './reference-math.js';
import {
  currentSegment,
  lastReachedAt,
  type ReferenceComplaint,
  type ReferenceCustomer,
  type ReferenceSurvey,
} from './reference-customers.js';

type Range = { from: string | null; to: string | null };
const inRange = (time: string, { from, to }: Range): boolean =>
  (from === null || Date.parse(time) >= Date.parse(from)) && (to === null || Date.parse(time) < Date.parse(to));
const month = (time: string): string => new Date(Date.parse(time)).toISOString().slice(0, 7);

const satisfaction = (surveys: ReferenceSurvey[]) => {
  let csatN = 0;
  let csatSum = 0;
  let satisfied = 0;
  let promoters = 0;
  let passives = 0;
  let detractors = 0;
  for (const { data } of surveys) {
    if (data.kind === 'csat') {
      csatN += 1;
      csatSum += data.score;
      if (data.score >= 4) satisfied += 1;
    } else if (data.score >= 9) promoters += 1;
    else if (data.score >= 7) passives += 1;
    else detractors += 1;
  }
  const npsN = promoters + passives + detractors;
  return {
    csatResponses: csatN,
    csatAverage: csatN === 0 ? null : round1(csatSum / csatN),
    csatSatisfiedPct: pct(satisfied, csatN),
    npsResponses: npsN,
    promoters,
    passives,
    detractors,
    npsScore: npsN === 0 ? null : round1(((promoters - detractors) * 100) / npsN),
  };
};

export const referenceSatisfaction = (customers: ReferenceCustomer[], range: Range, dims: readonly string[]) => {
  const surveys = customers.flatMap((c) => c.surveys).filter((s) => inRange(s.data.respondedAt, range));
  const value = (s: ReferenceSurvey, dim: string): string | null =>
    dim === 'month' ? month(s.data.respondedAt) : dim === 'segment' ? s.segmentThen : s.data.channel;
  return {
    rows: groupRows(surveys, dims, value).map((g) => ({ ...g.key, ...satisfaction(g.items) })),
    totals: satisfaction(surveys),
  };
};

const complaintFigures = (complaints: ReferenceComplaint[], now: string) => {
  const days: number[] = [];
  let within = 0;
  let overdue = 0;
  let extended = 0;
  for (const c of complaints) {
    if (c.resolution !== null) {
      days.push((Date.parse(c.resolution.resolvedAt) - Date.parse(c.filed.receivedAt)) / DAY);
      if (c.resolution.withinDeadline) within += 1;
    } else if (Date.parse(now) > Date.parse(c.dueAt)) overdue += 1;
    if (c.extensions > 0) extended += 1;
  }
  return {
    filed: complaints.length,
    resolved: days.length,
    open: complaints.length - days.length,
    overdue,
    extended,
    resolvedWithinDeadlinePct: pct(within, days.length),
    medianDaysToResolve: interpolated(days, 50),
    p90DaysToResolve: interpolated(days, 90),
  };
};

export const referenceComplaints = (
  customers: ReferenceCustomer[],
  range: Range,
  dims: readonly string[],
  now: string,
) => {
  const complaints = customers.flatMap((c) => c.complaints).filter((c) => inRange(c.filed.receivedAt, range));
  const value = (c: ReferenceComplaint, dim: string): string =>
    dim === 'month'
      ? month(c.filed.receivedAt)
      : String(c.filed[dim as 'category' | 'product' | 'severity' | 'channel']);
  return {
    rows: groupRows(complaints, dims, value).map((g) => ({ ...g.key, ...complaintFigures(g.items, now) })),
    totals: complaintFigures(complaints, now),
  };
};

/** Open complaints by due date, ties by the complaint document id; optionally only (not) overdue. */
export const referenceWorklist = (customers: ReferenceCustomer[], now: string, overdue: boolean | undefined) => {
  const scoped = (c: ReferenceComplaint) =>
    `${encodeURIComponent(c.filed.customerId)}:${encodeURIComponent(c.filed.complaintId)}`;
  return customers
    .flatMap((c) => c.complaints)
    .filter((c) => c.resolution === null)
    .filter((c) => overdue === undefined || (Date.parse(now) > Date.parse(c.dueAt)) === overdue)
    .sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt) || (scoped(a) < scoped(b) ? -1 : 1))
    .map((c) => ({
      customerId: c.filed.customerId,
      complaintId: c.filed.complaintId,
      dueAt: c.dueAt,
      extensions: c.extensions,
      overdue: Date.parse(now) > Date.parse(c.dueAt),
      daysUntilDue: round1((Date.parse(c.dueAt) - Date.parse(now)) / DAY),
    }));
};

export const referenceCoverage = (customers: ReferenceCustomer[], dims: readonly string[], now: string) => {
  const active = customers.filter((c) => c.status === 'active');
  const figures = (group: ReferenceCustomer[]) => {
    let within30 = 0;
    let within90 = 0;
    for (const c of group) {
      const last = lastReachedAt(c);
      if (last !== null && Date.parse(now) - Date.parse(last) <= 30 * DAY) within30 += 1;
      if (last !== null && Date.parse(now) - Date.parse(last) <= 90 * DAY) within90 += 1;
    }
    return {
      customers: group.length,
      contactedLast30Days: within30,
      contactedLast90Days: within90,
      contactedLast30DaysPct: pct(within30, group.length),
      contactedLast90DaysPct: pct(within90, group.length),
    };
  };
  const value = (c: ReferenceCustomer, dim: string): string | null =>
    dim === 'segment' ? currentSegment(c) : c.registration.relationshipManagerId;
  const rows = groupRows(active, dims, value).map((g) => ({ ...g.key, ...figures(g.items) }));
  return { rows, totals: figures(active) };
};
