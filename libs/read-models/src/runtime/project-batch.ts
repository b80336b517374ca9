import type { Position } from '@concord/event-store';
import type { DocumentKey, ProjectedEvent, Projection } from '../projection.js';
import { UnknownCollection } from '../shared/read-model.errors.js';
import { createBatchSession } from './batch-session.js';
import type { CachedDocument, DocumentCache } from './document-cache.js';
import { documentKeyString, type DocumentWrite } from './read-model-store.port.js';

/** A projection as the runner calls it, with what it needs per event computed once. */
export type CompiledProjection = Readonly<{
  projection: Projection;
  projectionId: string;
  handles: ReadonlySet<string>;
  collections: ReadonlySet<string>;
  /** The writes as stored: each put with its collection's derived fields. */
  stored: (writes: readonly DocumentWrite[]) => DocumentWrite[];
}>;

const storedWith = (projection: Projection): CompiledProjection['stored'] => {
  const derivers = new Map(projection.collections.map((collection) => [collection.name, collection.derive]));
  return (writes) =>
    writes.map((write) => {
      if (write.kind !== 'put') return write;
      const derive = derivers.get(write.collection);
      return derive === undefined ? write : { ...write, doc: derive(write.doc) };
    });
};

export const compileProjection = (projection: Projection, projectionId: string): CompiledProjection => ({
  projection,
  projectionId,
  handles: new Set<string>(projection.handles),
  collections: new Set(projection.collections.map((collection) => collection.name)),
  stored: storedWith(projection),
});

/** The event a projection could not take: its documentsFor or apply threw. */
export type EventFailure = Readonly<{ event: ProjectedEvent; error: unknown }>;

export type BatchOutcome = Readonly<{
  /** Position of the last event applied (or skipped as unhandled); null when the first event failed. */
  checkpoint: Position | null;
  /** Set when an event failed: the cache's pending writes and the checkpoint then cover only the events before it. */
  failure: EventFailure | null;
}>;

/** An event of the batch with its declared documents and their cache entries (declared null: not handled). */
type Step = Readonly<{
  event: ProjectedEvent;
  declared: readonly DocumentKey[] | null;
  entries: readonly CachedDocument[];
}>;

const SKIPPED: readonly CachedDocument[] = [];

const declaredKeys = (compiled: CompiledProjection, event: ProjectedEvent): readonly DocumentKey[] => {
  const declared = compiled.projection.documentsFor(event);
  for (const key of declared) {
    if (!compiled.collections.has(key.collection)) throw new UnknownCollection(compiled.projectionId, key.collection);
  }
  return declared;
};

/**
 * Applies a batch the way the memory runner does (unhandled events skipped, each handled event fenced to the
 * documents its documentsFor declared) to the documents in `cache`, after one load of those it lacks. Stops at the
 * first event that throws and reports it with everything before it, so the runner can commit that much and mark the
 * projection failed there.
 */
export const projectBatch = async (
  compiled: CompiledProjection,
  events: readonly ProjectedEvent[],
  cache: DocumentCache,
  load: (keys: readonly DocumentKey[]) => Promise<ReadonlyMap<string, unknown>>,
): Promise<BatchOutcome> => {
  const steps: Step[] = [];
  const missing: DocumentKey[] = [];
  let failure: EventFailure | null = null;
  for (const event of events) {
    if (!compiled.handles.has(event.type)) {
      steps.push({ event, declared: null, entries: SKIPPED });
      continue;
    }
    try {
      const declared = declaredKeys(compiled, event);
      // Each entry is looked up once, here, and handed to the session for the event.
      const entries = declared.map((key) => {
        const known = cache.get(key.collection, key.id);
        if (known !== undefined) return known;
        missing.push(key);
        // Known from now on (absent until loaded), so a key declared twice is loaded once.
        return cache.loaded(key.collection, key.id, undefined);
      });
      steps.push({ event, declared, entries });
    } catch (error) {
      failure = { event, error };
      break;
    }
  }

  if (missing.length > 0) {
    const loaded = await load(missing);
    for (const key of missing) {
      const doc = loaded.get(documentKeyString(key));
      if (doc !== undefined) cache.loaded(key.collection, key.id, doc);
    }
  }
  const session = createBatchSession(compiled.projectionId, cache);
  let checkpoint: Position | null = null;
  for (const { event, declared, entries } of steps) {
    if (declared !== null) {
      session.begin(event, declared, entries);
      try {
        compiled.projection.apply(event, session);
      } catch (error) {
        session.undo();
        failure = { event, error };
        break;
      }
    }
    checkpoint = event.position;
  }
  return { checkpoint, failure };
};
