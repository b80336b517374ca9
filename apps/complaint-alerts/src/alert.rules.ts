import type { ConcordEvent } from '@concord/subscriber';
import { complaintKey, type OpenComplaint, type OpenComplaints } from './open-complaints.js';

export type AlertKind = 'severe-complaint' | 'deadline-near';

/** What is posted to the webhook (or logged): ids, categories and times only, never what the customer said. */
export type Alert = OpenComplaint &
  Readonly<{
    /** Stable per alert: receivers dedupe by it (sent as Idempotency-Key too). */
    alertId: string;
    kind: AlertKind;
    raisedAt: string;
    /** deadline-near: hours from raisedAt to dueAt, negative once overdue. */
    hoursLeft?: number;
  }>;

const SEVERE = new Set(['high', 'critical']);
const HOUR_MS = 3_600_000;

/** One alert per severe complaint; one per complaint and due date, so an extension earns a new deadline alert. */
const alertIdOf = (kind: AlertKind, complaint: OpenComplaint): string =>
  kind === 'severe-complaint'
    ? `${kind}:${complaintKey(complaint.customerId, complaint.complaintId)}`
    : `${kind}:${complaintKey(complaint.customerId, complaint.complaintId)}:${complaint.dueAt}`;

const alertOf = (kind: AlertKind, complaint: OpenComplaint, raisedAt: Date): Alert => ({
  alertId: alertIdOf(kind, complaint),
  kind,
  ...complaint,
  raisedAt: raisedAt.toISOString(),
});

/** A high or critical complaint raises an alert as soon as it is filed. */
export const severeComplaintAlert = (event: ConcordEvent, now: Date): Alert | undefined => {
  if (event.type !== 'CustomerComplained' || !SEVERE.has(event.data.severity)) return undefined;
  const { customerId, complaintId, severity, category, product, receivedAt, dueAt } = event.data;
  return alertOf('severe-complaint', { customerId, complaintId, severity, category, product, receivedAt, dueAt }, now);
};

/** Every open complaint due within `thresholdHours` of now, or already overdue, raises a deadline alert. */
export const deadlineAlerts = (open: OpenComplaints, now: Date, thresholdHours: number): Alert[] =>
  Object.values(open).flatMap((complaint) => {
    const hoursLeft = (Date.parse(complaint.dueAt) - now.getTime()) / HOUR_MS;
    if (hoursLeft > thresholdHours) return [];
    return [{ ...alertOf('deadline-near', complaint, now), hoursLeft: Math.round(hoursLeft * 10) / 10 }];
  });

/**
 * Whether an alert waiting to be sent still says something true: its complaint is open and, for a deadline alert,
 * still due at that time. A complaint resolved (or extended) before its alert went out needs no alert.
 */
export const stillRelevant = (alert: Alert, open: OpenComplaints): boolean => {
  const complaint = open[complaintKey(alert.customerId, alert.complaintId)];
  return complaint !== undefined && (alert.kind === 'severe-complaint' || complaint.dueAt === alert.dueAt);
};
