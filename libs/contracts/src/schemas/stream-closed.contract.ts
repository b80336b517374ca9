import { STREAM_CLOSED_REASONS } from '../stream-closed.js';
import { id, oneOf, text } from './field.js';

/** The stream-closed message of the SSE feed (StreamClosed). */
export const STREAM_CLOSED_FIELDS = {
  reason: oneOf(
    STREAM_CLOSED_REASONS,
    'why the server ended the stream: `slow-consumer` (the client read nothing for 30 s while events were ' +
      'waiting), `shutdown` (the API is shutting down), `failed` (the server cannot go on; logged with the ' +
      'correlation id), `token-expired` (the bearer token expired: reconnect with a fresh one). Reasons may be ' +
      'added: treat an unknown one as a reason to reconnect',
  ),
  message: text('what happened and what to do, in words; also sent as the comment line before the message'),
  lastEventId: id(
    'the last id written on this connection (an event position, or a position a heartbeat reported scanned); ' +
      'resume from the last event you handled, with `Last-Event-ID`',
  ),
  correlationId: id('the correlation id of the request that opened the stream (`X-Correlation-Id`)'),
} as const;
