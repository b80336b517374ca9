import { CHANNELS, CUSTOMER_KINDS } from '../../vocabulary.js';
import { eventContract } from '../event-contract.js';
import { id, oneOf, text, time } from '../field.js';

export const customerRegisteredV1 = eventContract({
  type: 'CustomerRegistered',
  version: 1,
  summary: 'The bank took the customer on.',
  fields: {
    customerId: id("the customer's id (the stream is `customer-<customerId>`)"),
    kind: oneOf(CUSTOMER_KINDS, 'a person or a company'),
    name: text('full name or company name', { personal: true }),
    phone: text('phone number', { optional: true, personal: true }),
    email: text('e-mail address', { optional: true, personal: true }),
    relationshipManagerId: id('the staff member who looks after the customer'),
    channel: oneOf(CHANNELS, 'onboarding channel'),
    registeredAt: time('when the relationship began'),
  },
});
