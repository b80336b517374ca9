import { eventContract } from '../event-contract.js';
import { id, oneOf, text, time } from '../field.js';

export const complaintDeadlineExtendedV1 = eventContract({
  type: 'ComplaintDeadlineExtended',
  version: 1,
  summary:
    "A complex complaint's deadline was extended: first to at most 30 days after receipt, then once more, with " +
    'the approval of a superior institution or senior management, to at most 60.',
  fields: {
    customerId: id('the customer who complained'),
    complaintId: id('the complaint extended'),
    extension: oneOf([1, 2], 'which extension: the first (complex case) or the second (approved)'),
    previousDueAt: time('the due date before'),
    newDueAt: time('the new due date, later than the previous one'),
    reason: text('the complexity that justifies it', { personal: true }),
    approvedBy: id('who approved it; required for the second extension', { optional: true }),
    customerNotifiedAt: time('when the complainant was told', { optional: true }),
    extendedAt: time('when the extension was recorded'),
  },
});
