import { loadConfig } from '@concord/config';
import { ALL_PROJECTIONS } from '../../../all-projections.js';
import { CHURN_INPUTS_COLLECTION } from '../../../churn-risk/churn-inputs.document.js';
import { COMPLAINTS_COLLECTION } from '../../../complaints/complaint.document.js';
import { projectionId } from '../../../projection.js';
import { ReadModelNameClash, ReadModelNotPrepared } from '../../../runtime/read-model-store.errors.js';
import { put, uniqueProjectionName } from '../../../runtime/testing/read-model-store.fixtures.js';
import { churnDocument, troubledInputs } from '../../../testing/churn-inputs.fixtures.js';
import { createReadModelStore } from '../../create-read-model-store.js';
import { DocumentNotStorable, MongoReadStoreClosed } from '../mongodb.errors.js';
import { versionedCollectionName } from '../mongodb.naming.js';
import type { MongoTestDatabase } from './mongodb-test-database.js';

/** What analysts querying MongoDB rely on: collections, types, indexes, records; and what the store refuses. */
export const describeAnalystView = ({ url, database, createStore, raw, rawCollection }: MongoTestDatabase): void => {
  describe('as analysts see it', () => {
    const store = createStore();
    afterAll(() => store.close());
    const churnProjection = () => ({ name: uniqueProjectionName(), version: 1, collections: [CHURN_INPUTS_COLLECTION] });

    it('stores date fields as BSON dates, also inside arrays and sub-documents, and other fields as their JSON types', async () => {
      const projection = churnProjection();
      const id = projectionId(projection);
      const doc = churnDocument('c-1', troubledInputs);
      await store.prepare(projection);
      await store.commit(id, [put('churn_inputs', 'c-1', doc, 7)], 7);

      const stored = await rawCollection(id, 'churn_inputs').findOne({ _id: 'c-1' });
      expect(stored).toMatchObject({
        _id: 'c-1',
        _position: 7,
        status: 'active',
        activeSince: new Date('2025-12-01T00:00:00.000Z'),
        complaints: [
          { complaintId: 'a', receivedAt: new Date('2026-05-10T00:00:00.000Z'), resolvedAt: null },
          expect.anything(),
          { complaintId: 'c', resolvedAt: new Date('2026-01-10T00:00:00.000Z') },
        ],
        latestCsat: { score: 2, respondedAt: new Date('2026-05-15T00:00:00.000Z') },
        lastTwoSurveys: [{ respondedAt: expect.any(Date) }, { respondedAt: expect.any(Date) }],
        downgrade: { classifiedAt: new Date('2026-05-01T00:00:00.000Z'), segment: null },
      });
      expect(stored?.['activeSince']).toBeInstanceOf(Date);
      expect(await store.get(id, 'churn_inputs', 'c-1')).toEqual(doc);
    });

    it("answers an analyst's date-operator query on a field inside an array", async () => {
      const projection = churnProjection();
      const id = projectionId(projection);
      await store.prepare(projection);
      await store.commit(
        id,
        [
          put('churn_inputs', 'c-1', churnDocument('c-1', troubledInputs), 1),
          put('churn_inputs', 'c-2', churnDocument('c-2', { ...troubledInputs, complaints: [] }), 2),
        ],
        2,
      );

      // A dotted path through the array: FerretDB 1.24's $elemMatch takes operators only, not field conditions.
      const dueBeforeJune = await rawCollection(id, 'churn_inputs')
        .find({ 'complaints.dueAt': { $lt: new Date('2026-06-01T00:00:00Z') } })
        .toArray();
      expect(dueBeforeJune.map((doc) => doc._id)).toEqual(['c-1']);
    });

    it('creates every collection of every read model with its indexes, compound fields in order then _id, idempotently', async () => {
      const name = uniqueProjectionName();
      const renamed = ALL_PROJECTIONS.map((projection) => ({ ...projection, name: `${name}-${projection.name}` }));
      for (const projection of renamed) await store.prepare(projection);
      for (const projection of renamed) await store.prepare(projection);

      const names = (await raw().listCollections({}, { nameOnly: true }).toArray()).map((collection) => collection.name);
      for (const projection of renamed) {
        const id = projectionId(projection);
        for (const collection of projection.collections) {
          expect(names).toContain(versionedCollectionName(id, collection.name));
          const indexes = await rawCollection(id, collection.name).listIndexes().toArray();
          const keys = indexes.map((index) => Object.keys(index['key'] as object)).filter((key) => key[0] !== '_id');
          // Each ends with _id, so that a keyset page by any indexed field is an index range scan.
          expect(keys.sort()).toEqual(collection.indexes.map((index) => [...index.fields, '_id']).sort());
        }
      }
    });

    it('names collections <projection>_v<version>__<collection> and lists them, with status and checkpoint, in `projections`', async () => {
      const projection = { name: uniqueProjectionName(), version: 3, collections: [COMPLAINTS_COLLECTION] };
      const id = projectionId(projection);
      await store.prepare(projection);
      await store.commit(id, [], 12);

      const record = await raw().collection<{ _id: string }>('projections').findOne({ _id: id });
      expect(record).toMatchObject({
        name: projection.name,
        version: 3,
        checkpoint: 12,
        status: 'rebuilding',
        failure: null,
        updatedAt: expect.any(Date),
        collections: [{ name: 'complaints', collection: `${projection.name.replace(/-/g, '_')}_v3__complaints` }],
      });
    });

    it('refuses documents MongoDB or FerretDB would reject or alter, before writing any of the batch', async () => {
      const projection = churnProjection();
      const id = projectionId(projection);
      await store.prepare(projection);
      const good = put('churn_inputs', 'c-good', { customerId: 'c-good' }, 1);
      const bad = [
        { 'a.b': 1 },
        { nested: { $where: 'x' } },
        { lists: [[1, 2]] },
        { n: Number.NaN },
        { activeSince: '2026-01-05T09:00:00Z' },
        { lastContactAt: 1_767_600_000_000 },
        { _position: 3 },
      ];

      for (const doc of bad) {
        await expect(store.commit(id, [good, put('churn_inputs', 'c-bad', doc, 2)], 2)).rejects.toThrow(DocumentNotStorable);
      }
      expect(await store.get(id, 'churn_inputs', 'c-good')).toBeUndefined();
      expect((await store.records()).find((record) => record.projectionId === id)?.checkpoint).toBe(0);
    });

    it('is read by another store, as the API reads what the projector wrote, with dates converted back', async () => {
      const projection = churnProjection();
      const id = projectionId(projection);
      const doc = churnDocument('c-1', troubledInputs);
      await store.prepare(projection);
      await store.commit(id, [put('churn_inputs', 'c-1', doc, 1)], 1);

      const api = createStore();
      try {
        expect(await api.get(id, 'churn_inputs', 'c-1')).toEqual(doc);
        const range = { field: 'activeSince', from: '2025-12-01T00:00:00.000Z', to: '2025-12-01T00:00:00.001Z' };
        const filter = { equals: { status: 'active', segment: 'affluent' }, ranges: [range] };
        expect(await api.find(id, 'churn_inputs', filter)).toEqual([doc]);
        const later = { ...filter, ranges: [{ ...range, from: '2025-12-01T00:00:00.001Z', to: null }] };
        expect(await api.find(id, 'churn_inputs', later)).toEqual([]);
      } finally {
        await api.close();
      }
    });

    it('refuses two projections whose names would share a collection, and writes to a version never prepared', async () => {
      const name = uniqueProjectionName();
      await store.prepare({ name: `${name}-x`, version: 1, collections: [CHURN_INPUTS_COLLECTION] });

      const clashing = { name: `${name}_x`, version: 1, collections: [CHURN_INPUTS_COLLECTION] };
      await expect(store.prepare(clashing)).rejects.toThrow(ReadModelNameClash);
      const write = put('churn_inputs', 'c-1', { n: 1 }, 1);
      await expect(store.commit(`${name}-x.v2`, [write], 1)).rejects.toThrow(ReadModelNotPrepared);
      await expect(store.commit(`${name}-x.v1`, [write, { ...write, collection: 'other' }], 1)).rejects.toThrow(
        ReadModelNotPrepared,
      );
      expect(await store.get(`${name}-x.v1`, 'churn_inputs', 'c-1')).toBeUndefined();
      await expect(store.setStatus(`${name}-x.v2`, 'live', null)).rejects.toThrow(ReadModelNotPrepared);
    });

    it('is the store createReadModelStore opens for CONCORD_READ_STORE=mongodb', async () => {
      const config = loadConfig({ CONCORD_READ_STORE: 'mongodb', MONGODB_URL: url, MONGODB_DATABASE: database });
      const configured = await createReadModelStore(config);
      try {
        const projection = churnProjection();
        await configured.prepare(projection);
        expect(await raw().collection('projections').countDocuments({ name: projection.name })).toBe(1);
      } finally {
        await configured.close();
      }
    });

    it('fails every call after close, naming the operation', async () => {
      const closing = createStore();
      await closing.close();
      await closing.close();

      await expect(closing.records()).rejects.toThrow(MongoReadStoreClosed);
    });
  });
};
