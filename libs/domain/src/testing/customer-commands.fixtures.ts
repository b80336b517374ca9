import type {
  ClassifyCustomer,
  CommandMeta,
  ContactCustomer,
  CustomerCommand,
  EndRelationship,
  ExtendComplaintDeadline,
  FileComplaint,
  RegisterCustomer,
  ResolveComplaint,
  ResumeRelationship,
  SurveyCustomer,
} from '../customer.commands.js';
import { CUSTOMER_ID, handler, involvedStaff, manager, meta, supervisor, T } from './customer.fixtures.js';

/** Builds a command of one type from defaults; `meta` is overridable for the actor, `now` or the rules. */
const commandBuilder =
  <C extends CustomerCommand>(type: C['type'], defaults: C['data'], defaultMeta: () => CommandMeta = meta) =>
  (overrides: Partial<C['data']> = {}, commandMeta: Partial<CommandMeta> = {}): C =>
    ({ type, data: { ...defaults, ...overrides }, meta: { ...defaultMeta(), ...commandMeta } }) as C;

const asHandler = () => meta({ actor: handler });

export const registerCustomer = commandBuilder<RegisterCustomer>('RegisterCustomer', {
  customerId: CUSTOMER_ID,
  kind: 'individual',
  name: 'Li Wei',
  phone: '+86 138 0000 0000',
  relationshipManagerId: manager.id,
  channel: 'branch',
  registeredAt: T.registered,
});

export const contactCustomer = commandBuilder<ContactCustomer>('ContactCustomer', {
  customerId: CUSTOMER_ID,
  contactId: 'contact-1',
  channel: 'phone',
  direction: 'outbound',
  purpose: 'care',
  occurredAt: T.contacted,
});

export const classifyCustomer = commandBuilder<ClassifyCustomer>('ClassifyCustomer', {
  customerId: CUSTOMER_ID,
  segment: 'affluent',
  valueTier: 'gold',
  reason: 'assets above threshold',
});

export const fileComplaint = commandBuilder<FileComplaint>(
  'FileComplaint',
  {
    customerId: CUSTOMER_ID,
    complaintId: 'complaint-1',
    category: 'fees_and_charges',
    product: 'credit_card',
    severity: 'medium',
    channel: 'branch',
    description: 'annual fee charged twice',
    staffInvolved: [involvedStaff],
    receivedAt: T.received,
  },
  asHandler,
);

export const extendDeadline = commandBuilder<ExtendComplaintDeadline>(
  'ExtendComplaintDeadline',
  { customerId: CUSTOMER_ID, complaintId: 'complaint-1', newDueAt: T.due30, reason: 'card scheme records needed' },
  asHandler,
);

export const approvedExtension = (overrides: Partial<ExtendComplaintDeadline['data']> = {}) =>
  extendDeadline({ newDueAt: T.due60, approvedBy: supervisor, reason: 'overseas merchant dispute', ...overrides });

export const resolveComplaint = commandBuilder<ResolveComplaint>(
  'ResolveComplaint',
  {
    customerId: CUSTOMER_ID,
    complaintId: 'complaint-1',
    outcome: 'upheld',
    resolution: 'duplicate fee refunded',
    resolvedAt: T.resolved,
  },
  asHandler,
);

export const surveyCustomer = commandBuilder<SurveyCustomer>('SurveyCustomer', {
  customerId: CUSTOMER_ID,
  surveyId: 'survey-1',
  kind: 'csat',
  score: 4,
  channel: 'mobile_app',
  respondedAt: T.contacted,
});

export const endRelationship = commandBuilder<EndRelationship>('EndRelationship', {
  customerId: CUSTOMER_ID,
  reason: 'moved abroad',
  endedAt: T.ended,
});

export const resumeRelationship = commandBuilder<ResumeRelationship>('ResumeRelationship', {
  customerId: CUSTOMER_ID,
  resumedAt: T.resumed,
});
