import type { CustomerContacted } from '@concord/contracts';

/**
 * An attempt that did not reach the customer (an unanswered call) is no contact for coverage or churn recency:
 * counting it would let repeated unanswered calls hide a customer nobody has spoken to. An outcome not recorded
 * counts, since most channels (branch, visit, seminar) only record contacts that happened.
 */
export const reachedCustomer = (contact: CustomerContacted['data']): boolean =>
  contact.outcome?.status !== 'not_reached';

