import { randomUUID } from 'node:crypto';
import { SEGMENTS } from '@concord/contracts';
import type { Collection } from 'mongodb';
import { CHURN_INPUTS_COLLECTION } from '../../../churn-risk/churn-inputs.document.js';
import { projectionId } from '../../../projection.js';
import type { DocumentWrite } from '../../../runtime/read-model-store.port.js';
import { put, remove, uniqueProjectionName } from '../../../runtime/testing/read-model-store.fixtures.js';
import { calmInputs, churnDocument, troubledInputs } from '../../../testing/churn-inputs.fixtures.js';
import { encodeDocument, type StoredDocument } from '../mongodb.document-codec.js';
import { ReadModelWriteConflict } from '../mongodb.errors.js';
import { applyGuardedWrites, STATEMENTS_PER_COMMAND, type GuardedWrite } from '../mongodb.guarded-writes.js';
import type { MongoTestDatabase } from './mongodb-test-database.js';

type WriteMethod = 'insertMany' | 'bulkWrite';

/**
 * The collection as applyGuardedWrites sees it, with `competitor` run once just before its first call of `method`:
 * a second writer slipping in between the guard's read and its write. Every write call is counted.
 */
const racing = (
  collection: Collection<StoredDocument>,
  method: WriteMethod | null,
  competitor: () => Promise<unknown> = async () => undefined,
): { collection: Collection<StoredDocument>; calls: WriteMethod[] } => {
  const calls: WriteMethod[] = [];
  const proxy = new Proxy(collection, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if ((property !== 'insertMany' && property !== 'bulkWrite') || typeof value !== 'function') return value;
      return async (...args: unknown[]): Promise<unknown> => {
        calls.push(property);
        if (property === method && calls.filter((call) => call === method).length === 1) await competitor();
        return (value as (...parameters: unknown[]) => Promise<unknown>).apply(target, args);
      };
    },
  });
  return { collection: proxy, calls };
};

const guardedPut = (id: string, mark: string, position: number): GuardedWrite => ({
  kind: 'put',
  id,
  position,
  doc: { mark, _position: position },
});

/** The per-document position guard, on the server: replays, late writes, crashes and racing writers. */
export const describePositionGuard = ({ createStore, raw, rawCollection }: MongoTestDatabase): void => {
  describe('the position guard', () => {
    const store = createStore();
    afterAll(() => store.close());
    const churnProjection = () => ({ name: uniqueProjectionName(), version: 1, collections: [CHURN_INPUTS_COLLECTION] });
    const scratch = () => raw().collection<StoredDocument>(`guard_${randomUUID().slice(0, 8)}`);
    const contents = async (collection: Collection<StoredDocument>) =>
      (await collection.find({}, { sort: { _id: 1 } }).toArray()).map(({ _id, mark, _position }) => [_id, mark, _position]);

    it("applies the newer writes of a batch and skips those at or before a document's position, wherever they are", async () => {
      const projection = churnProjection();
      const id = projectionId(projection);
      const doc = (n: number) => ({ customerId: `c-${n}`, mark: n });
      await store.prepare(projection);
      await store.commit(id, [1, 2, 3].map((n) => put('churn_inputs', `c-${n}`, doc(n), 10)), 10);

      await store.commit(
        id,
        [
          put('churn_inputs', 'c-4', doc(40), 11),
          put('churn_inputs', 'c-1', doc(10), 5),
          put('churn_inputs', 'c-2', doc(20), 12),
          put('churn_inputs', 'c-3', doc(30), 10),
          put('churn_inputs', 'c-5', doc(50), 12),
        ],
        12,
      );
      await store.commit(id, [remove('churn_inputs', 'c-2', 11), remove('churn_inputs', 'c-4', 13)], 13);

      expect(await contents(rawCollection(id, 'churn_inputs'))).toEqual([
        ['c-1', 1, 10],
        ['c-2', 20, 12],
        ['c-3', 3, 10],
        ['c-5', 50, 12],
      ]);
    });

    it('converges after a crash between the documents and the checkpoint: half a batch written, then all of it again', async () => {
      const ids = Array.from({ length: 41 }, (_, index) => `c-${String(index).padStart(2, '0')}`);
      const earlier = ids.map((id, index) => put('churn_inputs', id, churnDocument(id, calmInputs), 1 + index));
      const batch: DocumentWrite[] = ids.map((id, index) => {
        const segment = SEGMENTS[index % SEGMENTS.length] ?? null;
        return put('churn_inputs', id, churnDocument(id, index % 3 === 0 ? calmInputs : troubledInputs, { segment }), 100 + index);
      });
      const projections = [churnProjection(), churnProjection()];
      for (const projection of projections) await store.prepare(projection);
      const [clean, crashed] = projections.map(projectionId) as [string, string];
      for (const id of [clean, crashed]) await store.commit(id, earlier, 50);
      await store.commit(clean, batch, 200);

      // The crash: every other document of the batch written (as the store writes them), the checkpoint not.
      // Every other, so the re-run meets already-applied documents between older ones, not only before them.
      const dateFields = new Set(CHURN_INPUTS_COLLECTION.dateFields);
      await rawCollection(crashed, 'churn_inputs').bulkWrite(
        batch
          .filter((_, index) => index % 2 === 1)
          .map((write) => {
            if (write.kind !== 'put') throw new Error('puts only');
            const replacement = encodeDocument(write, write.doc, dateFields, write.position);
            return { replaceOne: { filter: { _id: write.id }, replacement } };
          }),
      );
      await store.commit(crashed, batch, 200);

      const everything = async (id: string) => rawCollection(id, 'churn_inputs').find({}, { sort: { _id: 1 } }).toArray();
      expect(await everything(crashed)).toEqual(await everything(clean));
      const records = await store.records();
      expect(records.find((record) => record.projectionId === crashed)?.checkpoint).toBe(200);
    });

    it('answers a replayed batch with one read and no writes', async () => {
      const collection = scratch();
      const writes = [guardedPut('a', 'ours', 3), guardedPut('b', 'ours', 4), { kind: 'delete', id: 'c', position: 4 } as const];
      await applyGuardedWrites(collection, writes);
      const replay = racing(collection, null);

      await applyGuardedWrites(replay.collection, writes);

      expect(replay.calls).toEqual([]);
      expect(await contents(collection)).toEqual([
        ['a', 'ours', 3],
        ['b', 'ours', 4],
      ]);
    });

    it.each([
      ['FerretDB', STATEMENTS_PER_COMMAND.ferretdb],
      ['MongoDB', STATEMENTS_PER_COMMAND.mongodb],
    ])('replaces and deletes older documents in write commands of the size %s takes', async (_, size) => {
      const collection = scratch();
      const ids = Array.from({ length: 70 }, (_, index) => `d-${String(index).padStart(2, '0')}`);
      await applyGuardedWrites(collection, ids.map((id) => guardedPut(id, 'first', 1)), size);

      const deleted = new Set(ids.filter((_, index) => index % 10 === 0));
      await applyGuardedWrites(
        collection,
        ids.map((id): GuardedWrite => (deleted.has(id) ? { kind: 'delete', id, position: 2 } : guardedPut(id, 'second', 2))),
        size,
      );

      expect(await contents(collection)).toEqual(ids.filter((id) => !deleted.has(id)).map((id) => [id, 'second', 2]));
    });

    it('leaves a newer document that a racing writer inserted first, and applies the rest of the batch', async () => {
      const collection = scratch();
      const race = racing(collection, 'insertMany', () => collection.insertOne({ _id: 'a', mark: 'theirs', _position: 9 }));

      await applyGuardedWrites(race.collection, [guardedPut('a', 'ours', 5), guardedPut('b', 'ours', 6)]);

      expect(await contents(collection)).toEqual([
        ['a', 'theirs', 9],
        ['b', 'ours', 6],
      ]);
    });

    it('replaces an older document that a racing writer inserted first', async () => {
      const collection = scratch();
      const race = racing(collection, 'insertMany', () => collection.insertOne({ _id: 'a', mark: 'theirs', _position: 2 }));

      await applyGuardedWrites(race.collection, [guardedPut('a', 'ours', 5)]);

      expect(await contents(collection)).toEqual([['a', 'ours', 5]]);
    });

    it('leaves a newer write that a racing writer made between the read and a replace or a delete', async () => {
      const collection = scratch();
      await collection.insertMany([
        { _id: 'a', mark: 'first', _position: 3 },
        { _id: 'b', mark: 'first', _position: 3 },
      ]);
      const race = racing(collection, 'bulkWrite', () =>
        collection.bulkWrite([
          { replaceOne: { filter: { _id: 'a' }, replacement: { mark: 'theirs', _position: 8 } } },
          { replaceOne: { filter: { _id: 'b' }, replacement: { mark: 'theirs', _position: 8 } } },
        ]),
      );

      await applyGuardedWrites(race.collection, [guardedPut('a', 'ours', 5), { kind: 'delete', id: 'b', position: 5 }]);

      expect(await contents(collection)).toEqual([
        ['a', 'theirs', 8],
        ['b', 'theirs', 8],
      ]);
    });

    it('gives up with ReadModelWriteConflict when a unique index keeps refusing a document', async () => {
      const collection = scratch();
      await collection.createIndex({ mark: 1 }, { unique: true });
      await collection.insertOne({ _id: 'a', mark: 'taken', _position: 1 });

      await expect(applyGuardedWrites(collection, [guardedPut('b', 'taken', 2)])).rejects.toThrow(ReadModelWriteConflict);
      expect(await contents(collection)).toEqual([['a', 'taken', 1]]);
    });
  });
};
