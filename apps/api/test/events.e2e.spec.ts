import { EventStreams } from '../src/events/event-streams.js';
import { until } from '../src/events/testing/sse-blocks.js';
import { RecordingAuditLog } from './support/fakes.js';
import { bodies, type Appended } from './support/fixtures.js';
import { openStream } from './support/sse-stream.js';
import { startTestApp, type ErrorBody, type TestApp } from './support/test-app.js';

type Page = Readonly<{
  events: readonly Readonly<{
    eventId: string;
    position: number;
    type: string;
    stream: string;
    data: Record<string, unknown>;
    metadata: Record<string, unknown>;
  }>[];
  nextAfter: number;
}>;

describe('GET /v1/events', () => {
  let t: TestApp;
  const audit = new RecordingAuditLog();
  let service: string;
  let admin: string;
  let manager: string;
  let handler: string;

  const post = async (token: string, path: string, body: object): Promise<Appended> => {
    const response = await t.request<Appended>('POST', path, { token, body });
    if (response.status !== 201) throw new Error(`${path}: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body;
  };
  const register = (customerId: string) => post(manager, '/v1/customers', bodies.register(customerId));
  const complain = (customerId: string) => post(handler, `/v1/customers/${customerId}/complaints`, bodies.complaint());
  const page = (query: string, token = service) => t.request<Page>('GET', `/v1/events${query}`, { token });

  beforeAll(async () => {
    t = await startTestApp({ auditLog: audit, eventStreams: { heartbeatMs: 20 } });
    [service, admin, manager, handler] = await Promise.all([
      t.token('alerts-svc', 'service'),
      t.token('admin-1', 'admin'),
      t.token('rm-7', 'relationship_manager'),
      t.token('ch-3', 'complaint_handler'),
    ]);
    await register('c-1');
    await complain('c-1');
    await register('c-2');
  });
  afterAll(() => t.close());

  describe('as JSON pages', () => {
    it('given recorded commands, when a service reads a page, then it gets the events in order without personal data', async () => {
      const { status, body } = await page('?after=0');
      expect(status).toBe(200);
      expect(body.events.map((event) => [event.position, event.type, event.stream])).toEqual([
        [1, 'CustomerRegistered', 'customer-c-1'],
        [2, 'CustomerComplained', 'customer-c-1'],
        [3, 'CustomerRegistered', 'customer-c-2'],
      ]);
      expect(body.nextAfter).toBe(3);
      expect(JSON.stringify(body)).not.toMatch(/Li Wei|li\.wei@|\+86|annual fee/);
      expect(body.events[1]?.data).toMatchObject({ complaintId: expect.any(String), severity: 'high' });
      expect(body.events[0]?.metadata).not.toHaveProperty('commandId');
    });

    it('given an admin, when reading a page, then personal data is included and the read is audited', async () => {
      const before = audit.reads.length;
      const { body } = await page('?customerId=c-1', admin);
      expect(body.events[0]?.data).toMatchObject({ name: 'Li Wei', email: 'li.wei@example.com' });
      expect(audit.reads.slice(before)).toEqual([
        expect.objectContaining({ route: 'GET /v1/events', customerId: 'c-1', actor: { id: 'admin-1', role: 'admin' } }),
      ]);
    });

    it('given a service, when reading pages, then nothing is audited (no personal data left)', async () => {
      const before = audit.reads.length;
      await page('');
      expect(audit.reads.length).toBe(before);
    });

    it('given a filter, when paging with limit 1, then nextAfter moves past skipped events and paging ends', async () => {
      const seen: number[] = [];
      let after = 0;
      for (;;) {
        const { body } = await page(`?after=${after}&limit=1&types=CustomerRegistered`);
        seen.push(...body.events.map((event) => event.position));
        if (body.nextAfter === after) break;
        after = body.nextAfter;
      }
      expect(seen).toEqual([1, 3]);
      expect(after).toBe(3);
    });

    it.each<[string, string]>([
      ['?types=CustomerTeleported', 'types'],
      ['?types=', 'types'],
      ['?types=CustomerRegistered,', 'types'],
      ['?limit=0', 'limit'],
      ['?limit=1001', 'limit'],
      ['?limit=ten', 'limit'],
      ['?after=-1', 'after'],
      ['?after=latest', 'after'],
      ['?after=1&after=2', 'after'],
      ['?customerId=c%201', 'customerId'],
      ['?type=CustomerRegistered', 'type'],
    ])('%s → 400 naming %s', async (query, field) => {
      const { status, body } = await t.request<ErrorBody>('GET', `/v1/events${query}`, { token: service });
      expect([status, body.code]).toEqual([400, 'VALIDATION_FAILED']);
      expect(body.errors?.map((error) => error.field)).toEqual([field]);
    });

    it('names the unknown event types in its message', async () => {
      const { body } = await t.request<ErrorBody>('GET', '/v1/events?types=CustomerRegistered,Nope', { token: service });
      expect(body.errors?.[0]?.messages[0]).toContain('"Nope"');
    });

    it('refuses a malformed Last-Event-ID, and a limit on a stream', async () => {
      const header = await t.request<ErrorBody>('GET', '/v1/events', {
        token: service,
        headers: { 'last-event-id': 'yesterday' },
      });
      expect([header.status, header.body.errors?.[0]?.field]).toEqual([400, 'Last-Event-ID']);
      const limit = await t.request<ErrorBody>('GET', '/v1/events?limit=5', {
        token: service,
        headers: { accept: 'text/event-stream' },
      });
      expect([limit.status, limit.body.errors?.[0]?.field]).toEqual([400, 'limit']);
    });
  });

  describe('as Server-Sent Events', () => {
    it('given stored events, when a service connects, then it gets them as id, event and data, then live ones', async () => {
      const stream = await openStream(t.url, '/v1/events', service, { 'x-correlation-id': 'sse-test-1' });
      expect(stream.response.status).toBe(200);
      expect(stream.response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
      expect(stream.response.headers.get('x-correlation-id')).toBe('sse-test-1');
      await stream.waitFor((block) => block.id === '3');
      const live = await complain('c-2');
      const event = await stream.waitFor((block) => block.id === String(live.position));
      stream.close();
      expect(stream.events().map((block) => [block.id, block.event])).toEqual([
        ['1', 'CustomerRegistered'],
        ['2', 'CustomerComplained'],
        ['3', 'CustomerRegistered'],
        [String(live.position), 'CustomerComplained'],
      ]);
      expect(JSON.parse(event.data ?? '')).toMatchObject({
        position: live.position,
        type: 'CustomerComplained',
        data: { customerId: 'c-2', complaintId: live.complaintId },
      });
      expect(stream.text()).not.toMatch(/Li Wei|annual fee/);
    });

    it('given Last-Event-ID, then it resumes after it, and the header wins over ?after=', async () => {
      const stream = await openStream(t.url, '/v1/events?after=0', service, { 'last-event-id': '2' });
      await stream.waitFor((block) => block.id === '3');
      stream.close();
      expect(stream.events()[0]?.id).toBe('3');
    });

    it('given ?after= and filters, then only matching later events come, and heartbeats keep the line open', async () => {
      const stream = await openStream(t.url, '/v1/events?after=1&customerId=c-1&types=CustomerComplained', service);
      await stream.waitFor((block) => block.id === '2');
      const heartbeat = await stream.waitFor((block) => block.comments.includes('heartbeat'));
      stream.close();
      expect(stream.events().map((block) => block.id)).toEqual(['2']);
      expect(heartbeat.data).toBeUndefined();
    });

    it('given a disconnecting client, then its store subscription is released', async () => {
      const streams = t.app.get(EventStreams);
      const stream = await openStream(t.url, '/v1/events', service);
      await stream.waitFor((block) => block.id === '1');
      expect(streams.size).toBeGreaterThan(0);
      stream.close();
      await until(() => streams.size === 0);
    });

    it('given a token that expires while streaming, then the stream ends then, with stream-closed naming token-expired', async () => {
      const streams = t.app.get(EventStreams);
      const stream = await openStream(t.url, '/v1/events', await t.tokenExpiringIn(2, 'alerts-svc', 'service'));
      await stream.waitFor((block) => block.id === '3');
      await stream.ended;
      const last = stream.blocks().at(-1);
      expect(last?.event).toBe('stream-closed');
      expect(JSON.parse(last?.data ?? '')).toMatchObject({
        reason: 'token-expired',
        message: expect.stringContaining('fresh token'),
        lastEventId: stream.events().at(-1)?.id,
      });
      await until(() => streams.size === 0);
    }, 10_000);

    it('refuses a caller without a token before any stream starts', async () => {
      const response = await fetch(`${t.url}/v1/events`, { headers: { accept: 'text/event-stream' } });
      expect(response.status).toBe(401);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    });
  });
});

describe('GET /v1/events when the application shuts down', () => {
  it('given an open stream, when the app closes, then the client is told to resume and the subscription ends', async () => {
    const t = await startTestApp();
    const manager = await t.token('rm-7', 'relationship_manager');
    await t.request('POST', '/v1/customers', { token: manager, body: bodies.register('c-1') });
    const streams = t.app.get(EventStreams);
    const stream = await openStream(t.url, '/v1/events', await t.token('svc', 'service'));
    await stream.waitFor((block) => block.id === '1');
    await t.close();
    await stream.ended;
    const last = stream.blocks().at(-1);
    expect(last?.event).toBe('stream-closed');
    expect(JSON.parse(last?.data ?? '')).toMatchObject({ reason: 'shutdown', lastEventId: '1' });
    expect(streams.size).toBe(0);
  });
});
