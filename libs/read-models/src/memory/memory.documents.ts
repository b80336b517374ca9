import type { DocumentSession } from '../projection.js';
import { assertPlainJson } from './plain-json.js';

/** Every document of every collection, by collection name then id, both in sorted order. */
export type DocumentSnapshot = Readonly<Record<string, Readonly<Record<string, unknown>>>>;

/** A DocumentSession over in-memory maps, for specs and for reference runs. */
export interface MemoryDocuments extends DocumentSession {
  /** The documents of one collection, as copies. */
  all<Doc>(collection: string): Doc[];
  /** The documents of one collection with their ids, as copies, in id order. */
  entries<Doc>(collection: string): [id: string, doc: Doc][];
  /** Everything stored, as copies, with keys sorted so two stores compare with `toEqual` regardless of write order. */
  snapshot(): DocumentSnapshot;
}

const sortedEntries = <V>(map: ReadonlyMap<string, V>): [string, V][] =>
  [...map.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

/**
 * Documents are kept as JSON text, as the real stores keep them: a projection that mutates a document after `put`,
 * or keeps a reference to one it read, sees the same behaviour here as in SQLite or MongoDB.
 */
export const createMemoryDocuments = (): MemoryDocuments => {
  const collections = new Map<string, Map<string, string>>();
  const collectionOf = (name: string): Map<string, string> => {
    const existing = collections.get(name);
    if (existing !== undefined) return existing;
    const created = new Map<string, string>();
    collections.set(name, created);
    return created;
  };
  const parse = <Doc>(text: string): Doc => JSON.parse(text) as Doc;

  return {
    get: <Doc>(collection: string, id: string): Doc | undefined => {
      const text = collections.get(collection)?.get(id);
      return text === undefined ? undefined : parse<Doc>(text);
    },
    put: <Doc>(collection: string, id: string, doc: Doc): void => {
      assertPlainJson({ collection, id }, doc);
      collectionOf(collection).set(id, JSON.stringify(doc));
    },
    delete: (collection: string, id: string): void => {
      collections.get(collection)?.delete(id);
    },
    all: <Doc>(collection: string): Doc[] =>
      sortedEntries(collections.get(collection) ?? new Map<string, string>()).map(([, text]) => parse<Doc>(text)),
    entries: <Doc>(collection: string): [string, Doc][] =>
      sortedEntries(collections.get(collection) ?? new Map<string, string>()).map(([id, text]) => [
        id,
        parse<Doc>(text),
      ]),
    snapshot: (): DocumentSnapshot =>
      Object.fromEntries(
        sortedEntries(collections)
          .filter(([, documents]) => documents.size > 0)
          .map(([name, documents]) => [
            name,
            Object.fromEntries(sortedEntries(documents).map(([id, text]) => [id, parse(text)])),
          ]),
      ),
  };
};
