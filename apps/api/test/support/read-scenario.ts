import { bodies, type Appended } from './fixtures.js';
import type { FakeClock } from './fakes.js';
import type { TestApp } from './test-app.js';

/** "Now" for the read-model suites: every figure below is computed at this instant. */
export const READ_NOW = '2026-03-10T09:00:00.000Z';

/** The personal data the scenario records; analyst answers must contain none of it. */
export const PERSONAL_DATA = [
  'Li Wei',
  '+86 138 0000 0000',
  'li.wei@example.com',
  'Zhang Min',
  '+86 139 1111 2222',
  'zhang.min@example.com',
  'Wang Fang',
  '+86 137 2222 3333',
  'wang.fang@example.com',
  'Charged an annual fee',
] as const;

/**
 * Three customers, recorded through the command routes:
 * - c-li (rm-7, affluent gold, since 2025-06-01): reached by phone on 03-01, a high complaint received 03-05 (due
 *   03-20), CSAT 4 in February, NPS 3 in March;
 * - c-zhang (rm-8, mass bronze, since 2025-01-01): reached by visit on 01-15, a critical complaint received 01-10
 *   (due 01-25: overdue now);
 * - c-gone (rm-7): registered 2025-05-01, relationship ended 2026-02-01.
 * Resolves to the position of the last command, for `?minPosition=`.
 */
export const recordReadScenario = async (t: TestApp, clock: FakeClock): Promise<number> => {
  const manager = await t.token('rm-7', 'relationship_manager');
  const handler = await t.token('ch-3', 'complaint_handler');
  let last = 0;
  const post = async (token: string, path: string, body: object): Promise<Appended> => {
    const response = await t.request<Appended>('POST', path, { token, body });
    if (response.status !== 201) {
      throw new Error(`${path} answered ${response.status}: ${JSON.stringify(response.body)}`);
    }
    last = Math.max(last, response.body.position);
    return response.body;
  };
  clock.set(READ_NOW);

  await post(manager, '/v1/customers', { ...bodies.register('c-li'), registeredAt: '2025-06-01T00:00:00Z' });
  await post(manager, '/v1/customers/c-li/contacts', { ...bodies.contact(), occurredAt: '2026-03-01T10:00:00Z' });
  await post(manager, '/v1/customers/c-li/classifications', bodies.classification());
  await post(handler, '/v1/customers/c-li/complaints', {
    ...bodies.complaint(),
    complaintId: 'k-li',
    receivedAt: '2026-03-05T00:00:00Z',
  });
  const survey = (kind: string, score: number, channel: string, respondedAt: string) => ({
    kind,
    score,
    channel,
    respondedAt,
  });
  await post(manager, '/v1/customers/c-li/surveys', survey('csat', 4, 'mobile_app', '2026-02-10T00:00:00Z'));
  await post(manager, '/v1/customers/c-li/surveys', survey('nps', 3, 'phone', '2026-03-02T00:00:00Z'));

  await post(manager, '/v1/customers', {
    ...bodies.register('c-zhang'),
    name: 'Zhang Min',
    phone: '+86 139 1111 2222',
    email: 'zhang.min@example.com',
    relationshipManagerId: 'rm-8',
    registeredAt: '2025-01-01T00:00:00Z',
  });
  await post(manager, '/v1/customers/c-zhang/classifications', {
    segment: 'mass',
    valueTier: 'bronze',
    reason: 'Salary account only',
  });
  await post(manager, '/v1/customers/c-zhang/contacts', {
    ...bodies.contact(),
    channel: 'visit',
    occurredAt: '2026-01-15T10:00:00Z',
  });
  await post(handler, '/v1/customers/c-zhang/complaints', {
    ...bodies.complaint(),
    complaintId: 'k-zhang',
    category: 'service_quality',
    product: 'current_account',
    severity: 'critical',
    receivedAt: '2026-01-10T00:00:00Z',
  });

  await post(manager, '/v1/customers', {
    ...bodies.register('c-gone'),
    name: 'Wang Fang',
    phone: '+86 137 2222 3333',
    email: 'wang.fang@example.com',
    registeredAt: '2025-05-01T00:00:00Z',
  });
  await post(manager, '/v1/customers/c-gone/relationship-end', { ...bodies.end(), endedAt: '2026-02-01T00:00:00Z' });
  return last;
};
