/**
 * The name of the last message Concord sends on an event stream (`GET /v1/events`) that the server ends: it says
 * why, and carries no `id:` of its own, so a client's Last-Event-ID stays on the last event it received.
 */
export const STREAM_CLOSED_EVENT = 'stream-closed';

/**
 * Why the server ended a stream. Every reason asks the same of the client, reconnect with Last-Event-ID, and
 * `token-expired` also asks for a fresh token. A client should accept reasons it does not know: the list may grow.
 */
export const STREAM_CLOSED_REASONS = ['slow-consumer', 'shutdown', 'failed', 'token-expired'] as const;
export type StreamClosedReason = (typeof STREAM_CLOSED_REASONS)[number];

/** The `data:` of the stream-closed message, as JSON. */
export type StreamClosed = Readonly<{
  reason: StreamClosedReason;
  /** What happened and what to do, in words; also sent as the message's comment line. */
  message: string;
  /** The last id written on the connection: an event's position, or the position a heartbeat reported scanned. */
  lastEventId: string;
  /** The request's correlation id, to quote when asking about a failure. */
  correlationId: string;
}>;
