import type { ConcordEvent } from './published-event.js';

/** Field messages of a 400 answer, as Concord sends them. */
export type FieldError = Readonly<{ field: string; messages: readonly string[] }>;

/** 401 or 403: the token is missing, invalid, expired or lacks the `service` role. Retrying cannot help. */
export class SubscriberAuthError extends Error {
  constructor(
    readonly status: number,
    readonly code: string | undefined,
    serverMessage: string | undefined,
  ) {
    const reason = (serverMessage ?? 'no reason given').replace(/\.$/, '');
    super(
      `Concord refused the token (${status}${code === undefined ? '' : ` ${code}`}): ${reason}. ` +
        'Issue a token with the service role and restart the subscriber.',
    );
    this.name = 'SubscriberAuthError';
  }
}

/** Any other answer that retrying cannot change: a bad filter (400 with field messages), a wrong URL (404)… */
export class SubscriberRequestError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly errors: readonly FieldError[] = [],
  ) {
    super(message);
    this.name = 'SubscriberRequestError';
  }
}

/**
 * `onEvent` threw or rejected. The subscription stops at that event: its checkpoint is not saved, so the next start
 * delivers it again. The original error is `cause`.
 */
export class EventHandlerFailed extends Error {
  constructor(
    readonly event: ConcordEvent,
    cause: unknown,
  ) {
    super(
      `onEvent failed for ${event.type} at position ${event.position} (eventId ${event.eventId}): ` +
        `${cause instanceof Error ? cause.message : String(cause)}`,
      { cause },
    );
    this.name = 'EventHandlerFailed';
  }
}

/** The server sent something that is not Concord's event feed: a proxy's page, or an incompatible version. */
export class SubscriberProtocolError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SubscriberProtocolError';
  }
}

/** The connection failed or ended: the subscriber reconnects after a back-off. */
export class ConnectionLost extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'ConnectionLost';
  }
}
