import type {
  Actor,
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
import type { CommandMeta } from '../customer.commands.js';
import { DEFAULT_RULES } from '../domain-rules.js';

/** Fixed times: a customer registered in January, a complaint received five days later, "now" in April. */
export const T = {
  registered: '2026-01-05T09:00:00.000Z',
  contacted: '2026-01-08T10:30:00.000Z',
  received: '2026-01-10T08:00:00.000Z',
  due15: '2026-01-25T08:00:00.000Z',
  due30: '2026-02-09T08:00:00.000Z',
  due60: '2026-03-11T08:00:00.000Z',
  resolved: '2026-01-20T16:00:00.000Z',
  ended: '2026-03-20T12:00:00.000Z',
  resumed: '2026-03-25T12:00:00.000Z',
  now: '2026-04-01T00:00:00.000Z',
} as const;

/** One millisecond after `time`: the first instant beyond a limit. */
export const plusMs = (time: string, ms = 1): string => new Date(Date.parse(time) + ms).toISOString();

export const CUSTOMER_ID = 'c-1';
export const manager: Actor = { id: 'rm-7', role: 'relationship_manager' };
export const handler: Actor = { id: 'ch-3', role: 'complaint_handler' };
export const involvedStaff = 'teller-9';
export const supervisor = 'head-office-2';

export const meta = (overrides: Partial<CommandMeta> = {}): CommandMeta => ({
  now: T.now,
  actor: manager,
  rules: DEFAULT_RULES,
  ...overrides,
});

type DataOf<E> = E extends { data: infer D } ? D : never;

/** Builds an event of one type from defaults; a test overrides only what it is about. */
const eventBuilder =
  <E extends CustomerEvent>(type: E['type'], defaults: DataOf<E>) =>
  (overrides: Partial<DataOf<E>> = {}): E =>
    ({ type, data: { ...defaults, ...overrides } }) as E;

export const registered = eventBuilder<CustomerRegistered>('CustomerRegistered', {
  customerId: CUSTOMER_ID,
  kind: 'individual',
  name: 'Li Wei',
  phone: '+86 138 0000 0000',
  relationshipManagerId: manager.id,
  channel: 'branch',
  registeredAt: T.registered,
});

export const contacted = eventBuilder<CustomerContacted>('CustomerContacted', {
  customerId: CUSTOMER_ID,
  contactId: 'contact-1',
  channel: 'phone',
  direction: 'outbound',
  purpose: 'care',
  staffId: manager.id,
  occurredAt: T.contacted,
});

export const classified = eventBuilder<CustomerClassified>('CustomerClassified', {
  customerId: CUSTOMER_ID,
  segment: 'affluent',
  valueTier: 'gold',
  reason: 'assets above threshold',
  classifiedBy: { kind: 'staff', id: manager.id },
  previous: null,
  classifiedAt: T.contacted,
});

export const complained = eventBuilder<CustomerComplained>('CustomerComplained', {
  customerId: CUSTOMER_ID,
  complaintId: 'complaint-1',
  category: 'fees_and_charges',
  product: 'credit_card',
  severity: 'medium',
  channel: 'branch',
  description: 'annual fee charged twice',
  staffInvolved: [involvedStaff],
  receivedAt: T.received,
  dueAt: T.due15,
});

export const extended = eventBuilder<ComplaintDeadlineExtended>('ComplaintDeadlineExtended', {
  customerId: CUSTOMER_ID,
  complaintId: 'complaint-1',
  extension: 1,
  previousDueAt: T.due15,
  newDueAt: T.due30,
  reason: 'card scheme records needed',
  extendedAt: T.resolved,
});

export const resolved = eventBuilder<ComplaintResolved>('ComplaintResolved', {
  customerId: CUSTOMER_ID,
  complaintId: 'complaint-1',
  outcome: 'upheld',
  resolution: 'duplicate fee refunded',
  handlerId: handler.id,
  resolvedAt: T.resolved,
  withinDeadline: true,
});

export const surveyed = eventBuilder<CustomerSurveyed>('CustomerSurveyed', {
  customerId: CUSTOMER_ID,
  surveyId: 'survey-1',
  kind: 'csat',
  score: 4,
  channel: 'mobile_app',
  respondedAt: T.contacted,
});

export const ended = eventBuilder<RelationshipEnded>('RelationshipEnded', {
  customerId: CUSTOMER_ID,
  reason: 'moved abroad',
  endedAt: T.ended,
});

export const resumed = eventBuilder<RelationshipResumed>('RelationshipResumed', {
  customerId: CUSTOMER_ID,
  resumedAt: T.resumed,
});
