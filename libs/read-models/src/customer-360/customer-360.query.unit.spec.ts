import { CHURN_MODEL_V1 } from '../churn-risk/churn-model.v1.js';
import { CHURN_NOW, churnDocument, troubledInputs } from '../testing/churn-inputs.fixtures.js';
import type { Customer360Document, OpenComplaintSummary } from './customer-360.document.js';
import { customer360View } from './customer-360.query.js';

const complaint = (complaintId: string, dueAt: string): OpenComplaintSummary => ({
  complaintId,
  category: 'fees_and_charges',
  product: 'credit_card',
  severity: 'medium',
  channel: 'branch',
  receivedAt: '2026-05-10T00:00:00.000Z',
  dueAt,
  extensions: 0,
});

const doc: Customer360Document = {
  customerId: 'c-1',
  kind: 'individual',
  name: 'Li Wei',
  phone: null,
  email: 'li.wei@example.com',
  relationshipManagerId: 'rm-7',
  onboardingChannel: 'branch',
  registeredAt: '2025-12-01T00:00:00.000Z',
  status: 'active',
  activeSince: '2025-12-01T00:00:00.000Z',
  endedAt: null,
  segment: 'affluent',
  valueTier: 'silver',
  riskRating: null,
  classifiedAt: '2026-05-01T00:00:00.000Z',
  lastContacts: [],
  openComplaints: [
    complaint('a', '2026-05-25T00:00:00.000Z'),
    complaint('b', '2026-06-04T12:00:00.000Z'),
    complaint('c', CHURN_NOW),
  ],
  latestCsat: null,
  latestNps: null,
};

describe('customer 360 view', () => {
  const view = customer360View(doc, churnDocument('c-1', troubledInputs), CHURN_NOW, CHURN_MODEL_V1);

  it('decides at the time of the question which open complaints are overdue, and by how much', () => {
    const shown = view.openComplaints.map(({ complaintId, overdue, daysUntilDue }) => ({
      complaintId,
      overdue,
      daysUntilDue,
    }));
    expect(shown).toEqual([
      { complaintId: 'a', overdue: true, daysUntilDue: -7 },
      { complaintId: 'b', overdue: false, daysUntilDue: 3.5 },
      { complaintId: 'c', overdue: false, daysUntilDue: 0 }, // due exactly now: not yet late
    ]);
  });

  it('shows the churn score with its top factors', () => {
    expect(view.churnRisk).toEqual({
      score: 86.7,
      band: 'high',
      modelVersion: 'churn-v1',
      asOf: CHURN_NOW,
      topFactors: [
        { factor: 'open_complaints', contribution: 16 },
        { factor: 'days_since_last_contact', contribution: 15.7 },
        { factor: 'low_csat', contribution: 12 },
      ],
    });
  });

  it('keeps the profile and everything stored', () => {
    expect(view).toMatchObject({ customerId: 'c-1', name: 'Li Wei', email: 'li.wei@example.com', segment: 'affluent' });
  });

  it('shows no churn score for a departed customer or before the churn inputs exist', () => {
    const departed = churnDocument('c-1', troubledInputs, { status: 'departed' });
    expect(customer360View({ ...doc, status: 'departed' }, departed, CHURN_NOW, CHURN_MODEL_V1).churnRisk).toBeNull();
    expect(customer360View(doc, null, CHURN_NOW, CHURN_MODEL_V1).churnRisk).toBeNull();
  });
});
