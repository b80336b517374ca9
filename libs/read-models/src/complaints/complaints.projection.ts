import { assertNever } from '@concord/domain';
import { monthOf } from '../metrics/time.js';
import type { DocumentKey, DocumentSession, ProjectedEvent, ProjectedEventOf, Projection } from '../projection.js';
import type { Draft } from '../shared/draft.js';
import { requireDocument } from '../shared/require-document.js';
import { customerScopedId } from '../shared/scoped-id.js';
import { COMPLAINTS_COLLECTION, type ComplaintDocument } from './complaint.document.js';

const NAME = 'complaints';
const collection = COMPLAINTS_COLLECTION.name;

type ComplaintEvent = ProjectedEventOf<'CustomerComplained' | 'ComplaintDeadlineExtended' | 'ComplaintResolved'>;

const isComplaintEvent = (event: ProjectedEvent): event is ComplaintEvent =>
  event.type === 'CustomerComplained' ||
  event.type === 'ComplaintDeadlineExtended' ||
  event.type === 'ComplaintResolved';

const keyOf = ({ data }: ComplaintEvent): DocumentKey => ({
  collection,
  id: customerScopedId(data.customerId, data.complaintId),
});

const filed = ({ data }: ProjectedEventOf<'CustomerComplained'>): ComplaintDocument => ({
  customerId: data.customerId,
  complaintId: data.complaintId,
  category: data.category,
  product: data.product,
  severity: data.severity,
  channel: data.channel,
  receivedAt: data.receivedAt,
  month: monthOf(data.receivedAt),
  originalDueAt: data.dueAt,
  dueAt: data.dueAt,
  extensions: 0,
  status: 'open',
  resolvedAt: null,
  outcome: null,
  withinDeadline: null,
  resolutionMs: null,
});

/** A copy of the document to change (see Draft). */
const draftOf = (doc: ComplaintDocument): Draft<ComplaintDocument> => ({
  customerId: doc.customerId,
  complaintId: doc.complaintId,
  category: doc.category,
  product: doc.product,
  severity: doc.severity,
  channel: doc.channel,
  receivedAt: doc.receivedAt,
  month: doc.month,
  originalDueAt: doc.originalDueAt,
  dueAt: doc.dueAt,
  extensions: doc.extensions,
  status: doc.status,
  resolvedAt: doc.resolvedAt,
  outcome: doc.outcome,
  withinDeadline: doc.withinDeadline,
  resolutionMs: doc.resolutionMs,
});

/** Each update is monotone (extensions only move forward, resolution is final), so replaying any one is harmless. */
const evolve = (doc: ComplaintDocument, event: ComplaintEvent): ComplaintDocument => {
  switch (event.type) {
    case 'CustomerComplained':
      return doc;
    case 'ComplaintDeadlineExtended': {
      if (event.data.extension <= doc.extensions) return doc;
      const next = draftOf(doc);
      next.dueAt = event.data.newDueAt;
      next.extensions = event.data.extension;
      return next;
    }
    case 'ComplaintResolved': {
      const next = draftOf(doc);
      next.status = 'resolved';
      next.resolvedAt = event.data.resolvedAt;
      next.outcome = event.data.outcome;
      next.withinDeadline = event.data.withinDeadline;
      next.resolutionMs = Date.parse(event.data.resolvedAt) - Date.parse(doc.receivedAt);
      return next;
    }
    default:
      return assertNever(event);
  }
};

const applyToComplaint = (event: ComplaintEvent, session: DocumentSession): void => {
  const key = keyOf(event);
  const existing = session.get<ComplaintDocument>(collection, key.id);
  const next =
    event.type === 'CustomerComplained' && existing === undefined
      ? filed(event)
      : evolve(requireDocument(existing, NAME, event, key), event);
  session.put(collection, key.id, next);
};

/** Complaints as the SLA dashboard and the handlers' worklist need them. */
export const complaintsProjection: Projection = {
  name: NAME,
  // v2: resolutionMs, and the indexes the dashboard counts and the worklist pages with.
  version: 2,
  collections: [COMPLAINTS_COLLECTION],
  handles: ['CustomerComplained', 'ComplaintDeadlineExtended', 'ComplaintResolved'],
  documentsFor: (event: ProjectedEvent): readonly DocumentKey[] => (isComplaintEvent(event) ? [keyOf(event)] : []),
  apply: (event, session) => {
    switch (event.type) {
      case 'CustomerComplained':
      case 'ComplaintDeadlineExtended':
      case 'ComplaintResolved':
        return applyToComplaint(event, session);
      case 'CustomerRegistered':
      case 'CustomerContacted':
      case 'CustomerClassified':
      case 'CustomerSurveyed':
      case 'RelationshipEnded':
      case 'RelationshipResumed':
        return;
      default:
        return assertNever(event);
    }
  },
};
