import type {
  ComplaintDeadlineExtended,
  ComplaintResolved,
  CustomerClassified,
  CustomerComplained,
  CustomerContacted,
  CustomerEvent,
  CustomerRegistered,
  CustomerSurveyed,
  RelationshipEnded,
  RelationshipResumed,
} from '@concord/contracts';

/** Default business times of the builders: registered in January, a complaint received five days later. */
export const FIXTURE_TIMES = {
  registered: '2026-01-05T09:00:00.000Z',
  contacted: '2026-01-08T10:30:00.000Z',
  received: '2026-01-10T08:00:00.000Z',
  due15: '2026-01-25T08:00:00.000Z',
  due30: '2026-02-09T08:00:00.000Z',
  resolved: '2026-01-20T16:00:00.000Z',
  surveyed: '2026-01-21T12:00:00.000Z',
  ended: '2026-03-20T12:00:00.000Z',
  resumed: '2026-03-25T12:00:00.000Z',
} as const;

type DataOf<E> = E extends { data: infer D } ? D : never;

/** Builds an event of one type from defaults a decider could have produced; a test overrides what it is about. */
const eventBuilder =
  <E extends CustomerEvent>(type: E['type'], defaults: DataOf<E>) =>
  (overrides: Partial<DataOf<E>> = {}): E =>
    ({ type, data: { ...defaults, ...overrides } }) as E;

export const customerRegistered = eventBuilder<CustomerRegistered>('CustomerRegistered', {
  customerId: 'c-1',
  kind: 'individual',
  name: 'Li Wei',
  phone: '+86 138 0000 0000',
  relationshipManagerId: 'rm-7',
  channel: 'branch',
  registeredAt: FIXTURE_TIMES.registered,
});

export const customerContacted = eventBuilder<CustomerContacted>('CustomerContacted', {
  customerId: 'c-1',
  contactId: 'contact-1',
  channel: 'phone',
  direction: 'outbound',
  purpose: 'care',
  staffId: 'rm-7',
  occurredAt: FIXTURE_TIMES.contacted,
});

export const customerClassified = eventBuilder<CustomerClassified>('CustomerClassified', {
  customerId: 'c-1',
  segment: 'affluent',
  valueTier: 'gold',
  reason: 'assets above threshold',
  classifiedBy: { kind: 'staff', id: 'rm-7' },
  previous: null,
  classifiedAt: FIXTURE_TIMES.contacted,
});

export const customerComplained = eventBuilder<CustomerComplained>('CustomerComplained', {
  customerId: 'c-1',
  complaintId: 'complaint-1',
  category: 'fees_and_charges',
  product: 'credit_card',
  severity: 'medium',
  channel: 'branch',
  description: 'annual fee charged twice',
  staffInvolved: ['teller-9'],
  receivedAt: FIXTURE_TIMES.received,
  dueAt: FIXTURE_TIMES.due15,
});

export const complaintDeadlineExtended = eventBuilder<ComplaintDeadlineExtended>('ComplaintDeadlineExtended', {
  customerId: 'c-1',
  complaintId: 'complaint-1',
  extension: 1,
  previousDueAt: FIXTURE_TIMES.due15,
  newDueAt: FIXTURE_TIMES.due30,
  reason: 'card scheme records needed',
  extendedAt: FIXTURE_TIMES.resolved,
});

export const complaintResolved = eventBuilder<ComplaintResolved>('ComplaintResolved', {
  customerId: 'c-1',
  complaintId: 'complaint-1',
  outcome: 'upheld',
  resolution: 'duplicate fee refunded',
  handlerId: 'ch-3',
  resolvedAt: FIXTURE_TIMES.resolved,
  withinDeadline: true,
});

export const customerSurveyed = eventBuilder<CustomerSurveyed>('CustomerSurveyed', {
  customerId: 'c-1',
  surveyId: 'survey-1',
  kind: 'csat',
  score: 4,
  channel: 'mobile_app',
  respondedAt: FIXTURE_TIMES.surveyed,
});

export const relationshipEnded = eventBuilder<RelationshipEnded>('RelationshipEnded', {
  customerId: 'c-1',
  reason: 'moved abroad',
  endedAt: FIXTURE_TIMES.ended,
});

export const relationshipResumed = eventBuilder<RelationshipResumed>('RelationshipResumed', {
  customerId: 'c-1',
  resumedAt: FIXTURE_TIMES.resumed,
});
