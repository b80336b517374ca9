import { toMongoFilter } from './mongodb.filter.js';
import { countPipeline, pageQuery, toGroupCount } from './mongodb.queries.js';
import type { CollectionLayout } from './mongodb.layout.js';

const complaints: CollectionLayout = {
  name: 'complaints',
  collection: 'complaints_v1__complaints',
  indexes: [{ fields: ['status', 'dueAt'] }],
  dateFields: new Set(['receivedAt', 'dueAt']),
};

const MARCH = '2026-03-01T00:00:00.000Z';
const APRIL = '2026-04-01T00:00:00.000Z';

describe('DocumentFilter to a MongoDB query', () => {
  it('compares date fields as dates, half-open, and other fields as given', () => {
    expect(
      toMongoFilter(complaints, {
        equals: { status: 'open', extensions: 2, withinDeadline: true },
        ranges: [{ field: 'dueAt', from: MARCH, to: APRIL }],
      }),
    ).toEqual({
      status: 'open',
      extensions: 2,
      withinDeadline: true,
      dueAt: { $gte: new Date(MARCH), $lt: new Date(APRIL) },
    });
    expect(toMongoFilter(complaints, { equals: {}, ranges: [{ field: 'resolutionMs', from: 0, to: null }] })).toEqual({
      resolutionMs: { $gte: 0 },
    });
  });

  it('drops a range open on both sides, and puts a second condition on the same field into $and', () => {
    expect(toMongoFilter(complaints, { equals: {}, ranges: [{ field: 'dueAt', from: null, to: null }] })).toEqual({});
    expect(
      toMongoFilter(complaints, {
        equals: { receivedAt: MARCH },
        ranges: [
          { field: 'receivedAt', from: null, to: APRIL },
          { field: 'dueAt', from: null, to: APRIL },
        ],
      }),
    ).toEqual({
      receivedAt: new Date(MARCH),
      dueAt: { $lt: new Date(APRIL) },
      $and: [{ receivedAt: { $lt: new Date(APRIL) } }],
    });
  });

  it('refuses field names that would be operators, and date bounds that are no instants', () => {
    expect(() => toMongoFilter(complaints, { equals: { $where: 'x' }, ranges: [] })).toThrow(RangeError);
    expect(() => toMongoFilter(complaints, { equals: { 'a.$b': 'x' }, ranges: [] })).toThrow(RangeError);
    const notAnInstant = { equals: {}, ranges: [{ field: 'dueAt', from: 'soon', to: null }] };
    expect(() => toMongoFilter(complaints, notAnInstant)).toThrow(RangeError);
    expect(() => countPipeline(complaints, { equals: {}, ranges: [] }, ['$where'])).toThrow(RangeError);
  });
});

describe('pages and counts as MongoDB queries', () => {
  const open = { equals: { status: 'open' }, ranges: [] };

  it('continues a page after the last (value, _id), skipping documents without the order field', () => {
    const after = { value: MARCH, id: 'c-1:k-1' };
    expect(pageQuery(complaints, open, { orderBy: 'dueAt', after, limit: 10 })).toEqual({
      query: {
        $and: [
          { status: 'open' },
          { dueAt: { $ne: null } },
          { $or: [{ dueAt: { $gt: new Date(MARCH) } }, { dueAt: new Date(MARCH), _id: { $gt: 'c-1:k-1' } }] },
        ],
      },
      sort: { dueAt: 1, _id: 1 },
    });
  });

  it('groups by positional keys, and reads missing fields as null and dates as instants', () => {
    expect(countPipeline(complaints, open, ['month', 'a.b'])).toEqual([
      { $match: { status: 'open' } },
      { $group: { _id: { g0: '$month', g1: '$a.b' }, n: { $sum: 1 } } },
    ]);
    expect(countPipeline(complaints, open, [])[1]).toEqual({ $group: { _id: null, n: { $sum: 1 } } });
    expect(toGroupCount({ _id: { g1: new Date(MARCH) }, n: 3 }, ['month', 'dueAt'])).toEqual({ key: [null, MARCH], count: 3 });
    expect(() => toGroupCount({ _id: { g0: true }, n: 1 }, ['withinDeadline'])).toThrow(RangeError);
  });
});
