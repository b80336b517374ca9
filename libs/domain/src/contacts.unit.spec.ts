import type { CustomerContacted } from '@concord/contracts';
import { deciderSpec } from '@concord/testing';
import { customerDecider } from './customer.decider.js';
import { fold } from './decider.js';
import { ContactDuplicateId } from './customer.errors.js';
import { InvalidTime, TimeNotAfterContact } from './time.errors.js';
import { contactCustomer } from './testing/customer-commands.fixtures.js';
import { contacted, handler, registered, T } from './testing/customer.fixtures.js';

const given = deciderSpec(customerDecider);

describe('ContactCustomer', () => {
  it('records a contact made by the actor', () => given([registered()]).when(contactCustomer()).then([contacted()]));

  it('records the outcome and summary when given', () =>
    given([registered()])
      .when(contactCustomer({ outcome: { status: 'reached' }, summary: 'asked about wealth products' }))
      .then([contacted({ outcome: { status: 'reached' }, summary: 'asked about wealth products' })]));

  it('records why a contact did not reach the customer, when known', () => {
    const missed = { status: 'not_reached', reason: 'wrong_contact_details' } as const;
    given([registered()]).when(contactCustomer({ outcome: missed })).then([contacted({ outcome: missed })]);
  });

  it('leaves out a reason not given, rather than store it as undefined (hashes would differ)', () => {
    const command = contactCustomer({ outcome: { status: 'not_reached', reason: undefined } });
    const [event] = customerDecider.decide(command, fold(customerDecider, [registered()])) as CustomerContacted[];
    expect(event?.data.outcome).toStrictEqual({ status: 'not_reached' });
  });

  it('records when a follow-up is due, in UTC', () =>
    given([registered()])
      .when(contactCustomer({ outcome: { status: 'follow_up_needed', followUpBy: '2026-01-15T17:00:00+08:00' } }))
      .then([contacted({ outcome: { status: 'follow_up_needed', followUpBy: '2026-01-15T09:00:00.000Z' } })]));

  it('stores only the members of the outcome its status has', () => {
    const smuggled = { status: 'reached', followUpBy: '2026-01-15T09:00:00.000Z' } as unknown as { status: 'reached' };
    given([registered()]).when(contactCustomer({ outcome: smuggled })).then([contacted({ outcome: { status: 'reached' } })]);
  });

  it('rejects a follow-up due before the contact, or at its very time', () => {
    for (const followUpBy of [T.registered, T.contacted]) {
      given([registered()])
        .when(contactCustomer({ outcome: { status: 'follow_up_needed', followUpBy } }))
        .thenThrows(TimeNotAfterContact);
    }
  });

  it('rejects a follow-up time that is no instant', () =>
    given([registered()])
      .when(contactCustomer({ outcome: { status: 'follow_up_needed', followUpBy: 'next week' } }))
      .thenThrows(InvalidTime));

  it('attributes the contact to whoever made it, not to the relationship manager', () =>
    given([registered()])
      .when(contactCustomer({}, { actor: handler }))
      .then([contacted({ staffId: handler.id })]));

  it('records the contact at now when occurredAt is omitted', () =>
    given([registered()])
      .when(contactCustomer({ occurredAt: undefined }))
      .then([contacted({ occurredAt: T.now })]));

  it('accepts a second contact with a new id', () =>
    given([registered(), contacted()])
      .when(contactCustomer({ contactId: 'contact-2' }))
      .then([contacted({ contactId: 'contact-2' })]));

  it('rejects a contact id already used for this customer', () =>
    given([registered(), contacted()]).when(contactCustomer()).thenThrows(ContactDuplicateId));
});
