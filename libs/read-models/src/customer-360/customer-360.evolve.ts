import { CHANNELS } from '@concord/contracts';
import { assertNever } from '@concord/domain';
import type { ProjectedEvent, ProjectedEventOf } from '../projection.js';
import type { Draft } from '../shared/draft.js';
import { compareTimed, latestOf } from '../shared/latest.js';
import type { Customer360Document, LastContact, LatestSurvey, OpenComplaintSummary } from './customer-360.document.js';

type Data<Type extends ProjectedEvent['type']> = ProjectedEventOf<Type>['data'];

export const registeredCustomer360 = (data: Data<'CustomerRegistered'>): Customer360Document => ({
  customerId: data.customerId,
  kind: data.kind,
  name: data.name,
  phone: data.phone ?? null,
  email: data.email ?? null,
  relationshipManagerId: data.relationshipManagerId,
  onboardingChannel: data.channel,
  registeredAt: data.registeredAt,
  status: 'active',
  activeSince: data.registeredAt,
  endedAt: null,
  segment: null,
  valueTier: null,
  riskRating: null,
  classifiedAt: null,
  lastContacts: [],
  openComplaints: [],
  latestCsat: null,
  latestNps: null,
});

/** A copy of the document to change (see Draft). */
const draftOf = (doc: Customer360Document): Draft<Customer360Document> => ({
  customerId: doc.customerId,
  kind: doc.kind,
  name: doc.name,
  phone: doc.phone,
  email: doc.email,
  relationshipManagerId: doc.relationshipManagerId,
  onboardingChannel: doc.onboardingChannel,
  registeredAt: doc.registeredAt,
  status: doc.status,
  activeSince: doc.activeSince,
  endedAt: doc.endedAt,
  segment: doc.segment,
  valueTier: doc.valueTier,
  riskRating: doc.riskRating,
  classifiedAt: doc.classifiedAt,
  lastContacts: doc.lastContacts,
  openComplaints: doc.openComplaints,
  latestCsat: doc.latestCsat,
  latestNps: doc.latestNps,
});

const channelOrder = (contact: LastContact): number => CHANNELS.indexOf(contact.channel);

const withContact = (doc: Customer360Document, data: Data<'CustomerContacted'>): Customer360Document => {
  const { channel, contactId, occurredAt, direction, purpose } = data;
  const outcome = data.outcome?.status ?? null;
  const candidate: LastContact = { channel, contactId, occurredAt, direction, purpose, outcome };
  const current = doc.lastContacts.find((contact) => contact.channel === channel) ?? null;
  const kept = latestOf(current, candidate, (contact) => ({ time: contact.occurredAt, id: contact.contactId }));
  const others = doc.lastContacts.filter((contact) => contact.channel !== channel);
  const next = draftOf(doc);
  next.lastContacts = [...others, kept].sort((a, b) => channelOrder(a) - channelOrder(b));
  return next;
};

const byDueDate = (a: OpenComplaintSummary, b: OpenComplaintSummary): number =>
  compareTimed({ time: a.dueAt, id: a.complaintId }, { time: b.dueAt, id: b.complaintId });

/** A complaint already listed is a replay of its filing: what later events did to it stays. */
const withComplaint = (doc: Customer360Document, data: Data<'CustomerComplained'>): Customer360Document => {
  if (doc.openComplaints.some((complaint) => complaint.complaintId === data.complaintId)) return doc;
  const { complaintId, category, product, severity, channel, receivedAt, dueAt } = data;
  const complaint: OpenComplaintSummary = {
    complaintId,
    category,
    product,
    severity,
    channel,
    receivedAt,
    dueAt,
    extensions: 0,
  };
  const next = draftOf(doc);
  next.openComplaints = [...doc.openComplaints, complaint].sort(byDueDate);
  return next;
};

/** Due dates only move later, and a replayed first extension must not undo the second. */
const withExtension = (doc: Customer360Document, data: Data<'ComplaintDeadlineExtended'>): Customer360Document => {
  const next = draftOf(doc);
  next.openComplaints = doc.openComplaints
    .map((complaint) =>
      complaint.complaintId === data.complaintId && data.extension >= complaint.extensions
        ? { ...complaint, dueAt: data.newDueAt, extensions: data.extension }
        : complaint,
    )
    .sort(byDueDate);
  return next;
};

const withSurvey = (doc: Customer360Document, data: Data<'CustomerSurveyed'>): Customer360Document => {
  const { surveyId, score, channel, respondedAt } = data;
  const candidate: LatestSurvey = { surveyId, score, channel, respondedAt };
  const timed = (survey: LatestSurvey) => ({ time: survey.respondedAt, id: survey.surveyId });
  const next = draftOf(doc);
  switch (data.kind) {
    case 'csat':
      next.latestCsat = latestOf(doc.latestCsat, candidate, timed);
      return next;
    case 'nps':
      next.latestNps = latestOf(doc.latestNps, candidate, timed);
      return next;
    default:
      return assertNever(data.kind);
  }
};

/** Every event but the registration, applied to the customer's existing document. */
export const evolveCustomer360 = (doc: Customer360Document, event: ProjectedEvent): Customer360Document => {
  switch (event.type) {
    case 'CustomerRegistered':
      // Registration facts never change: a second one is a replay of the first.
      return doc;
    case 'CustomerContacted':
      return withContact(doc, event.data);
    case 'CustomerClassified': {
      const next = draftOf(doc);
      next.segment = event.data.segment;
      next.valueTier = event.data.valueTier ?? null;
      next.riskRating = event.data.riskRating ?? null;
      next.classifiedAt = event.data.classifiedAt;
      return next;
    }
    case 'CustomerComplained':
      return withComplaint(doc, event.data);
    case 'ComplaintDeadlineExtended':
      return withExtension(doc, event.data);
    case 'ComplaintResolved': {
      const next = draftOf(doc);
      next.openComplaints = doc.openComplaints.filter((complaint) => complaint.complaintId !== event.data.complaintId);
      return next;
    }
    case 'CustomerSurveyed':
      return withSurvey(doc, event.data);
    case 'RelationshipEnded': {
      const next = draftOf(doc);
      next.status = 'departed';
      next.endedAt = event.data.endedAt;
      return next;
    }
    case 'RelationshipResumed': {
      const next = draftOf(doc);
      next.status = 'active';
      next.activeSince = event.data.resumedAt;
      next.endedAt = null;
      return next;
    }
    default:
      return assertNever(event);
  }
};
