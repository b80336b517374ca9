import { evolveOpenComplaints, type OpenComplaints } from './open-complaints.js';
import { complained, extended, resolved } from './testing/complaint-events.js';

const fold = (...events: Parameters<typeof evolveOpenComplaints>[1][]): OpenComplaints =>
  events.reduce(evolveOpenComplaints, {});

describe('evolveOpenComplaints', () => {
  it('given a filed complaint, then it is open with its severity and due date', () => {
    expect(fold(complained(1, 'k-1', 'high', '2026-03-16T00:00:00.000Z'))).toEqual({
      'c-1/k-1': {
        customerId: 'c-1',
        complaintId: 'k-1',
        severity: 'high',
        category: 'fees_and_charges',
        product: 'credit_card',
        receivedAt: '2026-03-01T00:00:00.000Z',
        dueAt: '2026-03-16T00:00:00.000Z',
      },
    });
  });

  it('given an extension, then the complaint is due at the new date', () => {
    const open = fold(complained(1, 'k-1', 'low', '2026-03-16T00:00:00.000Z'), extended(2, 'k-1', '2026-04-15T00:00:00.000Z'));
    expect(open['c-1/k-1']?.dueAt).toBe('2026-04-15T00:00:00.000Z');
  });

  it('given a resolution, then the complaint is no longer open', () => {
    expect(fold(complained(1, 'k-1', 'low', '2026-03-16T00:00:00.000Z'), resolved(2, 'k-1'))).toEqual({});
  });

  it('given the same complaint id at two customers, then they are two complaints', () => {
    const due = '2026-03-16T00:00:00.000Z';
    expect(Object.keys(fold(complained(1, 'k-1', 'low', due), complained(2, 'k-1', 'low', due, 'c-2')))).toEqual([
      'c-1/k-1',
      'c-2/k-1',
    ]);
  });

  it('given events delivered twice, then the result is the same as once', () => {
    const events = [
      complained(1, 'k-1', 'low', '2026-03-16T00:00:00.000Z'),
      extended(2, 'k-1', '2026-04-15T00:00:00.000Z'),
      complained(3, 'k-2', 'high', '2026-03-18T00:00:00.000Z'),
      resolved(4, 'k-2'),
    ];
    expect(fold(...events.flatMap((event) => [event, event]))).toEqual(fold(...events));
  });

  it('given an extension of a complaint it never saw, then nothing changes', () => {
    expect(fold(extended(1, 'k-9', '2026-04-15T00:00:00.000Z'))).toEqual({});
  });
});
