import { countedRows, parseGroupBy, withoutDimensions } from './group-by.js';
import { InvalidQueryParameter } from './invalid-query-parameter.error.js';

const DIMENSIONS = ['month', 'segment', 'channel'] as const;

describe('parseGroupBy', () => {
  it('reads a comma list in the order given, ignoring spaces', () => {
    expect(parseGroupBy(' segment , month', DIMENSIONS)).toEqual(['segment', 'month']);
  });

  it('means no grouping when absent or blank', () => {
    expect(parseGroupBy(undefined, DIMENSIONS)).toEqual([]);
    expect(parseGroupBy('  ', DIMENSIONS)).toEqual([]);
  });

  it('rejects an unknown dimension with an error the API maps to 400', () => {
    expect(() => parseGroupBy('month,week', DIMENSIONS)).toThrow(InvalidQueryParameter);
    expect(() => parseGroupBy('month,week', DIMENSIONS)).toThrow(
      expect.objectContaining({ parameter: 'groupBy', message: expect.stringContaining('"week"') }),
    );
  });

  it('rejects a repeated or empty dimension', () => {
    expect(() => parseGroupBy('month,month', DIMENSIONS)).toThrow(InvalidQueryParameter);
    expect(() => parseGroupBy('month,', DIMENSIONS)).toThrow(InvalidQueryParameter);
  });
});

describe('countedRows', () => {
  const groups = [
    { key: ['2026-02', 'mass', 'csat', 5], count: 1 },
    { key: ['2026-01', null, 'csat', 4], count: 1 },
    { key: ['2026-01', 'mass', 'nps', 9], count: 2 },
    { key: ['2026-01', 'mass', 'csat', 4], count: 3 },
  ];

  it('makes one row per combination counted, sorted by the dimensions in order, nulls last, with the rest of the keys', () => {
    const rows = countedRows(['month', 'segment'], groups);
    expect(rows.map(({ key, groups: counted }) => [key, counted])).toEqual([
      [{ month: '2026-01', segment: 'mass' }, [{ key: ['nps', 9], count: 2 }, { key: ['csat', 4], count: 3 }]],
      [{ month: '2026-01', segment: null }, [{ key: ['csat', 4], count: 1 }]],
      [{ month: '2026-02', segment: 'mass' }, [{ key: ['csat', 5], count: 1 }]],
    ]);
    expect(new Set(rows.map((row) => row.id)).size).toBe(3);
  });

  it('makes a single row with an empty key when there are no dimensions, and none for no counts', () => {
    expect(countedRows([], groups)).toEqual([{ id: '[]', key: {}, groups }]);
    expect(countedRows(['month'], [])).toEqual([]);
  });

  it('drops the dimensions from the keys for totals over every row', () => {
    expect(withoutDimensions(2, groups.slice(0, 2))).toEqual([
      { key: ['csat', 5], count: 1 },
      { key: ['csat', 4], count: 1 },
    ]);
  });
});
