import type { DocumentFilter, PageAfter } from '../../shared/document-filter.js';
import { complaint, idOf, put, testProjection, type QueryContractContext } from './read-model-store.fixtures.js';

const DUE = ['2026-03-01T00:00:00.000Z', '2026-03-02T00:00:00.000Z', '2026-03-02T00:00:00.001Z'] as const;

/** Ids chosen so that id order and insertion order disagree, and two documents share a due date. */
const COMPLAINTS = [
  { id: 'k-b', doc: complaint('k-b', 'open', DUE[0], DUE[1]) },
  { id: 'k-a', doc: complaint('k-a', 'open', DUE[0], DUE[1]) },
  { id: 'k-c', doc: complaint('k-c', 'open', DUE[0], DUE[0]) },
  { id: 'k-d', doc: complaint('k-d', 'open', DUE[0], DUE[2]) },
  { id: 'k-e', doc: complaint('k-e', 'resolved', DUE[0], DUE[0]) },
  { id: 'k-f', doc: complaint('k-f', 'open', DUE[0], null) },
];

const open: DocumentFilter = { equals: { status: 'open' }, ranges: [] };

export const describePageContract = ({ store }: QueryContractContext): void => {
  describe('page', () => {
    const projection = testProjection();
    const id = idOf(projection);
    const page = async (filter: DocumentFilter, after: PageAfter | null, limit: number): Promise<string[]> =>
      (await store().page<{ complaintId: string }>(id, 'complaints', filter, { orderBy: 'dueAt', after, limit })).map(
        (doc) => doc.complaintId,
      );

    beforeAll(async () => {
      await store().prepare(projection);
      await store().commit(id, COMPLAINTS.map(({ id: key, doc }, index) => put('complaints', key, doc, index + 1)), 10);
    });

    it('lists matching documents by the order field, ties by id, leaving out those without the field', async () => {
      expect(await page(open, null, 10)).toEqual(['k-c', 'k-a', 'k-b', 'k-d']);
    });

    it('stops at the limit and continues strictly after the last (value, id), within a tie too', async () => {
      expect(await page(open, null, 2)).toEqual(['k-c', 'k-a']);
      expect(await page(open, { value: DUE[1], id: 'k-a' }, 2)).toEqual(['k-b', 'k-d']);
      expect(await page(open, { value: DUE[1], id: 'k-b' }, 2)).toEqual(['k-d']);
      expect(await page(open, { value: DUE[2], id: 'k-d' }, 2)).toEqual([]);
    });

    it('continues after a position no document holds, and applies the filter’s ranges', async () => {
      expect(await page(open, { value: DUE[1], id: 'k-0' }, 10)).toEqual(['k-a', 'k-b', 'k-d']);
      const dueBefore: DocumentFilter = { ...open, ranges: [{ field: 'dueAt', from: null, to: DUE[2] }] };
      expect(await page(dueBefore, { value: DUE[0], id: 'k-c' }, 10)).toEqual(['k-a', 'k-b']);
    });

    it('pages nothing in a version that was never prepared', async () => {
      expect(await store().page(`${projection.name}.v99`, 'complaints', open, { orderBy: 'dueAt', after: null, limit: 5 })).toEqual([]);
    });
  });
};
