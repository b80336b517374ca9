import { assertNever } from '@concord/domain';
import type { ProjectedEvent, ProjectedEventOf } from '../projection.js';
import { reachedCustomer } from '../shared/contact-rules.js';
import { DocumentMissing } from '../shared/read-model.errors.js';
import { compareTimed, laterOf, latestOf } from '../shared/latest.js';
import { classificationChange } from './classification-order.js';
import type { ChurnComplaint, ChurnFacts, ChurnSurvey } from './churn-inputs.document.js';

type Data<Type extends ProjectedEvent['type']> = ProjectedEventOf<Type>['data'];

export const registeredChurnInputs = (data: Data<'CustomerRegistered'>): ChurnFacts => ({
  customerId: data.customerId,
  status: 'active',
  relationshipManagerId: data.relationshipManagerId,
  segment: null,
  valueTier: null,
  activeSince: data.registeredAt,
  lastContactAt: null,
  complaints: [],
  latestCsat: null,
  latestNps: null,
  lastTwoSurveys: [],
  downgrade: null,
});

const withClassification = (doc: ChurnFacts, data: Data<'CustomerClassified'>): ChurnFacts => {
  const change = classificationChange(data.previous, data);
  const base = { ...doc, segment: data.segment, valueTier: data.valueTier ?? null };
  switch (change.kind) {
    case 'downgrade':
      return {
        ...base,
        downgrade: { classifiedAt: data.classifiedAt, segment: change.segment, valueTier: change.valueTier },
      };
    case 'upgrade':
      return { ...base, downgrade: null };
    case 'lateral':
      return base;
    default:
      return assertNever(change);
  }
};

/** Entries change only through their own events; an update to an entry never filed means a corrupt history. */
const updateComplaint = (
  doc: ChurnFacts,
  event: ProjectedEventOf<'ComplaintDeadlineExtended' | 'ComplaintResolved'>,
  update: (complaint: ChurnComplaint) => ChurnComplaint,
): ChurnFacts => {
  const { customerId, complaintId } = event.data;
  if (!doc.complaints.some((complaint) => complaint.complaintId === complaintId)) {
    throw new DocumentMissing('churn-risk', event.type, `complaint ${complaintId} in churn_inputs/${customerId}`);
  }
  return { ...doc, complaints: doc.complaints.map((c) => (c.complaintId === complaintId ? update(c) : c)) };
};

const timed = (survey: ChurnSurvey) => ({ time: survey.respondedAt, id: survey.surveyId });

const withSurvey = (doc: ChurnFacts, data: Data<'CustomerSurveyed'>): ChurnFacts => {
  const { surveyId, kind, score, respondedAt } = data;
  const survey: ChurnSurvey = { surveyId, kind, score, respondedAt };
  // Top two of a total order: the same whatever the arrival order or the number of replays.
  const others = doc.lastTwoSurveys.filter((kept) => kept.surveyId !== survey.surveyId);
  const lastTwoSurveys = [...others, survey].sort((a, b) => compareTimed(timed(a), timed(b))).slice(-2);
  switch (data.kind) {
    case 'csat':
      return { ...doc, lastTwoSurveys, latestCsat: latestOf(doc.latestCsat, survey, timed) };
    case 'nps':
      return { ...doc, lastTwoSurveys, latestNps: latestOf(doc.latestNps, survey, timed) };
    default:
      return assertNever(data.kind);
  }
};

/** Every event but the registration, applied to the customer's existing document. */
export const evolveChurnInputs = (doc: ChurnFacts, event: ProjectedEvent): ChurnFacts => {
  switch (event.type) {
    case 'CustomerRegistered':
      return doc;
    case 'CustomerContacted':
      if (!reachedCustomer(event.data)) return doc;
      return { ...doc, lastContactAt: laterOf(doc.lastContactAt, event.data.occurredAt) };
    case 'CustomerClassified':
      return withClassification(doc, event.data);
    case 'CustomerComplained': {
      const { complaintId, receivedAt, dueAt } = event.data;
      if (doc.complaints.some((complaint) => complaint.complaintId === complaintId)) return doc;
      return { ...doc, complaints: [...doc.complaints, { complaintId, receivedAt, dueAt, resolvedAt: null }] };
    }
    case 'ComplaintDeadlineExtended':
      return updateComplaint(doc, event, (c) => ({ ...c, dueAt: laterOf(c.dueAt, event.data.newDueAt) }));
    case 'ComplaintResolved':
      return updateComplaint(doc, event, (c) => ({ ...c, resolvedAt: event.data.resolvedAt }));
    case 'CustomerSurveyed':
      return withSurvey(doc, event.data);
    case 'RelationshipEnded':
      return { ...doc, status: 'departed' };
    case 'RelationshipResumed':
      return { ...doc, status: 'active', activeSince: event.data.resumedAt };
    default:
      return assertNever(event);
  }
};
