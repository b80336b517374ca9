import type { DocumentKey, DocumentSession, ProjectedEvent } from '../projection.js';
import { UndeclaredDocumentAccess } from '../shared/read-model.errors.js';
import { documentKeyString, type DocumentWrite } from './read-model-store.port.js';

type Entry = { doc: unknown; write: DocumentWrite | null };

/** Saved entries of the documents one event may touch, to undo that event if its apply throws halfway. */
export type Undo = readonly (readonly [key: string, entry: Entry | undefined])[];

/**
 * The documents of one batch of one projection: loaded once, changed in memory by each event in turn, and turned
 * into one write per changed document (the last state, at the position of the last event that touched it).
 * Documents are shared, not copied, between get and put: projections build new documents and never mutate one
 * they read or wrote, which the memory runner's specs hold them to (it keeps copies, so a mutation shows there).
 */
export type BatchSession = Readonly<{
  /** The session `apply` sees for one event, fenced to the documents documentsFor declared for it. */
  fencedFor(projectionId: string, event: ProjectedEvent, declared: readonly DocumentKey[]): DocumentSession;
  /** Remembers the entries of the event's declared documents (before applying it). */
  save(declared: readonly DocumentKey[]): Undo;
  /** Puts them back (after its apply threw), so the batch's writes hold only the events before it. */
  restore(undo: Undo): void;
  writes(): DocumentWrite[];
}>;

const isDeclared = (declared: readonly DocumentKey[], collection: string, id: string): boolean => {
  for (const key of declared) if (key.id === id && key.collection === collection) return true;
  return false;
};

export const createBatchSession = (loaded: ReadonlyMap<string, unknown>): BatchSession => {
  const entries = new Map<string, Entry>();
  const entryOf = (key: string): Entry | undefined => {
    const existing = entries.get(key);
    if (existing !== undefined || !loaded.has(key)) return existing;
    const entry: Entry = { doc: loaded.get(key), write: null };
    entries.set(key, entry);
    return entry;
  };

  return {
    fencedFor: (projectionId, event, declared) => {
      const check = (collection: string, id: string): string => {
        if (!isDeclared(declared, collection, id)) {
          throw new UndeclaredDocumentAccess(projectionId, event.type, event.position, { collection, id });
        }
        return documentKeyString({ collection, id });
      };
      return {
        get: <Doc>(collection: string, id: string): Doc | undefined =>
          entryOf(check(collection, id))?.doc as Doc | undefined,
        put: <Doc>(collection: string, id: string, doc: Doc): void => {
          const write: DocumentWrite = { kind: 'put', collection, id, doc, position: event.position };
          entries.set(check(collection, id), { doc, write });
        },
        delete: (collection: string, id: string): void => {
          const write: DocumentWrite = { kind: 'delete', collection, id, position: event.position };
          entries.set(check(collection, id), { doc: undefined, write });
        },
      };
    },
    save: (declared) =>
      declared.map((key) => {
        const name = documentKeyString(key);
        return [name, entryOf(name)] as const;
      }),
    restore: (undo) => {
      for (const [key, entry] of undo) {
        if (entry === undefined) entries.delete(key);
        else entries.set(key, entry);
      }
    },
    writes: () => {
      const writes: DocumentWrite[] = [];
      for (const entry of entries.values()) if (entry.write !== null) writes.push(entry.write);
      return writes;
    },
  };
};
