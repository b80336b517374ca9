/**
 * EventStoreDB did not answer in time, or its node cannot be reached. The message says what to check; it never
 * contains EVENTSTORE_URL, which may hold a password.
 */
export class EventStoreUnavailable extends Error {
  readonly code = 'EVENT_STORE.UNAVAILABLE';

  constructor(
    readonly operation: string,
    reason: string,
    options?: ErrorOptions,
  ) {
    super(
      `EventStoreDB ${reason} (${operation}). Check that EVENTSTORE_URL names a running node that this host can ` +
        'reach (address, port, and tls=false only for a node started insecure), and the node’s own health. ' +
        (operation.startsWith('append')
          ? 'The append may or may not have been stored: retrying with the same commandId is safe.'
          : 'Retrying is safe.'),
      options,
    );
    this.name = 'EventStoreUnavailable';
  }

  /** A call our own timer gave up on: the client can wait forever on a node that accepts but never answers. */
  static afterDeadline(operation: string, deadlineMs: number): EventStoreUnavailable {
    return new EventStoreUnavailable(operation, `did not answer within ${deadlineMs} ms`);
  }
}

/** The node refused the credentials or their rights. Retrying cannot help; the configuration must change. */
export class EventStoreAccessDenied extends Error {
  readonly code = 'EVENT_STORE.ACCESS_DENIED';

  constructor(
    readonly operation: string,
    options?: ErrorOptions,
  ) {
    super(
      `EventStoreDB denied access (${operation}). Give the user named in EVENTSTORE_URL read and write rights on ` +
        'the customer- streams and read rights on $all, or name another user.',
      options,
    );
    this.name = 'EventStoreAccessDenied';
  }
}

/**
 * A position this adapter cannot use: one EventStoreDB did not report, one beyond a safe JavaScript integer, one
 * shared by several events, or an `after` that is no event's position.
 */
export class EventStorePositionUnusable extends Error {
  readonly code = 'EVENT_STORE.POSITION_UNUSABLE';

  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'EventStorePositionUnusable';
  }
}

/** An event in a Concord stream that Concord did not write: not JSON, or without the integrity fields. */
export class UnreadableStoredEvent extends Error {
  readonly code = 'EVENT_STORE.UNREADABLE_EVENT';

  constructor(
    readonly stream: string,
    readonly revision: bigint,
    problem: string,
  ) {
    super(
      `Event ${String(revision)} of ${stream} cannot be read: ${problem}. Only Concord may write to its streams; ` +
        'nothing is skipped, so find out who wrote it before going on.',
    );
    this.name = 'UnreadableStoredEvent';
  }
}
