import {
  complaintDeadlineExtended,
  complaintResolved,
  customerComplained,
  customerContacted,
  customerRegistered,
  projectionSpec,
} from '@concord/testing';
import { DocumentMissing } from '../shared/read-model.errors.js';
import type { ComplaintDocument } from './complaint.document.js';
import { complaintsProjection } from './complaints.projection.js';

const spec = projectionSpec(complaintsProjection);
const COLLECTION = 'complaints';

const filed: ComplaintDocument = {
  customerId: 'c-1',
  complaintId: 'complaint-1',
  category: 'fees_and_charges',
  product: 'credit_card',
  severity: 'medium',
  channel: 'branch',
  receivedAt: '2026-01-10T08:00:00.000Z',
  month: '2026-01',
  originalDueAt: '2026-01-25T08:00:00.000Z',
  dueAt: '2026-01-25T08:00:00.000Z',
  extensions: 0,
  status: 'open',
  resolvedAt: null,
  outcome: null,
  withinDeadline: null,
  resolutionMs: null,
};

const secondExtension = complaintDeadlineExtended({
  extension: 2,
  previousDueAt: '2026-02-09T08:00:00.000Z',
  newDueAt: '2026-03-11T08:00:00.000Z',
  approvedBy: 'head-office-2',
});

describe('complaints projection', () => {
  it('files a complaint under the customer and complaint ids, without its description', () => {
    spec.given([customerRegistered(), customerComplained()]).then(COLLECTION, 'c-1:complaint-1', filed);
  });

  it('moves the due date with each extension and keeps the original', () => {
    spec
      .given([customerComplained(), complaintDeadlineExtended(), secondExtension])
      .then(COLLECTION, 'c-1:complaint-1', { ...filed, dueAt: '2026-03-11T08:00:00.000Z', extensions: 2 });
  });

  it('records the decision, whether it came by the due date, and how long it took to the millisecond', () => {
    spec
      .given([
        customerComplained(),
        complaintResolved({ resolvedAt: '2026-01-26T00:00:00.000Z', withinDeadline: false, outcome: 'rejected' }),
      ])
      .then(COLLECTION, 'c-1:complaint-1', {
        ...filed,
        status: 'resolved',
        resolvedAt: '2026-01-26T00:00:00.000Z',
        outcome: 'rejected',
        withinDeadline: false,
        resolutionMs: 15 * 86_400_000 + 16 * 3_600_000, // 2026-01-10 08:00 to 2026-01-26 00:00
      });
  });

  it('keeps complaints with the same id from different customers apart', () => {
    spec
      .given([customerComplained(), customerComplained({ customerId: 'c-2' }), complaintResolved({ customerId: 'c-2' })])
      .thenCollection(COLLECTION, {
        'c-1:complaint-1': filed,
        'c-2:complaint-1': expect.objectContaining({ customerId: 'c-2', status: 'resolved' }),
      });
  });

  it('ignores events about anything but complaints', () => {
    spec.given([customerRegistered(), customerContacted()]).thenCollection(COLLECTION, {});
  });

  it('stops on an extension of a complaint it never saw filed', () => {
    const given = spec.given([complaintDeadlineExtended()]);
    expect(() => given.thenMissing(COLLECTION, 'c-1:complaint-1')).toThrow(DocumentMissing);
  });

  it('changes nothing when replayed: a replayed filing or first extension does not undo what came after', () => {
    spec
      .given([customerComplained(), complaintDeadlineExtended(), secondExtension, complaintResolved()])
      .thenReplayChangesNothing();
  });
});
