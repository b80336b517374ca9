import type { EventStore, StoredEvent } from '../event-store.port.js';
import { testEvent } from '../testing/test-events.js';
import { UnreadableStoredEvent } from './eventstoredb.errors.js';
import { createEventStoreDbEventStoreWith, type EventStoreDbEventStoreOptions } from './eventstoredb.event-store.js';
import { createFakeEventStoreDb, type FakeEventStoreDb } from './testing/fake-eventstoredb.js';

const BACKOFF = { initialMs: 100, maxMs: 1600 };

describe('EventStoreDB adapter: subscriptions that outlive their connection', () => {
  let fake: FakeEventStoreDb;
  let store: EventStore;
  let waits: number[];
  let warnings: string[];

  const open = (options: Partial<Omit<EventStoreDbEventStoreOptions, 'url'>> = {}): EventStore =>
    createEventStoreDbEventStoreWith(
      {
        client: fake.client,
        deadlineMs: 200,
        resubscribeBackoff: BACKOFF,
        warn: (message) => warnings.push(message),
        ...options,
      },
      {
        // Waits are recorded, not slept: the test checks the back-off without taking its time.
        sleep: async (ms) => void waits.push(ms),
        random: () => 0.5,
      },
    );

  const appendEvents = async (count: number): Promise<number[]> => {
    const positions: number[] = [];
    for (let i = 0; i < count; i += 1) positions.push((await store.append('customer-1', [testEvent()], 'any')).position);
    return positions;
  };

  beforeEach(() => {
    fake = createFakeEventStoreDb();
    waits = [];
    warnings = [];
    store = open();
  });

  afterEach(() => store.close());

  it('resubscribes from the last delivered position after drops, with growing jittered waits: each event once, in order', async () => {
    const positions = await appendEvents(10);
    // The first subscription drops after sending 3 events, the next at once, the third after 4, then no more.
    fake.dropSubscriptionsAfter(3, 0, 4);
    const delivered: StoredEvent[] = [];
    // Where each subscription started, beside the last position the handler had finished when it was made.
    const starts: [number, number][] = [];
    const watched = open({
      client: {
        ...fake.client,
        subscribeToAll: ((options) => {
          const from = options?.fromPosition;
          starts.push([typeof from === 'object' ? Number(from.commit) : 0, delivered.at(-1)?.position ?? 0]);
          return fake.client.subscribeToAll(options);
        }) as typeof fake.client.subscribeToAll,
      },
    });
    const subscription = watched.subscribe({ after: 0, batchSize: 2 }, async (batch) => {
      delivered.push(...batch);
    });

    await until(() => delivered.length === 10);
    const liveOne = await appendEvents(1);
    await until(() => delivered.length === 11);
    await subscription.stop();
    await watched.close();

    expect(delivered.map((event) => event.position)).toEqual([...positions, ...liveOne]);
    expect(delivered.map((event) => event.revision)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(starts).toHaveLength(4);
    for (const [from, lastDelivered] of starts) expect(from).toBe(lastDelivered);
    // Ceilings 100 and 200 ms for two drops in a row (half fixed, half at random 0.5); progress resets it to 100.
    expect(waits).toEqual([75, 150, 75]);
    expect(warnings).toHaveLength(3);
    expect(warnings[0]).toMatch(
      new RegExp(`^The subscription to \\$all after position ${starts[1]![0]} dropped \\(EventStoreDB is unavailable`),
    );
    expect(warnings[0]).toMatch(/Subscribing again in 75 ms\.$/);
    expect(warnings.join('\n')).not.toMatch(/esdb:/);
  });

  it('resubscribes when the server never confirms a subscription, within the deadline', async () => {
    fake.hang('subscribeToAll');
    const subscription = store.subscribe({ after: 0 }, async () => undefined);

    await until(() => fake.subscriptions().length >= 3);
    await subscription.stop();

    expect(warnings[0]).toMatch(/did not answer within 200 ms \(subscribe to \$all\)/);
    await expect(subscription.done).resolves.toBeUndefined();
  });

  it('never calls the handler again before its promise resolves, across a drop', async () => {
    await appendEvents(6);
    fake.dropSubscriptionsAfter(2);
    let running = 0;
    let mostAtOnce = 0;
    let handled = 0;
    const subscription = store.subscribe({ after: 0, batchSize: 1 }, async (batch) => {
      running += 1;
      mostAtOnce = Math.max(mostAtOnce, running);
      await new Promise((resolve) => setTimeout(resolve, 3));
      handled += batch.length;
      running -= 1;
    });

    await until(() => handled === 6);
    await subscription.stop();
    expect(mostAtOnce).toBe(1);
  });

  it('ends with an error no retry can mend: an event in a customer- stream that Concord did not write', async () => {
    await appendEvents(1);
    fake.record({ streamId: 'customer-1', type: 'SomethingForeign', metadata: undefined });
    const delivered: StoredEvent[] = [];
    const subscription = store.subscribe({ after: 0, batchSize: 1 }, async (batch) => void delivered.push(...batch));

    await expect(subscription.done).rejects.toThrow(UnreadableStoredEvent);
    expect(delivered).toHaveLength(1);
    expect(warnings).toEqual([]);
  });

  it("ends with the handler's own error, without resubscribing", async () => {
    await appendEvents(2);
    const failure = new Error('projection failed');
    const subscription = store.subscribe({ after: 0 }, async () => {
      throw failure;
    });

    await expect(subscription.done).rejects.toBe(failure);
    expect(fake.subscriptions()).toHaveLength(1);
  });

  it('stops while waiting to resubscribe', async () => {
    const patient = open({ resubscribeBackoff: { initialMs: 60_000, maxMs: 60_000 } });
    fake.dropSubscriptionsAfter(0);
    const subscription = patient.subscribe({ after: 0 }, async () => undefined);
    await until(() => warnings.length === 1);

    await subscription.stop();
    await expect(subscription.done).resolves.toBeUndefined();
    await patient.close();
  });
});

/** Polls a condition the test waits for; the test's timeout catches a hang. */
const until = async (condition: () => boolean): Promise<void> => {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 2));
};
