import { SCHEMA_VERSIONS, type EventMetadata } from '@concord/contracts';
import type { StoredEvent } from '@concord/event-store';
import { customerEventCodec } from './customer-event.codec.js';

const stored = (type: string, data: Record<string, unknown>, schemaVersion = 1): StoredEvent =>
  ({ type, data, stream: 'customer-c', revision: 3, metadata: { schemaVersion } as EventMetadata }) as StoredEvent;

describe('customerEventCodec', () => {
  it('takes each event type’s business time as occurredAt, and writes the current schema version', () => {
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
      const decoded = customerEventCodec.decode(stored(event.type, event.data));
      expect([event.type, customerEventCodec.occurredAt(decoded), customerEventCodec.schemaVersion(decoded)]).toEqual([
        event.type,
        at,
        SCHEMA_VERSIONS[decoded.type],
      ]);
    }
    expect(customerEventCodec.schemaVersion({ type: 'CustomerContacted' } as never)).toBe(2);
  });

  it('reads a stored version 1 contact as version 2', () => {
    const v1 = { contactId: 'contact-1', outcome: 'follow_up_needed' };
    expect(customerEventCodec.decode(stored('CustomerContacted', v1, 1))).toEqual({
      type: 'CustomerContacted',
      data: { contactId: 'contact-1', outcome: { status: 'follow_up_needed' } },
    });
  });

  it('refuses an event type it does not know', () => {
    expect(() => customerEventCodec.decode(stored('CustomerTeleported', {}))).toThrow(
      'customer-c@3 holds an unknown event type CustomerTeleported',
    );
  });

  it('refuses a schema version newer than it knows', () => {
    expect(() => customerEventCodec.decode(stored('CustomerContacted', {}, 3))).toThrow('Cannot read CustomerContacted v3');
  });
});
