import type { ContactOutcome, CustomerContacted, IsoTime } from '@concord/contracts';
import { formatIsoTime, parseIsoTime } from './business-time.js';
import { compact } from './compact.js';
import type { ContactCustomer, NewContactOutcome } from './customer.commands.js';
import { ContactDuplicateId } from './customer.errors.js';
import { timeSinceRegistration } from './customer.guards.js';
import type { ActiveCustomer } from './customer.state.js';
import { assertNever } from './decider.js';
import { TimeNotAfterContact } from './time.errors.js';

/**
 * The outcome as the event records it, rebuilt member by member so nothing but its version's fields is stored,
 * with the follow-up time in canonical UTC and after the contact.
 */
const recordedOutcome = (outcome: NewContactOutcome, occurredAt: IsoTime): ContactOutcome => {
  switch (outcome.status) {
    case 'reached':
      return { status: outcome.status };
    case 'not_reached':
      return compact({ status: outcome.status, reason: outcome.reason });
    case 'follow_up_needed': {
      const followUpBy = parseIsoTime(outcome.followUpBy, 'outcome.followUpBy');
      if (followUpBy <= Date.parse(occurredAt)) {
        throw new TimeNotAfterContact('outcome.followUpBy', outcome.followUpBy, occurredAt);
      }
      return { status: outcome.status, followUpBy: formatIsoTime(followUpBy) };
    }
    default:
      return assertNever(outcome);
  }
};

/** The staff member who made the contact is the actor: a contact cannot be attributed to someone else. */
export const contactCustomer = ({ data, meta }: ContactCustomer, customer: ActiveCustomer): CustomerContacted[] => {
  if (customer.contactIds.has(data.contactId)) throw new ContactDuplicateId(data.contactId);
  const occurredAt = timeSinceRegistration(customer, 'occurredAt', data.occurredAt, meta);
  return [
    {
      type: 'CustomerContacted',
      data: compact({
        customerId: customer.customerId,
        contactId: data.contactId,
        channel: data.channel,
        direction: data.direction,
        purpose: data.purpose,
        outcome: data.outcome === undefined ? undefined : recordedOutcome(data.outcome, occurredAt),
        summary: data.summary,
        staffId: meta.actor.id,
        occurredAt,
      }),
    },
  ];
};
