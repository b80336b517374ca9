import type { LeanEvent, StoredEvent } from '../event-store.port.js';
import { collectStream, type ContractContext } from './contract-context.js';
import { testCommandEvents, testEvent, uniqueStream } from './test-events.js';

/** What the lean view of `event` must hold, spelt out here rather than taken from the adapters' mapping. */
export const expectedLean = (event: StoredEvent): LeanEvent => ({
  stream: event.stream,
  revision: event.revision,
  position: event.position,
  type: event.type,
  data: event.data,
  schemaVersion: event.metadata.schemaVersion,
  recordedAt: event.metadata.recordedAt,
});

export const describeLeanContract = ({ store }: ContractContext): void => {
  describe('lean reads', () => {
    it('readAllLean returns the events readAll returns, lean', async () => {
      const [a, b] = [uniqueStream(), uniqueStream()];
      const before = await store().headPosition();
      await store().append(a, testCommandEvents(2), 'any');
      await store().append(b, [testEvent('CustomerClassified', { nested: { n: [1, 2] } }, { schemaVersion: 2 })], 'any');
      await store().append(a, [testEvent()], 'any');

      const full = (await store().readAll(before, 1000)).filter((event) => [a, b].includes(event.stream));
      const lean = (await store().readAllLean(before, 1000)).filter((event) => [a, b].includes(event.stream));
      expect(full).toHaveLength(4);
      expect(lean).toEqual(full.map(expectedLean));
    });

    it('readAllLean excludes `after` and returns at most `limit` events', async () => {
      const stream = uniqueStream();
      const first = await store().append(stream, [testEvent()], 'any');
      for (let i = 0; i < 3; i += 1) await store().append(stream, [testEvent()], 'any');

      const lean = await store().readAllLean(first.position, 2);
      expect(lean).toHaveLength(2);
      expect(lean.map((event) => event.revision)).toEqual([1, 2]);
    });

    it('subscribeLean catches up, then receives live appends: the events subscribe delivers, lean', async () => {
      const stream = uniqueStream();
      const after = await store().headPosition();
      for (let i = 0; i < 3; i += 1) await store().append(stream, [testEvent()], 'any');
      const collector = collectStream<LeanEvent>(stream);
      const subscription = store().subscribeLean({ after, batchSize: 2 }, collector.handler);

      await collector.untilReceived(3);
      await store().append(stream, testCommandEvents(2), 'any');
      await collector.untilReceived(5);
      await subscription.stop();

      expect(collector.received).toEqual((await store().readStream(stream)).map(expectedLean));
      expect(Math.max(...collector.batches.map((batch) => batch.length))).toBeLessThanOrEqual(2);
    });
  });
};
