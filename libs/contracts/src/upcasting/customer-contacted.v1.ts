import type { CustomerContacted } from '../customer.events.js';
import type { ContactOutcomeStatus } from '../vocabulary.js';

/** CustomerContacted as version 1 stored it: the outcome was its status alone. */
export type CustomerContactedV1Data = Readonly<
  Omit<CustomerContacted['data'], 'outcome'> & { outcome?: ContactOutcomeStatus }
>;

/**
 * Reads a version 1 contact as version 2. Version 1 recorded no follow-up date and no reason, and an upcaster
 * never invents facts, so the outcome keeps its status only.
 */
export const customerContactedV1ToV2 = (data: CustomerContactedV1Data): CustomerContacted['data'] => {
  const { outcome, ...shared } = data;
  return outcome === undefined ? shared : { ...shared, outcome: { status: outcome } };
};
