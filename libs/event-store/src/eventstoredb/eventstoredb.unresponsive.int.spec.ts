import { createServer, type Server, type Socket } from 'node:net';
import { createEventStoreDbEventStore } from './eventstoredb.event-store.js';
import { EventStoreUnavailable } from './eventstoredb.errors.js';

/*
 * The real client against nodes that misbehave, no EventStoreDB needed: a port that refuses connections, and a
 * server that accepts them and never answers, on which the client alone would wait forever (its first call's
 * feature probe carries no deadline).
 */
describe('EventStoreDB adapter with the real client, against an unresponsive node', () => {
  let silent: Server;
  const sockets = new Set<Socket>();
  let port = 0;

  beforeAll(async () => {
    silent = createServer((socket) => {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
    });
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    port = (silent.address() as { port: number }).port;
  });

  afterAll(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => silent.close(resolve));
  });

  it('fails each call at its deadline, saying what to check, and closes without hanging', async () => {
    const store = createEventStoreDbEventStore({ url: `esdb://admin:changeit@127.0.0.1:${port}?tls=false`, deadlineMs: 300 });
    const started = Date.now();

    const failure = store.headPosition();
    await expect(failure).rejects.toThrow(EventStoreUnavailable);
    await expect(failure).rejects.toThrow(/did not answer within 300 ms .*Check that EVENTSTORE_URL names a running node/);
    await expect(failure).rejects.not.toThrow(/changeit/);
    expect(Date.now() - started).toBeLessThan(5000);

    await expect(store.append('customer-1', [], 'any')).rejects.toThrow(/needs at least one event/);
    await store.close();
  });

  it('fails fast on a port that refuses connections', async () => {
    const refused = new Promise<number>((resolve) => {
      const probe = createServer();
      probe.listen(0, '127.0.0.1', () => {
        const { port: free } = probe.address() as { port: number };
        probe.close(() => resolve(free));
      });
    });
    const store = createEventStoreDbEventStore({ url: `esdb://127.0.0.1:${await refused}?tls=false`, deadlineMs: 5000 });

    await expect(store.readAll(0, 10)).rejects.toThrow(/EventStoreDB is unavailable: 14 UNAVAILABLE/);
    await store.close();
  });
});
