import type { StoredEvent } from '@concord/event-store';
import { customerEventCodec } from './customer-event.codec.js';

describe('customerEventCodec', () => {
  it('takes each event type’s business time as occurredAt', () => {
    const at = '2026-01-05T09:00:00.000Z';
    const cases = [
      { type: 'CustomerRegistered', data: { registeredAt: at } },
      { type: 'CustomerContacted', data: { occurredAt: at } },
      { type: 'CustomerClassified', data: { classifiedAt: at } },
      { type: 'CustomerComplained', data: { receivedAt: at } },
      { type: 'ComplaintDeadlineExtended', data: { extendedAt: at } },
      { type: 'ComplaintResolved', data: { resolvedAt: at } },
      { type: 'CustomerSurveyed', data: { respondedAt: at } },
      { type: 'RelationshipEnded', data: { endedAt: at } },
      { type: 'RelationshipResumed', data: { resumedAt: at } },
    ];
    for (const event of cases) {
      const decoded = customerEventCodec.decode({ ...event, stream: 's', revision: 0 } as unknown as StoredEvent);
      expect([event.type, customerEventCodec.occurredAt(decoded), customerEventCodec.schemaVersion(decoded)]).toEqual([
        event.type,
        at,
        1,
      ]);
    }
  });

  it('refuses an event type it does not know', () => {
    const stored = { type: 'CustomerTeleported', data: {}, stream: 'customer-c', revision: 3 };
    expect(() => customerEventCodec.decode(stored as unknown as StoredEvent)).toThrow(
      'customer-c@3 holds an unknown event type CustomerTeleported',
    );
  });
});
