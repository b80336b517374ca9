import {
  memoryCheckpoint,
  subscribe,
  SubscriberAuthError,
  type Checkpoint,
  type ConcordEvent,
  type SubscribeOptions,
  type SubscriberNotice,
} from '@concord/subscriber';
import { bodies, type Appended } from './support/fixtures.js';
import { startTestApp, type TestApp } from './support/test-app.js';

describe('@concord/subscriber against the API', () => {
  let t: TestApp;
  let manager: string;
  let handler: string;
  let service: string;

  const post = async (token: string, path: string, body: object): Promise<Appended> => {
    const response = await t.request<Appended>('POST', path, { token, body });
    if (response.status !== 201) throw new Error(`${path}: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body;
  };

  /** Subscribes until `until` holds for the events handled so far. */
  const follow = async (
    until: (handled: readonly ConcordEvent[]) => boolean,
    options: Partial<Omit<SubscribeOptions, 'onEvent' | 'signal'>> = {},
  ): Promise<ConcordEvent[]> => {
    const stop = new AbortController();
    const handled: ConcordEvent[] = [];
    await subscribe({
      url: t.url,
      token: service,
      signal: stop.signal,
      onEvent: (event) => {
        handled.push(event);
        if (until(handled)) stop.abort();
      },
      ...options,
    });
    return handled;
  };

  beforeAll(async () => {
    t = await startTestApp();
    [manager, handler, service] = await Promise.all([
      t.token('rm-7', 'relationship_manager'),
      t.token('ch-3', 'complaint_handler'),
      t.token('complaint-alerts', 'service'),
    ]);
  });
  afterAll(() => t.close());

  it('given commands sent while subscribed, then the library hands over their events, typed and in order', async () => {
    const checkpoint = memoryCheckpoint();
    const following = follow((handled) => handled.some((event) => event.type === 'ComplaintResolved'), {
      checkpoint,
    });
    const { customerId } = await post(manager, '/v1/customers', bodies.register('c-sub-1'));
    const complaint = await post(handler, `/v1/customers/${customerId}/complaints`, bodies.complaint());
    const resolved = await post(
      handler,
      `/v1/customers/${customerId}/complaints/${complaint.complaintId}/resolution`,
      bodies.resolution(),
    );
    const handled = await following;

    expect(handled.map((event) => event.type)).toEqual([
      'CustomerRegistered',
      'CustomerComplained',
      'ComplaintResolved',
    ]);
    const complained = handled[1];
    if (complained?.type !== 'CustomerComplained') throw new Error('expected the complaint second');
    expect(complained.data).toMatchObject({ complaintId: complaint.complaintId, severity: 'high' });
    expect(complained.data.description).toBeUndefined();
    expect(handled[0]?.data).not.toHaveProperty('name');
    expect(checkpoint.position).toBe(resolved.position);
  });

  it('given a saved checkpoint, then a new subscription resumes after it, filtered', async () => {
    const head = await t.request<{ nextAfter: number }>('GET', '/v1/events?limit=1000', { token: service });
    const checkpoint: Checkpoint = memoryCheckpoint(head.body.nextAfter);
    const { customerId } = await post(manager, '/v1/customers', bodies.register('c-sub-2'));
    const complaint = await post(handler, `/v1/customers/${customerId}/complaints`, bodies.complaint());
    const handled = await follow(() => true, { checkpoint, types: ['CustomerComplained'] });
    expect(handled.map((event) => [event.type, event.position])).toEqual([['CustomerComplained', complaint.position]]);
  });

  it('given a token function, when the server closes the stream as a token expires, then it goes on with a fresh one', async () => {
    const { customerId, position } = await post(manager, '/v1/customers', bodies.register('c-sub-3'));
    let tokens = 0;
    const notices: SubscriberNotice[] = [];
    let tokenExpired: () => void = () => undefined;
    const closedForExpiry = new Promise<void>((resolve) => (tokenExpired = resolve));
    const following = follow(
      (handled) => handled.some((event) => event.type === 'CustomerComplained' && event.data.customerId === customerId),
      {
        after: position - 1,
        customerId,
        token: () => {
          tokens += 1;
          return t.tokenExpiringIn(2, 'complaint-alerts', 'service');
        },
        reconnect: { initialMs: 1, maxMs: 5 },
        onNotice: (notice) => {
          notices.push(notice);
          if (notice.kind === 'closed-by-server') tokenExpired();
        },
      },
    );
    await closedForExpiry;
    const complaint = await post(handler, `/v1/customers/${customerId}/complaints`, bodies.complaint());
    const handled = await following;

    expect(handled.map((event) => event.position)).toEqual([position, complaint.position]);
    expect(notices.find((notice) => notice.kind === 'closed-by-server')).toMatchObject({ reason: 'token-expired' });
    expect(tokens).toBeGreaterThanOrEqual(2);
  }, 10_000);

  it('given a token without the service role, then it stops with SubscriberAuthError', async () => {
    const subscribing = subscribe({ url: t.url, token: manager, onEvent: () => undefined });
    await expect(subscribing).rejects.toBeInstanceOf(SubscriberAuthError);
  });
});
