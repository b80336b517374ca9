import type { DocumentFilter } from '../../shared/document-filter.js';
import { byId, complaint, idOf, put, testProjection, type QueryContractContext } from './read-model-store.fixtures.js';

const MARCH = '2026-03-01T00:00:00.000Z';
const MARCH_PLUS_1MS = '2026-03-01T00:00:00.001Z';
const MID_MARCH = '2026-03-15T12:00:00.000Z';
const APRIL = '2026-04-01T00:00:00.000Z';
const LAST_YEAR = '2025-12-31T23:59:59.999Z';

const COMPLAINTS = [
  complaint('k-last-year', 'resolved', LAST_YEAR, null),
  complaint('k-march', 'open', MARCH, '2026-03-16T00:00:00.000Z'),
  complaint('k-march-1ms', 'resolved', MARCH_PLUS_1MS, APRIL),
  complaint('k-mid-march', 'open', MID_MARCH, '2026-03-30T12:00:00.000Z'),
  complaint('k-april', 'open', APRIL, '2026-04-16T00:00:00.000Z'),
];

const all: DocumentFilter = { equals: {}, ranges: [] };
const received = (from: string | null, to: string | null): DocumentFilter => ({
  equals: {},
  ranges: [{ field: 'receivedAt', from, to }],
});

export const describeFindContract = ({ store }: QueryContractContext): void => {
  describe('find', () => {
    const projection = testProjection();
    const id = idOf(projection);
    const find = async (collection: string, filter: DocumentFilter) => store().find<{ complaintId: string }>(id, collection, filter);

    beforeAll(async () => {
      await store().prepare(projection);
      const customers = [
        { customerId: 'c-1', complaintId: 'c-1', status: 'active', segment: 'mass', score: 12.5, vip: true },
        { customerId: 'c-2', complaintId: 'c-2', status: 'active', segment: 'affluent', score: 40, vip: false },
        { customerId: 'c-3', complaintId: 'c-3', status: 'departed', segment: 'mass', score: -3, vip: true },
        { customerId: 'c-4', complaintId: 'c-4', status: 'active', segment: null, score: null, vip: null },
      ];
      await store().commit(
        id,
        [
          ...COMPLAINTS.map((doc, index) => put('complaints', doc.complaintId, doc, index + 1)),
          ...customers.map((doc, index) => put('customers', doc.customerId, doc, 10 + index)),
        ],
        20,
      );
    });

    it('returns every document of the collection for an empty filter, and none of another collection', async () => {
      expect(byId(await find('complaints', all))).toEqual(COMPLAINTS.map((doc) => doc.complaintId).sort());
      expect(byId(await find('customers', all))).toEqual(['c-1', 'c-2', 'c-3', 'c-4']);
    });

    it('keeps the documents whose fields equal every value; a null field equals no value', async () => {
      expect(byId(await find('customers', { equals: { status: 'active' }, ranges: [] }))).toEqual(['c-1', 'c-2', 'c-4']);
      expect(byId(await find('customers', { equals: { status: 'active', segment: 'mass' }, ranges: [] }))).toEqual(['c-1']);
      expect(byId(await find('customers', { equals: { segment: 'private_banking' }, ranges: [] }))).toEqual([]);
      expect(byId(await find('customers', { equals: { segment: 'null' }, ranges: [] }))).toEqual([]);
    });

    it('selects a half-open range [from, to): from inclusive, to exclusive, to the millisecond', async () => {
      expect(byId(await find('complaints', received(MARCH, APRIL)))).toEqual(['k-march', 'k-march-1ms', 'k-mid-march']);
      expect(byId(await find('complaints', received(MARCH_PLUS_1MS, MID_MARCH)))).toEqual(['k-march-1ms']);
      expect(byId(await find('complaints', received(MARCH, MARCH_PLUS_1MS)))).toEqual(['k-march']);
      expect(byId(await find('complaints', received(MARCH, MARCH)))).toEqual([]);
    });

    it('leaves a side open when its bound is null, and both open means no condition', async () => {
      expect(byId(await find('complaints', received(MID_MARCH, null)))).toEqual(['k-april', 'k-mid-march']);
      expect(byId(await find('complaints', received(null, MARCH)))).toEqual(['k-last-year']);
      expect(byId(await find('complaints', received(null, null)))).toHaveLength(COMPLAINTS.length);
    });

    it('combines equalities with a range, and a null date is in no bounded range', async () => {
      const openDueBefore = (to: string): DocumentFilter => ({
        equals: { status: 'open' },
        ranges: [{ field: 'dueAt', from: null, to }],
      });
      expect(byId(await find('complaints', openDueBefore('2026-03-30T12:00:00.000Z')))).toEqual(['k-march']);
      expect(byId(await find('complaints', openDueBefore(APRIL)))).toEqual(['k-march', 'k-mid-march']);
      const dueFrom: DocumentFilter = { equals: {}, ranges: [{ field: 'dueAt', from: LAST_YEAR, to: null }] };
      expect(byId(await find('complaints', dueFrom))).not.toContain('k-last-year');
    });

    it('compares numbers and booleans as such: never equal to their text, a null never in a numeric range', async () => {
      expect(byId(await find('customers', { equals: { score: 12.5 }, ranges: [] }))).toEqual(['c-1']);
      expect(byId(await find('customers', { equals: { score: '12.5' }, ranges: [] }))).toEqual([]);
      expect(byId(await find('customers', { equals: { vip: true }, ranges: [] }))).toEqual(['c-1', 'c-3']);
      expect(byId(await find('customers', { equals: { vip: false, status: 'active' }, ranges: [] }))).toEqual(['c-2']);
      const scored = (from: number | null, to: number | null): DocumentFilter => ({
        equals: {},
        ranges: [{ field: 'score', from, to }],
      });
      expect(byId(await find('customers', scored(-3, 40)))).toEqual(['c-1', 'c-3']);
      expect(byId(await find('customers', scored(12.5, null)))).toEqual(['c-1', 'c-2']);
      expect(byId(await find('customers', scored(null, 0)))).toEqual(['c-3']);
    });

    it('keeps only documents within every range, on different fields or the same one', async () => {
      const receivedAndDue: DocumentFilter = {
        equals: {},
        ranges: [
          { field: 'receivedAt', from: MARCH, to: null },
          { field: 'dueAt', from: null, to: APRIL },
        ],
      };
      expect(byId(await find('complaints', receivedAndDue))).toEqual(['k-march', 'k-mid-march']);
      const twice: DocumentFilter = { equals: {}, ranges: [received(MARCH, null).ranges[0]!, received(null, MID_MARCH).ranges[0]!] };
      expect(byId(await find('complaints', twice))).toEqual(['k-march', 'k-march-1ms']);
    });

    it('finds nothing in a version that was never prepared', async () => {
      expect(await store().find(`${projection.name}.v99`, 'complaints', all)).toEqual([]);
    });
  });
};
