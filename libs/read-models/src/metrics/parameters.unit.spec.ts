import { InvalidQueryParameter } from './invalid-query-parameter.error.js';
import { parseLimit } from './limit.js';
import { parseFlag, parseOneOf } from './parameters.js';

describe('query parameters', () => {
  it('defaults the limit to 50 and accepts 1 to 500', () => {
    expect(parseLimit(undefined)).toBe(50);
    expect(parseLimit('1')).toBe(1);
    expect(parseLimit('500')).toBe(500);
  });

  it.each(['0', '501', '2.5', '-3', 'ten', '1e2'])('rejects the limit %p', (raw) => {
    expect(() => parseLimit(raw)).toThrow(expect.objectContaining({ parameter: 'limit' }));
  });

  it('accepts a value of a closed vocabulary, or nothing', () => {
    expect(parseOneOf('band', 'high', ['low', 'medium', 'high'])).toBe('high');
    expect(parseOneOf('band', undefined, ['low', 'medium', 'high'])).toBeUndefined();
    expect(() => parseOneOf('band', 'extreme', ['low', 'medium', 'high'])).toThrow(InvalidQueryParameter);
  });

  it('reads true and false only', () => {
    expect(parseFlag('overdue', 'true')).toBe(true);
    expect(parseFlag('overdue', 'false')).toBe(false);
    expect(parseFlag('overdue', undefined)).toBeUndefined();
    expect(() => parseFlag('overdue', 'yes')).toThrow(expect.objectContaining({ parameter: 'overdue' }));
  });
});
