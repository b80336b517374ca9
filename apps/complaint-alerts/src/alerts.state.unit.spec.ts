import { deadlineAlerts } from './alert.rules.js';
import { applyEvent, EMPTY_STATE, markSent, raise, type AlertsState } from './alerts.state.js';
import { complained, resolved } from './testing/complaint-events.js';

const now = new Date('2026-03-10T12:00:00.000Z');
const due = '2026-03-11T00:00:00.000Z';

describe('alerts state', () => {
  it('given a severe complaint applied twice, then its alert is queued once', () => {
    const event = complained(1, 'k-1', 'critical', due);
    const state = applyEvent(applyEvent(EMPTY_STATE, event, now), event, now);
    expect(state.pending.map((alert) => alert.alertId)).toEqual(['severe-complaint:c-1/k-1']);
  });

  it('given an alert sent, then raising it again queues nothing', () => {
    const filed = applyEvent(EMPTY_STATE, complained(1, 'k-1', 'critical', due), now);
    const sent = filed.pending.reduce(markSent, filed);
    const again = raise(applyEvent(sent, complained(1, 'k-1', 'critical', due), now), deadlineAlerts(sent.open, now, 48));
    expect(again.pending.map((alert) => alert.kind)).toEqual(['deadline-near']);
    expect(raise(again.pending.reduce(markSent, again), deadlineAlerts(sent.open, now, 48)).pending).toEqual([]);
  });

  it('given a resolved complaint, then what was sent for it is forgotten, and a late send is not recorded', () => {
    const filed = applyEvent(EMPTY_STATE, complained(1, 'k-1', 'critical', due), now);
    const [alert] = filed.pending;
    if (alert === undefined) throw new Error('expected an alert');
    const sentThenResolved = applyEvent(markSent(filed, alert), resolved(2, 'k-1'), now);
    expect(sentThenResolved.sent).toEqual({});
    const resolvedThenSent: AlertsState = markSent(applyEvent(filed, resolved(2, 'k-1'), now), alert);
    expect([resolvedThenSent.sent, resolvedThenSent.pending]).toEqual([{}, []]);
  });
});
