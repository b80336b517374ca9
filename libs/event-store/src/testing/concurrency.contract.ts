import { StreamRevisionConflict } from '../event-store.errors.js';
import type { AppendResult, EventStore } from '../event-store.port.js';
import { verifyChain } from '../integrity/verify-chain.js';
import { positionsOf, revisionsOf, type ContractContext } from './contract-context.js';
import { testEvent, uniqueStream } from './test-events.js';

const WRITERS = 50;
const range = (count: number): number[] => Array.from({ length: count }, (_, i) => i);

/** Read, then append at the revision read; on conflict re-read and retry, as command handlers do. */
const appendOptimistically = async (store: EventStore, stream: string): Promise<{ conflicts: number }> => {
  const event = testEvent();
  for (let conflicts = 0; ; conflicts += 1) {
    const [last] = await store.readStream(stream, { direction: 'backward', maxCount: 1 });
    try {
      await store.append(stream, [event], last === undefined ? 'no_stream' : { exact: last.revision });
      return { conflicts };
    } catch (error) {
      if (!(error instanceof StreamRevisionConflict)) throw error;
    }
  }
};

export const describeConcurrencyContract = ({ store }: ContractContext): void => {
  describe('concurrent writers on one stream', () => {
    it(`${WRITERS} concurrent appends with 'any' get revisions 0..${WRITERS - 1}, no gaps, no duplicates`, async () => {
      const stream = uniqueStream();
      const results = await Promise.all(range(WRITERS).map(() => store().append(stream, [testEvent()], 'any')));
      const history = await store().readStream(stream);

      expect(revisionsOf(history)).toEqual(range(WRITERS));
      expect(results.map((result) => result.revision).sort((a, b) => a - b)).toEqual(range(WRITERS));
      expect(new Set(positionsOf(history)).size).toBe(WRITERS);
      expect(verifyChain(history)).toEqual({ valid: true, checked: WRITERS });
    });

    it(`${WRITERS} concurrent appends at the same exact revision: one wins, the others conflict`, async () => {
      const stream = uniqueStream();
      await store().append(stream, [testEvent()], 'no_stream');
      const settled = await Promise.allSettled(
        range(WRITERS).map(() => store().append(stream, [testEvent()], { exact: 0 })),
      );
      const won = settled.filter(
        (outcome): outcome is PromiseFulfilledResult<AppendResult> => outcome.status === 'fulfilled',
      );
      const lost = settled.filter((outcome) => outcome.status === 'rejected');

      expect(won).toHaveLength(1);
      expect(won[0]!.value.revision).toBe(1);
      expect(lost.every((outcome) => outcome.reason instanceof StreamRevisionConflict)).toBe(true);
      expect(revisionsOf(await store().readStream(stream))).toEqual([0, 1]);
    });

    it(`${WRITERS} optimistic writers retrying on conflict each win exactly one revision`, async () => {
      const stream = uniqueStream();
      await Promise.all(range(WRITERS).map(() => appendOptimistically(store(), stream)));
      const history = await store().readStream(stream);

      expect(revisionsOf(history)).toEqual(range(WRITERS));
      expect(new Set(history.map((event) => event.metadata.commandId)).size).toBe(WRITERS);
      expect(verifyChain(history).valid).toBe(true);
    });
  });
};
