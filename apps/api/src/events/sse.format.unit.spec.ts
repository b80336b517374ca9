import { formatSse } from './sse.format.js';

describe('formatSse', () => {
  it('given an event, then it writes id, event and data and ends with a blank line', () => {
    expect(formatSse({ id: '7', event: 'CustomerRegistered', data: '{"a":1}' })).toBe(
      'id: 7\nevent: CustomerRegistered\ndata: {"a":1}\n\n',
    );
  });

  it('given data or a comment over several lines, then each line gets its own field', () => {
    expect(formatSse({ comment: 'one\ntwo', data: 'a\r\nb' })).toBe(': one\n: two\ndata: a\ndata: b\n\n');
  });

  it('given a retry delay, then it states it in milliseconds', () => {
    expect(formatSse({ retryMs: 3000 })).toBe('retry: 3000\n\n');
  });
});
