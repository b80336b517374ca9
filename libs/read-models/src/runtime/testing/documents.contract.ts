import { documentKeyString } from '../read-model-store.port.js';
import { idOf, put, remove, richCustomer, testProjection, type ContractContext } from './read-model-store.fixtures.js';

const checkpointOf = async (context: ContractContext, projectionId: string): Promise<number | undefined> =>
  (await context.store().records()).find((record) => record.projectionId === projectionId)?.checkpoint;

export const describeDocumentsContract = (context: ContractContext): void => {
  const { store } = context;

  describe('load and commit', () => {
    it('loads the stored documents among the keys, keyed by collection/id, across collections', async () => {
      const projection = testProjection();
      const id = idOf(projection);
      await store().prepare(projection);
      await store().commit(
        id,
        [put('customers', 'c-1', { n: 1 }, 3), put('customers', 'c-2', { n: 2 }, 4), put('complaints', 'c-1', { k: 1 }, 4)],
        4,
      );

      const loaded = await store().load(id, [
        { collection: 'customers', id: 'c-1' },
        { collection: 'customers', id: 'c-9' },
        { collection: 'complaints', id: 'c-1' },
      ]);

      expect([...loaded.keys()].sort()).toEqual(['complaints/c-1', 'customers/c-1']);
      expect(loaded.get(documentKeyString({ collection: 'customers', id: 'c-1' }))).toEqual({ n: 1 });
      expect(loaded.get('complaints/c-1')).toEqual({ k: 1 });
      expect((await store().load(id, [])).size).toBe(0);
    });

    it('commits puts, deletes and the checkpoint together', async () => {
      const projection = testProjection();
      const id = idOf(projection);
      await store().prepare(projection);
      await store().commit(id, [put('customers', 'c-1', { n: 1 }, 5), put('customers', 'c-2', { n: 2 }, 6)], 6);
      await store().commit(id, [remove('customers', 'c-1', 8), put('customers', 'c-2', { n: 3 }, 9)], 10);

      expect(await store().get(id, 'customers', 'c-1')).toBeUndefined();
      expect(await store().get(id, 'customers', 'c-2')).toEqual({ n: 3 });
      expect(await checkpointOf(context, id)).toBe(10);
    });

    it('advances the checkpoint with a batch that wrote nothing (events the projection does not handle)', async () => {
      const projection = testProjection();
      const id = idOf(projection);
      await store().prepare(projection);
      await store().commit(id, [], 42);

      expect(await checkpointOf(context, id)).toBe(42);
    });

    it('changes nothing when the same batch is committed again, even after a later one', async () => {
      const projection = testProjection();
      const id = idOf(projection);
      const first = [put('customers', 'c-1', { n: 1 }, 2), put('customers', 'c-2', { n: 2 }, 3), remove('customers', 'c-3', 3)];
      await store().prepare(projection);
      await store().commit(id, [put('customers', 'c-3', { n: 0 }, 1)], 1);
      await store().commit(id, first, 3);
      await store().commit(id, first, 3);
      const once = await store().load(id, ['c-1', 'c-2', 'c-3'].map((key) => ({ collection: 'customers', id: key })));
      expect(once).toEqual(new Map([['customers/c-1', { n: 1 }], ['customers/c-2', { n: 2 }]]));
      expect(await checkpointOf(context, id)).toBe(3);

      await store().commit(id, [put('customers', 'c-1', { n: 10 }, 7)], 7);
      await store().commit(id, first, 3);

      expect(await store().get(id, 'customers', 'c-1')).toEqual({ n: 10 });
      expect(await store().get(id, 'customers', 'c-2')).toEqual({ n: 2 });
      expect(await checkpointOf(context, id)).toBe(7);
    });

    it("ignores a write at or before the document's last applied position", async () => {
      const projection = testProjection();
      const id = idOf(projection);
      await store().prepare(projection);
      await store().commit(id, [put('customers', 'c-1', { v: 1 }, 10)], 10);

      await store().commit(id, [put('customers', 'c-1', { v: 2 }, 10)], 10);
      expect(await store().get(id, 'customers', 'c-1')).toEqual({ v: 1 });
      await store().commit(id, [put('customers', 'c-1', { v: 3 }, 9)], 10);
      expect(await store().get(id, 'customers', 'c-1')).toEqual({ v: 1 });
      await store().commit(id, [remove('customers', 'c-1', 10)], 10);
      expect(await store().get(id, 'customers', 'c-1')).toEqual({ v: 1 });

      await store().commit(id, [put('customers', 'c-1', { v: 4 }, 11)], 11);
      expect(await store().get(id, 'customers', 'c-1')).toEqual({ v: 4 });
    });

    it('recreates a deleted document on a later put', async () => {
      const projection = testProjection();
      const id = idOf(projection);
      await store().prepare(projection);
      await store().commit(id, [put('customers', 'c-1', { v: 1 }, 1)], 1);
      await store().commit(id, [remove('customers', 'c-1', 2)], 2);
      await store().commit(id, [put('customers', 'c-1', { v: 2 }, 3)], 3);

      expect(await store().get(id, 'customers', 'c-1')).toEqual({ v: 2 });
    });
  });

  describe('documents round-trip exactly', () => {
    it('keeps nested objects and arrays, nulls, numbers, text and instants, including date fields inside arrays', async () => {
      const projection = testProjection();
      const id = idOf(projection);
      const full = richCustomer('c-1');
      const sparse = { ...richCustomer('c-2'), endedAt: '2026-03-01T00:00:00.000Z', contacts: [], latest: null };
      await store().prepare(projection);
      await store().commit(id, [put('customers', 'c-1', full, 1), put('customers', 'c-2', sparse, 2)], 2);

      expect(await store().get(id, 'customers', 'c-1')).toEqual(full);
      expect(await store().get(id, 'customers', 'c-2')).toEqual(sparse);
      const loaded = await store().load(id, [{ collection: 'customers', id: 'c-1' }]);
      expect(loaded.get('customers/c-1')).toEqual(full);
      const found = await store().find(id, 'customers', { equals: { segment: 'affluent' }, ranges: [] });
      expect(found).toHaveLength(2);
      expect(found).toEqual(expect.arrayContaining([full, sparse]));
    });

    it('answers undefined for a document never written', async () => {
      const projection = testProjection();
      await store().prepare(projection);

      expect(await store().get(idOf(projection), 'customers', 'nobody')).toBeUndefined();
    });
  });
};
