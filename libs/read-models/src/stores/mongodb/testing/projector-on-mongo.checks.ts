import { createSqliteEventStore } from '@concord/event-store';
import { ALL_PROJECTIONS } from '../../../all-projections.js';
import { projectionId } from '../../../projection.js';
import { createProjector } from '../../../runtime/projector.js';
import { appendEvents } from '../../../runtime/testing/append-events.js';
import {
  capturingLog,
  rebuiltInMemory,
  storedSnapshot,
  untilCaughtUp,
  type Stores,
} from '../../../runtime/testing/projector-harness.js';
import { generateCustomerHistories } from '../../../testing/customer-histories.generator.js';
import type { MongoTestDatabase } from './mongodb-test-database.js';

/** The projector over the MongoDB store: every real read model, and a replay as after lost checkpoints. */
export const describeProjectorOnMongo = ({ createStore, raw }: MongoTestDatabase): void => {
  describe('under the projector', () => {
    const ids = ALL_PROJECTIONS.map(projectionId);

    const expectEqualToMemory = async (stores: Pick<Stores, 'events' | 'store'>): Promise<void> => {
      for (const projection of ALL_PROJECTIONS) {
        const expected = (await rebuiltInMemory(stores.events, projection)).snapshot();
        const actual = await storedSnapshot(stores.store, projectionId(projection), projection, expected);
        expect({ projection: projection.name, documents: actual }).toEqual({ projection: projection.name, documents: expected });
      }
    };

    it('holds what applyEvents gives in memory, and a replay after lost checkpoints changes nothing', async () => {
      const stores = { events: createSqliteEventStore({ file: ':memory:', pollIntervalMs: 10 }), store: createStore() };
      try {
        await appendEvents(stores.events, generateCustomerHistories({ customers: 40, stepsPerCustomer: 10, seed: 13 }));
        const first = createProjector({ ...stores, projections: ALL_PROJECTIONS, batchSize: 50, log: capturingLog() });
        await first.start();
        await untilCaughtUp(stores, ids);
        await first.stop();
        await expectEqualToMemory(stores);

        // As after crashes between the documents and the checkpoints: every event is applied again, in batches of
        // other boundaries, over documents that already hold it.
        await raw()
          .collection<{ _id: string }>('projections')
          .updateMany({ _id: { $in: ids } }, { $set: { checkpoint: 0 } });
        const log = capturingLog();
        const replay = createProjector({ ...stores, projections: ALL_PROJECTIONS, batchSize: 70, log });
        await replay.start();
        await untilCaughtUp(stores, ids);
        await replay.stop();

        expect(log.lines.filter((line) => line.startsWith('error'))).toEqual([]);
        await expectEqualToMemory(stores);
      } finally {
        await stores.store.close();
        await stores.events.close();
      }
    }, 60_000);
  });
};
