import type { Role } from '@concord/contracts';

/** Valid request bodies, one per command route. */
export const bodies = {
  register: (customerId?: string) => ({
    ...(customerId === undefined ? {} : { customerId }),
    kind: 'individual',
    name: 'Li Wei',
    phone: '+86 138 0000 0000',
    email: 'li.wei@example.com',
    relationshipManagerId: 'rm-7',
    channel: 'branch',
  }),
  contact: () => ({ channel: 'phone', direction: 'outbound', purpose: 'follow_up', outcome: 'reached' }),
  classification: () => ({ segment: 'affluent', valueTier: 'gold', riskRating: 'low', reason: 'Assets above 1M' }),
  complaint: () => ({
    category: 'fees_and_charges',
    product: 'credit_card',
    severity: 'high',
    channel: 'phone',
    description: 'Charged an annual fee that was waived.',
    staffInvolved: ['rm-7'],
  }),
  extension: (newDueAt: string) => ({ newDueAt, reason: 'Needs the card issuer’s records.' }),
  resolution: () => ({ outcome: 'upheld', resolution: 'Fee refunded.', remedy: 'Refund of 300 CNY' }),
  survey: () => ({ kind: 'csat', score: 4, channel: 'mobile_app' }),
  end: () => ({ reason: 'Moved abroad' }),
  resume: () => ({ reason: 'Returned' }),
};

export type RouteSpec = Readonly<{
  name: string;
  method: 'GET' | 'POST';
  path: (customerId: string, complaintId: string) => string;
  /** Roles that may call it besides admin, from the role matrix. */
  allowed: readonly Role[];
  body?: () => object;
  /** Answered from a read model (accepts `?minPosition=`). */
  readModel?: boolean;
}>;

const customer = (id: string): string => `/v1/customers/${id}`;

const route = (
  name: string,
  method: RouteSpec['method'],
  path: RouteSpec['path'],
  allowed: readonly Role[],
  body?: () => object,
): RouteSpec => ({ name, method, path, allowed, ...(body === undefined ? {} : { body }) });

const query = (name: string, path: RouteSpec['path'], allowed: readonly Role[]): RouteSpec => ({
  ...route(name, 'GET', path, allowed),
  readModel: true,
});

/**
 * Every /v1 route with the roles the issue grants (state: also managers and handlers, a documented choice;
 * projections: analysts and auditors, see projections.controller.ts; events: services).
 */
export const ROUTES: readonly RouteSpec[] = [
  route('register', 'POST', () => '/v1/customers', ['relationship_manager'], bodies.register),
  route('contact', 'POST', (c) => `${customer(c)}/contacts`, ['relationship_manager'], bodies.contact),
  route('classify', 'POST', (c) => `${customer(c)}/classifications`, ['relationship_manager'], bodies.classification),
  route('survey', 'POST', (c) => `${customer(c)}/surveys`, ['relationship_manager'], bodies.survey),
  route('end', 'POST', (c) => `${customer(c)}/relationship-end`, ['relationship_manager'], bodies.end),
  route('resume', 'POST', (c) => `${customer(c)}/relationship-resume`, ['relationship_manager'], bodies.resume),
  route('complain', 'POST', (c) => `${customer(c)}/complaints`, ['complaint_handler'], bodies.complaint),
  route('extend', 'POST', (c, k) => `${customer(c)}/complaints/${k}/extension`, ['complaint_handler'], () =>
    bodies.extension('2026-01-01T00:00:00Z'),
  ),
  route('resolve', 'POST', (c, k) => `${customer(c)}/complaints/${k}/resolution`, ['complaint_handler'], () =>
    bodies.resolution(),
  ),
  route('history', 'GET', (c) => `${customer(c)}/history`, ['auditor']),
  route('verification', 'GET', (c) => `${customer(c)}/history/verification`, ['auditor']),
  route('state', 'GET', (c) => `${customer(c)}/state`, ['auditor', 'relationship_manager', 'complaint_handler']),
  query('customer 360', (c) => customer(c), ['relationship_manager', 'complaint_handler']),
  query('churn-risk list', () => '/v1/churn-risk', ['analyst']),
  query('churn-risk detail', (c) => `/v1/churn-risk/${c}`, ['analyst']),
  query('satisfaction dashboard', () => '/v1/dashboards/satisfaction', ['analyst']),
  query('complaints dashboard', () => '/v1/dashboards/complaints', ['analyst']),
  query('contact coverage', () => '/v1/dashboards/contact-coverage', ['analyst']),
  query('open complaints', () => '/v1/complaints/open', ['complaint_handler']),
  route('projections', 'GET', () => '/v1/projections', ['analyst', 'auditor']),
  route('metrics', 'GET', () => '/metrics', ['service']),
  route('events', 'GET', () => '/v1/events?limit=1', ['service']),
];

/** The routes answered from read models: they accept `?minPosition=`. */
export const READ_MODEL_ROUTES = ROUTES.filter((route) => route.readModel === true);

export const POST_ROUTES = ROUTES.filter((route) => route.method === 'POST');

/** Answers of the command routes, as tests read them. */
export type Appended = Readonly<{
  customerId: string;
  revision: number;
  position: number;
  contactId?: string;
  complaintId?: string;
  surveyId?: string;
  dueAt?: string;
  extension?: number;
  withinDeadline?: boolean;
}>;

export type HistoryBody = Readonly<{
  customerId: string;
  events: readonly Readonly<{
    eventId: string;
    type: string;
    revision: number;
    position: number;
    data: Readonly<Record<string, unknown>>;
    metadata: Readonly<{
      eventId: string;
      commandId: string;
      correlationId: string;
      causationId: string;
      actor: Readonly<{ id: string; role: string }>;
      occurredAt: string;
      recordedAt: string;
      schemaVersion: number;
    }>;
    hash: string;
    previousHash: string | null;
  }>[];
}>;
