import { RISK_RATINGS, SEGMENTS, VALUE_TIERS } from '../../vocabulary.js';
import { eventContract } from '../event-contract.js';
import { id, object, oneOf, text, time } from '../field.js';

const classification = {
  segment: oneOf(SEGMENTS, 'customer segment'),
  valueTier: oneOf(VALUE_TIERS, 'value tier, ascending', { optional: true }),
  riskRating: oneOf(RISK_RATINGS, 'risk rating', { optional: true }),
} as const;

export const customerClassifiedV1 = eventContract({
  type: 'CustomerClassified',
  version: 1,
  summary: "The customer's segment, value tier or risk rating was set or changed.",
  fields: {
    customerId: id('the customer classified'),
    ...classification,
    reason: text('why (free text)', { personal: true }),
    classifiedBy: object(
      {
        kind: oneOf(['staff', 'rule'], 'a person, or an automatic rule'),
        id: id("the staff member's or the rule's id"),
      },
      'who or what classified the customer',
    ),
    previous: object(classification, 'the classification replaced, or null for the first: a downgrade is visible from the event alone', {
      nullable: true,
    }),
    classifiedAt: time('when'),
  },
});
