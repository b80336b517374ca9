import {
  customerClassified,
  customerComplained,
  customerContacted,
  customerRegistered,
  customerSurveyed,
  projectionSpec,
  relationshipEnded,
  relationshipResumed,
} from '@concord/testing';
import { DocumentMissing } from '../shared/read-model.errors.js';
import type { CoverageCustomerDocument } from './contact-coverage.document.js';
import { contactCoverageProjection } from './contact-coverage.projection.js';

const spec = projectionSpec(contactCoverageProjection);
const COLLECTION = 'contact_coverage';

const registered: CoverageCustomerDocument = {
  customerId: 'c-1',
  status: 'active',
  segment: null,
  relationshipManagerId: 'rm-7',
  lastContactAt: null,
};

describe('contact-coverage projection', () => {
  it('starts uncontacted and unclassified, with the relationship manager', () => {
    spec.given([customerRegistered()]).then(COLLECTION, 'c-1', registered);
  });

  it('keeps the current segment and the latest contact that reached the customer', () => {
    spec
      .given([
        customerRegistered(),
        customerClassified({ segment: 'mass' }),
        customerContacted({ contactId: 'k-1', occurredAt: '2026-02-01T00:00:00.000Z' }),
        customerContacted({ contactId: 'k-2', occurredAt: '2026-01-10T00:00:00.000Z' }),
        customerContacted({ contactId: 'k-3', occurredAt: '2026-03-01T00:00:00.000Z', outcome: { status: 'not_reached', reason: 'no_answer' } }),
        customerClassified({ segment: 'affluent', previous: { segment: 'mass' } }),
      ])
      .then(COLLECTION, 'c-1', { ...registered, segment: 'affluent', lastContactAt: '2026-02-01T00:00:00.000Z' });
  });

  it('follows departures and resumptions', () => {
    spec.given([customerRegistered(), relationshipEnded()]).then(COLLECTION, 'c-1', { ...registered, status: 'departed' });
    spec.given([customerRegistered(), relationshipEnded(), relationshipResumed()]).then(COLLECTION, 'c-1', registered);
  });

  it('does not handle complaints or surveys', () => {
    expect(contactCoverageProjection.handles).not.toContain('CustomerComplained');
    spec.given([customerRegistered(), customerComplained(), customerSurveyed()]).then(COLLECTION, 'c-1', registered);
  });

  it('stops on a contact with a customer it never saw registered', () => {
    expect(() => spec.given([customerContacted()]).thenMissing(COLLECTION, 'c-1')).toThrow(DocumentMissing);
  });

  it('changes nothing when replayed', () => {
    spec
      .given([
        customerRegistered(),
        customerContacted({ occurredAt: '2026-02-01T00:00:00.000Z' }),
        customerClassified(),
        relationshipEnded(),
        relationshipResumed(),
      ])
      .thenReplayChangesNothing();
  });
});
