import { ALL_PROJECTIONS } from '../all-projections.js';
import { generateCustomerHistories } from '../testing/customer-histories.generator.js';
import { projectionStatuses } from './projection-statuses.js';
import { appendEvents } from './testing/append-events.js';
import { openStores } from './testing/projector-harness.js';

describe('projectionStatuses', () => {
  it('shows each version with its checkpoint, lag in events and in seconds, failure, and which one queries read', async () => {
    const stores = openStores();
    try {
      const times = ['2026-05-01T10:00:00.000Z', '2026-05-01T10:00:10.000Z', '2026-05-01T10:00:20.000Z'];
      const events = generateCustomerHistories({ customers: 4, stepsPerCustomer: 4, seed: 1 }).slice(0, 9);
      let chunk = 0;
      await appendEvents(stores.events, events, { chunk: 3, recordedAt: () => times[chunk++] as string });
      // Versions of their own, so that the answer does not change with the projections' current versions.
      const [churn, complaints] = [{ ...ALL_PROJECTIONS[1]!, version: 1 }, { ...ALL_PROJECTIONS[3]!, version: 1 }];
      await stores.store.prepare(churn);
      await stores.store.commit('churn-risk.v1', [], 9);
      await stores.store.setStatus('churn-risk.v1', 'live', null);
      await stores.store.prepare({ ...churn, version: 2 });
      await stores.store.commit('churn-risk.v2', [], 4);
      await stores.store.prepare(complaints);
      const failure = { position: 4, eventType: 'CustomerComplained', message: 'boom', failedAt: '2026-05-01T10:01:00.000Z' };
      await stores.store.commit('complaints.v1', [], 3);
      await stores.store.setStatus('complaints.v1', 'failed', failure);

      const statuses = await projectionStatuses(stores.store, stores.events, [churn, { ...churn, version: 2 }, complaints], '2026-05-01T10:01:00.500Z');

      expect(statuses).toEqual([
        { name: 'churn-risk', version: 1, projectionId: 'churn-risk.v1', status: 'live', active: true, checkpoint: 9, lagEvents: 0, lagSeconds: 0, failure: null },
        { name: 'churn-risk', version: 2, projectionId: 'churn-risk.v2', status: 'rebuilding', active: false, checkpoint: 4, lagEvents: 5, lagSeconds: 50.5, failure: null },
        { name: 'complaints', version: 1, projectionId: 'complaints.v1', status: 'failed', active: false, checkpoint: 3, lagEvents: 6, lagSeconds: 50.5, failure },
      ]);
    } finally {
      await stores.close();
    }
  });

  it('lists a projection not prepared yet as rebuilding from 0', async () => {
    const stores = openStores();
    try {
      const [customer360] = ALL_PROJECTIONS;
      const statuses = await projectionStatuses(stores.store, stores.events, [customer360!], new Date('2026-05-01T00:00:00.000Z'));

      expect(statuses).toEqual([
        { name: 'customer-360', version: 1, projectionId: 'customer-360.v1', status: 'rebuilding', active: false, checkpoint: 0, lagEvents: 0, lagSeconds: 0, failure: null },
      ]);
    } finally {
      await stores.close();
    }
  });
});
