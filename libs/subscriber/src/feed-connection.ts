import type { Position } from './published-event.js';
import { SseParser, type SseMessage } from './sse-parser.js';
import {
  ConnectionLost,
  SubscriberAuthError,
  SubscriberProtocolError,
  SubscriberRequestError,
  type FieldError,
} from './subscriber.errors.js';

export type FeedRequest = Readonly<{
  url: URL;
  token: string;
  /** Resume after this position. */
  lastEventId: Position;
  signal: AbortSignal;
  /** Longest silence (no byte, not even a heartbeat) before the connection counts as lost. */
  idleTimeoutMs: number;
}>;

type ErrorAnswer = Readonly<{ code?: string; message?: string; errors?: readonly FieldError[] }>;

const errorAnswerOf = async (response: Response): Promise<ErrorAnswer> => {
  try {
    const body = (await response.json()) as unknown;
    return typeof body === 'object' && body !== null ? (body as ErrorAnswer) : {};
  } catch {
    return {};
  }
};

/** Why the server did not open a stream: an error to throw (fatal, or ConnectionLost to retry). */
const refusalOf = async (response: Response): Promise<Error> => {
  const { status } = response;
  const answer = await errorAnswerOf(response);
  if (status === 401 || status === 403) return new SubscriberAuthError(status, answer.code, answer.message);
  if (status === 408 || status === 429 || status >= 500) {
    return new ConnectionLost(`Concord answered ${status}${answer.code === undefined ? '' : ` ${answer.code}`}.`);
  }
  const fields = (answer.errors ?? []).map((error) => `${error.field}: ${error.messages.join('; ')}`);
  const detail = [answer.message, ...fields].filter((part) => part !== undefined).join(' ');
  return new SubscriberRequestError(status, `Concord refused the request (${status}): ${detail}`, answer.errors);
};

/** fetch says only "fetch failed"; the reason (ECONNREFUSED, a TLS error…) is its cause. */
const reasonOf = (error: unknown): string => {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? error.cause.message : undefined;
  return cause === undefined ? error.message : `${error.message} (${cause})`;
};

/** Runs `work` but gives up with ConnectionLost once `ms` pass, aborting the connection. */
const within = async <T>(ms: number, connection: AbortController, work: Promise<T>): Promise<T> => {
  let timer: NodeJS.Timeout | undefined;
  const silence = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(new ConnectionLost(`Nothing received for ${ms} ms (not even a heartbeat); reconnecting.`));
      connection.abort();
    }, ms);
  });
  try {
    return await Promise.race([work, silence]);
  } catch (error) {
    if (error instanceof ConnectionLost) throw error;
    throw new ConnectionLost(`The connection to Concord failed: ${reasonOf(error)}`, { cause: error });
  } finally {
    clearTimeout(timer);
  }
};

async function* messagesOf(
  body: ReadableStream<Uint8Array>,
  connection: AbortController,
  idleTimeoutMs: number,
): AsyncGenerator<SseMessage> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  const parser = new SseParser();
  try {
    for (;;) {
      const chunk = await within(idleTimeoutMs, connection, reader.read());
      if (chunk.done) throw new ConnectionLost('The server ended the stream.');
      yield* parser.push(decoder.decode(chunk.value, { stream: true }));
    }
  } finally {
    // Also when the consumer stops early (a handler failed, or it was aborted): the socket is released.
    connection.abort();
  }
}

/**
 * Opens `GET /v1/events` as an event stream after `lastEventId` and returns its messages as they arrive; the next
 * chunk is read only when the consumer asks for the next message, so a slow handler slows the server down rather
 * than filling memory here.
 * @throws SubscriberAuthError, SubscriberRequestError or SubscriberProtocolError when retrying cannot help,
 *   ConnectionLost when it may.
 */
export const openFeed = async ({
  url,
  token,
  lastEventId,
  signal,
  idleTimeoutMs,
}: FeedRequest): Promise<AsyncGenerator<SseMessage>> => {
  const connection = new AbortController();
  const response = await within(
    idleTimeoutMs,
    connection,
    fetch(url, {
      headers: {
        accept: 'text/event-stream',
        authorization: `Bearer ${token}`,
        'last-event-id': String(lastEventId),
      },
      signal: AbortSignal.any([signal, connection.signal]),
    }),
  );
  if (!response.ok) throw await refusalOf(response);
  const contentType = response.headers.get('content-type') ?? '';
  if (!contentType.startsWith('text/event-stream') || response.body === null) {
    await response.body?.cancel();
    throw new SubscriberProtocolError(
      `${url.href} answered ${contentType || 'no content type'}, not text/event-stream: check the URL.`,
    );
  }
  return messagesOf(response.body, connection, idleTimeoutMs);
};
