import type { DocumentFilter, GroupCount } from '../../shared/document-filter.js';
import { idOf, put, testProjection, type QueryContractContext } from './read-model-store.fixtures.js';

const JAN = '2026-01-15T00:00:00.000Z';
const FEB = '2026-02-15T00:00:00.000Z';

const RESPONSES = [
  { segment: 'mass', kind: 'csat', score: 5, respondedAt: JAN },
  { segment: 'mass', kind: 'csat', score: 5, respondedAt: JAN },
  { segment: 'mass', kind: 'csat', score: 2, respondedAt: FEB },
  { segment: null, kind: 'nps', score: 9, respondedAt: FEB },
  { segment: 'affluent', kind: 'nps', score: 9, respondedAt: FEB },
  { kind: 'nps', score: 9.5, respondedAt: FEB },
];

const all: DocumentFilter = { equals: {}, ranges: [] };

/** In one order whatever the store's, since `count` promises none. */
const sorted = (groups: readonly GroupCount[]): GroupCount[] =>
  [...groups].sort((a, b) => (JSON.stringify(a.key) < JSON.stringify(b.key) ? -1 : 1));

export const describeCountContract = ({ store }: QueryContractContext): void => {
  describe('count', () => {
    const projection = testProjection();
    const id = idOf(projection);
    const count = async (filter: DocumentFilter, groupBy: readonly string[]) =>
      sorted(await store().count(id, 'responses', filter, groupBy));

    beforeAll(async () => {
      await store().prepare(projection);
      await store().commit(id, RESPONSES.map((doc, index) => put('responses', `r-${index}`, doc, index + 1)), 10);
    });

    it('counts per combination of the grouped values, numbers kept as numbers, null and missing as null', async () => {
      expect(await count(all, ['kind', 'score'])).toEqual(
        sorted([
          { key: ['csat', 2], count: 1 },
          { key: ['csat', 5], count: 2 },
          { key: ['nps', 9], count: 2 },
          { key: ['nps', 9.5], count: 1 },
        ]),
      );
      expect(await count(all, ['segment'])).toEqual(
        sorted([
          { key: ['affluent'], count: 1 },
          { key: ['mass'], count: 3 },
          { key: [null], count: 2 },
        ]),
      );
    });

    it('counts only what the filter keeps, grouping by a date field as instants', async () => {
      const february: DocumentFilter = { equals: { kind: 'nps' }, ranges: [{ field: 'respondedAt', from: FEB, to: null }] };
      expect(await count(february, ['respondedAt', 'score'])).toEqual(
        sorted([
          { key: [FEB, 9], count: 2 },
          { key: [FEB, 9.5], count: 1 },
        ]),
      );
      expect(await count({ equals: { kind: 'csat' }, ranges: [{ field: 'score', from: 4, to: null }] }, [])).toEqual([
        { key: [], count: 2 },
      ]);
    });

    it('gives no group at all when nothing matches, or in a version that was never prepared', async () => {
      expect(await count({ equals: { kind: 'ces' }, ranges: [] }, [])).toEqual([]);
      expect(await count({ equals: { kind: 'ces' }, ranges: [] }, ['segment'])).toEqual([]);
      expect(await store().count(`${projection.name}.v99`, 'responses', all, ['kind'])).toEqual([]);
    });
  });
};
