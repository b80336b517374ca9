import type { Classification, CustomerClassified } from '@concord/contracts';
import { compact } from './compact.js';
import type { ClassifyCustomer } from './customer.commands.js';
import { ClassificationUnchanged } from './customer.errors.js';
import { timeSinceRegistration } from './customer.guards.js';
import type { ActiveCustomer } from './customer.state.js';

/** Absent dimensions compare equal whether left out or sent as undefined. */
const sameClassification = (a: Classification, b: Classification | null): boolean =>
  b !== null && a.segment === b.segment && a.valueTier === b.valueTier && a.riskRating === b.riskRating;

/**
 * Staff classify as the actor, at `now`. An unchanged classification is rejected: a no-op event is noise in an
 * audit trail and would show up as a spurious move in downgrade statistics.
 */
export const classifyCustomer = ({ data, meta }: ClassifyCustomer, customer: ActiveCustomer): CustomerClassified[] => {
  const classification: Classification = compact({
    segment: data.segment,
    valueTier: data.valueTier,
    riskRating: data.riskRating,
  });
  if (sameClassification(classification, customer.classification)) {
    throw new ClassificationUnchanged(customer.customerId);
  }
  return [
    {
      type: 'CustomerClassified',
      data: {
        customerId: customer.customerId,
        ...classification,
        reason: data.reason,
        classifiedBy: { kind: 'staff', id: meta.actor.id },
        previous: customer.classification,
        classifiedAt: timeSinceRegistration(customer, 'classifiedAt', undefined, meta),
      },
    },
  ];
};
