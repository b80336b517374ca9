import { bodies, type Appended, type HistoryBody } from './support/fixtures.js';
import { startTestApp, type ErrorBody, type TestApp } from './support/test-app.js';

describe('Idempotency-Key', () => {
  let t: TestApp;
  let manager: string;
  let auditor: string;

  beforeAll(async () => {
    t = await startTestApp();
    manager = await t.token('rm-1', 'relationship_manager');
    auditor = await t.token('au-1', 'auditor');
  });
  afterAll(() => t.close());

  const post = <Body = Appended>(path: string, body: object, key?: string, token = manager) =>
    t.request<Body>('POST', path, { token, body, headers: key === undefined ? {} : { 'idempotency-key': key } });

  const history = async (customerId: string) =>
    (await t.request<HistoryBody>('GET', `/v1/customers/${customerId}/history`, { token: auditor })).body.events;

  it('a retry answers the first 201 body and appends nothing', async () => {
    const first = await post('/v1/customers', bodies.register('idem-1'), 'key-register-1');
    const retry = await post('/v1/customers', bodies.register('idem-1'), 'key-register-1');
    expect(first.status).toBe(201);
    expect(retry.status).toBe(201);
    expect(retry.body).toEqual(first.body);
    const contact = await post('/v1/customers/idem-1/contacts', bodies.contact(), 'key-contact-1');
    const contactRetry = await post('/v1/customers/idem-1/contacts', bodies.contact(), 'key-contact-1');
    expect(contactRetry.body).toEqual(contact.body);
    expect(contact.body.contactId).toEqual(expect.any(String));
    expect((await history('idem-1')).map((event) => event.type)).toEqual(['CustomerRegistered', 'CustomerContacted']);
  });

  it('a retry of a registration without customerId names the same customer', async () => {
    const first = await post('/v1/customers', bodies.register(), 'key-generated-id');
    const retry = await post('/v1/customers', bodies.register(), 'key-generated-id');
    expect(retry.body).toEqual(first.body);
    expect(await history(first.body.customerId)).toHaveLength(1);
  });

  it('a retry of a complaint answers the same complaintId and dueAt, even after the stream moved on', async () => {
    await post('/v1/customers', bodies.register('idem-complaint'));
    const handler = await t.token('ch-1', 'complaint_handler');
    const path = '/v1/customers/idem-complaint/complaints';
    const first = await post(path, bodies.complaint(), 'key-complaint', handler);
    await post('/v1/customers/idem-complaint/contacts', bodies.contact());
    const retry = await post(path, bodies.complaint(), 'key-complaint', handler);
    expect(first.status).toBe(201);
    expect(retry.body).toEqual(first.body);
    expect(first.body.dueAt).toEqual(expect.any(String));
    expect(await history('idem-complaint')).toHaveLength(3);
  });

  it('the same key for a different command → 422 IDEMPOTENCY.KEY_REUSED', async () => {
    await post('/v1/customers', bodies.register('idem-reuse'), 'key-reused');
    const contact = await post<ErrorBody>('/v1/customers/idem-reuse/contacts', bodies.contact(), 'key-reused');
    expect([contact.status, contact.body.code]).toEqual([422, 'IDEMPOTENCY.KEY_REUSED']);
    const otherCustomer = await post<ErrorBody>('/v1/customers', bodies.register('idem-other'), 'key-reused');
    expect([otherCustomer.status, otherCustomer.body.code]).toEqual([422, 'IDEMPOTENCY.KEY_REUSED']);
    expect(await history('idem-reuse')).toHaveLength(1);
    expect((await t.request('GET', '/v1/customers/idem-other/history', { token: auditor })).status).toBe(404);
  });

  it("keys are per caller: another subject's same key is another command", async () => {
    await post('/v1/customers', bodies.register('idem-subjects'));
    const other = await t.token('rm-2', 'relationship_manager');
    const mine = await post('/v1/customers/idem-subjects/contacts', bodies.contact(), 'shared-key');
    const theirs = await post('/v1/customers/idem-subjects/contacts', bodies.contact(), 'shared-key', other);
    expect([mine.status, theirs.status]).toEqual([201, 201]);
    expect(theirs.body.contactId).not.toBe(mine.body.contactId);
    expect(await history('idem-subjects')).toHaveLength(3);
  });

  it('10 concurrent identical retries append one event and answer identically', async () => {
    await post('/v1/customers', bodies.register('idem-burst'));
    const answers = await Promise.all(
      Array.from({ length: 10 }, () => post('/v1/customers/idem-burst/contacts', bodies.contact(), 'key-burst')),
    );
    expect(answers.map((answer) => answer.status)).toEqual(Array(10).fill(201));
    expect(new Set(answers.map((answer) => JSON.stringify(answer.body))).size).toBe(1);
    const types = (await history('idem-burst')).map((event) => event.type);
    expect(types).toEqual(['CustomerRegistered', 'CustomerContacted']);
  });

  it('10 concurrent identical registrations create one customer', async () => {
    const answers = await Promise.all(
      Array.from({ length: 10 }, () => post('/v1/customers', bodies.register(), 'key-register-burst')),
    );
    expect(answers.map((answer) => answer.status)).toEqual(Array(10).fill(201));
    expect(new Set(answers.map((answer) => JSON.stringify(answer.body))).size).toBe(1);
    expect(await history(answers[0].body.customerId)).toHaveLength(1);
  });

  it('without a key, the same request twice is two commands', async () => {
    await post('/v1/customers', bodies.register('idem-none'));
    const first = await post('/v1/customers/idem-none/contacts', bodies.contact());
    const second = await post('/v1/customers/idem-none/contacts', bodies.contact());
    expect(second.body.contactId).not.toBe(first.body.contactId);
    const events = await history('idem-none');
    expect(new Set(events.map((event) => event.metadata.commandId)).size).toBe(3);
  });
});
