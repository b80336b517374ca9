import { InvalidQueryParameter } from './invalid-query-parameter.error.js';
import { parseTimeRange } from './time-range.js';

describe('parseTimeRange', () => {
  it('reads dates as whole UTC days: to=2026-03-31 covers all of March 31', () => {
    expect(parseTimeRange({ from: '2026-01-01', to: '2026-03-31' })).toEqual({
      from: '2026-01-01T00:00:00.000Z',
      to: '2026-04-01T00:00:00.000Z',
    });
  });

  it('takes instants as they are, in canonical UTC form', () => {
    expect(parseTimeRange({ to: '2026-03-31T12:00:00+08:00' })).toEqual({ from: null, to: '2026-03-31T04:00:00.000Z' });
  });

  it('leaves absent or blank bounds open', () => {
    expect(parseTimeRange({})).toEqual({ from: null, to: null });
    expect(parseTimeRange({ from: '', to: '' })).toEqual({ from: null, to: null });
  });

  it.each([
    [{ from: '2026-02-30' }, 'from'],
    [{ to: 'yesterday' }, 'to'],
    [{ from: '2026-03-01T10:00:00' }, 'from'], // no zone: names no instant
    [{ from: '2026-03-02', to: '2026-03-01T00:00:00Z' }, 'to'],
  ])('rejects %p naming %s', (raw, parameter) => {
    expect(() => parseTimeRange(raw)).toThrow(InvalidQueryParameter);
    expect(() => parseTimeRange(raw)).toThrow(expect.objectContaining({ parameter, code: 'QUERY.INVALID_PARAMETER' }));
  });
});
