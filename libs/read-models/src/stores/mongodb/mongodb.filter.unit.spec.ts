import { toMongoFilter } from './mongodb.filter.js';
import type { CollectionLayout } from './mongodb.layout.js';

const complaints: CollectionLayout = {
  name: 'complaints',
  collection: 'complaints_v1__complaints',
  indexes: [{ fields: ['status', 'dueAt'] }],
  dateFields: new Set(['receivedAt', 'dueAt']),
};

describe('DocumentFilter to a MongoDB query', () => {
  it('compares date fields as dates, half-open, and other fields as given', () => {
    expect(
      toMongoFilter(complaints, {
        equals: { status: 'open' },
        range: { field: 'dueAt', from: '2026-03-01T00:00:00.000Z', to: '2026-04-01T00:00:00.000Z' },
      }),
    ).toEqual({
      status: 'open',
      dueAt: { $gte: new Date('2026-03-01T00:00:00.000Z'), $lt: new Date('2026-04-01T00:00:00.000Z') },
    });
    expect(toMongoFilter(complaints, { equals: {}, range: { field: 'month', from: '2026-03', to: null } })).toEqual({
      month: { $gte: '2026-03' },
    });
  });

  it('drops a range open on both sides, and keeps an equality on the range field', () => {
    expect(toMongoFilter(complaints, { equals: {}, range: { field: 'dueAt', from: null, to: null } })).toEqual({});
    expect(
      toMongoFilter(complaints, {
        equals: { receivedAt: '2026-03-01T00:00:00.000Z' },
        range: { field: 'receivedAt', from: null, to: '2026-04-01T00:00:00.000Z' },
      }),
    ).toEqual({
      receivedAt: {
        $eq: new Date('2026-03-01T00:00:00.000Z'),
        $lt: new Date('2026-04-01T00:00:00.000Z'),
      },
    });
  });

  it('refuses field names that would be operators, and date bounds that are no instants', () => {
    expect(() => toMongoFilter(complaints, { equals: { $where: 'x' }, range: null })).toThrow(RangeError);
    expect(() => toMongoFilter(complaints, { equals: { 'a.$b': 'x' }, range: null })).toThrow(RangeError);
    expect(() => toMongoFilter(complaints, { equals: {}, range: { field: 'dueAt', from: 'soon', to: null } })).toThrow(
      RangeError,
    );
  });
});
