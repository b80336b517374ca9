import { bodies, POST_ROUTES } from './support/fixtures.js';
import { startTestApp, type ErrorBody, type TestApp } from './support/test-app.js';

describe('request validation (400, never 500)', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.token('admin-1', 'admin');
  });
  afterAll(() => t.close());

  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    t.request<ErrorBody>('POST', path, { token: admin, body, headers });

  const fieldsOf = (body: ErrorBody): string[] => (body.errors ?? []).map((error) => error.field).sort();

  describe.each(POST_ROUTES.map((route) => [route.name, route] as const))('%s', (_, route) => {
    const path = route.path('c-1', 'k-1');

    it('refuses unknown fields, naming them', async () => {
      const { status, body } = await post(path, { ...route.body?.(), bogus: 1 });
      expect(status).toBe(400);
      expect(body.code).toBe('VALIDATION_FAILED');
      expect(body.errors).toEqual([{ field: 'bogus', messages: ['property bogus should not exist'] }]);
    });

    it('refuses a body that is not a JSON object', async () => {
      for (const garbage of [[], 'text', 42, null]) {
        const { status, body } = await post(path, garbage);
        expect([status, body.errors]).toEqual([400, [{ field: 'body', messages: ['body must be a JSON object'] }]]);
      }
    });
  });

  it('lists every missing required field with its messages', async () => {
    const { status, body } = await post('/v1/customers', {});
    expect(status).toBe(400);
    expect(fieldsOf(body)).toEqual(['channel', 'kind', 'name', 'relationshipManagerId']);
    expect(body.errors?.find((error) => error.field === 'kind')?.messages).toContain(
      'kind must be one of: individual, corporate',
    );
  });

  it.each([
    ['/v1/customers/c-1/contacts', {}, ['channel', 'direction', 'purpose']],
    ['/v1/customers/c-1/classifications', {}, ['reason', 'segment']],
    ['/v1/customers/c-1/complaints', {}, ['category', 'channel', 'description', 'product', 'severity']],
    ['/v1/customers/c-1/complaints/k-1/extension', {}, ['newDueAt', 'reason']],
    ['/v1/customers/c-1/complaints/k-1/resolution', {}, ['outcome', 'resolution']],
    ['/v1/customers/c-1/surveys', {}, ['channel', 'kind', 'score']],
    ['/v1/customers/c-1/relationship-end', {}, ['reason']],
  ])('%s names its missing fields', async (path, body, fields) => {
    const response = await post(path, body);
    expect(response.status).toBe(400);
    expect(fieldsOf(response.body)).toEqual(fields);
  });

  it.each([
    ['/v1/customers/c-1/contacts', bodies.contact(), 'direction', 1],
    ['/v1/customers/c-1/classifications', bodies.classification(), 'segment', ['affluent']],
    ['/v1/customers/c-1/complaints', bodies.complaint(), 'staffInvolved', 'rm-7'],
    ['/v1/customers/c-1/complaints/k-1/extension', bodies.extension('2026-01-01T00:00:00Z'), 'newDueAt', true],
    ['/v1/customers/c-1/complaints/k-1/resolution', bodies.resolution(), 'resolution', { text: 'x' }],
    ['/v1/customers/c-1/surveys', bodies.survey(), 'score', '4'],
    ['/v1/customers/c-1/relationship-end', bodies.end(), 'endedAt', 20260105],
    ['/v1/customers/c-1/relationship-resume', bodies.resume(), 'reason', null],
  ])('%s names a wrong-typed field', async (path, body, field, value) => {
    const response = await post(path, { ...body, [field]: value });
    expect(response.status).toBe(400);
    expect(fieldsOf(response.body)).toEqual([field]);
    expect(response.body.errors?.[0]?.messages.length).toBeGreaterThan(0);
  });

  it('accepts an empty body where every field is optional (resume)', async () => {
    const { status, body } = await post('/v1/customers/c-1/relationship-resume', {});
    expect(status).toBe(409);
    expect(body.code).toBe('CUSTOMER.NOT_REGISTERED');
  });

  it.each([
    ['name', { name: 42 }, 'name must be a string'],
    ['name', { name: '   ' }, 'name must not be blank'],
    ['name', { name: 'x'.repeat(201) }, 'name must be shorter than or equal to 200 characters'],
    ['kind', { kind: 'alien' }, 'kind must be one of: individual, corporate'],
    ['phone', { phone: null }, 'phone must be a string'],
    ['email', { email: 'not-an-email' }, 'email must be an email'],
    ['customerId', { customerId: 'has space' }, 'customerId must be 1–64 letters'],
    ['registeredAt', { registeredAt: '2026-01-05' }, 'registeredAt must be an ISO-8601 instant'],
    ['registeredAt', { registeredAt: '2026-02-30T10:00:00Z' }, 'registeredAt must be a valid ISO 8601 date string'],
    ['registeredAt', { registeredAt: 1767600000000 }, 'registeredAt must be a string'],
  ])('register: a wrong %s is named with its message', async (field, change, message) => {
    const { status, body } = await post('/v1/customers', { ...bodies.register(), ...change });
    expect(status).toBe(400);
    const error = body.errors?.find((candidate) => candidate.field === field);
    expect(error?.messages.some((text) => text.startsWith(message))).toBe(true);
  });

  it.each([
    [{ kind: 'csat', score: 6 }, 'score must be from 1 to 5 for a csat survey'],
    [{ kind: 'csat', score: 0 }, 'score must be from 1 to 5 for a csat survey'],
    [{ kind: 'nps', score: 11 }, 'score must be from 0 to 10 for a nps survey'],
    [{ kind: 'nps', score: 7.5 }, 'score must be an integer number'],
    [{ kind: 'nps', score: '7' }, 'score must be an integer number'],
  ])('survey: a score that does not fit its scale is a 400 (%j)', async (change, message) => {
    const { status, body } = await post('/v1/customers/c-1/surveys', { ...bodies.survey(), ...change });
    expect(status).toBe(400);
    expect(body.errors?.find((error) => error.field === 'score')?.messages).toContain(message);
  });

  it('checks each staff id and the size of staffInvolved', async () => {
    const badId = { ...bodies.complaint(), staffInvolved: ['rm-7', 'no good'] };
    const bad = await post('/v1/customers/c-1/complaints', badId);
    expect(bad.status).toBe(400);
    expect(fieldsOf(bad.body)).toEqual(['staffInvolved']);
    const many = Array.from({ length: 21 }, (_, index) => `s-${index}`);
    const tooMany = await post('/v1/customers/c-1/complaints', { ...bodies.complaint(), staffInvolved: many });
    expect(tooMany.body.errors?.[0]?.messages).toContain('staffInvolved must contain no more than 20 elements');
  });

  it('validates path parameters', async () => {
    const { status, body } = await post('/v1/customers/bad%20id/contacts', bodies.contact());
    expect(status).toBe(400);
    expect(fieldsOf(body)).toEqual(['id']);
    const complaint = await post('/v1/customers/c-1/complaints/%24x/resolution', bodies.resolution());
    expect(fieldsOf(complaint.body)).toEqual(['complaintId']);
  });

  it('validates asOf and refuses unknown query parameters', async () => {
    const auditor = await t.token('a-1', 'auditor');
    const malformed = await t.request<ErrorBody>('GET', '/v1/customers/c-1/history?asOf=yesterday', { token: auditor });
    expect(malformed.status).toBe(400);
    expect(fieldsOf(malformed.body)).toEqual(['asOf']);
    const unknown = await t.request<ErrorBody>('GET', '/v1/customers/c-1/state?as_of=2026-01-01T00:00:00Z', {
      token: auditor,
    });
    expect(unknown.status).toBe(400);
    expect(fieldsOf(unknown.body)).toEqual(['as_of']);
  });

  it.each([['has space'], ['x'.repeat(129)], ['é']])('refuses the Idempotency-Key %j', async (key) => {
    const { status, body } = await post('/v1/customers', bodies.register(), { 'idempotency-key': key });
    expect(status).toBe(400);
    expect(fieldsOf(body)).toEqual(['Idempotency-Key']);
  });

  describe('bodies that are not JSON', () => {
    const raw = (rawBody: string, contentType?: string) =>
      t.request<ErrorBody>('POST', '/v1/customers', {
        token: admin,
        rawBody,
        headers: contentType === undefined ? {} : { 'content-type': contentType },
      });

    it('answers malformed JSON with 400 without quoting it', async () => {
      const { status, body } = await raw('{"name": "Li Wei", ', 'application/json');
      expect(status).toBe(400);
      expect(body).toEqual({
        code: 'VALIDATION_FAILED',
        message: expect.any(String),
        errors: [{ field: 'body', messages: ['body must be well-formed JSON'] }],
      });
      expect(JSON.stringify(body)).not.toContain('Li Wei');
    });

    it('answers a prototype-poisoning body with 400', async () => {
      const { status } = await raw('{"__proto__": {"admin": true}}', 'application/json');
      expect(status).toBe(400);
    });

    it('answers a constructor-poisoning body with 400', async () => {
      const { status } = await raw('{"constructor": {"prototype": {"admin": true}}}', 'application/json');
      expect(status).toBe(400);
    });

    it('answers another content type with 400', async () => {
      for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'application/xml']) {
        const { status, body } = await raw('name=Li', type);
        expect([type, status, body.errors?.[0]?.field]).toEqual([type, 400, 'Content-Type']);
      }
    });

    it('answers an empty JSON body with 400', async () => {
      const { status, body } = await raw('', 'application/json');
      expect(status).toBe(400);
      expect(body.code).toBe('VALIDATION_FAILED');
    });

    it('answers a body over the 64 KiB limit with 413', async () => {
      const { status, body } = await raw(JSON.stringify({ name: 'x'.repeat(70_000) }), 'application/json');
      expect(status).toBe(413);
      expect(body.code).toBe('REQUEST.TOO_LARGE');
    });
  });

  describe('garbage sweep', () => {
    const garbage: unknown[] = [
      {},
      { a: { b: { c: { d: [1, [2, [3]]] } } } },
      { name: { toString: 'x' }, kind: ['individual'], channel: { $ne: null } },
      { score: 1e308, kind: 'nps' },
      { score: -0, kind: 'nps' },
      { staffInvolved: 'rm-7' },
      { staffInvolved: [null, 1, {}] },
      { staffInvolved: Array.from({ length: 500 }, (_, index) => `s${index}`) },
      { constructor: { prototype: { polluted: true } } },
      { receivedAt: '9999-12-31T23:59:59Z', occurredAt: '0000-01-01T00:00:00Z' },
      { registeredAt: '2026-13-01T00:00:00Z', newDueAt: 'P1D', resolvedAt: '2026-01-01T24:00:00Z' },
      { customerId: '../../etc/passwd', contactId: '', complaintId: 'a'.repeat(65) },
      { description: '\u0000\u202e\ud800', summary: '😀'.repeat(1000), reason: '\n\t' },
      { kind: 'individual', name: 'x', relationshipManagerId: 'rm-7', channel: 'branch', registeredAt: null },
      Object.fromEntries(Array.from({ length: 300 }, (_, index) => [`k${index}`, index])),
    ];

    const routes = POST_ROUTES.map((route) => [route.name, route] as const);

    it.each(routes)('%s answers every garbage body below 500', async (_, route) => {
      for (const body of garbage) {
        const { status } = await post(route.path('c-1', 'k-1'), body);
        expect({ body, status: status < 500 }).toEqual({ body, status: true });
      }
    });
  });
});
