import { deadlineAlerts, severeComplaintAlert, stillRelevant } from './alert.rules.js';
import { evolveOpenComplaints } from './open-complaints.js';
import { complained, extended, resolved } from './testing/complaint-events.js';

const now = new Date('2026-03-10T12:00:00.000Z');
const inHours = (hours: number): string => new Date(now.getTime() + hours * 3_600_000).toISOString();

describe('severeComplaintAlert', () => {
  it.each([
    ['high', true],
    ['critical', true],
    ['medium', false],
    ['low', false],
  ] as const)('given a %s complaint, then an alert: %s', (severity, alerts) => {
    expect(severeComplaintAlert(complained(1, 'k-1', severity, inHours(300)), now) !== undefined).toBe(alerts);
  });

  it('given a critical complaint, then the alert names it with ids, categories and times only', () => {
    expect(severeComplaintAlert(complained(1, 'k-1', 'critical', inHours(300)), now)).toEqual({
      alertId: 'severe-complaint:c-1/k-1',
      kind: 'severe-complaint',
      customerId: 'c-1',
      complaintId: 'k-1',
      severity: 'critical',
      category: 'fees_and_charges',
      product: 'credit_card',
      receivedAt: '2026-03-01T00:00:00.000Z',
      dueAt: inHours(300),
      raisedAt: now.toISOString(),
    });
  });

  it('given other events, then no alert', () => {
    expect(severeComplaintAlert(resolved(2, 'k-1'), now)).toBeUndefined();
    expect(severeComplaintAlert(extended(2, 'k-1', inHours(1)), now)).toBeUndefined();
  });
});

describe('deadlineAlerts', () => {
  const open = [
    complained(1, 'soon', 'low', inHours(47)),
    complained(2, 'later', 'low', inHours(49)),
    complained(3, 'overdue', 'medium', inHours(-5)),
  ].reduce(evolveOpenComplaints, {});

  it('given complaints due within the threshold or overdue, then one alert each, with the hours left', () => {
    expect(deadlineAlerts(open, now, 48).map((alert) => [alert.complaintId, alert.hoursLeft])).toEqual([
      ['soon', 47],
      ['overdue', -5],
    ]);
  });

  it('given a due date, then the alert id carries it, so an extended deadline alerts again', () => {
    expect(deadlineAlerts(open, now, 48)[0]?.alertId).toBe(`deadline-near:c-1/soon:${inHours(47)}`);
  });
});

describe('stillRelevant', () => {
  it('given a queued alert, then it holds while its complaint is open and due at the same time', () => {
    const filed = [complained(1, 'k-1', 'high', inHours(10))].reduce(evolveOpenComplaints, {});
    const [deadline] = deadlineAlerts(filed, now, 48);
    const severe = severeComplaintAlert(complained(1, 'k-1', 'high', inHours(10)), now);
    if (deadline === undefined || severe === undefined) throw new Error('expected both alerts');
    const extendedOpen = evolveOpenComplaints(filed, extended(2, 'k-1', inHours(500)));
    const resolvedOpen = evolveOpenComplaints(filed, resolved(2, 'k-1'));
    expect([stillRelevant(deadline, filed), stillRelevant(severe, filed)]).toEqual([true, true]);
    expect([stillRelevant(deadline, extendedOpen), stillRelevant(severe, extendedOpen)]).toEqual([false, true]);
    expect([stillRelevant(deadline, resolvedOpen), stillRelevant(severe, resolvedOpen)]).toEqual([false, false]);
  });
});
