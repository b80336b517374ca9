import type { CustomerContacted } from '@concord/contracts';
import { compact } from './compact.js';
import type { ContactCustomer } from './customer.commands.js';
import { ContactDuplicateId } from './customer.errors.js';
import { timeSinceRegistration } from './customer.guards.js';
import type { ActiveCustomer } from './customer.state.js';

/** The staff member who made the contact is the actor: a contact cannot be attributed to someone else. */
export const contactCustomer = ({ data, meta }: ContactCustomer, customer: ActiveCustomer): CustomerContacted[] => {
  if (customer.contactIds.has(data.contactId)) throw new ContactDuplicateId(data.contactId);
  return [
    {
      type: 'CustomerContacted',
      data: compact({
        customerId: customer.customerId,
        contactId: data.contactId,
        channel: data.channel,
        direction: data.direction,
        purpose: data.purpose,
        outcome: data.outcome,
        summary: data.summary,
        staffId: meta.actor.id,
        occurredAt: timeSinceRegistration(customer, 'occurredAt', data.occurredAt, meta),
      }),
    },
  ];
};
