import fc from 'fast-check';
import { addDays, formatIsoTime, isAfter, isIsoTime, MILLISECONDS_PER_DAY, parseIsoTime } from './business-time.js';
import { InvalidTime } from './time.errors.js';

describe('business time', () => {
  it.each([
    '2026-01-05T09:00:00Z',
    '2026-01-05T09:00:00.1Z',
    '2026-01-05T09:00:00.123456789Z',
    '2026-01-05T17:00:00+08:00',
    '2026-01-05T04:00:00-05:00',
    '2028-02-29T00:00:00.000Z',
    '2000-02-29T00:00:00Z',
    '0000-02-29T00:00:00Z',
  ])('accepts the ISO-8601 instant %s', (value) => expect(isIsoTime(value)).toBe(true));

  it.each([
    '2026-02-29T00:00:00Z',
    '2100-02-29T00:00:00Z',
    '2026-04-31T00:00:00Z',
    '2026-01-05T24:00:00Z',
    '2026-01-05T09:60:00Z',
    '2026-01-05T09:00:60Z',
    '2026-01-05T09:00:00+24:00',
    '2026-01-05T09:00Z',
    '2026-01-05T09:00:00',
    '2026-01-05t09:00:00z',
    ' 2026-01-05T09:00:00Z',
    '2026-01-05',
    '1767603600000',
  ])('rejects %s', (value) => expect(isIsoTime(value)).toBe(false));

  it('rejects values that are not strings', () => {
    expect(isIsoTime(1767603600000)).toBe(false);
    expect(isIsoTime(null)).toBe(false);
  });

  it('names the field when parsing fails', () => {
    expect(() => parseIsoTime('soon', 'receivedAt')).toThrow(InvalidTime);
    expect(() => parseIsoTime('soon', 'receivedAt')).toThrow(/receivedAt/);
  });

  it('adds exact 24-hour days in UTC', () =>
    expect(addDays('2026-03-20T08:00:00.000Z', 15)).toBe('2026-04-04T08:00:00.000Z'));

  it('compares instants across zone designators', () => {
    expect(isAfter('2026-01-05T17:00:01+08:00', '2026-01-05T09:00:00Z')).toBe(true);
    expect(isAfter('2026-01-05T17:00:00+08:00', '2026-01-05T09:00:00Z')).toBe(false);
  });

  // Up to 9998, so that adding a year stays within the four-digit years ISO-8601 instants are written with.
  const instants = fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(9998, 0, 1) });

  it('reads back every instant it writes', () =>
    fc.assert(fc.property(instants, (ms) => parseIsoTime(formatIsoTime(ms), 'time') === ms)));

  it('moves by exactly the number of days added', () =>
    fc.assert(
      fc.property(instants, fc.integer({ min: 0, max: 366 }), (ms, days) => {
        const time = formatIsoTime(ms);
        return parseIsoTime(addDays(time, days), 'time') - ms === days * MILLISECONDS_PER_DAY;
      }),
    ));
});
