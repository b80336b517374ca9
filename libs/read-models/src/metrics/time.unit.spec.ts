import { compareInstants, daysBetween, monthOf, wholeDaysSince, withinLastDays } from './time.js';

const now = '2026-04-01T00:00:00.000Z';

describe('time helpers', () => {
  it('files an instant under its UTC month, whatever the offset it was written with', () => {
    expect(monthOf('2026-03-31T23:59:59.999Z')).toBe('2026-03');
    expect(monthOf('2026-04-01T07:00:00+08:00')).toBe('2026-03');
  });

  it('orders instants in time, whether both are canonical or either has an offset', () => {
    expect(compareInstants('2026-03-31T23:59:59.999Z', now)).toBeLessThan(0);
    expect(compareInstants(now, '2026-03-31T23:59:59.999Z')).toBeGreaterThan(0);
    expect(compareInstants(now, '2026-04-01T00:00:00.000Z')).toBe(0);
    // Later as a string, earlier in time: the offset puts it at 23:00 UTC the day before.
    expect(compareInstants('2026-04-01T07:00:00+08:00', now)).toBeLessThan(0);
    expect(compareInstants('2026-03-31T23:00:00.000Z', '2026-04-01T07:00:00+08:00')).toBe(0);
    expect(compareInstants('2026-04-01T00:00:00Z', now)).toBe(0);
  });

  it('counts fractional days of 24 hours', () => {
    expect(daysBetween('2026-01-10T08:00:00.000Z', '2026-01-20T20:00:00.000Z')).toBe(10.5);
    expect(daysBetween(now, '2026-03-31T12:00:00.000Z')).toBe(-0.5);
  });

  it('counts whole days since, never below zero', () => {
    expect(wholeDaysSince('2026-03-01T00:00:01.000Z', now)).toBe(30);
    expect(wholeDaysSince('2026-04-01T00:04:00.000Z', now)).toBe(0);
  });

  it('includes a time exactly at the edge of the window, and not one millisecond before it', () => {
    expect(withinLastDays('2026-03-02T00:00:00.000Z', now, 30)).toBe(true);
    expect(withinLastDays('2026-03-01T23:59:59.999Z', now, 30)).toBe(false);
  });
});
