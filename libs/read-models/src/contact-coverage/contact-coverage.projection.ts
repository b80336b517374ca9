import { assertNever } from '@concord/domain';
import type { DocumentKey, Projection, ProjectedEvent } from '../projection.js';
import { reachedCustomer } from '../shared/contact-rules.js';
import type { Draft } from '../shared/draft.js';
import { laterOf } from '../shared/latest.js';
import { requireDocument } from '../shared/require-document.js';
import { CONTACT_COVERAGE_COLLECTION, type CoverageCustomerDocument } from './contact-coverage.document.js';

const NAME = 'contact-coverage';
const collection = CONTACT_COVERAGE_COLLECTION.name;

/** A copy of the document to change (see Draft). */
const draftOf = (doc: CoverageCustomerDocument): Draft<CoverageCustomerDocument> => ({
  customerId: doc.customerId,
  status: doc.status,
  segment: doc.segment,
  relationshipManagerId: doc.relationshipManagerId,
  lastContactAt: doc.lastContactAt,
});

const evolve = (doc: CoverageCustomerDocument, event: ProjectedEvent): CoverageCustomerDocument => {
  switch (event.type) {
    case 'CustomerRegistered':
      return doc;
    case 'CustomerContacted': {
      if (!reachedCustomer(event.data)) return doc;
      const next = draftOf(doc);
      next.lastContactAt = laterOf(doc.lastContactAt, event.data.occurredAt);
      return next;
    }
    case 'CustomerClassified': {
      const next = draftOf(doc);
      next.segment = event.data.segment;
      return next;
    }
    case 'RelationshipEnded':
    case 'RelationshipResumed': {
      const next = draftOf(doc);
      next.status = event.type === 'RelationshipEnded' ? 'departed' : 'active';
      return next;
    }
    case 'CustomerComplained':
    case 'ComplaintDeadlineExtended':
    case 'ComplaintResolved':
    case 'CustomerSurveyed':
      return doc;
    default:
      return assertNever(event);
  }
};

/** Contact coverage per customer, for the share of customers reached in the last 30 and 90 days. */
export const contactCoverageProjection: Projection = {
  name: NAME,
  // v2: indexes that end with lastContactAt, for counting the customers reached in a window.
  version: 2,
  collections: [CONTACT_COVERAGE_COLLECTION],
  handles: [
    'CustomerRegistered',
    'CustomerContacted',
    'CustomerClassified',
    'RelationshipEnded',
    'RelationshipResumed',
  ],
  documentsFor: (event): readonly DocumentKey[] => [{ collection, id: event.data.customerId }],
  apply: (event, session) => {
    const key = { collection, id: event.data.customerId };
    const existing = session.get<CoverageCustomerDocument>(collection, key.id);
    const next: CoverageCustomerDocument =
      event.type === 'CustomerRegistered' && existing === undefined
        ? {
            customerId: event.data.customerId,
            status: 'active',
            segment: null,
            relationshipManagerId: event.data.relationshipManagerId,
            lastContactAt: null,
          }
        : evolve(requireDocument(existing, NAME, event, key), event);
    session.put(collection, key.id, next);
  },
};
