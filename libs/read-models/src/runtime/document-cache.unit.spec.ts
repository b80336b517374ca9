import { createDocumentCache, type CachedDocument } from './document-cache.js';

const entry = (cache: ReturnType<typeof createDocumentCache>, id: string): CachedDocument => {
  return cache.get('c', id) ?? cache.loaded('c', id, undefined);
};
const docsOf = (cache: ReturnType<typeof createDocumentCache>, ids: readonly string[]) => ids.map((id) => cache.get('c', id)?.doc);

describe('document cache', () => {
  it('hands out the pending writes once, the last per document, then counts them committed', () => {
    const cache = createDocumentCache(10);
    cache.change(entry(cache, 'a'), { n: 1 }, 'put', 1);
    cache.loaded('c', 'b', { n: 2 });
    cache.change(entry(cache, 'a'), { n: 3 }, 'put', 2);
    cache.change(entry(cache, 'd'), undefined, 'delete', 3);

    expect(cache.takeWrites()).toEqual([
      { kind: 'put', collection: 'c', id: 'a', doc: { n: 3 }, position: 2 },
      { kind: 'delete', collection: 'c', id: 'd', position: 3 },
    ]);
    expect(cache.takeWrites()).toEqual([]);
    expect(cache.get('c', 'a')).toMatchObject({ doc: { n: 3 }, pending: 'none' });
  });

  it('trims committed documents beyond its size, those unused since the last trim first, never a pending write', () => {
    const cache = createDocumentCache(2);
    cache.loaded('c', 'a', 1);
    cache.change(entry(cache, 'b'), 2, 'put', 1);
    cache.loaded('c', 'c', 3);
    cache.trim();
    expect(docsOf(cache, ['a', 'b', 'c'])).toEqual([undefined, 2, 3]);

    cache.takeWrites();
    cache.loaded('c', 'd', 4);
    cache.loaded('c', 'e', 5);
    cache.trim();
    cache.change(entry(cache, 'd'), 4, 'put', 2);
    cache.takeWrites();
    cache.loaded('c', 'f', 6);
    cache.trim();
    expect(docsOf(cache, ['b', 'c', 'd', 'e', 'f'])).toEqual([undefined, undefined, 4, undefined, 6]);
  });

  it('trims to a lower limit when asked (a caught-up projection keeps fewer documents)', () => {
    const cache = createDocumentCache(10);
    for (const id of ['a', 'b', 'c', 'd']) cache.loaded('c', id, id);
    cache.trim(1);

    expect(docsOf(cache, ['a', 'b', 'c', 'd']).filter((doc) => doc !== undefined)).toHaveLength(1);
  });

  it('knows documents loaded as absent, so they are not loaded again', () => {
    const cache = createDocumentCache(10);
    cache.loaded('c', 'gone', undefined);

    expect(cache.get('c', 'gone')).toMatchObject({ id: 'gone', doc: undefined, pending: 'none' });
    expect(cache.get('c', 'new')).toBeUndefined();
  });
});
