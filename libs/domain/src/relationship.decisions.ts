import type { RelationshipEnded, RelationshipResumed, CustomerRegistered } from '@concord/contracts';
import { businessTime, isAfter } from './business-time.js';
import { compact } from './compact.js';
import type { EndRelationship, RegisterCustomer, ResumeRelationship } from './customer.commands.js';
import { CustomerHasOpenComplaints } from './customer.errors.js';
import { timeSinceRegistration } from './customer.guards.js';
import { openComplaintIds, type ActiveCustomer, type DepartedCustomer } from './customer.state.js';
import { TimeOutOfOrder } from './time.errors.js';

export const registerCustomer = ({ data, meta }: RegisterCustomer): CustomerRegistered[] => [
  {
    type: 'CustomerRegistered',
    data: compact({
      customerId: data.customerId,
      kind: data.kind,
      name: data.name,
      phone: data.phone,
      email: data.email,
      relationshipManagerId: data.relationshipManagerId,
      channel: data.channel,
      registeredAt: businessTime('registeredAt', data.registeredAt, meta),
    }),
  },
];

/**
 * Open complaints block the end: a departed customer accepts no complaint commands, yet every complaint must be
 * decided in time (DOMAIN.md), so they are resolved first.
 */
export const endRelationship = ({ data, meta }: EndRelationship, customer: ActiveCustomer): RelationshipEnded[] => {
  const endedAt = timeSinceRegistration(customer, 'endedAt', data.endedAt, meta);
  if (isAfter(customer.activeSince, endedAt)) throw new TimeOutOfOrder('endedAt', endedAt, customer.activeSince);
  const open = openComplaintIds(customer);
  if (open.length > 0) throw new CustomerHasOpenComplaints(customer.customerId, open);
  return [{ type: 'RelationshipEnded', data: { customerId: customer.customerId, reason: data.reason, endedAt } }];
};

export const resumeRelationship = (
  { data, meta }: ResumeRelationship,
  customer: DepartedCustomer,
): RelationshipResumed[] => {
  const resumedAt = timeSinceRegistration(customer, 'resumedAt', data.resumedAt, meta);
  if (isAfter(customer.endedAt, resumedAt)) throw new TimeOutOfOrder('resumedAt', resumedAt, customer.endedAt);
  return [
    { type: 'RelationshipResumed', data: compact({ customerId: customer.customerId, reason: data.reason, resumedAt }) },
  ];
};
