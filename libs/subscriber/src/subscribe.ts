import { setTimeout as sleep } from 'node:timers/promises';
import type { CustomerEventType } from '@concord/contracts';
import { backoffDelay, DEFAULT_BACKOFF, type BackoffOptions } from './backoff.js';
import { memoryCheckpoint, type Checkpoint } from './checkpoint.js';
import { openFeed } from './feed-connection.js';
import type { ConcordEvent, Position } from './published-event.js';
import type { SseMessage } from './sse-parser.js';
import { ConnectionLost, EventHandlerFailed, SubscriberProtocolError } from './subscriber.errors.js';

/** What the subscriber reports about its connection, for logs and metrics. */
export type SubscriberNotice =
  | Readonly<{ kind: 'connected'; after: Position }>
  | Readonly<{ kind: 'closed-by-server'; reason: string; message: string }>
  | Readonly<{ kind: 'disconnected'; error: Error; retryInMs: number }>;

export type SubscribeOptions = Readonly<{
  /** Base URL of the Concord API, e.g. `https://concord.example.internal`; the feed is its `/v1/events`. */
  url: string;
  /**
   * A bearer token with the `service` role, or a function returning a fresh one (called on every connection). The
   * server ends a stream when its token expires, so a subscription meant to outlive one token needs the function.
   */
  token: string | (() => string | Promise<string>);
  /** Where to start when the checkpoint holds nothing yet (default 0: the beginning of the log). */
  after?: Position;
  /** Only these event types (default: all). */
  types?: readonly CustomerEventType[];
  /** Only this customer's events. */
  customerId?: string;
  /**
   * Handles one event; the next is not read until it resolves. Events come in global order, at least once: dedupe
   * by `eventId` if handling twice matters. A throw stops the subscription (see EventHandlerFailed).
   */
  onEvent: (event: ConcordEvent) => void | Promise<void>;
  /** Default: in memory, so a restart starts again from `after`. */
  checkpoint?: Checkpoint;
  /** Aborting stops the subscription once the event in hand is handled and checkpointed. */
  signal?: AbortSignal;
  /** Waits between reconnections (default 500 ms first, at most 30 s, jittered). */
  reconnect?: Partial<BackoffOptions>;
  /** Silence after which the connection counts as lost (default 45 s: three missed heartbeats). */
  idleTimeoutMs?: number;
  onNotice?: (notice: SubscriberNotice) => void;
}>;

/** The server's last message before it ends a stream (shutdown, slow consumer, token expiry); it carries no id. */
const STREAM_CLOSED = 'stream-closed';

const feedUrl = ({ url, types, customerId }: SubscribeOptions): URL => {
  const feed = new URL('v1/events', url.endsWith('/') ? url : `${url}/`);
  if (types !== undefined && types.length > 0) feed.searchParams.set('types', types.join(','));
  if (customerId !== undefined) feed.searchParams.set('customerId', customerId);
  return feed;
};

const eventOf = (message: SseMessage): ConcordEvent => {
  let event: unknown;
  try {
    event = JSON.parse(message.data ?? '');
  } catch {
    throw new SubscriberProtocolError(`The message with id ${message.id ?? '(none)'} does not hold JSON.`);
  }
  const { position, type, eventId } = (event ?? {}) as Partial<Record<string, unknown>>;
  if (typeof position !== 'number' || typeof type !== 'string' || typeof eventId !== 'string') {
    throw new SubscriberProtocolError(`The message with id ${message.id ?? '(none)'} is not a Concord event.`);
  }
  return event as ConcordEvent;
};

const closingOf = (message: SseMessage): SubscriberNotice => {
  try {
    const { reason, message: text } = JSON.parse(message.data ?? '') as { reason?: unknown; message?: unknown };
    return { kind: 'closed-by-server', reason: String(reason), message: String(text) };
  } catch {
    return { kind: 'closed-by-server', reason: 'unknown', message: message.data ?? '' };
  }
};

/**
 * Follows Concord's event feed: catch-up, then live, in global order, reconnecting with jittered exponential
 * back-off and resuming after the last checkpointed position (Last-Event-ID). Each event's position is saved only
 * after `onEvent` resolves; an event at or before the checkpoint is never handed over again in this process.
 *
 * Resolves when `signal` aborts. Rejects, without retrying, with SubscriberAuthError (401/403),
 * SubscriberRequestError (a bad filter or URL), SubscriberProtocolError (not Concord's feed), EventHandlerFailed
 * (onEvent threw: the event is not checkpointed, so a restart retries it), or the checkpoint's own error.
 */
export const subscribe = async (options: SubscribeOptions): Promise<void> => {
  const url = feedUrl(options);
  const checkpoint = options.checkpoint ?? memoryCheckpoint();
  const signal = options.signal ?? new AbortController().signal;
  const backoff = { ...DEFAULT_BACKOFF, ...options.reconnect };
  const idleTimeoutMs = options.idleTimeoutMs ?? 45_000;
  const notify = options.onNotice ?? (() => undefined);
  let position = (await checkpoint.load()) ?? options.after ?? 0;
  let failures = 0;

  const advance = async (to: Position): Promise<void> => {
    await checkpoint.save(to);
    position = to;
  };

  /** One connection: throws ConnectionLost when it ends, or the error that stops the subscription. */
  const follow = async (): Promise<never> => {
    const token = typeof options.token === 'function' ? await options.token() : options.token;
    const messages = await openFeed({ url, token, lastEventId: position, signal, idleTimeoutMs });
    notify({ kind: 'connected', after: position });
    for await (const message of messages) {
      if (message.event === STREAM_CLOSED) notify(closingOf(message));
      else if (message.data === undefined) {
        const scanned = Number(message.id);
        if (Number.isSafeInteger(scanned) && scanned > position) await advance(scanned);
      } else {
        const event = eventOf(message);
        if (event.position <= position) continue;
        try {
          await options.onEvent(event);
        } catch (error) {
          throw new EventHandlerFailed(event, error);
        }
        await advance(event.position);
      }
    }
    throw new ConnectionLost('The server ended the stream.');
  };

  while (!signal.aborted) {
    const from = position;
    const startedAt = Date.now();
    try {
      await follow();
    } catch (error) {
      if (!(error instanceof ConnectionLost)) throw error;
      if (signal.aborted) return;
      // A connection that moved on, or stayed up longer than the longest wait, was healthy: start the back-off over.
      const healthy = position > from || Date.now() - startedAt >= backoff.maxMs;
      failures = healthy ? 0 : failures + 1;
      const retryInMs = backoffDelay(failures, backoff);
      notify({ kind: 'disconnected', error, retryInMs });
      await sleep(retryInMs, undefined, { signal }).catch(() => undefined);
    }
  }
};
