import { SEGMENTS } from '@concord/contracts';
import { toProjectedEvents } from '@concord/testing';
import fc from 'fast-check';
import { ALL_PROJECTIONS } from './all-projections.js';
import { applyEvents } from './memory/apply-events.js';
import { createMemoryDocuments } from './memory/memory.documents.js';
import { generatedHistory } from './testing/customer-history.arbitrary.js';
import { inBatches, runInBatches } from './testing/build-read-models.js';

const batchSizes = fc.array(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 8 });

describe('every projection, over random valid customer histories', () => {
  it('gives the same documents streamed in random batches as rebuilt from zero, and a replay changes nothing', () => {
    fc.assert(
      fc.property(generatedHistory, batchSizes, ({ events }, sizes) => {
        const projected = toProjectedEvents(events);
        for (const projection of ALL_PROJECTIONS) {
          const rebuilt = createMemoryDocuments();
          applyEvents(projection, projected, rebuilt);
          const incremental = runInBatches(projection, inBatches(projected, sizes));
          expect(incremental.snapshot()).toEqual(rebuilt.snapshot());
          applyEvents(projection, projected, incremental);
          expect(incremental.snapshot()).toEqual(rebuilt.snapshot());
        }
      }),
      { numRuns: 150 },
    );
  });

  it('generates histories that exercise every event type and more than one segment', () => {
    const samples = fc.sample(generatedHistory, { numRuns: 200, seed: 42 });
    const types = new Set(samples.flatMap(({ events }) => events.map((event) => event.type)));
    expect(types.size).toBe(9);
    const classified = samples.flatMap(({ events }) => events.filter((e) => e.type === 'CustomerClassified'));
    const segments = new Set(classified.map((event) => event.data.segment));
    expect(segments.size).toBe(SEGMENTS.length);
  });
});
