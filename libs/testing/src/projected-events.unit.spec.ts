import { customerContacted, customerRegistered, customerSurveyed } from './customer-event.builders.js';
import { businessTimeOf } from '@concord/contracts';
import { toProjectedEvents } from './projected-events.js';

describe('toProjectedEvents', () => {
  it('numbers revisions per customer stream and positions globally, in the order given', () => {
    const events = toProjectedEvents([
      customerRegistered(),
      customerRegistered({ customerId: 'c-2' }),
      customerContacted(),
      customerSurveyed({ customerId: 'c-2' }),
    ]);
    expect(events.map(({ stream, revision, position }) => [stream, revision, position])).toEqual([
      ['customer-c-1', 0, 1],
      ['customer-c-2', 0, 2],
      ['customer-c-1', 1, 3],
      ['customer-c-2', 1, 4],
    ]);
  });

  it('starts positions where asked, and records each event at its business time', () => {
    const [event] = toProjectedEvents([customerContacted({ occurredAt: '2026-02-02T00:00:00.000Z' })], 41);
    expect(event).toMatchObject({ position: 41, recordedAt: '2026-02-02T00:00:00.000Z', type: 'CustomerContacted' });
    expect(businessTimeOf(customerRegistered())).toBe('2026-01-05T09:00:00.000Z');
  });
});
