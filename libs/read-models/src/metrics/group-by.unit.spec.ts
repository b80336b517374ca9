import { groupItems, parseGroupBy } from './group-by.js';
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

describe('groupItems', () => {
  type Item = Readonly<{ month: string; segment: string | null }>;
  const items: Item[] = [
    { month: '2026-02', segment: 'mass' },
    { month: '2026-01', segment: null },
    { month: '2026-01', segment: 'mass' },
    { month: '2026-01', segment: 'mass' },
  ];
  const valueOf = (item: Item, dimension: 'month' | 'segment') => item[dimension];

  it('makes one group per combination that occurs, sorted by the dimensions in order, nulls last', () => {
    const groups = groupItems(items, ['month', 'segment'], valueOf);
    expect(groups.map(({ key, items: members }) => [key, members.length])).toEqual([
      [{ month: '2026-01', segment: 'mass' }, 2],
      [{ month: '2026-01', segment: null }, 1],
      [{ month: '2026-02', segment: 'mass' }, 1],
    ]);
  });

  it('makes a single group with an empty key when there are no dimensions, and none for no items', () => {
    expect(groupItems(items, [], valueOf)).toEqual([{ key: {}, items }]);
    expect(groupItems([], ['month'], valueOf)).toEqual([]);
  });
});
