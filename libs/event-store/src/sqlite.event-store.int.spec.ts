import type { EventStore } from './event-store.port.js';
import { createSqliteEventStore } from './sqlite.event-store.js';
import { describeEventStoreContract } from './testing/event-store.contract.js';
import { tempFiles } from './testing/temp-files.js';
import { testCommandEvents, uniqueStream } from './testing/test-events.js';

const files = tempFiles();
afterAll(() => files.removeAll());

describeEventStoreContract('SQLite, a file in a fresh directory per test', () =>
  createSqliteEventStore({ file: files.newFile(), pollIntervalMs: 20 }),
);

describeEventStoreContract('SQLite, in memory', () => createSqliteEventStore({ file: ':memory:', pollIntervalMs: 20 }));

// The suite promises to run against a shared server (EventStoreDB) that is neither empty nor private; this holds it
// to that promise: one store, already holding events, serves every test and is closed only at the end.
describe('one non-empty store shared by all tests', () => {
  let shared: EventStore | undefined;

  beforeAll(async () => {
    shared = createSqliteEventStore({ file: files.newFile(), pollIntervalMs: 20 });
    await shared.append(uniqueStream(), testCommandEvents(3), 'any');
  });

  afterAll(() => shared?.close());

  describeEventStoreContract('SQLite, shared', () => {
    if (shared === undefined) throw new Error('the shared store is opened in beforeAll');
    return { ...shared, close: async () => undefined };
  });
});
