import { compareTimed, laterOf, latestOf } from './latest.js';

describe('latest', () => {
  const a = { time: '2026-01-02T00:00:00.000Z', id: 's-1' };
  const b = { time: '2026-01-02T08:00:00+08:00', id: 's-2' }; // the same instant as a, written in another zone
  const c = { time: '2026-01-03T00:00:00.000Z', id: 's-0' };

  it('orders by instant, then by id', () => {
    expect([c, b, a].sort(compareTimed)).toEqual([a, b, c]);
  });

  it('keeps the latest whatever the arrival order', () => {
    const keep = (items: (typeof a)[]) => items.reduce<typeof a | null>((kept, item) => latestOf(kept, item, (x) => x), null);
    expect(keep([a, b, c])).toBe(c);
    expect(keep([c, b, a])).toBe(c);
    expect(keep([c, a, c])).toBe(c);
  });

  it('takes the later instant, and the first one given', () => {
    expect(laterOf(null, a.time)).toBe(a.time);
    expect(laterOf(c.time, a.time)).toBe(c.time);
    expect(laterOf(a.time, c.time)).toBe(c.time);
  });
});
