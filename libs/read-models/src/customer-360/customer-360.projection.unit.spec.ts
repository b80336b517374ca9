import {
  complaintDeadlineExtended,
  complaintResolved,
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
import type { Customer360Document } from './customer-360.document.js';
import { customer360Projection } from './customer-360.projection.js';

const spec = projectionSpec(customer360Projection);
const COLLECTION = 'customer_360';

const registered: Customer360Document = {
  customerId: 'c-1',
  kind: 'individual',
  name: 'Li Wei',
  phone: '+86 138 0000 0000',
  email: null,
  relationshipManagerId: 'rm-7',
  onboardingChannel: 'branch',
  registeredAt: '2026-01-05T09:00:00.000Z',
  status: 'active',
  activeSince: '2026-01-05T09:00:00.000Z',
  endedAt: null,
  segment: null,
  valueTier: null,
  riskRating: null,
  classifiedAt: null,
  lastContacts: [],
  openComplaints: [],
  latestCsat: null,
  latestNps: null,
};

const phoneCall = customerContacted({ contactId: 'k-2', occurredAt: '2026-02-01T10:00:00.000Z', outcome: { status: 'reached' } });
const olderCall = customerContacted({ contactId: 'k-1', occurredAt: '2026-01-20T10:00:00.000Z' });
const visit = customerContacted({
  contactId: 'k-3',
  channel: 'branch',
  purpose: 'service',
  direction: 'inbound',
  occurredAt: '2026-01-15T10:00:00.000Z',
});
const complaint2 = customerComplained({
  complaintId: 'complaint-2',
  receivedAt: '2026-01-12T08:00:00.000Z',
  dueAt: '2026-01-27T08:00:00.000Z',
});

const history = [
  customerRegistered(),
  phoneCall,
  olderCall,
  visit,
  customerClassified({ classifiedAt: '2026-01-09T00:00:00.000Z' }),
  customerComplained(),
  complaint2,
  complaintDeadlineExtended(),
  complaintResolved({ complaintId: 'complaint-2' }),
  customerSurveyed({ surveyId: 's-1', kind: 'csat', score: 2, respondedAt: '2026-02-03T00:00:00.000Z' }),
  customerSurveyed({ surveyId: 's-0', kind: 'csat', score: 5, respondedAt: '2026-01-30T00:00:00.000Z' }),
  customerSurveyed({ surveyId: 's-2', kind: 'nps', score: 9, channel: 'wechat', respondedAt: '2026-02-04T00:00:00.000Z' }),
];

describe('customer-360 projection', () => {
  it('creates the profile on registration, absent contact details as null', () => {
    spec.given([customerRegistered()]).then(COLLECTION, 'c-1', registered);
  });

  it('keeps the latest contact per channel, by when it happened rather than when it was recorded', () => {
    spec.given([customerRegistered(), phoneCall, olderCall, visit]).then(COLLECTION, 'c-1', {
      ...registered,
      lastContacts: [
        {
          channel: 'branch',
          contactId: 'k-3',
          occurredAt: '2026-01-15T10:00:00.000Z',
          direction: 'inbound',
          purpose: 'service',
          outcome: null,
        },
        {
          channel: 'phone',
          contactId: 'k-2',
          occurredAt: '2026-02-01T10:00:00.000Z',
          direction: 'outbound',
          purpose: 'care',
          outcome: 'reached',
        },
      ],
    });
  });

  it('shows the whole history: classification, open complaints by due date, latest CSAT and NPS', () => {
    spec.given(history).then(COLLECTION, 'c-1', {
      ...registered,
      segment: 'affluent',
      valueTier: 'gold',
      riskRating: null,
      classifiedAt: '2026-01-09T00:00:00.000Z',
      lastContacts: expect.any(Array),
      openComplaints: [
        {
          complaintId: 'complaint-1',
          category: 'fees_and_charges',
          product: 'credit_card',
          severity: 'medium',
          channel: 'branch',
          receivedAt: '2026-01-10T08:00:00.000Z',
          dueAt: '2026-02-09T08:00:00.000Z',
          extensions: 1,
        },
      ],
      latestCsat: { surveyId: 's-1', score: 2, channel: 'mobile_app', respondedAt: '2026-02-03T00:00:00.000Z' },
      latestNps: { surveyId: 's-2', score: 9, channel: 'wechat', respondedAt: '2026-02-04T00:00:00.000Z' },
    });
  });

  it('lists open complaints by due date', () => {
    spec.given([customerRegistered(), customerComplained(), complaint2]).then(COLLECTION, 'c-1', {
      ...registered,
      openComplaints: [
        expect.objectContaining({ complaintId: 'complaint-1', dueAt: '2026-01-25T08:00:00.000Z' }),
        expect.objectContaining({ complaintId: 'complaint-2', dueAt: '2026-01-27T08:00:00.000Z' }),
      ],
    });
  });

  it('marks a departure and a resumption, the relationship then active since the resumption', () => {
    spec.given([customerRegistered(), relationshipEnded()]).then(COLLECTION, 'c-1', {
      ...registered,
      status: 'departed',
      endedAt: '2026-03-20T12:00:00.000Z',
    });
    spec.given([customerRegistered(), relationshipEnded(), relationshipResumed()]).then(COLLECTION, 'c-1', {
      ...registered,
      activeSince: '2026-03-25T12:00:00.000Z',
    });
  });

  it('keeps customers apart', () => {
    const second = customerRegistered({ customerId: 'c-2', name: 'Wang Fang' });
    spec.given([customerRegistered(), second]).thenCollection(COLLECTION, {
      'c-1': registered,
      'c-2': { ...registered, customerId: 'c-2', name: 'Wang Fang' },
    });
  });

  it('stops on an event for a customer it never saw registered', () => {
    expect(() => spec.given([customerContacted()]).thenMissing(COLLECTION, 'c-1')).toThrow(DocumentMissing);
  });

  it('changes nothing when the same events are replayed', () => {
    spec.given(history).thenReplayChangesNothing();
  });
});
