import { bodies, type HistoryBody } from './support/fixtures.js';
import { FakeClock } from './support/fakes.js';
import { startTestApp, type ErrorBody, type TestApp } from './support/test-app.js';

const followUp = { status: 'follow_up_needed', followUpBy: '2026-01-12T17:00:00+08:00' };

describe('POST /v1/customers/:id/contacts: the outcome', () => {
  const clock = new FakeClock('2026-01-05T09:00:00.000Z');
  let t: TestApp;
  let manager: string;

  beforeAll(async () => {
    t = await startTestApp({ clock });
    manager = await t.token('rm-7', 'relationship_manager');
    await t.request('POST', '/v1/customers', { token: manager, body: bodies.register('c-out') });
  });
  afterAll(() => t.close());

  const contact = (outcome: unknown) =>
    t.request<ErrorBody>('POST', '/v1/customers/c-out/contacts', { token: manager, body: { ...bodies.contact(), outcome } });

  const storedOutcomes = async () => {
    const auditor = await t.token('au-1', 'auditor');
    const { body } = await t.request<HistoryBody>('GET', '/v1/customers/c-out/history', { token: auditor });
    return body.events.filter((event) => event.type === 'CustomerContacted').map((event) => event.data['outcome']);
  };

  it('records a structured outcome as version 2, a follow-up with its due time in UTC', async () => {
    expect((await contact(followUp)).status).toBe(201);
    expect((await contact({ status: 'not_reached', reason: 'wrong_contact_details' })).status).toBe(201);
    expect(await storedOutcomes()).toEqual([
      { status: 'follow_up_needed', followUpBy: '2026-01-12T09:00:00.000Z' },
      { status: 'not_reached', reason: 'wrong_contact_details' },
    ]);
  });

  it('still takes a plain status, as before version 2, and records it as { status }', async () => {
    expect((await contact('reached')).status).toBe(201);
    expect((await storedOutcomes()).at(-1)).toEqual({ status: 'reached' });
  });

  it.each([
    ['a follow-up without its due time', 'follow_up_needed', 'outcome.followUpBy'],
    ['a follow-up without its due time, as an object', { status: 'follow_up_needed' }, 'outcome.followUpBy'],
    ['a due time on a contact that needs no follow-up', { status: 'reached', followUpBy: followUp.followUpBy }, 'outcome.followUpBy'],
    ['a reason on a follow-up', { ...followUp, reason: 'busy' }, 'outcome.reason'],
    ['a reason outside its vocabulary', { status: 'not_reached', reason: 'on holiday' }, 'outcome.reason'],
    ['an unknown status', { status: 'voicemail' }, 'outcome.status'],
    ['an unknown plain status', 'voicemail', 'outcome.status'],
    ['an unknown member', { status: 'reached', mood: 'happy' }, 'outcome.mood'],
    ['a list', [followUp], 'outcome'],
    ['a number', 3, 'outcome'],
  ])('refuses %s: 400 naming the field', async (_, outcome, field) => {
    const { status, body } = await contact(outcome);
    expect([status, body.code, body.errors?.map((error) => error.field)]).toEqual([400, 'VALIDATION_FAILED', [field]]);
  });

  it('documents both forms in the OpenAPI document', async () => {
    type Schemas = Readonly<Record<string, Readonly<{ properties?: Readonly<Record<string, { oneOf?: unknown[] }>> }>>>;
    const { body } = await t.request<Readonly<{ components: Readonly<{ schemas: Schemas }> }>>('GET', '/docs/json');
    const { schemas } = body.components;
    expect(schemas['ContactCustomerDto']?.properties?.['outcome']?.oneOf).toEqual([
      { $ref: '#/components/schemas/ContactOutcomeDto' },
      expect.objectContaining({ type: 'string', deprecated: true }),
    ]);
    expect(Object.keys(schemas['ContactOutcomeDto']?.properties ?? {})).toEqual(['status', 'reason', 'followUpBy']);
  });

  it('refuses a follow-up due before the contact: 422', async () => {
    const { status, body } = await contact({ status: 'follow_up_needed', followUpBy: '2026-01-05T08:00:00Z' });
    expect([status, body.code]).toEqual([422, 'TIME.NOT_AFTER_CONTACT']);
  });
});
