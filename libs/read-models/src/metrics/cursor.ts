import { InvalidQueryParameter } from './invalid-query-parameter.error.js';

/** Where a page ended: the sort key and the id of its last item. */
export type CursorPosition = Readonly<{ key: string | number; id: string }>;

/** Opaque to clients (base64url of JSON), so the sort key can change without breaking a published contract. */
export const encodeCursor = ({ key, id }: CursorPosition): string =>
  Buffer.from(JSON.stringify([key, id]), 'utf8').toString('base64url');

const parseJson = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
};

/** Throws InvalidQueryParameter('cursor') for anything encodeCursor did not produce. */
export const decodeCursor = (cursor: string): CursorPosition => {
  const decoded = /^[A-Za-z0-9_-]+$/.test(cursor) ? parseJson(Buffer.from(cursor, 'base64url').toString('utf8')) : null;
  if (Array.isArray(decoded) && decoded.length === 2) {
    const [key, id] = decoded as unknown[];
    const validKey = typeof key === 'string' || (typeof key === 'number' && Number.isFinite(key));
    if (validKey && typeof id === 'string') return { key, id };
  }
  throw new InvalidQueryParameter('cursor', 'not a cursor returned by this endpoint');
};
