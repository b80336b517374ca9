import { assertNever } from '@concord/domain';
import type { DocumentKey, Projection, ProjectedEvent } from '../projection.js';
import { reachedCustomer } from '../shared/contact-rules.js';
import { laterOf } from '../shared/latest.js';
import { requireDocument } from '../shared/require-document.js';
import { CONTACT_COVERAGE_COLLECTION, type CoverageCustomerDocument } from './contact-coverage.document.js';

const NAME = 'contact-coverage';
const collection = CONTACT_COVERAGE_COLLECTION.name;

const evolve = (doc: CoverageCustomerDocument, event: ProjectedEvent): CoverageCustomerDocument => {
  switch (event.type) {
    case 'CustomerRegistered':
      return doc;
    case 'CustomerContacted':
      if (!reachedCustomer(event.data)) return doc;
      return { ...doc, lastContactAt: laterOf(doc.lastContactAt, event.data.occurredAt) };
    case 'CustomerClassified':
      return { ...doc, segment: event.data.segment };
    case 'RelationshipEnded':
      return { ...doc, status: 'departed' };
    case 'RelationshipResumed':
      return { ...doc, status: 'active' };
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
