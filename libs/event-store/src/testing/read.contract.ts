import type { StoredEvent } from '../event-store.port.js';
import { positionsOf, revisionsOf, type ContractContext } from './contract-context.js';
import { testCommandEvents, testEvent, uniqueStream } from './test-events.js';

const isIncreasing = (numbers: readonly number[]): boolean => numbers.every((n, i) => i === 0 || n > numbers[i - 1]!);

export const describeReadContract = ({ store }: ContractContext): void => {
  describe('readStream', () => {
    // Each test has its own store, so the stream is filled per test (a shared store just gets more streams).
    const filled = async (): Promise<string> => {
      const name = uniqueStream();
      for (let i = 0; i < 5; i += 1) await store().append(name, [testEvent('CustomerContacted', { i })], 'any');
      return name;
    };

    it('reads forward by default', async () => {
      expect(revisionsOf(await store().readStream(await filled()))).toEqual([0, 1, 2, 3, 4]);
    });

    it('reads backward from the end', async () => {
      expect(revisionsOf(await store().readStream(await filled(), { direction: 'backward' }))).toEqual([4, 3, 2, 1, 0]);
    });

    it('reads forward from a revision, inclusive', async () => {
      expect(revisionsOf(await store().readStream(await filled(), { fromRevision: 2 }))).toEqual([2, 3, 4]);
    });

    it('reads backward from a revision, inclusive', async () => {
      const events = await store().readStream(await filled(), { direction: 'backward', fromRevision: 2 });
      expect(revisionsOf(events)).toEqual([2, 1, 0]);
    });

    it('limits the count in both directions', async () => {
      const name = await filled();
      expect(revisionsOf(await store().readStream(name, { maxCount: 2 }))).toEqual([0, 1]);
      expect(revisionsOf(await store().readStream(name, { fromRevision: 1, maxCount: 2 }))).toEqual([1, 2]);
      expect(revisionsOf(await store().readStream(name, { direction: 'backward', maxCount: 2 }))).toEqual([4, 3]);
    });

    it('reads nothing past the end', async () => {
      expect(await store().readStream(await filled(), { fromRevision: 5 })).toEqual([]);
    });

    it('reads an unknown stream as empty, in both directions', async () => {
      await filled();
      expect(await store().readStream(uniqueStream())).toEqual([]);
      expect(await store().readStream(uniqueStream(), { direction: 'backward' })).toEqual([]);
    });
  });

  describe('readAll', () => {
    const ours = (events: readonly StoredEvent[], streams: readonly string[]): StoredEvent[] =>
      events.filter((event) => streams.includes(event.stream));

    it('returns events after a position in global order, across streams', async () => {
      const [a, b] = [uniqueStream(), uniqueStream()];
      const before = await store().headPosition();
      const appended = [];
      for (const stream of [a, b, a, b, a]) appended.push(await store().append(stream, [testEvent()], 'any'));

      const read = ours(await store().readAll(before, 1000), [a, b]);
      expect(read.map((event) => event.stream)).toEqual([a, b, a, b, a]);
      expect(positionsOf(read)).toEqual(appended.map((result) => result.position));
      expect(isIncreasing(positionsOf(read))).toBe(true);
      expect(read.every((event) => event.position > before)).toBe(true);
    });

    it('excludes the `after` position itself and everything before it', async () => {
      const stream = uniqueStream();
      const first = await store().append(stream, [testEvent()], 'any');
      await store().append(stream, [testEvent()], 'any');

      const read = ours(await store().readAll(first.position, 1000), [stream]);
      expect(revisionsOf(read)).toEqual([1]);
    });

    it('returns at most `limit` events', async () => {
      const stream = uniqueStream();
      const before = await store().headPosition();
      for (let i = 0; i < 4; i += 1) await store().append(stream, [testEvent()], 'any');

      expect((await store().readAll(before, 2)).length).toBe(2);
    });

    it('returns the same events as the stream reads, with the same positions and hashes', async () => {
      const stream = uniqueStream();
      const before = await store().headPosition();
      await store().append(stream, testCommandEvents(2), 'any');
      await store().append(stream, [testEvent()], 'any');
      const fromAll = ours(await store().readAll(before, 1000), [stream]);
      expect(fromAll).toEqual(await store().readStream(stream));
    });
  });

  describe('countEventsAfter', () => {
    it('counts the events after a position, exactly below the cap and as the cap at or above it', async () => {
      const stream = uniqueStream();
      const before = await store().headPosition();
      const first = await store().append(stream, testCommandEvents(2), 'any');
      const last = await store().append(stream, testCommandEvents(3), 'any');

      expect(await store().countEventsAfter(before, 100)).toBe(5);
      expect(await store().countEventsAfter(first.position, 100)).toBe(3);
      expect(await store().countEventsAfter(before, 4)).toBe(4);
      expect(await store().countEventsAfter(before, 5)).toBe(5);
      expect(await store().countEventsAfter(last.position, 100)).toBe(0);
      expect(await store().countEventsAfter(before, 0)).toBe(0);
    });
  });
};
