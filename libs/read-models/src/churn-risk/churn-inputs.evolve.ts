import { assertNever } from '@concord/domain';
import type { ProjectedEvent, ProjectedEventOf } from '../projection.js';
import { reachedCustomer } from '../shared/contact-rules.js';
import type { Draft } from '../shared/draft.js';
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

/**
 * A copy of the facts, to change or to store with their bounds (see Draft). Only the facts: a document loaded from
 * the store also holds the bounds derived from them when it was stored, which are derived afresh when it is stored
 * again.
 */
export const draftOfFacts = (doc: ChurnFacts): Draft<ChurnFacts> => ({
  customerId: doc.customerId,
  status: doc.status,
  relationshipManagerId: doc.relationshipManagerId,
  segment: doc.segment,
  valueTier: doc.valueTier,
  activeSince: doc.activeSince,
  lastContactAt: doc.lastContactAt,
  complaints: doc.complaints,
  latestCsat: doc.latestCsat,
  latestNps: doc.latestNps,
  lastTwoSurveys: doc.lastTwoSurveys,
  downgrade: doc.downgrade,
});

const withClassification = (doc: ChurnFacts, data: Data<'CustomerClassified'>): ChurnFacts => {
  const change = classificationChange(data.previous, data);
  const next = draftOfFacts(doc);
  next.segment = data.segment;
  next.valueTier = data.valueTier ?? null;
  switch (change.kind) {
    case 'downgrade':
      next.downgrade = { classifiedAt: data.classifiedAt, segment: change.segment, valueTier: change.valueTier };
      return next;
    case 'upgrade':
      next.downgrade = null;
      return next;
    case 'lateral':
      return next;
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
  const next = draftOfFacts(doc);
  next.complaints = doc.complaints.map((c) => (c.complaintId === complaintId ? update(c) : c));
  return next;
};

const timed = (survey: ChurnSurvey) => ({ time: survey.respondedAt, id: survey.surveyId });

const withSurvey = (doc: ChurnFacts, data: Data<'CustomerSurveyed'>): ChurnFacts => {
  const { surveyId, kind, score, respondedAt } = data;
  const survey: ChurnSurvey = { surveyId, kind, score, respondedAt };
  // Top two of a total order: the same whatever the arrival order or the number of replays.
  const others = doc.lastTwoSurveys.filter((kept) => kept.surveyId !== survey.surveyId);
  const next = draftOfFacts(doc);
  next.lastTwoSurveys = [...others, survey].sort((a, b) => compareTimed(timed(a), timed(b))).slice(-2);
  switch (data.kind) {
    case 'csat':
      next.latestCsat = latestOf(doc.latestCsat, survey, timed);
      return next;
    case 'nps':
      next.latestNps = latestOf(doc.latestNps, survey, timed);
      return next;
    default:
      return assertNever(data.kind);
  }
};

/** Every event but the registration, applied to the customer's existing document. */
export const evolveChurnInputs = (doc: ChurnFacts, event: ProjectedEvent): ChurnFacts => {
  switch (event.type) {
    case 'CustomerRegistered':
      return doc;
    case 'CustomerContacted': {
      if (!reachedCustomer(event.data)) return doc;
      const next = draftOfFacts(doc);
      next.lastContactAt = laterOf(doc.lastContactAt, event.data.occurredAt);
      return next;
    }
    case 'CustomerClassified':
      return withClassification(doc, event.data);
    case 'CustomerComplained': {
      const { complaintId, receivedAt, dueAt } = event.data;
      if (doc.complaints.some((complaint) => complaint.complaintId === complaintId)) return doc;
      const next = draftOfFacts(doc);
      next.complaints = [...doc.complaints, { complaintId, receivedAt, dueAt, resolvedAt: null }];
      return next;
    }
    case 'ComplaintDeadlineExtended':
      return updateComplaint(doc, event, (c) => ({ ...c, dueAt: laterOf(c.dueAt, event.data.newDueAt) }));
    case 'ComplaintResolved':
      return updateComplaint(doc, event, (c) => ({ ...c, resolvedAt: event.data.resolvedAt }));
    case 'CustomerSurveyed':
      return withSurvey(doc, event.data);
    case 'RelationshipEnded': {
      const next = draftOfFacts(doc);
      next.status = 'departed';
      return next;
    }
    case 'RelationshipResumed': {
      const next = draftOfFacts(doc);
      next.status = 'active';
      next.activeSince = event.data.resumedAt;
      return next;
    }
    default:
      return assertNever(event);
  }
};
