import type { CustomerEvent } from '@concord/contracts';
import { customerDecider } from './customer.decider.js';
import { customerView } from './customer.view.js';
import { fold } from './decider.js';
import {
  classified,
  complained,
  contacted,
  ended,
  extended,
  handler,
  involvedStaff,
  registered,
  resolved,
  resumed,
  surveyed,
  T,
} from './testing/customer.fixtures.js';

const viewOf = (events: CustomerEvent[]) => customerView(fold(customerDecider, events));

const history: CustomerEvent[] = [
  registered(),
  contacted(),
  contacted({ contactId: 'contact-2', occurredAt: T.resolved }),
  classified(),
  complained(),
  extended(),
  complained({
    complaintId: 'complaint-2',
    staffInvolved: [],
    receivedAt: T.resolved,
    dueAt: '2026-02-04T16:00:00.000Z',
  }),
  resolved({ complaintId: 'complaint-2', resolvedAt: T.ended, withinDeadline: false }),
  surveyed(),
];

describe('customerView', () => {
  it('shows an unregistered customer as such', () => expect(viewOf([])).toEqual({ status: 'unregistered' }));

  it('shows an active customer with profile, classification, complaints and counts', () =>
    expect(viewOf(history)).toEqual({
      status: 'active',
      customerId: 'c-1',
      profile: { kind: 'individual', name: 'Li Wei', phone: '+86 138 0000 0000', email: null, channel: 'branch' },
      relationshipManagerId: 'rm-7',
      classification: { segment: 'affluent', valueTier: 'gold' },
      registeredAt: T.registered,
      activeSince: T.registered,
      endedAt: null,
      complaints: {
        open: [
          {
            complaintId: 'complaint-1',
            category: 'fees_and_charges',
            product: 'credit_card',
            severity: 'medium',
            channel: 'branch',
            staffInvolved: [involvedStaff],
            receivedAt: T.received,
            dueAt: T.due30,
            extensions: 1,
            status: 'open',
            outcome: null,
            handlerId: null,
            resolvedAt: null,
            withinDeadline: null,
          },
        ],
        resolved: [
          {
            complaintId: 'complaint-2',
            category: 'fees_and_charges',
            product: 'credit_card',
            severity: 'medium',
            channel: 'branch',
            staffInvolved: [],
            receivedAt: T.resolved,
            dueAt: '2026-02-04T16:00:00.000Z',
            extensions: 0,
            status: 'resolved',
            outcome: 'upheld',
            handlerId: handler.id,
            resolvedAt: T.ended,
            withinDeadline: false,
          },
        ],
      },
      contacts: { count: 2, lastContactAt: T.resolved },
      surveys: { count: 1 },
    }));

  it('keeps the latest contact time when an older contact is imported later', () =>
    expect(viewOf([...history, contacted({ contactId: 'contact-0', occurredAt: T.registered })])).toMatchObject({
      contacts: { count: 3, lastContactAt: T.resolved },
    }));

  it('shows when a departed relationship ended', () =>
    expect(viewOf([registered(), ended()])).toMatchObject({ status: 'departed', endedAt: T.ended }));

  it('shows since when a resumed relationship is active again', () =>
    expect(viewOf([registered(), ended(), resumed()])).toMatchObject({
      status: 'active',
      activeSince: T.resumed,
      endedAt: null,
    }));

  it('is plain JSON: it survives serialisation unchanged', () => {
    const view = viewOf([...history, resolved()]);
    expect(JSON.parse(JSON.stringify(view))).toStrictEqual(view);
  });
});
