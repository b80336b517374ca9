import { COMPLAINT_OUTCOMES } from '../../vocabulary.js';
import { eventContract } from '../event-contract.js';
import { flag, id, oneOf, text, time } from '../field.js';

export const complaintResolvedV1 = eventContract({
  type: 'ComplaintResolved',
  version: 1,
  summary: 'The bank decided the complaint.',
  fields: {
    customerId: id('the customer who complained'),
    complaintId: id('the complaint decided'),
    outcome: oneOf(COMPLAINT_OUTCOMES, 'the decision'),
    resolution: text('the decision as told to the customer', { personal: true }),
    remedy: text('what the bank does about it', { optional: true, personal: true }),
    handlerId: id('who decided (the actor; never one of the staff involved)'),
    resolvedAt: time('when the decision was made'),
    withinDeadline: flag('`resolvedAt` is not after the due date then in force'),
  },
});
