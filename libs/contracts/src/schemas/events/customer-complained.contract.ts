import { CHANNELS, COMPLAINT_SEVERITIES, DEFAULT_COMPLAINT_CATEGORIES, DEFAULT_PRODUCTS } from '../../vocabulary.js';
import { eventContract } from '../event-contract.js';
import { id, oneOf, setOf, text, time } from '../field.js';

const listed = (values: readonly string[]): string => values.map((value) => `\`${value}\``).join(', ');

export const customerComplainedV1 = eventContract({
  type: 'CustomerComplained',
  version: 1,
  summary: 'A complaint was received. It must be decided within 15 days of receipt (configurable).',
  fields: {
    customerId: id('the customer who complained'),
    complaintId: id('unique within the customer'),
    category: id(`from the configured complaint taxonomy; by default ${listed(DEFAULT_COMPLAINT_CATEGORIES)}`),
    product: id(`from the configured product taxonomy; by default ${listed(DEFAULT_PRODUCTS)}`),
    severity: oneOf(COMPLAINT_SEVERITIES, 'how serious'),
    channel: oneOf(CHANNELS, 'where the complaint came in'),
    description: text('what the customer complains about', { personal: true }),
    staffInvolved: setOf(id('a staff id'), 'ids of the staff the complaint concerns; none of them may handle it (recusal)'),
    receivedAt: time('receipt: the deadlines count from here'),
    dueAt: time('decision due: `receivedAt` + 15 days (configurable)'),
  },
});
