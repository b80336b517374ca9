import { EventStoreDBClient } from '@eventstore/db-client';

/**
 * The part of @eventstore/db-client the adapter uses, and all a test double has to provide. The adapter owns its
 * client: close() disposes it.
 */
export type EventStoreDbClient = Pick<
  EventStoreDBClient,
  'appendToStream' | 'readStream' | 'readAll' | 'subscribeToAll' | 'dispose'
>;

/** The example every message about a malformed EVENTSTORE_URL shows. */
export const EVENTSTORE_URL_EXAMPLE = 'esdb://localhost:2113?tls=false';

/**
 * A client for EVENTSTORE_URL (`esdb://` or `esdb+discover://`). It connects lazily, on the first call. The client's
 * parse errors quote the string, which may hold a password, so they are replaced by one that does not.
 * @throws Error naming what the client expected and where, without the URL.
 */
export const connectToEventStoreDb = (url: string): EventStoreDbClient => {
  try {
    return EventStoreDBClient.connectionString(url);
  } catch (error) {
    const { expected, location } = error as { expected?: unknown; location?: unknown };
    const what = typeof expected === 'string' ? `: expected ${expected}` : '';
    const where = Array.isArray(location) && typeof location[0] === 'number' ? ` at character ${location[0]}` : '';
    throw new Error(
      `EVENTSTORE_URL cannot be read by the EventStoreDB client${what}${where}; ` +
        `write it like ${EVENTSTORE_URL_EXAMPLE}.`,
    );
  }
};
