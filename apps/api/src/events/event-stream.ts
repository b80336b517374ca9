import { STREAM_CLOSED_EVENT, type StreamClosed, type StreamClosedReason } from '@concord/contracts';
import type { EventStore, Position } from '@concord/event-store';
import { setDeadline } from './deadline-timer.js';
import { matches, type EventFilter } from './event-filter.js';
import { toPublishedEvent, type Audience } from './published-event.js';
import { ConnectionClosed, SlowConsumer, SseConnection, type SseSink } from './sse-connection.js';
import { formatSse } from './sse.format.js';

export type EventStreamSettings = Readonly<{
  /** Comment lines this often keep proxies and load balancers from closing a quiet stream. */
  heartbeatMs: number;
  /** A consumer that reads nothing for this long while events wait is disconnected. */
  stallTimeoutMs: number;
  /** Events read from the store at a time. */
  batchSize: number;
  /** The reconnection delay suggested to EventSource clients. */
  retryMs: number;
}>;

export const DEFAULT_EVENT_STREAM_SETTINGS: EventStreamSettings = {
  heartbeatMs: 15_000,
  stallTimeoutMs: 30_000,
  batchSize: 100,
  retryMs: 3_000,
};

export type EventStreamOptions = Readonly<{
  after: Position;
  filter: EventFilter;
  audience: Audience;
  correlationId: string;
  /** When the caller's token expires: the stream ends then (`token-expired`), as the token was checked only once. */
  expiresAt: Date;
  settings: EventStreamSettings;
}>;

/**
 * Why a stream ended: the client left, or one of the reasons the server ends it for (shutdown, a stalled client, a
 * failure, the caller's token expiring), which it tells the client in a last stream-closed message.
 */
export type StreamEndReason = 'client-closed' | StreamClosedReason;

export type StreamEnded = Readonly<{ reason: StreamEndReason; error?: unknown }>;

export type EventStream = Readonly<{
  /** Ends the stream for a shutdown; resolves once its store subscription has stopped. */
  stop(): Promise<StreamEnded>;
  /** Resolves once the stream has ended, whatever the reason, and its store subscription has stopped. */
  ended: Promise<StreamEnded>;
}>;

const RESUME = 'reconnect with Last-Event-ID set to the id of the last event you handled';

const explanations: Readonly<Record<StreamClosedReason, (stallMs: number) => string>> = {
  shutdown: () => `This server is shutting down; ${RESUME}.`,
  'slow-consumer': (stallMs) =>
    `The stream was closed because the client read nothing for ${stallMs / 1000} s while events were waiting; ` +
    `${RESUME}.`,
  failed: () => `The event stream failed on the server; ${RESUME}, and quote the correlation id if it persists.`,
  'token-expired': () =>
    'The access token this stream was opened with has expired; reconnect with a fresh token, with Last-Event-ID ' +
    'set to the id of the last event you handled.',
};

const endReasonOf = (error: unknown): StreamEndReason => {
  if (error instanceof SlowConsumer) return 'slow-consumer';
  if (error instanceof ConnectionClosed) return 'client-closed';
  return 'failed';
};

/**
 * Streams the store's events to one SSE consumer: catch-up then live, in global order, filtered and converted by
 * toPublishedEvent. The subscription's handler awaits the socket, so a slow consumer pauses reading from the store.
 * When the filter skips events, heartbeats carry the position scanned so far as a bare `id:`, so a reconnecting
 * consumer does not scan them again. The token is checked only when the stream opens, so the stream ends when it
 * expires. The store subscription and every timer stop when the stream ends, whatever the reason.
 */
export const openEventStream = (
  store: Pick<EventStore, 'subscribe'>,
  sink: SseSink,
  options: EventStreamOptions,
): EventStream => {
  const { after, filter, audience, correlationId, expiresAt, settings } = options;
  const connection = new SseConnection(sink, settings.stallTimeoutMs);
  const stopping = new AbortController();
  /** The last id written: an event's position or a heartbeat's scanned position. */
  let lastId = after;
  /** Every event up to here has been sent or skipped by the filter. */
  let scanned = after;

  connection.offer(formatSse({ retryMs: settings.retryMs, comment: `events after ${after}` }));
  const subscription = store.subscribe({ after, batchSize: settings.batchSize }, async (batch) => {
    for (const event of batch) {
      if (!matches(filter, event)) continue;
      const data = JSON.stringify(toPublishedEvent(event, audience));
      const message = formatSse({ id: String(event.position), event: event.type, data });
      const ready = connection.write(message, stopping.signal);
      lastId = event.position;
      if (!ready) await connection.drained(stopping.signal);
    }
    scanned = batch.at(-1)?.position ?? scanned;
  });

  const heartbeat = setInterval(() => {
    if (!connection.writable) return void end('client-closed');
    const progress = scanned > lastId ? scanned : undefined;
    const message = formatSse({ comment: 'heartbeat', ...(progress === undefined ? {} : { id: String(progress) }) });
    const written = connection.offer(message);
    if (written && progress !== undefined) lastId = progress;
  }, settings.heartbeatMs);

  let resolveEnded: (ended: StreamEnded) => void = () => undefined;
  const ended = new Promise<StreamEnded>((resolve) => (resolveEnded = resolve));
  let ending = false;
  const end = (reason: StreamEndReason, error?: unknown): Promise<StreamEnded> => {
    if (ending) return ended;
    ending = true;
    stopping.abort();
    clearInterval(heartbeat);
    cancelExpiry();
    void subscription.stop().then(() => {
      if (reason !== 'client-closed') {
        const message = explanations[reason](settings.stallTimeoutMs);
        const closed: StreamClosed = { reason, message, lastEventId: String(lastId), correlationId };
        const data = JSON.stringify(closed);
        connection.close(formatSse({ comment: message, event: STREAM_CLOSED_EVENT, data }));
      } else {
        connection.close();
      }
      resolveEnded({ reason, ...(error === undefined ? {} : { error }) });
    });
    return ended;
  };

  const cancelExpiry = setDeadline(expiresAt, () => void end('token-expired'));
  sink.on('close', () => void end('client-closed'));
  // A client gone before the listener was added would otherwise hold the subscription until the next event.
  if (sink.destroyed) void end('client-closed');
  subscription.done.then(
    () => undefined,
    (error: unknown) => void end(endReasonOf(error), error),
  );
  return { stop: () => end('shutdown'), ended };
};
