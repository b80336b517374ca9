import { customer360Projection } from '../customer-360/customer-360.projection.js';
import type { Customer360Document } from '../customer-360/customer-360.document.js';
import type { Projection } from '../projection.js';
import { generateCustomerHistories } from '../testing/customer-histories.generator.js';
import { activeProjectionId } from './active-projection.js';
import { createProjector } from './projector.js';
import { appendEvents } from './testing/append-events.js';
import { gatedEvents } from './testing/gated-events.js';
import {
  capturingLog,
  openStores,
  rebuiltInMemory,
  storedSnapshot,
  until,
  untilCaughtUp,
  type Stores,
} from './testing/projector-harness.js';

const v1 = customer360Projection;
/** The next version: here the same fold, as when a bug fix or a new field needs every document rebuilt. */
const v2: Projection = { ...customer360Projection, version: 2 };
const history = generateCustomerHistories({ customers: 50, stepsPerCustomer: 10, seed: 21 });
const later = generateCustomerHistories({ customers: 5, stepsPerCustomer: 4, seed: 22, firstCustomer: 500 });

const active = async (stores: Pick<Stores, 'store'>) => activeProjectionId(await stores.store.records(), 'customer-360');

const buildV1 = async (stores: Stores): Promise<void> => {
  await appendEvents(stores.events, history);
  const projector = createProjector({ ...stores, projections: [v1], log: capturingLog() });
  await projector.start();
  await untilCaughtUp(stores, ['customer-360.v1']);
  await until(async () => (await active(stores)) === 'customer-360.v1', () => 'v1 never went live');
  await projector.stop();
};

describe('projector: a new version of a projection', () => {
  it('builds beside the live one, which queries keep reading, and takes over only once caught up', async () => {
    const stores = openStores();
    const gate = gatedEvents(stores.events);
    const log = capturingLog();
    // Committing every batch, so the store shows how far the rebuild has got.
    const catchUp = { commitIntervalMs: 0 };
    const projector = createProjector({ events: gate.events, store: stores.store, projections: [v2], batchSize: 100, log, catchUp });
    try {
      await buildV1(stores);
      await projector.start();

      const versions = async () => (await stores.store.records()).map((r) => [r.projectionId, r.status, r.checkpoint]);
      expect(await versions()).toEqual([
        ['customer-360.v1', 'live', history.length],
        ['customer-360.v2', 'rebuilding', 0],
      ]);
      gate.release(2);
      await until(() => gate.delivered() === 2, () => `delivered ${gate.delivered()}`);
      expect(await versions()).toEqual([
        ['customer-360.v1', 'live', history.length],
        ['customer-360.v2', 'rebuilding', 200],
      ]);
      expect(await active(stores)).toBe('customer-360.v1');
      expect(await stores.store.get<Customer360Document>('customer-360.v1', 'customer_360', 'c-7')).toMatchObject({ customerId: 'c-7' });

      gate.open();
      await untilCaughtUp(stores, ['customer-360.v2']);
      await until(async () => (await versions()).length === 1, () => JSON.stringify(log.lines));

      expect(await versions()).toEqual([['customer-360.v2', 'live', history.length]]);
      expect(await active(stores)).toBe('customer-360.v2');
      expect(log.lines).toContain('log: customer-360.v1 dropped: customer-360.v2 is live.');
      const expected = (await rebuiltInMemory(stores.events, v2)).snapshot();
      expect(await storedSnapshot(stores.store, 'customer-360.v2', v2, expected)).toEqual(expected);
    } finally {
      gate.open();
      await projector.stop();
      await stores.close();
    }
  });

  it('keeps the old version current while the new one builds, when both are listed', async () => {
    const stores = openStores();
    const gate = gatedEvents(stores.events);
    const projector = createProjector({ events: gate.events, store: stores.store, projections: [v1, v2], batchSize: 100, log: capturingLog() });
    try {
      await buildV1(stores);
      await projector.start();
      await appendEvents(stores.events, later);
      await untilCaughtUp(stores, ['customer-360.v1']);

      expect(await active(stores)).toBe('customer-360.v1');
      expect(await stores.store.get('customer-360.v1', 'customer_360', 'c-500')).toMatchObject({ customerId: 'c-500' });
      expect(await stores.store.get('customer-360.v2', 'customer_360', 'c-500')).toBeUndefined();

      gate.open();
      await untilCaughtUp(stores, ['customer-360.v2']);
      await until(async () => (await stores.store.records()).length === 1, () => 'v1 was not dropped');
      expect(await active(stores)).toBe('customer-360.v2');
      const expected = (await rebuiltInMemory(stores.events, v2)).snapshot();
      expect(await storedSnapshot(stores.store, 'customer-360.v2', v2, expected)).toEqual(expected);
    } finally {
      gate.open();
      await projector.stop();
      await stores.close();
    }
  });

  it('drops at start an old version left behind by a crash right after the switch', async () => {
    const stores = openStores();
    try {
      await buildV1(stores);
      await stores.store.prepare(v2);
      await stores.store.commit('customer-360.v2', [], history.length);
      await stores.store.setStatus('customer-360.v2', 'live', null);
      const projector = createProjector({ ...stores, projections: [v1, v2], log: capturingLog() });
      await projector.start();
      await projector.stop();

      expect((await stores.store.records()).map((record) => record.projectionId)).toEqual(['customer-360.v2']);
    } finally {
      await stores.close();
    }
  });
});
