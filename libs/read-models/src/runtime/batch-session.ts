import type { DocumentKey, DocumentSession, ProjectedEvent } from '../projection.js';
import { UndeclaredDocumentAccess } from '../shared/read-model.errors.js';
import type { CachedDocument, DocumentCache, PendingChange } from './document-cache.js';

/**
 * The session `apply` sees, over the cache, where every declared document of the batch has been loaded. One per
 * batch, pointed at each event in turn, saving what it needs to undo that event in reused arrays: a session or a
 * saved state per event cost a measurable share of a rebuild in allocations. Access is fenced to the documents
 * documentsFor declared for the current event. Documents are shared, not copied, between get and put: projections
 * build new documents and never mutate one they read or wrote, which the memory runner's specs hold them to (it
 * keeps copies, so a mutation shows there).
 */
export type BatchSession = DocumentSession &
  Readonly<{
    /**
     * Points the session at the next event, saving its declared documents' state in case it must be undone.
     * `entries` are those documents' cache entries, in the order of `declared`.
     */
    begin(event: ProjectedEvent, declared: readonly DocumentKey[], entries: readonly CachedDocument[]): void;
    /** Puts back the current event's documents (its apply threw), so pending writes hold only the events before it. */
    undo(): void;
  }>;

/** A declared document's cache entry, and its state before the current event (to undo it). */
type SavedState = { entry: CachedDocument; doc: unknown; pending: PendingChange; position: number };

export const createBatchSession = (projectionId: string, cache: DocumentCache): BatchSession => {
  let event: ProjectedEvent | undefined;
  let declared: readonly DocumentKey[] = [];
  const saved: SavedState[] = [];

  const entryOf = (collection: string, id: string): CachedDocument => {
    const current = event as ProjectedEvent;
    for (let index = 0; index < declared.length; index += 1) {
      const key = declared[index] as DocumentKey;
      // Every declared document was loaded into the cache before the batch was applied; `begin` kept its entry.
      if (key.id === id && key.collection === collection) return (saved[index] as SavedState).entry;
    }
    throw new UndeclaredDocumentAccess(projectionId, current.type, current.position, { collection, id });
  };

  return {
    begin: (next, keys, entries) => {
      event = next;
      declared = keys;
      for (let index = 0; index < entries.length; index += 1) {
        const entry = entries[index] as CachedDocument;
        const state = saved[index] ?? { entry, doc: undefined, pending: 'none', position: 0 };
        state.entry = entry;
        state.doc = entry.doc;
        state.pending = entry.pending;
        state.position = entry.position;
        saved[index] = state;
      }
    },
    undo: () => {
      declared.forEach((_, index) => {
        const state = saved[index] as SavedState;
        state.entry.doc = state.doc;
        state.entry.pending = state.pending;
        state.entry.position = state.position;
      });
    },
    get: <Doc>(collection: string, id: string): Doc | undefined => {
      const entry = entryOf(collection, id);
      entry.used = true;
      return entry.doc as Doc | undefined;
    },
    put: <Doc>(collection: string, id: string, doc: Doc): void => {
      cache.change(entryOf(collection, id), doc, 'put', (event as ProjectedEvent).position);
    },
    delete: (collection: string, id: string): void => {
      cache.change(entryOf(collection, id), undefined, 'delete', (event as ProjectedEvent).position);
    },
  };
};
