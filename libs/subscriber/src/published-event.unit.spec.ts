import { PERSONAL_DATA_FIELDS as CONTRACTS_PERSONAL_DATA_FIELDS } from '@concord/contracts';
import { PERSONAL_DATA_FIELDS, type ConcordEvent } from './published-event.js';

describe('published event types', () => {
  it('given the contracts, then the personal-data fields the types make optional are the same', () => {
    expect(PERSONAL_DATA_FIELDS).toEqual(CONTRACTS_PERSONAL_DATA_FIELDS);
  });

  it('given an event, then its type narrows its data, personal fields optional', () => {
    const summary = (event: ConcordEvent): string => {
      switch (event.type) {
        case 'CustomerComplained':
          return `${event.data.complaintId} ${event.data.severity} ${event.data.description ?? '(withheld)'}`;
        case 'CustomerRegistered':
          return event.data.name ?? event.data.customerId;
        default:
          return event.type;
      }
    };
    const complained = {
      eventId: 'e-1',
      stream: 'customer-c-1',
      revision: 0,
      position: 1,
      type: 'CustomerComplained',
      data: {
        customerId: 'c-1',
        complaintId: 'k-1',
        category: 'fees_and_charges',
        product: 'credit_card',
        severity: 'high',
        channel: 'phone',
        staffInvolved: [],
        receivedAt: '2026-01-05T09:00:00.000Z',
        dueAt: '2026-01-20T09:00:00.000Z',
      },
      metadata: {
        eventId: 'e-1',
        correlationId: 'c',
        causationId: 'c',
        actor: { id: 'ch-1', role: 'complaint_handler' },
        occurredAt: '2026-01-05T09:00:00.000Z',
        recordedAt: '2026-01-05T09:00:00.000Z',
        schemaVersion: 1,
      },
    } satisfies ConcordEvent;
    expect(summary(complained)).toBe('k-1 high (withheld)');
  });
});
