import type { ConcordEvent, Position } from '@concord/subscriber';
import { severeComplaintAlert, type Alert } from './alert.rules.js';
import { complaintKey, evolveOpenComplaints, type OpenComplaints } from './open-complaints.js';

/** Everything the service must not forget across restarts; saved with the checkpoint, in one file. */
export type AlertsState = Readonly<{
  /** The last position applied: the subscription resumes after it. */
  position: Position;
  open: OpenComplaints;
  /** Alert ids sent, by complaint key; forgotten with the complaint, which raises no alert once resolved. */
  sent: Readonly<Record<string, readonly string[]>>;
  /** Raised and not yet sent: a webhook outage keeps them here until a later check delivers them. */
  pending: readonly Alert[];
}>;

export const EMPTY_STATE: AlertsState = { position: 0, open: {}, sent: {}, pending: [] };

const keyOf = (alert: Alert): string => complaintKey(alert.customerId, alert.complaintId);

const known = (state: AlertsState, alert: Alert): boolean =>
  state.pending.some((pending) => pending.alertId === alert.alertId) ||
  (state.sent[keyOf(alert)] ?? []).includes(alert.alertId);

/** Queues the alerts not already sent or queued: each alert goes out once. */
export const raise = (state: AlertsState, alerts: readonly Alert[]): AlertsState =>
  alerts.reduce(
    (current, alert) => (known(current, alert) ? current : { ...current, pending: [...current.pending, alert] }),
    state,
  );

/** One event: the open complaints follow it, and a severe complaint queues its alert. */
export const applyEvent = (state: AlertsState, event: ConcordEvent, now: Date): AlertsState => {
  const open = evolveOpenComplaints(state.open, event);
  let sent = state.sent;
  if (event.type === 'ComplaintResolved') {
    const { [complaintKey(event.data.customerId, event.data.complaintId)]: _forgotten, ...rest } = sent;
    sent = rest;
  }
  const severe = severeComplaintAlert(event, now);
  return raise({ ...state, open, sent }, severe === undefined ? [] : [severe]);
};

/** The alert went out: remembered (while its complaint is open) so it is never sent again. */
export const markSent = (state: AlertsState, alert: Alert): AlertsState => {
  const pending = state.pending.filter((queued) => queued.alertId !== alert.alertId);
  const key = keyOf(alert);
  if (state.open[key] === undefined) return { ...state, pending };
  return { ...state, pending, sent: { ...state.sent, [key]: [...(state.sent[key] ?? []), alert.alertId] } };
};

export const discard = (state: AlertsState, alert: Alert): AlertsState => ({
  ...state,
  pending: state.pending.filter((queued) => queued.alertId !== alert.alertId),
});
