import type { EventStore, StoredEvent } from '../event-store.port.js';
import { collectStream, pause, revisionsOf, type ContractContext } from './contract-context.js';
import { testEvent, uniqueStream } from './test-events.js';

export const describeSubscribeContract = ({ store }: ContractContext): void => {
  describe('subscribe', () => {
    it('catches up, then receives live appends in order', async () => {
      const stream = uniqueStream();
      const after = await store().headPosition();
      for (let i = 0; i < 3; i += 1) await store().append(stream, [testEvent()], 'any');
      const collector = collectStream(stream);
      const subscription = store().subscribe({ after }, collector.handler);

      await collector.untilReceived(3);
      for (let i = 0; i < 2; i += 1) await store().append(stream, [testEvent()], 'any');
      await collector.untilReceived(5);
      await subscription.stop();

      expect(revisionsOf(collector.received)).toEqual([0, 1, 2, 3, 4]);
      expect(collector.received).toEqual(await store().readStream(stream));
    });

    it('delivers only what follows the given position', async () => {
      const stream = uniqueStream();
      const results = [];
      for (let i = 0; i < 4; i += 1) results.push(await store().append(stream, [testEvent()], 'any'));
      const collector = collectStream(stream);
      const subscription = store().subscribe({ after: results[1]!.position }, collector.handler);

      await collector.untilReceived(2);
      await subscription.stop();
      expect(revisionsOf(collector.received)).toEqual([2, 3]);
    });

    it('respects the batch size', async () => {
      const stream = uniqueStream();
      const after = await store().headPosition();
      for (let i = 0; i < 5; i += 1) await store().append(stream, [testEvent()], 'any');
      const collector = collectStream(stream);
      const subscription = store().subscribe({ after, batchSize: 2 }, collector.handler);

      await collector.untilReceived(5);
      await subscription.stop();
      expect(Math.max(...collector.batches.map((batch) => batch.length))).toBeLessThanOrEqual(2);
    });

    it('never calls a slow handler again before its promise resolves (back-pressure)', async () => {
      const stream = uniqueStream();
      const after = await store().headPosition();
      const collector = collectStream(stream);
      let running = 0;
      let mostAtOnce = 0;
      const slowHandler = async (batch: readonly StoredEvent[]): Promise<void> => {
        running += 1;
        mostAtOnce = Math.max(mostAtOnce, running);
        await pause(15);
        await collector.handler(batch);
        running -= 1;
      };
      const subscription = store().subscribe({ after, batchSize: 1 }, slowHandler);
      await Promise.all([0, 1, 2, 3, 4].map(() => store().append(stream, [testEvent()], 'any')));

      await collector.untilReceived(5);
      await subscription.stop();
      expect(mostAtOnce).toBe(1);
      expect(revisionsOf(collector.received)).toEqual([0, 1, 2, 3, 4]);
    });

    it('ends with the handler error in `done` and delivers nothing more', async () => {
      const stream = uniqueStream();
      const after = await store().headPosition();
      await store().append(stream, [testEvent()], 'any');
      let calls = 0;
      const failure = new Error('projection failed');
      const subscription = store().subscribe({ after }, async () => {
        calls += 1;
        throw failure;
      });

      await expect(subscription.done).rejects.toBe(failure);
      await store().append(stream, [testEvent()], 'any');
      await deliveredTo(store(), stream, after, 2);
      expect(calls).toBe(1);
      await subscription.stop();
    });

    it('stop() ends delivery and resolves `done`', async () => {
      const stream = uniqueStream();
      const after = await store().headPosition();
      await store().append(stream, [testEvent()], 'any');
      const collector = collectStream(stream);
      const subscription = store().subscribe({ after }, collector.handler);
      await collector.untilReceived(1);

      await subscription.stop();
      await expect(subscription.done).resolves.toBeUndefined();
      await store().append(stream, [testEvent()], 'any');
      await deliveredTo(store(), stream, after, 2);
      expect(collector.received).toHaveLength(1);
    });
  });
};

/**
 * Waits until a fresh subscription from `after` has seen `count` events of `stream`, then a little longer: by then a
 * stopped or failed subscription would have had every chance to (wrongly) deliver them too. `after` is a position the
 * store gave out: EventStoreDB cannot start reading at an arbitrary number.
 */
const deliveredTo = async (store: EventStore, stream: string, after: number, count: number): Promise<void> => {
  const sentinel = collectStream(stream);
  const subscription = store.subscribe({ after }, sentinel.handler);
  await sentinel.untilReceived(count);
  await subscription.stop();
  await pause(50);
};
