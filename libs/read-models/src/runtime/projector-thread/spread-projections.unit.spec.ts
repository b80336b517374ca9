import { spreadProjections } from './spread-projections.js';

const COSTS: Record<string, number> = { a: 11, b: 8, c: 7, d: 7, e: 6 };
const costOf = (name: string): number => COSTS[name] ?? 1;
const costs = (groups: string[][]): number[] => groups.map((group) => group.reduce((sum, name) => sum + costOf(name), 0));

describe('spreadProjections', () => {
  it('given one thread, keeps every projection in one group', () => {
    expect(spreadProjections(['a', 'b', 'c'], 1, costOf)).toEqual([['a', 'b', 'c']]);
  });

  it('given two threads, balances the costs between them', () => {
    const groups = spreadProjections(['e', 'd', 'c', 'b', 'a'], 2, costOf);

    expect(groups.flat().sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
    const [first, second] = costs(groups) as [number, number];
    expect(Math.abs(first - second)).toBeLessThanOrEqual(6);
  });

  it('given more threads than projections, makes one group per projection and no empty group', () => {
    expect(spreadProjections(['a', 'b'], 8, costOf)).toEqual([['a'], ['b']]);
  });

  it.each([0, 1.5, Number.NaN])('refuses %p threads', (threads) => {
    expect(() => spreadProjections(['a'], threads, costOf)).toThrow(RangeError);
  });

  it('given no projections, makes no group', () => {
    expect(spreadProjections([], 2, costOf)).toEqual([]);
  });
});
