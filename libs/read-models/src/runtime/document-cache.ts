import type { DocumentWrite } from './read-model-store.port.js';

/** Whether a cached document has a change not yet committed, and which. */
export type PendingChange = 'none' | 'put' | 'delete';

/** A document as the cache knows it. Mutable: one object per document, however many events change it. */
export type CachedDocument = {
  readonly collection: string;
  readonly id: string;
  /** Undefined: known to be absent. */
  doc: unknown;
  pending: PendingChange;
  /** Position of the last event that changed it (meaningful while a change is pending). */
  position: number;
  /** Read or written since the last trim: spared once (the CLOCK policy, an approximation of LRU). */
  used: boolean;
};

/**
 * The documents of one projection version kept between batches, so a rebuild loads and parses each document once
 * and writes it once per commit instead of once per batch. Keyed by collection then id: ids come straight from the
 * events' data, whose strings keep their hash, where a concatenated key would be hashed on every lookup.
 * Entries with a pending change stay until the next commit; beyond `maxDocuments`, committed entries go, those
 * not used since the previous trim first. Coherent because the projector is the only writer of its versions.
 */
export type DocumentCache = Readonly<{
  /** The entry; undefined when the cache does not know the document. */
  get(collection: string, id: string): CachedDocument | undefined;
  /** Records what a load found (undefined: absent), with nothing pending; returns the entry. */
  loaded(collection: string, id: string, doc: unknown): CachedDocument;
  /** Records a change by the event at `position`. */
  change(entry: CachedDocument, doc: unknown, pending: 'put' | 'delete', position: number): void;
  /** Documents changed since the last commit (an undone change may still be counted). */
  dirtyCount(): number;
  /** Their writes, the last per document; from now on they count as committed. */
  takeWrites(): DocumentWrite[];
  /** Drops committed entries beyond `limit` (at most `maxDocuments`). */
  trim(limit?: number): void;
}>;

export const createDocumentCache = (maxDocuments: number): DocumentCache => {
  const collections = new Map<string, Map<string, CachedDocument>>();
  let size = 0;
  let dirty: CachedDocument[] = [];
  const collectionOf = (name: string): Map<string, CachedDocument> => {
    let found = collections.get(name);
    if (found === undefined) {
      found = new Map();
      collections.set(name, found);
    }
    return found;
  };

  return {
    get: (collection, id) => collections.get(collection)?.get(id),
    loaded: (collection, id, doc) => {
      const documents = collectionOf(collection);
      const entry = documents.get(id);
      if (entry !== undefined) {
        entry.doc = doc;
        return entry;
      }
      const created: CachedDocument = { collection, id, doc, pending: 'none', position: 0, used: true };
      documents.set(id, created);
      size += 1;
      return created;
    },
    change: (entry, doc, pending, position) => {
      if (entry.pending === 'none') dirty.push(entry);
      entry.doc = doc;
      entry.pending = pending;
      entry.position = position;
      entry.used = true;
    },
    dirtyCount: () => dirty.length,
    takeWrites: () => {
      const writes: DocumentWrite[] = [];
      for (const entry of dirty) {
        // An entry whose change was undone has nothing pending and is skipped.
        const { collection, id, doc, position } = entry;
        if (entry.pending === 'put') writes.push({ kind: 'put', collection, id, doc, position });
        else if (entry.pending === 'delete') writes.push({ kind: 'delete', collection, id, position });
        entry.pending = 'none';
      }
      dirty = [];
      return writes;
    },
    trim: (limit = maxDocuments) => {
      const keep = Math.min(limit, maxDocuments);
      // Two sweeps at most: the first may only clear `used` marks.
      for (let sweep = 0; sweep < 2 && size > keep; sweep += 1) {
        for (const documents of collections.values()) {
          for (const [id, entry] of documents) {
            if (size <= keep) return;
            if (entry.pending !== 'none') continue;
            if (entry.used) {
              entry.used = false;
              continue;
            }
            documents.delete(id);
            size -= 1;
          }
        }
      }
    },
  };
};
