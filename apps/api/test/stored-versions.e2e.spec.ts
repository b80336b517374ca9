import { Ajv2020 } from 'ajv/dist/2020.js';
import {
  customerStream,
  EVENT_ENVELOPE_SCHEMA_ID,
  PERSONAL_DATA_KEYWORD,
  publishedSchemas,
  type EventMetadata,
} from '@concord/contracts';
import type { EventStore } from '@concord/event-store';
import { isIsoTime } from '@concord/domain';
import { EVENT_STORE } from '../src/infrastructure/event-store.provider.js';
import { bodies, type Appended, type HistoryBody } from './support/fixtures.js';
import { startTestApp, type ErrorBody, type TestApp } from './support/test-app.js';

type Entry = HistoryBody['events'][number] & Readonly<{ schemaVersion: number; storedData?: Record<string, unknown> }>;
type Page = Readonly<{ events: readonly Readonly<{ type: string; data: Record<string, unknown>; metadata: EventMetadata }>[] }>;

/** A contact as a release before CustomerContacted version 2 stored it: the outcome is its status alone. */
const contactV1 = {
  customerId: 'c-v1',
  contactId: 'ct-old',
  channel: 'visit',
  direction: 'outbound',
  purpose: 'care',
  outcome: 'not_reached',
  staffId: 'rm-7',
  occurredAt: '2026-01-05T10:00:00.000Z',
};

describe('a contact stored as version 1, read through the API', () => {
  let t: TestApp;
  let auditor: string;
  let manager: string;
  let position: number;

  beforeAll(async () => {
    t = await startTestApp();
    auditor = await t.token('au-1', 'auditor');
    manager = await t.token('rm-7', 'relationship_manager');
    await t.request<Appended>('POST', '/v1/customers', { token: manager, body: bodies.register('c-v1') });
    const store = t.app.get<symbol, EventStore>(EVENT_STORE);
    const [registered] = await store.readStream(customerStream('c-v1'));
    const metadata = { ...(registered?.metadata as EventMetadata), eventId: 'e-old', commandId: 'cmd-old', schemaVersion: 1 };
    ({ position } = await store.append(customerStream('c-v1'), [{ type: 'CustomerContacted', data: contactV1, metadata }], {
      exact: 0,
    }));
  });
  afterAll(() => t.close());

  it('shows it to auditors as version 2, with the data as stored beside it, and the chain verifies', async () => {
    const { body } = await t.request<Readonly<{ events: readonly Entry[] }>>('GET', '/v1/customers/c-v1/history', {
      token: auditor,
    });
    const contacted = body.events[1];
    expect(contacted).toMatchObject({
      type: 'CustomerContacted',
      schemaVersion: 2,
      data: { ...contactV1, outcome: { status: 'not_reached' } },
      storedData: contactV1,
      metadata: { schemaVersion: 1 },
    });
    expect(body.events[0]).not.toHaveProperty('storedData');
    const verification = await t.request('GET', '/v1/customers/c-v1/history/verification', { token: auditor });
    expect(verification.body).toEqual({ valid: true, checked: 2 });
  });

  it('folds it into the state, and the decider holds its contact id as taken', async () => {
    const state = await t.request('GET', '/v1/customers/c-v1/state', { token: auditor });
    expect(state.body).toMatchObject({ revision: 1, contacts: { count: 1 } });
    const again = await t.request<ErrorBody>('POST', '/v1/customers/c-v1/contacts', {
      token: manager,
      body: { ...bodies.contact(), contactId: 'ct-old' },
    });
    expect([again.status, again.body.code]).toEqual([409, 'CONTACT.DUPLICATE_ID']);
  });

  it('projects it as version 2 into the read models', async () => {
    const { body } = await t.request<Readonly<{ lastContacts: readonly Readonly<{ outcome: string | null }>[] }>>(
      'GET',
      `/v1/customers/c-v1?minPosition=${position}`,
      { token: manager },
    );
    expect(body.lastContacts).toEqual([expect.objectContaining({ channel: 'visit', outcome: 'not_reached' })]);
  });

  it('publishes it to other services as version 2, as the published schemas describe', async () => {
    const { body } = await t.request<Page>('GET', '/v1/events?customerId=c-v1', { token: await t.token('svc', 'service') });
    expect(body.events[1]).toMatchObject({ data: { outcome: { status: 'not_reached' } }, metadata: { schemaVersion: 2 } });
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    ajv.addKeyword(PERSONAL_DATA_KEYWORD);
    ajv.addFormat('date-time', isIsoTime);
    for (const schema of publishedSchemas()) ajv.addSchema(schema);
    for (const event of body.events) expect([event.type, ajv.validate(EVENT_ENVELOPE_SCHEMA_ID, event), ajv.errors]).toEqual([event.type, true, null]);
  });
});
