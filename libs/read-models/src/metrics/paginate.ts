import { InvalidQueryParameter } from './invalid-query-parameter.error.js';
import { decodeCursor, encodeCursor, type CursorPosition } from './cursor.js';

export type Page<Item> = Readonly<{ items: readonly Item[]; nextCursor: string | null }>;

export type PageRequest = Readonly<{ limit: number; cursor?: string | null }>;

export type SortOrder<Item> = Readonly<{
  key: (item: Item) => string | number;
  id: (item: Item) => string;
  direction: 'asc' | 'desc';
}>;

const compareKeys = (a: string | number, b: string | number): number => {
  if (typeof a !== typeof b) throw new InvalidQueryParameter('cursor', 'not a cursor returned by this endpoint');
  return a < b ? -1 : a > b ? 1 : 0;
};

/** Ties on the key are broken by id ascending whatever the direction, so the order is total and pages never overlap. */
const comparator =
  <Item>(order: SortOrder<Item>) =>
  (a: CursorPosition, b: CursorPosition): number => {
    const byKey = compareKeys(a.key, b.key) * (order.direction === 'asc' ? 1 : -1);
    return byKey !== 0 ? byKey : compareKeys(a.id, b.id);
  };

/**
 * One page of `items` in a stable order: the items strictly after the cursor, at most `limit` of them, and a cursor
 * for the next page when more remain. Items added or rescored between requests neither repeat nor shift a page.
 */
export const paginate = <Item>(items: readonly Item[], order: SortOrder<Item>, request: PageRequest): Page<Item> => {
  const compare = comparator(order);
  const positionOf = (item: Item): CursorPosition => ({ key: order.key(item), id: order.id(item) });
  const after = request.cursor ? decodeCursor(request.cursor) : null;
  const sorted = items
    .map((item) => ({ item, position: positionOf(item) }))
    .filter(({ position }) => after === null || compare(position, after) > 0)
    .sort((a, b) => compare(a.position, b.position));
  const page = sorted.slice(0, request.limit);
  const last = page[page.length - 1];
  const nextCursor = sorted.length > request.limit && last !== undefined ? encodeCursor(last.position) : null;
  return { items: page.map(({ item }) => item), nextCursor };
};
