import { StreamRevisionConflict } from '../event-store.errors.js';
import { hashEvent } from '../integrity/event-hash.js';
import { verifyChain } from '../integrity/verify-chain.js';
import { revisionsOf, type ContractContext } from './contract-context.js';
import { testCommandEvents, testEvent, testMetadata, uniqueStream } from './test-events.js';

export const describeAppendContract = ({ store }: ContractContext): void => {
  describe('append and read back', () => {
    it('stores events with their data, metadata and hashes, and returns them as stored', async () => {
      const stream = uniqueStream();
      const metadata = testMetadata();
      const nested = { list: [1, 'two', { three: 3 }], ok: true, amount: 1234.5 };
      const data = { customerId: 'c-1', nested, text: 'Zürich 深圳 😀 "quoted"' };
      const result = await store().append(
        stream,
        [
          { type: 'CustomerRegistered', data, metadata },
          { type: 'CustomerClassified', data: { customerId: 'c-1' }, metadata: { ...metadata, eventId: 'e-2' } },
        ],
        'no_stream',
      );
      const read = await store().readStream(stream);

      expect(read).toEqual(result.events);
      expect(result).toMatchObject({ revision: 1, position: read[1]!.position, duplicate: false });
      expect(read[0]).toMatchObject({ stream, revision: 0, type: 'CustomerRegistered', previousHash: null });
      expect(read[0]).toMatchObject({ data, metadata });
      expect(read[1]).toMatchObject({ revision: 1, type: 'CustomerClassified', previousHash: read[0]!.hash });
      for (const event of read) {
        expect(event.hash).toMatch(/^[0-9a-f]{64}$/);
        expect(event.hash).toBe(hashEvent(event));
      }
    });

    it('counts revisions from 0 without gaps across appends', async () => {
      const stream = uniqueStream();
      const results = [];
      for (const count of [1, 3, 2]) results.push(await store().append(stream, testCommandEvents(count), 'any'));

      expect(results.map((result) => result.revision)).toEqual([0, 3, 5]);
      expect(revisionsOf(await store().readStream(stream))).toEqual([0, 1, 2, 3, 4, 5]);
    });

    it('chains the hashes across appends so the history verifies', async () => {
      const stream = uniqueStream();
      for (const count of [2, 1, 3]) await store().append(stream, testCommandEvents(count), 'any');

      expect(verifyChain(await store().readStream(stream))).toEqual({ valid: true, checked: 6 });
    });

    it('moves the head position to at least the last appended position', async () => {
      const before = await store().headPosition();
      const result = await store().append(uniqueStream(), [testEvent()], 'any');

      expect(result.position).toBeGreaterThan(before);
      expect(await store().headPosition()).toBeGreaterThanOrEqual(result.position);
    });
  });

  describe('expected revision', () => {
    const conflictOf = async (promise: Promise<unknown>): Promise<StreamRevisionConflict> => {
      const error = await promise.then(
        () => undefined,
        (reason: unknown) => reason,
      );
      expect(error).toBeInstanceOf(StreamRevisionConflict);
      return error as StreamRevisionConflict;
    };

    it("'any' appends to a new and to an existing stream", async () => {
      const stream = uniqueStream();
      await store().append(stream, [testEvent()], 'any');
      await store().append(stream, [testEvent()], 'any');

      expect(revisionsOf(await store().readStream(stream))).toEqual([0, 1]);
    });

    it("'no_stream' creates a stream but conflicts once it exists", async () => {
      const stream = uniqueStream();
      await store().append(stream, [testEvent()], 'no_stream');
      const conflict = await conflictOf(store().append(stream, [testEvent()], 'no_stream'));

      expect(conflict).toMatchObject({ stream, expected: 'no_stream', actual: 0, code: 'STREAM.REVISION_CONFLICT' });
      expect(await store().readStream(stream)).toHaveLength(1);
    });

    it('exact accepts the current revision', async () => {
      const stream = uniqueStream();
      await store().append(stream, testCommandEvents(2), 'no_stream');
      const result = await store().append(stream, [testEvent()], { exact: 1 });

      expect(result.revision).toBe(2);
    });

    it('exact conflicts when stale or ahead, and reports the actual revision', async () => {
      const stream = uniqueStream();
      await store().append(stream, testCommandEvents(3), 'no_stream');

      expect(await conflictOf(store().append(stream, [testEvent()], { exact: 1 }))).toMatchObject({ actual: 2 });
      expect(await conflictOf(store().append(stream, [testEvent()], { exact: 7 }))).toMatchObject({ actual: 2 });
      expect(await store().readStream(stream)).toHaveLength(3);
    });

    it('exact conflicts on a missing stream', async () => {
      const stream = uniqueStream();
      const conflict = await conflictOf(store().append(stream, [testEvent()], { exact: 0 }));

      expect(conflict).toMatchObject({ stream, expected: { exact: 0 }, actual: 'no_stream' });
      expect(await store().readStream(stream)).toEqual([]);
    });

    it('writes nothing of a conflicting multi-event append, and the stream carries on intact', async () => {
      const stream = uniqueStream();
      await store().append(stream, testCommandEvents(2), 'no_stream');
      const before = await store().headPosition();

      await conflictOf(store().append(stream, testCommandEvents(3), { exact: 0 }));
      expect(await store().readStream(stream)).toHaveLength(2);
      expect((await store().readAll(before, 1000)).filter((event) => event.stream === stream)).toEqual([]);

      await store().append(stream, testCommandEvents(3), { exact: 1 });
      const history = await store().readStream(stream);
      expect(revisionsOf(history)).toEqual([0, 1, 2, 3, 4]);
      expect(verifyChain(history).valid).toBe(true);
    });
  });
};
