import type { StreamClosed } from '@concord/contracts';
import { memoryCheckpoint } from './checkpoint.js';
import type { ConcordEvent } from './published-event.js';
import { subscribe, type SubscribeOptions, type SubscriberNotice } from './subscribe.js';
import {
  EventHandlerFailed,
  SubscriberAuthError,
  SubscriberProtocolError,
  SubscriberRequestError,
} from './subscriber.errors.js';
import {
  beginStream,
  eventMessage,
  publishedEvent,
  startFakeFeedServer,
  type ConnectionScript,
  type FakeFeedServer,
} from './testing/fake-feed-server.js';

describe('subscribe against a fake feed', () => {
  let server: FakeFeedServer | undefined;
  afterEach(() => server?.close());

  /** Subscribes until `count` events were handled (each shown to `observe` first), then stops. */
  const run = async (
    script: ConnectionScript,
    count: number,
    options: Partial<Omit<SubscribeOptions, 'url' | 'onEvent' | 'signal'>> = {},
    observe: (event: ConcordEvent) => void = () => undefined,
  ) => {
    server = await startFakeFeedServer(script);
    const stop = new AbortController();
    const handled: ConcordEvent[] = [];
    const notices: SubscriberNotice[] = [];
    await subscribe({
      url: server.url,
      token: 'service-token',
      signal: stop.signal,
      reconnect: { initialMs: 1, maxMs: 5 },
      onNotice: (notice) => notices.push(notice),
      onEvent: (event) => {
        observe(event);
        handled.push(event);
        if (handled.length === count) stop.abort();
      },
      ...options,
    });
    return { handled, notices, requests: server.requests };
  };

  const positions = (events: readonly ConcordEvent[]) => events.map((event) => event.position);

  it('given an event whose data spans several lines and chunks, then it is handled whole', async () => {
    const json = JSON.stringify(publishedEvent(1), null, 2);
    const lines = json.split('\n').map((line) => `data: ${line}\n`).join('');
    const { handled } = await run((response) => {
      beginStream(response);
      response.write(`id: 1\nevent: CustomerRegistered\n${lines.slice(0, 40)}`);
      setImmediate(() => response.write(`${lines.slice(40)}\n`));
    }, 1);
    expect(handled).toEqual([publishedEvent(1)]);
  });

  it('given heartbeats between events, then only the events reach the handler', async () => {
    const { handled } = await run((response) => {
      beginStream(response);
      response.write(`: heartbeat\n\n${eventMessage(1)}: heartbeat\n\n: heartbeat\n\n${eventMessage(2)}`);
    }, 2);
    expect(positions(handled)).toEqual([1, 2]);
  });

  it('given the server drops the connection, then it reconnects with Last-Event-ID and goes on', async () => {
    const { handled, requests, notices } = await run((response, _request, index) => {
      beginStream(response);
      if (index === 0) {
        response.write(eventMessage(1) + eventMessage(2));
        setImmediate(() => response.destroy());
      } else response.write(eventMessage(3));
    }, 3);
    expect(positions(handled)).toEqual([1, 2, 3]);
    expect(requests.map((request) => request.headers['last-event-id'])).toEqual(['0', '2']);
    expect(notices.map((notice) => notice.kind)).toEqual(['connected', 'disconnected', 'connected']);
  });

  it('given a server that replays from the start after a reconnect, then no event is handled twice', async () => {
    const { handled } = await run((response, _request, index) => {
      beginStream(response);
      response.write(eventMessage(1) + eventMessage(2));
      if (index === 0) setImmediate(() => response.end());
      else response.write(eventMessage(3));
    }, 3);
    expect(positions(handled)).toEqual([1, 2, 3]);
  });

  it('given a checkpoint, then it resumes after it and saves each position after the handler', async () => {
    const checkpoint = memoryCheckpoint(5);
    const checkpointWhenHandled: (number | undefined)[] = [];
    const { handled, requests } = await run(
      (response) => {
        beginStream(response);
        response.write(eventMessage(6) + eventMessage(7));
      },
      2,
      { checkpoint },
      () => checkpointWhenHandled.push(checkpoint.position),
    );
    expect(requests[0]?.headers['last-event-id']).toBe('5');
    expect(positions(handled)).toEqual([6, 7]);
    expect(checkpointWhenHandled).toEqual([5, 6]);
    expect(checkpoint.position).toBe(7);
  });

  it('given a position the server scanned past, then the checkpoint moves there and a reconnect resumes after it', async () => {
    const checkpoint = memoryCheckpoint();
    const { handled, requests } = await run(
      (response, _request, index) => {
        beginStream(response);
        if (index === 0) {
          response.write('id: 9\n: heartbeat\n\n');
          setImmediate(() => response.end());
        } else response.write(eventMessage(10));
      },
      1,
      { checkpoint },
    );
    expect(positions(handled)).toEqual([10]);
    expect(requests[1]?.headers['last-event-id']).toBe('9');
    expect(checkpoint.position).toBe(10);
  });

  it.each([401, 403])('given %i, then it stops with SubscriberAuthError and never retries', async (status) => {
    server = await startFakeFeedServer((response) => {
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ code: 'AUTH.UNAUTHENTICATED', message: 'The token has expired.' }));
    });
    const subscribing = subscribe({ url: server.url, token: 't', onEvent: () => undefined });
    await expect(subscribing).rejects.toBeInstanceOf(SubscriberAuthError);
    await expect(subscribing).rejects.toThrow('The token has expired.');
    expect(server.requests).toHaveLength(1);
  });

  it('given a refused filter, then it stops with the field messages', async () => {
    server = await startFakeFeedServer((response) => {
      response.writeHead(400, { 'content-type': 'application/json' });
      response.end(
        JSON.stringify({
          code: 'VALIDATION_FAILED',
          message: 'The request is invalid.',
          errors: [{ field: 'types', messages: ['types must be a comma list of …'] }],
        }),
      );
    });
    const failure = await subscribe({ url: server.url, token: 't', onEvent: () => undefined }).catch((e) => e);
    expect(failure).toBeInstanceOf(SubscriberRequestError);
    expect((failure as SubscriberRequestError).errors.map((error) => error.field)).toEqual(['types']);
    expect(server.requests).toHaveLength(1);
  });

  it('given a URL that is not the feed, then it stops with SubscriberProtocolError', async () => {
    server = await startFakeFeedServer((response) => {
      response.writeHead(200, { 'content-type': 'text/html' });
      response.end('<html>login</html>');
    });
    await expect(subscribe({ url: server.url, token: 't', onEvent: () => undefined })).rejects.toBeInstanceOf(
      SubscriberProtocolError,
    );
  });

  it('given a failing handler, then it stops with EventHandlerFailed and the event is not checkpointed', async () => {
    const checkpoint = memoryCheckpoint();
    server = await startFakeFeedServer((response) => {
      beginStream(response);
      response.write(eventMessage(1) + eventMessage(2) + eventMessage(3));
    });
    const failure = await subscribe({
      url: server.url,
      token: 't',
      checkpoint,
      onEvent: (event) => {
        if (event.position === 2) throw new Error('webhook down');
      },
    }).catch((e) => e);
    expect(failure).toBeInstanceOf(EventHandlerFailed);
    expect((failure as EventHandlerFailed).event.position).toBe(2);
    expect((failure as EventHandlerFailed).cause).toEqual(new Error('webhook down'));
    expect(checkpoint.position).toBe(1);
    expect(server.requests).toHaveLength(1);
  });

  it('given a server that answers 503 or goes silent, then it retries until the feed flows', async () => {
    const { handled, requests } = await run(
      (response, _request, index) => {
        if (index === 0) {
          response.writeHead(503, { 'content-type': 'application/json' });
          response.end('{"code":"SERVICE.UNAVAILABLE","message":"shutting down"}');
        } else {
          beginStream(response);
          if (index === 2) response.write(eventMessage(1));
        }
      },
      1,
      { idleTimeoutMs: 50 },
    );
    expect(positions(handled)).toEqual([1]);
    expect(requests).toHaveLength(3);
  });

  it('given a token function, when the server closes the stream as the token expires, then it reconnects with a fresh token', async () => {
    let issued = 0;
    const { handled, requests, notices } = await run(
      (response, _request, index) => {
        beginStream(response);
        response.write(eventMessage(index + 1));
        if (index > 0) return;
        const closed: StreamClosed = {
          reason: 'token-expired',
          message: 'Reconnect with a fresh token.',
          lastEventId: '1',
          correlationId: 'corr',
        };
        response.end(`: ${closed.message}\nevent: stream-closed\ndata: ${JSON.stringify(closed)}\n\n`);
      },
      2,
      { token: async () => `token-${++issued}` },
    );
    expect(positions(handled)).toEqual([1, 2]);
    expect(requests.map((request) => [request.headers.authorization, request.headers['last-event-id']])).toEqual([
      ['Bearer token-1', '0'],
      ['Bearer token-2', '1'],
    ]);
    expect(notices.filter((notice) => notice.kind === 'closed-by-server')).toEqual([
      { kind: 'closed-by-server', reason: 'token-expired', message: 'Reconnect with a fresh token.' },
    ]);
  });

  it('given filters, then they go to the server as query parameters', async () => {
    const { requests } = await run(
      (response) => {
        beginStream(response);
        response.write(eventMessage(1, 'CustomerComplained'));
      },
      1,
      { types: ['CustomerComplained', 'ComplaintResolved'], customerId: 'c-1' },
    );
    expect(requests[0]?.url).toBe('/v1/events?types=CustomerComplained%2CComplaintResolved&customerId=c-1');
  });
});
