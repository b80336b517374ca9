import type { Position, StoredEvent } from './event-store.port.js';
import { startPollingSubscription } from './polling.subscription.js';
import { createWakeSignal } from './wake-signal.js';

const event = (position: Position): StoredEvent => ({
  stream: 'customer-1',
  revision: position - 1,
  position,
  type: 'CustomerContacted',
  data: {},
  metadata: {
    eventId: `e-${position}`,
    commandId: `c-${position}`,
    correlationId: 'x',
    causationId: 'x',
    actor: { id: 's', role: 'admin' },
    occurredAt: '2026-01-05T09:00:00.000Z',
    recordedAt: '2026-01-05T09:00:00.000Z',
    schemaVersion: 1,
  },
  hash: 'h',
  previousHash: null,
});

/** An in-memory log standing in for readAll. */
const log = (length: number) => {
  const events = Array.from({ length }, (_, i) => event(i + 1));
  return {
    events,
    readAll: async (after: Position, limit: number) => events.filter((e) => e.position > after).slice(0, limit),
  };
};

// A poll interval no test waits for: everything below must happen through wake-ups and stop().
const NEVER = 3_600_000;

describe('polling subscription', () => {
  it('delivers in batches from `after`, then sleeps until woken', async () => {
    const { events, readAll } = log(5);
    const appended = createWakeSignal();
    const batches: Position[][] = [];
    let onBatch = (): void => undefined;
    const subscription = startPollingSubscription(
      { after: 1, batchSize: 2, pollIntervalMs: NEVER, readAll, appended },
      async (batch) => {
        batches.push(batch.map((e) => e.position));
        onBatch();
      },
    );
    await new Promise<void>((resolve) => (onBatch = () => batches.length === 2 && resolve()));

    events.push(event(6));
    appended.notify();
    await new Promise<void>((resolve) => (onBatch = () => batches.length === 3 && resolve()));
    await subscription.stop();

    expect(batches).toEqual([[2, 3], [4, 5], [6]]);
  });

  it('stops promptly while sleeping, leaving no timer behind', async () => {
    const { readAll } = log(0);
    const subscription = startPollingSubscription(
      { after: 0, batchSize: 10, pollIntervalMs: NEVER, readAll, appended: createWakeSignal() },
      async () => undefined,
    );

    await subscription.stop();
    await expect(subscription.done).resolves.toBeUndefined();
  });

  it('lets the batch in flight finish before stop() resolves', async () => {
    const { readAll } = log(3);
    let finish = (): void => undefined;
    let started = (): void => undefined;
    const handlerStarted = new Promise<void>((resolve) => (started = resolve));
    const handled: Position[] = [];
    const subscription = startPollingSubscription(
      { after: 0, batchSize: 1, pollIntervalMs: NEVER, readAll, appended: createWakeSignal() },
      (batch) => {
        started();
        return new Promise<void>((resolve) => {
          finish = () => {
            handled.push(...batch.map((e) => e.position));
            resolve();
          };
        });
      },
    );
    await handlerStarted;

    const stopped = subscription.stop();
    finish();
    await stopped;

    expect(handled).toEqual([1]);
  });

  it('rejects `done` when reading fails', async () => {
    const failure = new Error('database is locked');
    const readAll = async (): Promise<StoredEvent[]> => Promise.reject(failure);
    const subscription = startPollingSubscription(
      { after: 0, batchSize: 10, pollIntervalMs: NEVER, readAll, appended: createWakeSignal() },
      async () => undefined,
    );

    await expect(subscription.done).rejects.toBe(failure);
    await expect(subscription.stop()).resolves.toBeUndefined();
  });
});
