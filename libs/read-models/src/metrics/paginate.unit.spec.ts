import { decodeCursor, encodeCursor } from './cursor.js';
import { InvalidQueryParameter } from './invalid-query-parameter.error.js';
import { paginate, type SortOrder } from './paginate.js';

type Item = Readonly<{ id: string; score: number }>;
const items: Item[] = [
  { id: 'c-3', score: 50 },
  { id: 'c-2', score: 70 },
  { id: 'c-1', score: 70 },
  { id: 'c-4', score: 10 },
  { id: 'c-5', score: 90 },
];
const byScore: SortOrder<Item> = { key: (item) => item.score, id: (item) => item.id, direction: 'desc' };
const ids = (page: { items: readonly Item[] }) => page.items.map((item) => item.id);

describe('cursors', () => {
  it('round-trip the sort key and id through an opaque base64url string', () => {
    const cursor = encodeCursor({ key: 70, id: 'c-2' });
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor)).toEqual({ key: 70, id: 'c-2' });
  });

  it.each(['not a cursor!', Buffer.from('{"key":1}').toString('base64url'), Buffer.from('[1,2]').toString('base64url')])(
    'reject %p',
    (cursor) => {
      expect(() => decodeCursor(cursor)).toThrow(expect.objectContaining({ parameter: 'cursor' }));
    },
  );
});

describe('paginate', () => {
  it('pages in order, ties broken by id ascending, until no cursor is left', () => {
    const first = paginate(items, byScore, { limit: 2 });
    expect(ids(first)).toEqual(['c-5', 'c-1']);
    const second = paginate(items, byScore, { limit: 2, cursor: first.nextCursor });
    expect(ids(second)).toEqual(['c-2', 'c-3']);
    const third = paginate(items, byScore, { limit: 2, cursor: second.nextCursor });
    expect(third).toEqual({ items: [{ id: 'c-4', score: 10 }], nextCursor: null });
  });

  it('gives no cursor when the page holds exactly the remaining items', () => {
    expect(paginate(items, byScore, { limit: 5 }).nextCursor).toBeNull();
  });

  it('sorts ascending too', () => {
    expect(ids(paginate(items, { ...byScore, direction: 'asc' }, { limit: 3 }))).toEqual(['c-4', 'c-3', 'c-1']);
  });

  it('neither repeats nor skips an item when one is added before the cursor between requests', () => {
    const first = paginate(items, byScore, { limit: 2 });
    const grown = [...items, { id: 'c-0', score: 95 }];
    expect(ids(paginate(grown, byScore, { limit: 10, cursor: first.nextCursor }))).toEqual(['c-2', 'c-3', 'c-4']);
  });

  it('rejects a cursor whose key is of another kind', () => {
    const cursor = encodeCursor({ key: '2026-01-01', id: 'c-1' });
    expect(() => paginate(items, byScore, { limit: 2, cursor })).toThrow(InvalidQueryParameter);
  });
});
