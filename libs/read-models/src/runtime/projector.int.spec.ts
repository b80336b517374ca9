import fc from 'fast-check';
import { ALL_PROJECTIONS } from '../all-projections.js';
import { projectionId } from '../projection.js';
import { generateCustomerHistories } from '../testing/customer-histories.generator.js';
import { generatedHistory } from '../testing/customer-history.arbitrary.js';
import { createProjector } from './projector.js';
import { rebuildProjection } from './rebuild-projection.js';
import type { ReadModelStore } from './read-model-store.port.js';
import { appendEvents } from './testing/append-events.js';
import {
  capturingLog,
  openStores,
  rebuiltInMemory,
  storedSnapshot,
  until,
  untilCaughtUp,
  type Stores,
} from './testing/projector-harness.js';

const IDS = ALL_PROJECTIONS.map(projectionId);

/** Tiny caches evict and reload documents between batches; a zero interval commits every batch. */
const catchUps = fc.record({
  cachedDocuments: fc.integer({ min: 1, max: 40 }),
  commitIntervalMs: fc.constantFrom(0, 60_000),
});

/** Every read model in `stores` equals applyEvents over the whole log, in memory. */
const expectEqualToMemory = async (stores: Pick<Stores, 'events' | 'store'>): Promise<void> => {
  for (const projection of ALL_PROJECTIONS) {
    const expected = (await rebuiltInMemory(stores.events, projection)).snapshot();
    const actual = await storedSnapshot(stores.store, projectionId(projection), projection, expected);
    expect({ projection: projection.name, documents: actual }).toEqual({ projection: projection.name, documents: expected });
  }
};

describe('projector: incremental equals rebuild equals applyEvents in memory', () => {
  it('for random valid histories, appended before and while it runs, in random batch sizes', async () => {
    await fc.assert(
      fc.asyncProperty(generatedHistory, fc.integer({ min: 1, max: 9 }), fc.nat(), catchUps, async ({ events }, batchSize, cut, catchUp) => {
        const stores = openStores();
        const projector = createProjector({ ...stores, projections: ALL_PROJECTIONS, batchSize, catchUp, log: capturingLog() });
        try {
          const split = events.length === 0 ? 0 : cut % events.length;
          await appendEvents(stores.events, events.slice(0, split), { chunk: 3 });
          await projector.start();
          await appendEvents(stores.events, events.slice(split), { chunk: 2 });
          await untilCaughtUp(stores, IDS);
          await expectEqualToMemory(stores);

          const rebuilt = openStores();
          try {
            for (const projection of ALL_PROJECTIONS) {
              await rebuildProjection({ events: stores.events, store: rebuilt.store, projection, batchSize: batchSize + 3, catchUp });
            }
            await expectEqualToMemory({ events: stores.events, store: rebuilt.store });
          } finally {
            await rebuilt.close();
          }
        } finally {
          await projector.stop();
          await stores.close();
        }
      }),
      { numRuns: 40 },
    );
  });

  it('for thousands of events over hundreds of customers, appended in three parts while it runs', async () => {
    const events = generateCustomerHistories({ customers: 300, stepsPerCustomer: 12, seed: 7 });
    const stores = openStores();
    const projector = createProjector({ ...stores, projections: ALL_PROJECTIONS, batchSize: 250, log: capturingLog() });
    try {
      await appendEvents(stores.events, events.slice(0, 1000));
      await projector.start();
      await appendEvents(stores.events, events.slice(1000, 2000), { chunk: 7 });
      await appendEvents(stores.events, events.slice(2000));
      const head = await untilCaughtUp(stores, IDS);

      expect(head).toBe(events.length);
      expect((await stores.store.records()).map((record) => [record.projectionId, record.status]).sort()).toEqual(
        IDS.map((id) => [id, 'live']).sort(),
      );
      await expectEqualToMemory(stores);
    } finally {
      await projector.stop();
      await stores.close();
    }
  });

  it('goes on from its checkpoint after a restart, and a replay of the log changes nothing', async () => {
    const events = generateCustomerHistories({ customers: 60, stepsPerCustomer: 10, seed: 11 });
    const stores = openStores();
    try {
      const first = createProjector({ ...stores, projections: ALL_PROJECTIONS, batchSize: 40, log: capturingLog() });
      await appendEvents(stores.events, events.slice(0, 300));
      await first.start();
      await untilCaughtUp(stores, IDS);
      await first.stop();

      await appendEvents(stores.events, events.slice(300));
      const log = capturingLog();
      const second = createProjector({ ...stores, projections: ALL_PROJECTIONS, batchSize: 40, log });
      await second.start();
      await untilCaughtUp(stores, IDS);
      await second.stop();

      expect(log.lines).toContain(`log: ${IDS[0]} live: starting after position 300 (head ${events.length}).`);
      await expectEqualToMemory(stores);

      // As after a crash between the documents and the checkpoint (MongoDB): every event is applied again, over
      // documents that already hold it; the position guard must leave them as they are.
      const replayed = new Map<string, number>();
      const forgetful: ReadModelStore = {
        ...stores.store,
        records: async () => (await stores.store.records()).map((record) => ({ ...record, checkpoint: 0 })),
        commit: async (id, writes, checkpoint) => {
          await stores.store.commit(id, writes, checkpoint);
          replayed.set(id, checkpoint);
        },
      };
      const replay = createProjector({ events: stores.events, store: forgetful, projections: ALL_PROJECTIONS, log });
      await replay.start();
      await until(() => IDS.every((id) => replayed.get(id) === events.length), () => `replayed only ${JSON.stringify([...replayed])}`);
      await replay.stop();
      expect(log.lines.filter((line) => line.startsWith('error'))).toEqual([]);
      await expectEqualToMemory(stores);
    } finally {
      await stores.close();
    }
  });

  it('goes live at once on an empty store, and follows appends', async () => {
    const stores = openStores();
    const projector = createProjector({ ...stores, projections: ALL_PROJECTIONS, log: capturingLog() });
    try {
      await projector.start();
      expect(new Set((await stores.store.records()).map((record) => record.status))).toEqual(new Set(['live']));

      await appendEvents(stores.events, generateCustomerHistories({ customers: 5, stepsPerCustomer: 6, seed: 3 }));
      await untilCaughtUp(stores, IDS);
      await expectEqualToMemory(stores);
    } finally {
      await projector.stop();
      await stores.close();
    }
  });
});
