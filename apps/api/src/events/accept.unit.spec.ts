import { wantsEventStream } from './accept.js';

describe('wantsEventStream', () => {
  it.each<[string | undefined, boolean]>([
    ['text/event-stream', true],
    ['application/json, text/event-stream;q=0.5', true],
    ['TEXT/EVENT-STREAM', true],
    ['text/event-stream;q=0', false],
    ['application/json', false],
    ['*/*', false],
    [undefined, false],
  ])('Accept %j → %s', (accept, expected) => {
    expect(wantsEventStream(accept)).toBe(expected);
  });
});
