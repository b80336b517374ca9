import { acrossRows, countedRows, parseGroupBy } from './group-by.js';
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
  const responses = [
    { key: ['2026-02', 'mass', 'csat', 5], count: 1 },
    { key: ['2026-01', null, 'csat', 4], count: 1 },
    { key: ['2026-01', 'mass', 'nps', 9], count: 2 },
    { key: ['2026-01', 'mass', 'csat', 4], count: 3 },
  ];
  const late = [{ key: ['2026-03', 'mass'], count: 4 }, { key: ['2026-01', 'mass'], count: 1 }];

  it('makes one row per combination any count has, sorted by the dimensions in order, nulls last', () => {
    const rows = countedRows(['month', 'segment'], [responses, late]);
    expect(rows).toEqual([
      { key: { month: '2026-01', segment: 'mass' }, counts: [[{ key: ['nps', 9], count: 2 }, { key: ['csat', 4], count: 3 }], [{ key: [], count: 1 }]] },
      { key: { month: '2026-01', segment: null }, counts: [[{ key: ['csat', 4], count: 1 }], []] },
      { key: { month: '2026-02', segment: 'mass' }, counts: [[{ key: ['csat', 5], count: 1 }], []] },
      { key: { month: '2026-03', segment: 'mass' }, counts: [[], [{ key: [], count: 4 }]] },
    ]);
  });

  it('tells values apart that would read alike joined, and a null from the text "null"', () => {
    const rows = countedRows(['a', 'b'], [[{ key: ['x:1', 'y'], count: 1 }, { key: ['x', ':1y'], count: 1 }, { key: ['null', null], count: 1 }, { key: [null, 'null'], count: 1 }]]);
    expect(rows).toHaveLength(4);
  });

  it('makes a single row with an empty key when there are no dimensions, and none for no counts', () => {
    expect(countedRows([], [responses])).toEqual([{ key: {}, counts: [responses] }]);
    expect(countedRows(['month'], [[], []])).toEqual([]);
  });

  it('gathers each count over every row for the totals', () => {
    const rows = countedRows(['month', 'segment'], [responses, late]);
    expect(acrossRows(rows, 2)).toEqual([
      [{ key: ['nps', 9], count: 2 }, { key: ['csat', 4], count: 3 }, { key: ['csat', 4], count: 1 }, { key: ['csat', 5], count: 1 }],
      [{ key: [], count: 1 }, { key: [], count: 4 }],
    ]);
  });
});
