import type { StoredEvent } from './event-store.port.js';
import { createStreamCache, type StreamCacheLimits } from './stream-cache.js';

const eventsOf = (stream: string, from: number, count: number): StoredEvent[] =>
  Array.from({ length: count }, (_, index) => ({
    stream,
    revision: from + index,
    position: 0,
    type: 'T',
    data: {},
    metadata: {} as StoredEvent['metadata'],
    hash: '',
    previousHash: null,
  }));

const revisions = (events: readonly StoredEvent[] | undefined): number[] | undefined =>
  events?.map((event) => event.revision);

const cacheOf = (limits: Partial<StreamCacheLimits> = {}) =>
  createStreamCache({ maxStreams: 100, maxBytes: 1_000_000, ...limits });

describe('stream cache', () => {
  it('keeps whole streams and extends them with the revisions that follow', () => {
    const cache = cacheOf();
    cache.put('s', eventsOf('s', 0, 2), 20);
    cache.extend('s', eventsOf('s', 2, 2), 20);

    expect(revisions(cache.get('s'))).toEqual([0, 1, 2, 3]);
    expect(cache.bytes).toBe(40);
  });

  it('ignores events it holds already and drops a stream that an extension would leave with a gap', () => {
    const cache = cacheOf();
    cache.put('s', eventsOf('s', 0, 3), 30);
    cache.extend('s', eventsOf('s', 1, 2), 20);
    expect(revisions(cache.get('s'))).toEqual([0, 1, 2]);

    cache.extend('s', eventsOf('s', 5, 1), 10);
    expect(cache.get('s')).toBeUndefined();
    expect(cache.bytes).toBe(0);
  });

  it('caches only whole streams, starting at revision 0, within the byte budget', () => {
    const cache = cacheOf({ maxBytes: 100 });
    cache.put('partial', eventsOf('partial', 1, 2), 10);
    cache.put('empty', [], 0);
    cache.put('huge', eventsOf('huge', 0, 1), 101);
    cache.extend('unknown', eventsOf('unknown', 0, 1), 10);

    expect(cache.size).toBe(0);
  });

  it('evicts the streams not used since they were queued first', () => {
    const cache = cacheOf({ maxStreams: 2 });
    cache.put('a', eventsOf('a', 0, 1), 10);
    cache.put('b', eventsOf('b', 0, 1), 10);
    cache.get('a');
    cache.put('c', eventsOf('c', 0, 1), 10);

    expect([cache.get('a'), cache.get('b'), cache.get('c')].map((events) => events !== undefined)).toEqual([
      true,
      false,
      true,
    ]);
  });

  it('evicts until within the byte budget, and drops a stream that outgrows it', () => {
    const cache = cacheOf({ maxBytes: 50 });
    cache.put('a', eventsOf('a', 0, 1), 20);
    cache.put('b', eventsOf('b', 0, 1), 20);
    cache.put('c', eventsOf('c', 0, 1), 20);
    expect([cache.size, cache.bytes]).toEqual([2, 40]);

    cache.extend('c', eventsOf('c', 1, 1), 40);
    expect(cache.get('c')).toBeUndefined();
    expect(cache.bytes).toBeLessThanOrEqual(50);
  });

  it('keeps its own array: changing what was put does not change the cache', () => {
    const cache = cacheOf();
    const events = eventsOf('s', 0, 2);
    cache.put('s', events, 20);
    events.pop();

    expect(revisions(cache.get('s'))).toEqual([0, 1]);
  });
});
