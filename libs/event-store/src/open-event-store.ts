import type { EventStore } from './event-store.port.js';
import { createEventStoreDbEventStore } from './eventstoredb/eventstoredb.event-store.js';
import { createSqliteEventStore } from './sqlite.event-store.js';

/** Which store a process uses: what CONCORD_EVENT_STORE and its companion variables select. */
export type EventStoreLocation =
  | Readonly<{ kind: 'sqlite'; /** The database file; its folder is created if missing. */ file: string }>
  | Readonly<{ kind: 'eventstoredb'; /** EVENTSTORE_URL; never logged. */ url: string }>;

export type OpenEventStoreOptions = Readonly<{
  /** Where the store reports trouble it recovers from on its own (a dropped subscription). */
  warn?: (message: string) => void;
}>;

/** Opens the store the configuration names, so that the API, the projector and the CLI all choose alike. */
export const openEventStore = (location: EventStoreLocation, options: OpenEventStoreOptions = {}): EventStore => {
  switch (location.kind) {
    case 'sqlite':
      return createSqliteEventStore({ file: location.file });
    case 'eventstoredb':
      return createEventStoreDbEventStore({ url: location.url, ...(options.warn ? { warn: options.warn } : {}) });
  }
};

/**
 * The store for a log line: the file, or EventStoreDB's scheme and hosts. Credentials and options are left out,
 * since EVENTSTORE_URL may hold a password.
 */
export const describeEventStoreLocation = (location: EventStoreLocation): string => {
  if (location.kind === 'sqlite') return `SQLite at ${location.file}`;
  const match = /^([a-z+]+):\/\/(?:[^@/?]*@)?([^/?]*)/i.exec(location.url.trim());
  return match === null ? 'EventStoreDB' : `EventStoreDB at ${match[1]}://${match[2]}`;
};
