import { customerStream, type CustomerEvent } from '@concord/contracts';
import { createSqliteEventStore, type EventStore, type SubscribeOptions } from '@concord/event-store';
import { DEFAULT_EVENT_STREAM_SETTINGS, openEventStream, type EventStreamSettings } from './event-stream.js';
import type { EventFilter } from './event-filter.js';
import { HeldSink } from './testing/held-sink.js';
import { sseBlocks, until } from './testing/sse-blocks.js';

const at = '2026-01-05T09:00:00.000Z';

const registered = (customerId: string): CustomerEvent => ({
  type: 'CustomerRegistered',
  data: {
    customerId,
    kind: 'individual',
    name: `Name of ${customerId}`,
    relationshipManagerId: 'rm-7',
    channel: 'branch',
    registeredAt: at,
  },
});

const complained = (customerId: string): CustomerEvent => ({
  type: 'CustomerComplained',
  data: {
    customerId,
    complaintId: `k-${customerId}`,
    category: 'fees_and_charges',
    product: 'credit_card',
    severity: 'critical',
    channel: 'phone',
    description: 'Said by the customer',
    staffInvolved: [],
    receivedAt: at,
    dueAt: '2026-01-20T09:00:00.000Z',
  },
});

let appended = 0;
const append = async (store: EventStore, event: CustomerEvent): Promise<void> => {
  appended += 1;
  const id = `e-${appended}`;
  const metadata = {
    eventId: id,
    commandId: id,
    correlationId: id,
    causationId: id,
    actor: { id: 'rm-7', role: 'relationship_manager' as const },
    occurredAt: at,
    recordedAt: at,
    schemaVersion: 1,
  };
  await store.append(customerStream(event.data.customerId), [{ ...event, metadata }], 'any');
};

/** The store with a record of each subscription: how many batches it delivered and whether it has ended. */
const observed = (store: EventStore) => {
  const subscriptions: { batches: number; ended: boolean }[] = [];
  const spy: EventStore = {
    ...store,
    subscribe: (options: SubscribeOptions, onEvents) => {
      const record = { batches: 0, ended: false };
      subscriptions.push(record);
      const subscription = store.subscribe(options, async (batch) => {
        record.batches += 1;
        await onEvents(batch);
      });
      void subscription.done.then(
        () => (record.ended = true),
        () => (record.ended = true),
      );
      return subscription;
    },
  };
  return { spy, subscriptions };
};

describe('openEventStream over the SQLite store', () => {
  let store: EventStore;
  const settings = (overrides: Partial<EventStreamSettings> = {}): EventStreamSettings => ({
    ...DEFAULT_EVENT_STREAM_SETTINGS,
    ...overrides,
  });
  const open = (target: EventStore, sink: HeldSink, filter: EventFilter = {}, overrides = {}) =>
    openEventStream(target, sink, {
      after: 0,
      filter,
      audience: { personalData: false },
      correlationId: 'corr-1',
      expiresAt: new Date(Date.now() + 3_600_000),
      settings: settings(overrides),
    });

  beforeEach(async () => {
    store = createSqliteEventStore({ file: ':memory:' });
    for (const customerId of ['c-1', 'c-2', 'c-3']) await append(store, registered(customerId));
    await append(store, complained('c-2'));
  });
  afterEach(() => store.close());

  it('given stored events, when a consumer connects, then it gets each as id, type and published data, in order', async () => {
    const sink = new HeldSink(1 << 20);
    sink.readEverything();
    const stream = open(store, sink);
    await until(() => sseBlocks(sink.text).some((block) => block.id === '4'));
    const events = sseBlocks(sink.text).filter((block) => block.data !== undefined);
    expect(events.map((block) => [block.id, block.event])).toEqual([
      ['1', 'CustomerRegistered'],
      ['2', 'CustomerRegistered'],
      ['3', 'CustomerRegistered'],
      ['4', 'CustomerComplained'],
    ]);
    expect(JSON.parse(events[3]?.data ?? '')).toMatchObject({ position: 4, stream: 'customer-c-2' });
    expect(sink.text).not.toMatch(/Name of|Said by/);
    await stream.stop();
  });

  it('given a filter, when new events arrive, then only matches are sent and heartbeats carry the position scanned', async () => {
    const sink = new HeldSink(1 << 20);
    sink.readEverything();
    const stream = open(store, sink, { types: new Set(['CustomerComplained'] as const) }, { heartbeatMs: 5 });
    await append(store, registered('c-4'));
    await until(() => sseBlocks(sink.text).some((block) => block.id === '5'));
    const blocks = sseBlocks(sink.text);
    expect(blocks.filter((block) => block.data !== undefined).map((block) => block.id)).toEqual(['4']);
    expect(blocks.find((block) => block.id === '5')).toEqual({ comments: ['heartbeat'], id: '5' });
    await stream.stop();
  });

  it('given a consumer that stops reading, then the store is not read further and it is cut off after the bound', async () => {
    const { spy, subscriptions } = observed(store);
    const sink = new HeldSink(16);
    const stream = open(spy, sink, {}, { batchSize: 1, stallTimeoutMs: 30 });
    expect((await stream.ended).reason).toBe('slow-consumer');
    expect(subscriptions).toEqual([{ batches: 1, ended: true }]);
    sink.readEverything();
    await until(() => sink.writableFinished);
    const blocks = sseBlocks(sink.text);
    expect(blocks.filter((block) => block.data !== undefined && block.id !== undefined).map((b) => b.id)).toEqual([
      '1',
    ]);
    const last = blocks.at(-1);
    expect(last?.event).toBe('stream-closed');
    expect(JSON.parse(last?.data ?? '')).toMatchObject({ reason: 'slow-consumer', lastEventId: '1' });
    expect(last?.comments.join(' ')).toContain('Last-Event-ID');
  });

  it('given a slow consumer that catches up, then every event is delivered', async () => {
    const sink = new HeldSink(16);
    const stream = open(store, sink, {}, { batchSize: 1 });
    await until(() => sink.listenerCount('drain') > 0);
    sink.readEverything();
    await until(() => sseBlocks(sink.text).some((block) => block.id === '4'));
    await stream.stop();
  });

  it('given an open stream, when the client disconnects, then its store subscription stops', async () => {
    const { spy, subscriptions } = observed(store);
    const sink = new HeldSink(1 << 20);
    sink.readEverything();
    const stream = open(spy, sink);
    await until(() => sink.text.includes('id: 4'));
    sink.destroy();
    expect(await stream.ended).toEqual({ reason: 'client-closed' });
    expect(subscriptions).toEqual([expect.objectContaining({ ended: true })]);
  });

  it('given an open stream, when the server stops it, then the client is told why and the subscription stops', async () => {
    const { spy, subscriptions } = observed(store);
    const sink = new HeldSink(1 << 20);
    sink.readEverything();
    const stream = open(spy, sink);
    await until(() => sink.text.includes('id: 4'));
    expect(await stream.stop()).toEqual({ reason: 'shutdown' });
    expect(subscriptions).toEqual([expect.objectContaining({ ended: true })]);
    await until(() => sink.writableFinished);
    expect(JSON.parse(sseBlocks(sink.text).at(-1)?.data ?? '')).toMatchObject({ reason: 'shutdown', lastEventId: '4' });
  });
});
