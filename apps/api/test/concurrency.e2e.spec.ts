import { bodies, type Appended, type HistoryBody } from './support/fixtures.js';
import { startTestApp, type TestApp } from './support/test-app.js';

describe('concurrent commands', () => {
  let t: TestApp;
  let manager: string;
  let auditor: string;

  beforeAll(async () => {
    t = await startTestApp();
    manager = await t.token('rm-1', 'relationship_manager');
    auditor = await t.token('au-1', 'auditor');
  });
  afterAll(() => t.close());

  const post = (path: string, body: object) => t.request<Appended>('POST', path, { token: manager, body });
  const history = async (customerId: string) =>
    (await t.request<HistoryBody>('GET', `/v1/customers/${customerId}/history`, { token: auditor })).body.events;

  it('50 parallel contacts on one customer all succeed and leave a gap-free history 0..50', async () => {
    expect((await post('/v1/customers', bodies.register('busy'))).status).toBe(201);
    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, index) =>
        post('/v1/customers/busy/contacts', { ...bodies.contact(), summary: `call ${index}` }),
      ),
    );
    expect(answers.map((answer) => answer.status)).toEqual(Array(50).fill(201));
    expect(new Set(answers.map((answer) => answer.body.revision)).size).toBe(50);

    const events = await history('busy');
    expect(events.map((event) => event.revision)).toEqual(Array.from({ length: 51 }, (_, revision) => revision));
    const summaries = events.slice(1).map((event) => event.data['summary']);
    expect(new Set(summaries).size).toBe(50);
    expect(new Set(events.map((event) => event.data['contactId'])).size).toBe(51);
    expect(answers.map((answer) => answer.body.contactId).sort()).toEqual(
      events.slice(1).map((event) => event.data['contactId']).sort(),
    );
  });

  it('50 parallel registrations of 50 customers all succeed, one event each', async () => {
    const ids = Array.from({ length: 50 }, (_, index) => `many-${index}`);
    const answers = await Promise.all(ids.map((id) => post('/v1/customers', bodies.register(id))));
    expect(answers.map((answer) => answer.status)).toEqual(Array(50).fill(201));
    expect(new Set(answers.map((answer) => answer.body.position)).size).toBe(50);
    const histories = await Promise.all(ids.map(history));
    expect(histories.map((events) => events.length)).toEqual(Array(50).fill(1));
  });

  it('50 parallel contacts spread over 50 customers all succeed', async () => {
    const ids = Array.from({ length: 50 }, (_, index) => `many-${index}`);
    const answers = await Promise.all(ids.map((id) => post(`/v1/customers/${id}/contacts`, bodies.contact())));
    expect(answers.map((answer) => [answer.status, answer.body.revision])).toEqual(Array(50).fill([201, 1]));
  });

  it('two API instances on one event store, 25 contacts each on one customer in parallel, all succeed gap-free', async () => {
    // A second process on the same files: its commands and this one's conflict in the store and are retried.
    const second = await startTestApp({}, { dataDir: t.config.dataDir, projector: 'external' });
    try {
      const secondManager = await second.token('rm-1', 'relationship_manager');
      expect((await post('/v1/customers', bodies.register('shared'))).status).toBe(201);
      const contact = (app: TestApp, token: string, index: number) =>
        app.request<Appended>('POST', '/v1/customers/shared/contacts', { token, body: { ...bodies.contact(), summary: `call ${index}` } });
      const answers = await Promise.all(
        Array.from({ length: 50 }, (_, index) => (index % 2 === 0 ? contact(t, manager, index) : contact(second, secondManager, index))),
      );

      expect(answers.map((answer) => answer.status)).toEqual(Array(50).fill(201));
      const events = await history('shared');
      expect(events.map((event) => event.revision)).toEqual(Array.from({ length: 51 }, (_, revision) => revision));
    } finally {
      await second.close();
    }
  });
});
