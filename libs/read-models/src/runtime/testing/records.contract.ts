import type { ProjectionFailure } from '../read-model-store.port.js';
import { idOf, put, testProjection, type ContractContext } from './read-model-store.fixtures.js';

export const describeRecordsContract = ({ store }: ContractContext): void => {
  const recordOf = async (projectionId: string) =>
    (await store().records()).find((record) => record.projectionId === projectionId);

  describe('records', () => {
    it('prepare creates a rebuilding record at checkpoint 0, and is idempotent', async () => {
      const projection = testProjection();
      await store().prepare(projection);
      await store().prepare(projection);

      const records = (await store().records()).filter((record) => record.name === projection.name);
      expect(records).toEqual([
        {
          projectionId: idOf(projection),
          name: projection.name,
          version: 1,
          checkpoint: 0,
          status: 'rebuilding',
          failure: null,
          updatedAt: expect.any(String),
        },
      ]);
      expect(Number.isNaN(Date.parse(records[0]?.updatedAt ?? ''))).toBe(false);
    });

    it('prepare again keeps the documents, the checkpoint and the status', async () => {
      const projection = testProjection();
      const id = idOf(projection);
      await store().prepare(projection);
      await store().commit(id, [put('customers', 'c-1', { n: 1 }, 7)], 7);
      await store().setStatus(id, 'live', null);
      await store().prepare(projection);

      expect(await recordOf(id)).toMatchObject({ checkpoint: 7, status: 'live', failure: null });
      expect(await store().get(id, 'customers', 'c-1')).toEqual({ n: 1 });
    });

    it('setStatus records a failure and clears it, without moving the checkpoint', async () => {
      const projection = testProjection();
      const id = idOf(projection);
      const failure: ProjectionFailure = {
        position: 12,
        eventType: 'CustomerComplained',
        message: 'customers/c-1 does not exist',
        failedAt: '2026-05-01T10:00:00.000Z',
      };
      await store().prepare(projection);
      await store().commit(id, [], 11);
      await store().setStatus(id, 'failed', failure);
      expect(await recordOf(id)).toMatchObject({ status: 'failed', failure, checkpoint: 11 });

      await store().setStatus(id, 'live', null);
      expect(await recordOf(id)).toMatchObject({ status: 'live', failure: null, checkpoint: 11 });
    });

    it('drop removes the documents and the record; preparing again starts afresh', async () => {
      const projection = testProjection();
      const id = idOf(projection);
      await store().prepare(projection);
      await store().commit(id, [put('customers', 'c-1', { n: 1 }, 3), put('complaints', 'k-1', { k: 1 }, 3)], 3);
      await store().drop(id);

      expect(await recordOf(id)).toBeUndefined();
      expect(await store().get(id, 'customers', 'c-1')).toBeUndefined();
      expect(await store().find(id, 'complaints', { equals: {}, ranges: [] })).toEqual([]);

      await store().prepare(projection);
      expect(await recordOf(id)).toMatchObject({ checkpoint: 0, status: 'rebuilding' });
      expect((await store().load(id, [{ collection: 'customers', id: 'c-1' }])).size).toBe(0);
    });
  });

  describe('two versions of one projection', () => {
    it('keep their documents, checkpoints and statuses apart, and dropping one leaves the other', async () => {
      const v1 = testProjection();
      const v2 = testProjection(v1.name, 2);
      await store().prepare(v1);
      await store().prepare(v2);
      await store().commit(idOf(v1), [put('customers', 'c-1', { status: 'active', v: 1 }, 5)], 5);
      await store().commit(idOf(v2), [put('customers', 'c-1', { status: 'active', v: 2 }, 2)], 2);
      await store().setStatus(idOf(v1), 'live', null);

      expect(await store().get(idOf(v1), 'customers', 'c-1')).toEqual({ status: 'active', v: 1 });
      expect(await store().get(idOf(v2), 'customers', 'c-1')).toEqual({ status: 'active', v: 2 });
      expect(await store().find(idOf(v2), 'customers', { equals: { status: 'active' }, ranges: [] })).toEqual([
        { status: 'active', v: 2 },
      ]);
      const versions = (await store().records()).filter((record) => record.name === v1.name);
      expect(versions.map(({ version, checkpoint, status }) => ({ version, checkpoint, status })).sort((a, b) => a.version - b.version)).toEqual([
        { version: 1, checkpoint: 5, status: 'live' },
        { version: 2, checkpoint: 2, status: 'rebuilding' },
      ]);

      await store().drop(idOf(v1));
      expect(await store().get(idOf(v1), 'customers', 'c-1')).toBeUndefined();
      expect(await store().get(idOf(v2), 'customers', 'c-1')).toEqual({ status: 'active', v: 2 });
      expect((await store().records()).filter((record) => record.name === v1.name).map((r) => r.version)).toEqual([2]);
    });
  });
};
