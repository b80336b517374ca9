import { deciderSpec } from '@concord/testing';
import { customerDecider } from './customer.decider.js';
import { ContactDuplicateId } from './customer.errors.js';
import { contactCustomer } from './testing/customer-commands.fixtures.js';
import { contacted, handler, registered, T } from './testing/customer.fixtures.js';

const given = deciderSpec(customerDecider);

describe('ContactCustomer', () => {
  it('records a contact made by the actor', () => given([registered()]).when(contactCustomer()).then([contacted()]));

  it('records the outcome and summary when given', () =>
    given([registered()])
      .when(contactCustomer({ outcome: 'reached', summary: 'asked about wealth products' }))
      .then([contacted({ outcome: 'reached', summary: 'asked about wealth products' })]));

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
