import { randomUUID } from 'node:crypto';
import type { AppendResult } from '../event-store.port.js';
import type { ContractContext } from './contract-context.js';
import { testCommandEvents, testEvent, uniqueStream } from './test-events.js';

export const describeIdempotencyContract = ({ store }: ContractContext): void => {
  describe('idempotency per commandId', () => {
    const firstAnswer = (result: AppendResult): AppendResult => ({ ...result, duplicate: true });

    it('returns the first result for a retried command and appends nothing', async () => {
      const stream = uniqueStream();
      const events = testCommandEvents(2);
      const first = await store().append(stream, events, 'no_stream');
      // A retry re-decides, so its events carry new eventIds; the commandId is what identifies it.
      const retry = events.map((event) => ({ ...event, metadata: { ...event.metadata, eventId: randomUUID() } }));

      expect(await store().append(stream, retry, 'any')).toEqual(firstAnswer(first));
      expect(await store().readStream(stream)).toEqual(first.events);
    });

    it('returns the first result even when the expected revision is now stale', async () => {
      const stream = uniqueStream();
      const events = [testEvent()];
      const first = await store().append(stream, events, 'no_stream');
      await store().append(stream, [testEvent()], { exact: 0 });

      expect(await store().append(stream, events, 'no_stream')).toEqual(firstAnswer(first));
      expect(await store().append(stream, events, { exact: 0 })).toEqual(firstAnswer(first));
      expect(await store().readStream(stream)).toHaveLength(2);
    });

    it('stores a command once when its retries race each other', async () => {
      const stream = uniqueStream();
      const events = testCommandEvents(2);
      const results = await Promise.all([1, 2, 3].map(() => store().append(stream, events, 'any')));

      expect(results.filter((result) => !result.duplicate)).toHaveLength(1);
      expect(new Set(results.map((result) => result.position)).size).toBe(1);
      expect(await store().readStream(stream)).toHaveLength(2);
    });

    it('appends a different command normally', async () => {
      const stream = uniqueStream();
      await store().append(stream, [testEvent()], 'any');
      const second = await store().append(stream, [testEvent()], 'any');

      expect(second).toMatchObject({ duplicate: false, revision: 1 });
    });
  });
};
