import { CHANNELS } from '@concord/contracts';
import type { ChurnModel } from '../../churn-risk/churn-model.js';
import { referenceChurn, referenceTopFactors } from './reference-churn.js';
import { DAY, round1 } from './reference-math.js';
import type { ReferenceCustomer } from './reference-customers.js';

const later = (a: { time: string; id: string }, b: { time: string; id: string }): boolean =>
  Date.parse(a.time) > Date.parse(b.time) || (Date.parse(a.time) === Date.parse(b.time) && a.id > b.id);

const latestSurvey = (customer: ReferenceCustomer, kind: 'csat' | 'nps') => {
  let best: ReferenceCustomer['surveys'][number]['data'] | null = null;
  for (const { data } of customer.surveys) {
    if (data.kind !== kind) continue;
    const candidate = { time: data.respondedAt, id: data.surveyId };
    if (best === null || later(candidate, { time: best.respondedAt, id: best.surveyId })) best = data;
  }
  if (best === null) return null;
  const { surveyId, score, channel, respondedAt } = best;
  return { surveyId, score, channel, respondedAt };
};

/** What GET /v1/customers/:id should show, straight from the customer's facts. */
export const reference360 = (customer: ReferenceCustomer, now: string, model: ChurnModel) => {
  const r = customer.registration;
  const last = customer.classifications.at(-1);
  const lastContacts = [];
  for (const channel of CHANNELS) {
    let best: ReferenceCustomer['contacts'][number] | null = null;
    for (const c of customer.contacts) {
      if (c.channel !== channel) continue;
      const candidate = { time: c.occurredAt, id: c.contactId };
      if (best === null || later(candidate, { time: best.occurredAt, id: best.contactId })) best = c;
    }
    if (best !== null) {
      const { contactId, occurredAt, direction, purpose } = best;
      lastContacts.push({ channel, contactId, occurredAt, direction, purpose, outcome: best.outcome?.status ?? null });
    }
  }
  const openComplaints = customer.complaints
    .filter((c) => c.resolution === null)
    .sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt) || (a.filed.complaintId < b.filed.complaintId ? -1 : 1))
    .map(({ filed, dueAt, extensions }) => ({
      complaintId: filed.complaintId,
      category: filed.category,
      product: filed.product,
      severity: filed.severity,
      channel: filed.channel,
      receivedAt: filed.receivedAt,
      dueAt,
      extensions,
      overdue: Date.parse(now) > Date.parse(dueAt),
      daysUntilDue: round1((Date.parse(dueAt) - Date.parse(now)) / DAY),
    }));
  const churn = referenceChurn(customer, now, model);
  return {
    customerId: r.customerId,
    kind: r.kind,
    name: r.name,
    phone: r.phone ?? null,
    email: r.email ?? null,
    relationshipManagerId: r.relationshipManagerId,
    onboardingChannel: r.channel,
    registeredAt: r.registeredAt,
    status: customer.status,
    activeSince: customer.activeSince,
    endedAt: customer.endedAt,
    segment: last?.segment ?? null,
    valueTier: last?.valueTier ?? null,
    riskRating: last?.riskRating ?? null,
    classifiedAt: last?.classifiedAt ?? null,
    lastContacts,
    openComplaints,
    latestCsat: latestSurvey(customer, 'csat'),
    latestNps: latestSurvey(customer, 'nps'),
    churnRisk:
      customer.status === 'active'
        ? {
            score: churn.score,
            band: churn.band,
            modelVersion: model.version,
            asOf: now,
            topFactors: referenceTopFactors(churn.contributions),
          }
        : null,
  };
};
