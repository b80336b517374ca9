import { eventContract } from '../event-contract.js';
import { id, text, time } from '../field.js';

export const relationshipResumedV1 = eventContract({
  type: 'RelationshipResumed',
  version: 1,
  summary: 'A departed customer came back.',
  fields: {
    customerId: id('the customer who came back'),
    reason: text('why', { optional: true, personal: true }),
    resumedAt: time('when'),
  },
});
