import { connectToEventStoreDb } from './eventstoredb.client.js';

describe('connectToEventStoreDb', () => {
  it('makes a client without connecting: nothing is sent before the first call', async () => {
    const client = connectToEventStoreDb('esdb://localhost:2113?tls=false');
    expect(typeof client.readAll).toBe('function');
    await client.dispose();
  });

  it('says what the client expected and where, without repeating the URL and its password', () => {
    const open = () => connectToEventStoreDb('esdb://admin:s3cret-pass@db.internal:2113?tls=maybe');
    expect(open).toThrow('EVENTSTORE_URL cannot be read by the EventStoreDB client: expected true or false at character');
    expect(open).toThrow(/write it like esdb:\/\/localhost:2113\?tls=false/);
    expect(open).not.toThrow(/s3cret/);
    expect(open).not.toThrow(/maybe/);
  });

  it('refuses a scheme the client does not know', () => {
    expect(() => connectToEventStoreDb('kurrentdb://localhost:2113')).toThrow(
      /expected esdb:\/\/ or esdb\+discover:\/\//,
    );
  });
});
