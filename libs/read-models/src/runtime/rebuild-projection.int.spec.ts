import { complaintsProjection } from '../complaints/complaints.projection.js';
import { projectionId, type Projection } from '../projection.js';
import { generateCustomerHistories } from '../testing/customer-histories.generator.js';
import { ProjectionFailed } from './projection-failed.error.js';
import { rebuildProjection, type RebuildProgress } from './rebuild-projection.js';
import { appendEvents } from './testing/append-events.js';
import { openStores, rebuiltInMemory, storedSnapshot } from './testing/projector-harness.js';

const events = generateCustomerHistories({ customers: 30, stepsPerCustomer: 10, seed: 2 });
const id = projectionId(complaintsProjection);

describe('rebuildProjection', () => {
  it('drops the version, builds it again from 0 with progress reports, and makes it live', async () => {
    const stores = openStores();
    try {
      await appendEvents(stores.events, events);
      await stores.store.prepare(complaintsProjection);
      await stores.store.commit(id, [{ kind: 'put', collection: 'complaints', id: 'stale', doc: {}, position: 1 }], 1);
      const reports: RebuildProgress[] = [];
      await rebuildProjection({ ...stores, projection: complaintsProjection, batchSize: 50, onProgress: (p) => reports.push(p) });

      const expected = (await rebuiltInMemory(stores.events, complaintsProjection)).snapshot();
      expect(await storedSnapshot(stores.store, id, complaintsProjection, expected)).toEqual(expected);
      expect(await stores.store.records()).toEqual([
        expect.objectContaining({ projectionId: id, status: 'live', checkpoint: events.length }),
      ]);
      expect(reports.map((report) => report.applied)).toEqual(
        Array.from({ length: Math.ceil(events.length / 50) }, (_, i) => Math.min(events.length, (i + 1) * 50)),
      );
      expect(reports.every((report) => report.total === events.length && report.eventsPerSecond > 0)).toBe(true);
      expect(reports.at(-1)?.etaSeconds).toBe(0);
    } finally {
      await stores.close();
    }
  });

  it('throws ProjectionFailed at the event that cannot be applied, leaving the version failed there', async () => {
    const stores = openStores();
    const broken: Projection = {
      ...complaintsProjection,
      apply: (event, session) => {
        if (event.position === 77) throw new Error('bad complaint');
        complaintsProjection.apply(event, session);
      },
      handles: [...complaintsProjection.handles, 'CustomerRegistered', 'CustomerContacted', 'CustomerSurveyed', 'CustomerClassified'],
      documentsFor: (event) => (complaintsProjection.handles.includes(event.type) ? complaintsProjection.documentsFor(event) : []),
    };
    try {
      await appendEvents(stores.events, events);
      const rebuild = rebuildProjection({ ...stores, projection: broken, batchSize: 50 });

      await expect(rebuild).rejects.toThrow(ProjectionFailed);
      await expect(rebuild).rejects.toThrow(new RegExp(`^${id} failed at position 77 \\(\\w+\\): bad complaint$`));
      expect(await stores.store.records()).toEqual([expect.objectContaining({ status: 'failed', checkpoint: 76 })]);
    } finally {
      await stores.close();
    }
  });
});
