import { EventStoreClosed } from '../event-store-closed.error.js';
import type { EventStore, LeanEvent } from '../event-store.port.js';
import { verifyChain } from '../integrity/verify-chain.js';
import { expectedLean } from '../testing/lean.contract.js';
import { testCommandEvents, testEvent, uniqueStream } from '../testing/test-events.js';
import { EventStorePositionUnusable, EventStoreUnavailable } from './eventstoredb.errors.js';
import { createEventStoreDbEventStore } from './eventstoredb.event-store.js';
import { createFakeEventStoreDb, type FakeEventStoreDb } from './testing/fake-eventstoredb.js';

const stats = { streamId: '$stats-127.0.0.1:2113', type: '$statsCollected' };

describe('EventStoreDB adapter, on a fake of its client', () => {
  let fake: FakeEventStoreDb;
  let store: EventStore;

  beforeEach(() => {
    fake = createFakeEventStoreDb();
    store = createEventStoreDbEventStore({ client: fake.client, deadlineMs: 1000 });
  });

  afterEach(() => store.close());

  describe('positions', () => {
    it("are the events' $all commit positions, one for each event of a multi-event append", async () => {
      const result = await store.append(uniqueStream(), testCommandEvents(3), 'no_stream');
      const commits = fake.all().map((event) => Number(event.position.commit));

      expect(result.events.map((event) => event.position)).toEqual(commits);
      expect(new Set(commits).size).toBe(3);
      expect(result.position).toBe(commits[2]);
    });

    it('are byte offsets, not counts: lag is counted by countEventsAfter, never by subtraction', async () => {
      const stream = uniqueStream();
      const first = await store.append(stream, [testEvent()], 'any');
      const last = await store.append(stream, [testEvent()], 'any');

      expect(last.position - first.position).toBeGreaterThan(1);
      expect(await store.countEventsAfter(first.position, 100)).toBe(1);
    });

    it('refuse events that share a commit position (an explicit transaction), rather than risk skipping one', async () => {
      const stream = uniqueStream();
      await store.append(stream, [testEvent()], 'any');
      const [stored] = fake.all();
      fake.record({ ...stored!, revision: 1n, position: { commit: 99_000n, prepare: 98_000n } });

      await expect(store.readAll(0, 10)).rejects.toThrow(EventStorePositionUnusable);
      await expect(store.readAll(0, 10)).rejects.toThrow(/written by an explicit transaction/);
    });
  });

  describe("$all holds EventStoreDB's own records and other applications' streams too", () => {
    beforeEach(async () => {
      fake.record(stats);
      await store.append('customer-1', testCommandEvents(2), 'any');
      fake.record({ streamId: '$ce-customer', type: '$>' });
      fake.record({ streamId: 'account-7', type: 'CustomerRegistered' });
      fake.record({ streamId: 'customer-1', type: '$streamDeleted' });
      fake.record(stats);
    });

    it('readAll returns only the events of the customer- streams', async () => {
      expect((await store.readAll(0, 100)).map((event) => [event.stream, event.type])).toEqual([
        ['customer-1', 'CustomerContacted'],
        ['customer-1', 'CustomerContacted'],
      ]);
    });

    it('readAll fills its limit across pages of foreign records', async () => {
      for (let i = 0; i < 150; i += 1) fake.record(stats);
      await store.append('customer-2', testCommandEvents(3), 'any');

      expect((await store.readAll(0, 4)).map((event) => event.stream)).toEqual([
        'customer-1',
        'customer-1',
        'customer-2',
        'customer-2',
      ]);
    });

    it('headPosition is the last customer event, not the last record', async () => {
      const concord = fake.all().filter((event) => event.streamId === 'customer-1' && event.type !== '$streamDeleted');
      expect(await store.headPosition()).toBe(Number(concord.at(-1)!.position.commit));
    });

    it('countEventsAfter counts only customer events', async () => {
      expect(await store.countEventsAfter(0, 100)).toBe(2);
    });

    it('subscriptions receive only customer events', async () => {
      const received: string[] = [];
      const subscription = store.subscribe({ after: 0 }, async (batch) => {
        received.push(...batch.map((event) => `${event.stream} ${event.type}`));
      });
      await store.append('customer-3', [testEvent()], 'any');
      await until(() => received.length === 3);
      await subscription.stop();

      expect(received).toEqual([
        'customer-1 CustomerContacted',
        'customer-1 CustomerContacted',
        'customer-3 CustomerContacted',
      ]);
    });
  });

  describe('lean reads', () => {
    beforeEach(async () => {
      await store.append('customer-1', testCommandEvents(2), 'any');
      fake.record(stats);
      await store.append('customer-2', [testEvent('CustomerClassified', { segment: 'sme' }, { schemaVersion: 2 })], 'any');
    });

    it('readAllLean returns what readAll returns, lean', async () => {
      const full = await store.readAll(0, 100);
      expect(full).toHaveLength(3);
      expect(await store.readAllLean(0, 100)).toEqual(full.map(expectedLean));
    });

    it('subscribeLean delivers what subscribe delivers, lean', async () => {
      const received: LeanEvent[] = [];
      const subscription = store.subscribeLean({ after: 0 }, async (batch) => void received.push(...batch));
      await until(() => received.length === 3);
      await subscription.stop();

      expect(received).toEqual((await store.readAll(0, 100)).map(expectedLean));
    });
  });

  describe('headPosition', () => {
    it('reads only what was written since its last call, however many foreign records precede', async () => {
      await store.append(uniqueStream(), [testEvent()], 'any');
      for (let i = 0; i < 500; i += 1) fake.record(stats);
      const head = await store.headPosition();
      const afterFirstCall = fake.recordsReadFromAll();

      fake.record(stats);
      expect(await store.headPosition()).toBe(head);
      expect(fake.recordsReadFromAll() - afterFirstCall).toBeLessThanOrEqual(8);

      const next = await store.append(uniqueStream(), [testEvent()], 'any');
      expect(await store.headPosition()).toBe(next.position);
    });

    it('is START for a store without customer events', async () => {
      fake.record(stats);
      expect(await store.headPosition()).toBe(0);
    });
  });

  describe('the hash chain', () => {
    it('is computed by the adapter, from the head it read, exactly as the SQLite adapter does', async () => {
      const stream = uniqueStream();
      for (const count of [2, 1, 3]) await store.append(stream, testCommandEvents(count), 'any');
      const history = await store.readStream(stream);

      expect(verifyChain(history)).toEqual({ valid: true, checked: 6 });
      expect(history.map((event) => event.previousHash)).toEqual([null, ...history.slice(0, -1).map((event) => event.hash)]);
    });

    it('is stored in the metadata, so it can be verified from EventStoreDB alone', async () => {
      const stream = uniqueStream();
      const { events } = await store.append(stream, testCommandEvents(2), 'any');
      expect(fake.all().map((event) => event.metadata)).toEqual(
        events.map((event) => ({ ...event.metadata, hash: event.hash, previousHash: event.previousHash })),
      );
    });
  });

  describe('deadlines', () => {
    it('fails a read that never answers after the deadline, saying what to check', async () => {
      const impatient = createEventStoreDbEventStore({ client: fake.client, deadlineMs: 30 });
      fake.hang('readAll');

      await expect(impatient.headPosition()).rejects.toThrow(EventStoreUnavailable);
      await expect(impatient.readAll(0, 10)).rejects.toThrow(
        /did not answer within 30 ms \(read \$all\)\. Check that EVENTSTORE_URL names a running node/,
      );
      await impatient.close();
    });

    it('fails an append that never answers, saying that a retry with the same commandId is safe', async () => {
      const impatient = createEventStoreDbEventStore({ client: fake.client, deadlineMs: 30 });
      fake.hang('appendToStream');

      await expect(impatient.append(uniqueStream(), [testEvent()], 'any')).rejects.toThrow(
        /did not answer within 30 ms \(append to customer-.*\)\..*retrying with the same commandId is safe/,
      );
      await impatient.close();
    });

    it('fails a stream read that never answers', async () => {
      const impatient = createEventStoreDbEventStore({ client: fake.client, deadlineMs: 30 });
      fake.hang('readStream');
      await expect(impatient.readStream('customer-1')).rejects.toThrow(EventStoreUnavailable);
      await impatient.close();
    });
  });

  describe('close', () => {
    it('disposes the client', async () => {
      await store.close();
      expect(fake.disposed()).toBe(true);
    });

    it('refuses calls afterwards', async () => {
      await store.close();
      await expect(store.append(uniqueStream(), [testEvent()], 'any')).rejects.toThrow(EventStoreClosed);
      await expect(store.readAll(0, 1)).rejects.toThrow(EventStoreClosed);
      expect(() => store.subscribe({ after: 0 }, async () => undefined)).toThrow(EventStoreClosed);
    });

    it('lets an append in flight finish first', async () => {
      const appending = store.append(uniqueStream(), testCommandEvents(2), 'any');
      await store.close();
      await expect(appending).resolves.toMatchObject({ revision: 1, duplicate: false });
      expect(fake.disposed()).toBe(true);
    });

    it('stops the subscriptions, resolving their `done`', async () => {
      const subscription = store.subscribe({ after: 0 }, async () => undefined);
      await store.close();
      await expect(subscription.done).resolves.toBeUndefined();
    });

    it('lets a handler finishing its batch still read, and refuses its appends', async () => {
      await store.append(uniqueStream(), [testEvent()], 'any');
      let closing: Promise<void> | undefined;
      const outcomes: string[] = [];
      const subscription = store.subscribe({ after: 0 }, async () => {
        closing ??= store.close();
        outcomes.push(`head ${typeof (await store.headPosition())}`);
        const appending = store.append(uniqueStream(), [testEvent()], 'any');
        outcomes.push(await appending.then(() => 'appended', (error: unknown) => String(error)));
      });
      await subscription.done;
      await closing;

      expect(outcomes[0]).toBe('head number');
      expect(outcomes[1]).toMatch(/^EventStoreClosed: Cannot append to customer-.*: the event store is closed\.$/);
    });

    it('cannot hang on an unresponsive node: calls in flight end at their deadline', async () => {
      const impatient = createEventStoreDbEventStore({ client: fake.client, deadlineMs: 30 });
      fake.hang('readAll');
      const reading = impatient.readAll(0, 1);
      await impatient.close();
      await expect(reading).rejects.toThrow(EventStoreUnavailable);
    });
  });
});

/** Polls a condition the test waits for; the test's timeout catches a hang. */
const until = async (condition: () => boolean): Promise<void> => {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 2));
};
