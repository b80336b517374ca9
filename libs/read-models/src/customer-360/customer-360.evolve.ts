import { CHANNELS } from '@concord/contracts';
import { assertNever } from '@concord/domain';
import type { ProjectedEvent, ProjectedEventOf } from '../projection.js';
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

const channelOrder = (contact: LastContact): number => CHANNELS.indexOf(contact.channel);

const withContact = (doc: Customer360Document, data: Data<'CustomerContacted'>): Customer360Document => {
  const { channel, contactId, occurredAt, direction, purpose } = data;
  const outcome = data.outcome?.status ?? null;
  const candidate: LastContact = { channel, contactId, occurredAt, direction, purpose, outcome };
  const current = doc.lastContacts.find((contact) => contact.channel === channel) ?? null;
  const kept = latestOf(current, candidate, (contact) => ({ time: contact.occurredAt, id: contact.contactId }));
  const others = doc.lastContacts.filter((contact) => contact.channel !== channel);
  return { ...doc, lastContacts: [...others, kept].sort((a, b) => channelOrder(a) - channelOrder(b)) };
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
  return { ...doc, openComplaints: [...doc.openComplaints, complaint].sort(byDueDate) };
};

/** Due dates only move later, and a replayed first extension must not undo the second. */
const withExtension = (doc: Customer360Document, data: Data<'ComplaintDeadlineExtended'>): Customer360Document => ({
  ...doc,
  openComplaints: doc.openComplaints
    .map((complaint) =>
      complaint.complaintId === data.complaintId && data.extension >= complaint.extensions
        ? { ...complaint, dueAt: data.newDueAt, extensions: data.extension }
        : complaint,
    )
    .sort(byDueDate),
});

const withSurvey = (doc: Customer360Document, data: Data<'CustomerSurveyed'>): Customer360Document => {
  const { surveyId, score, channel, respondedAt } = data;
  const candidate: LatestSurvey = { surveyId, score, channel, respondedAt };
  const timed = (survey: LatestSurvey) => ({ time: survey.respondedAt, id: survey.surveyId });
  switch (data.kind) {
    case 'csat':
      return { ...doc, latestCsat: latestOf(doc.latestCsat, candidate, timed) };
    case 'nps':
      return { ...doc, latestNps: latestOf(doc.latestNps, candidate, timed) };
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
      const { segment, valueTier, riskRating, classifiedAt } = event.data;
      return { ...doc, segment, valueTier: valueTier ?? null, riskRating: riskRating ?? null, classifiedAt };
    }
    case 'CustomerComplained':
      return withComplaint(doc, event.data);
    case 'ComplaintDeadlineExtended':
      return withExtension(doc, event.data);
    case 'ComplaintResolved':
      return {
        ...doc,
        openComplaints: doc.openComplaints.filter((complaint) => complaint.complaintId !== event.data.complaintId),
      };
    case 'CustomerSurveyed':
      return withSurvey(doc, event.data);
    case 'RelationshipEnded':
      return { ...doc, status: 'departed', endedAt: event.data.endedAt };
    case 'RelationshipResumed':
      return { ...doc, status: 'active', activeSince: event.data.resumedAt, endedAt: null };
    default:
      return assertNever(event);
  }
};
