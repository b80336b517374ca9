import { join } from 'node:path';
import Database from 'better-sqlite3';
import { bodies, type Appended, type HistoryBody } from './support/fixtures.js';
import { FakeClock, RecordingAuditLog } from './support/fakes.js';
import { startTestApp, type ErrorBody, type TestApp } from './support/test-app.js';

type StateBody = Readonly<{
  customerId: string;
  asOf: string;
  revision: number | null;
  status: string;
  contacts?: Readonly<{ count: number }>;
  classification?: Readonly<{ segment: string }> | null;
}>;

type Verification = Readonly<{ valid: boolean; checked: number; firstInvalidRevision?: number }>;

describe('history, state as of a time, and verification', () => {
  const clock = new FakeClock('2026-01-05T09:00:00.000Z');
  const auditLog = new RecordingAuditLog();
  let t: TestApp;
  let manager: string;
  let auditor: string;

  beforeAll(async () => {
    t = await startTestApp({ clock, auditLog });
    // rm-7 serves c-audit (see bodies.register).
    manager = await t.token('rm-7', 'relationship_manager');
    auditor = await t.token('au-1', 'auditor');
    // Recorded on three days; the contact's business time lies before it was recorded (imported history).
    clock.set('2026-01-05T09:00:00Z');
    await post('/v1/customers', bodies.register('c-audit'), { 'x-correlation-id': 'corr-register' });
    clock.set('2026-01-06T09:00:00Z');
    await post('/v1/customers/c-audit/contacts', { ...bodies.contact(), occurredAt: '2026-01-05T20:00:00+08:00' });
    clock.set('2026-01-07T09:00:00Z');
    await post('/v1/customers/c-audit/classifications', bodies.classification());
    clock.set('2026-01-08T09:00:00Z');
  });
  afterAll(() => t.close());

  const post = async (path: string, body: object, headers: Record<string, string> = {}) => {
    const response = await t.request<Appended>('POST', path, { token: manager, body, headers });
    expect(response.status).toBe(201);
    return response;
  };
  const get = <Body>(path: string, token = auditor) => t.request<Body>('GET', path, { token });

  it('returns the events in stream order with ids, hashes and metadata', async () => {
    const { status, body } = await get<HistoryBody>('/v1/customers/c-audit/history');
    expect(status).toBe(200);
    expect(body.customerId).toBe('c-audit');
    expect(body.events.map(({ type, revision }) => [type, revision])).toEqual([
      ['CustomerRegistered', 0],
      ['CustomerContacted', 1],
      ['CustomerClassified', 2],
    ]);
    const [registered, contacted] = body.events;
    expect(registered).toMatchObject({ previousHash: null, eventId: registered?.metadata.eventId });
    expect(contacted?.previousHash).toBe(registered?.hash);
    expect(registered?.metadata).toMatchObject({
      correlationId: 'corr-register',
      causationId: registered?.metadata.commandId,
      actor: { id: 'rm-7', role: 'relationship_manager' },
      occurredAt: '2026-01-05T09:00:00.000Z',
      recordedAt: '2026-01-05T09:00:00.000Z',
      schemaVersion: 1,
    });
    expect(contacted?.metadata).toMatchObject({
      occurredAt: '2026-01-05T12:00:00.000Z',
      recordedAt: '2026-01-06T09:00:00.000Z',
    });
    const positions = body.events.map((event) => event.position);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('?asOf keeps what had been recorded by then, whatever the time zone', async () => {
    const asOf = async (time: string) =>
      (await get<HistoryBody>(`/v1/customers/c-audit/history?asOf=${encodeURIComponent(time)}`)).body.events.length;
    expect(await asOf('2026-01-05T08:59:59Z')).toBe(0);
    expect(await asOf('2026-01-05T09:00:00Z')).toBe(1);
    expect(await asOf('2026-01-06T17:00:00+08:00')).toBe(2);
    expect(await asOf('2026-02-01T00:00:00Z')).toBe(3);
  });

  it('state folds the history as of a time', async () => {
    const now = await get<StateBody>('/v1/customers/c-audit/state');
    expect(now.body).toMatchObject({
      customerId: 'c-audit',
      status: 'active',
      revision: 2,
      asOf: '2026-01-08T09:00:00.000Z',
      contacts: { count: 1 },
      classification: { segment: 'affluent' },
    });
    const then = await get<StateBody>('/v1/customers/c-audit/state?asOf=2026-01-06T12:00:00%2B00:00');
    expect(then.body).toMatchObject({
      status: 'active',
      revision: 1,
      asOf: '2026-01-06T12:00:00.000Z',
      classification: null,
    });
    const before = await get<StateBody>('/v1/customers/c-audit/state?asOf=2026-01-01T00:00:00Z');
    expect(before.body).toEqual({
      status: 'unregistered',
      customerId: 'c-audit',
      asOf: '2026-01-01T00:00:00.000Z',
      revision: null,
    });
  });

  it('relationship managers and complaint handlers may read state too', async () => {
    const handler = await t.token('ch-1', 'complaint_handler');
    expect((await get('/v1/customers/c-audit/state', manager)).status).toBe(200);
    expect((await get('/v1/customers/c-audit/state', handler)).status).toBe(200);
  });

  it("refuses a relationship manager the state of another manager's customer, and records no read", async () => {
    auditLog.reads.length = 0;
    const otherManager = await t.token('rm-1', 'relationship_manager');
    const { status, body } = await get<ErrorBody>('/v1/customers/c-audit/state', otherManager);
    expect([status, body.code]).toEqual([403, 'AUTH.NOT_YOUR_CUSTOMER']);
    expect(JSON.stringify(body)).not.toContain('Li Wei');
    expect(auditLog.reads).toEqual([]);
  });

  it('answers 404 CUSTOMER.NOT_FOUND for a customer with no history', async () => {
    for (const path of ['history', 'state', 'history/verification']) {
      const { status, body } = await get<ErrorBody>(`/v1/customers/nobody/${path}`);
      expect([path, status, body.code]).toEqual([path, 404, 'CUSTOMER.NOT_FOUND']);
    }
  });

  it('records every read of personal data in the audit log, without personal data', async () => {
    auditLog.reads.length = 0;
    await t.request('GET', '/v1/customers/c-audit/history?asOf=2026-01-06T00:00:00Z', {
      token: auditor,
      headers: { 'x-correlation-id': 'corr-read' },
    });
    await get('/v1/customers/c-audit/state', manager);
    expect(auditLog.reads).toEqual([
      {
        actor: { id: 'au-1', role: 'auditor' },
        route: 'GET /v1/customers/:id/history',
        customerId: 'c-audit',
        correlationId: 'corr-read',
        asOf: '2026-01-06T00:00:00Z',
      },
      {
        actor: { id: 'rm-7', role: 'relationship_manager' },
        route: 'GET /v1/customers/:id/state',
        customerId: 'c-audit',
        correlationId: expect.any(String),
      },
    ]);
    expect(JSON.stringify(auditLog.reads)).not.toContain('Li Wei');
  });

  it('verifies an intact chain', async () => {
    const { status, body } = await get<Verification>('/v1/customers/c-audit/history/verification');
    expect(status).toBe(200);
    expect(body).toEqual({ valid: true, checked: 3 });
  });

  it('reports the first altered event after the SQLite file is tampered with', async () => {
    await post('/v1/customers', bodies.register('c-tampered'));
    for (let contact = 0; contact < 3; contact += 1) await post('/v1/customers/c-tampered/contacts', bodies.contact());
    const db = new Database(join(t.config.dataDir, 'events.sqlite'));
    try {
      // What someone with write access to the file could do: lift the append-only trigger and rewrite history.
      db.exec('DROP TRIGGER IF EXISTS events_are_immutable');
      const row = db
        .prepare<[string, number], { data: string }>('SELECT data FROM events WHERE stream = ? AND revision = ?')
        .get('customer-c-tampered', 2);
      const data = { ...(JSON.parse(row?.data ?? '{}') as Record<string, unknown>), outcome: 'not_reached' };
      const changes = db
        .prepare('UPDATE events SET data = ? WHERE stream = ? AND revision = ?')
        .run(JSON.stringify(data), 'customer-c-tampered', 2).changes;
      expect(changes).toBe(1);
    } finally {
      db.close();
    }
    const { body } = await get<Verification>('/v1/customers/c-tampered/history/verification');
    expect(body).toEqual({ valid: false, checked: 2, firstInvalidRevision: 2 });
    expect((await get<Verification>('/v1/customers/c-audit/history/verification')).body.valid).toBe(true);
  });
});
