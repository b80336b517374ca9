import { describeEventStoreLocation, openEventStore } from './open-event-store.js';

describe('describeEventStoreLocation', () => {
  it.each([
    [{ kind: 'sqlite', file: '/srv/concord/.data/events.sqlite' }, 'SQLite at /srv/concord/.data/events.sqlite'],
    [{ kind: 'eventstoredb', url: 'esdb://localhost:2113?tls=false' }, 'EventStoreDB at esdb://localhost:2113'],
    [
      { kind: 'eventstoredb', url: 'esdb+discover://concord:s3cret@db1:2113,db2:2113?tls=true' },
      'EventStoreDB at esdb+discover://db1:2113,db2:2113',
    ],
    [{ kind: 'eventstoredb', url: 'not a url' }, 'EventStoreDB'],
  ] as const)('describes %j for a log line without credentials or options', (location, description) => {
    expect(describeEventStoreLocation(location)).toBe(description);
  });
});

describe('openEventStore', () => {
  it('opens the EventStoreDB adapter for an eventstoredb location, connecting nothing until the first call', async () => {
    const store = openEventStore({ kind: 'eventstoredb', url: 'esdb://127.0.0.1:1?tls=false' });
    expect(typeof store.subscribe).toBe('function');
    await store.close();
  });

  it('refuses an EVENTSTORE_URL the client cannot read, without repeating it', () => {
    expect(() => openEventStore({ kind: 'eventstoredb', url: 'esdb://u:p4ss@host:2113?tls=perhaps' })).toThrow(
      /^EVENTSTORE_URL cannot be read by the EventStoreDB client: expected true or false/,
    );
  });
});
