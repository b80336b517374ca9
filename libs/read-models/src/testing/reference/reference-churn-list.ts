import type { ChurnModel } from '../../churn-risk/churn-model.js';
import { referenceChurn, referenceTopFactors } from './reference-churn.js';
import { currentSegment, type ReferenceCustomer } from './reference-customers.js';

/** The churn list: active customers, filtered, highest score first, ties by customer id. */
export const referenceChurnList = (
  customers: ReferenceCustomer[],
  filter: { band?: string; segment?: string },
  now: string,
  model: ChurnModel,
) =>
  customers
    .filter((c) => c.status === 'active' && (filter.segment === undefined || currentSegment(c) === filter.segment))
    .map((customer) => ({ customer, churn: referenceChurn(customer, now, model) }))
    .filter(({ churn }) => filter.band === undefined || churn.band === filter.band)
    .sort(
      (a, b) =>
        b.churn.score - a.churn.score ||
        (a.customer.registration.customerId < b.customer.registration.customerId ? -1 : 1),
    )
    .map(({ customer, churn }) => ({
      customerId: customer.registration.customerId,
      score: churn.score,
      band: churn.band,
      segment: currentSegment(customer),
      relationshipManagerId: customer.registration.relationshipManagerId,
      topFactors: referenceTopFactors(churn.contributions),
    }));
