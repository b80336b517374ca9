import { eventContract } from '../event-contract.js';
import { id, text, time } from '../field.js';

export const relationshipEndedV1 = eventContract({
  type: 'RelationshipEnded',
  version: 1,
  summary: 'The customer left.',
  fields: {
    customerId: id('the customer who left'),
    reason: text('why', { personal: true }),
    endedAt: time('when'),
  },
});
