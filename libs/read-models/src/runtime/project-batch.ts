import type { Position } from '@concord/event-store';
import type { DocumentKey, ProjectedEvent, Projection } from '../projection.js';
import { UnknownCollection } from '../shared/read-model.errors.js';
import { createBatchSession } from './batch-session.js';
import { documentKeyString, type DocumentWrite } from './read-model-store.port.js';

/** A projection as the runner calls it, with what it needs per event computed once. */
export type CompiledProjection = Readonly<{
  projection: Projection;
  projectionId: string;
  handles: ReadonlySet<string>;
  collections: ReadonlySet<string>;
}>;

export const compileProjection = (projection: Projection, projectionId: string): CompiledProjection => ({
  projection,
  projectionId,
  handles: new Set<string>(projection.handles),
  collections: new Set(projection.collections.map((collection) => collection.name)),
});

/** The event a projection could not take: its documentsFor or apply threw. */
export type EventFailure = Readonly<{ event: ProjectedEvent; error: unknown }>;

export type BatchOutcome = Readonly<{
  writes: readonly DocumentWrite[];
  /** Position of the last event applied (or skipped as unhandled); null when the first event failed. */
  checkpoint: Position | null;
  /** Set when an event failed: the writes and checkpoint then cover only the events before it. */
  failure: EventFailure | null;
}>;

type Step = Readonly<{ event: ProjectedEvent; declared: readonly DocumentKey[] | null }>;

const declaredKeys = (compiled: CompiledProjection, event: ProjectedEvent): readonly DocumentKey[] => {
  const declared = compiled.projection.documentsFor(event);
  for (const key of declared) {
    if (!compiled.collections.has(key.collection)) throw new UnknownCollection(compiled.projectionId, key.collection);
  }
  return declared;
};

/**
 * Applies a batch the way the memory runner does (unhandled events skipped, each handled event fenced to the
 * documents its documentsFor declared), with one load for the whole batch. Stops at the first event that throws and
 * reports it with everything before it, so the runner can commit that much and mark the projection failed there.
 */
export const projectBatch = async (
  compiled: CompiledProjection,
  events: readonly ProjectedEvent[],
  load: (keys: readonly DocumentKey[]) => Promise<ReadonlyMap<string, unknown>>,
): Promise<BatchOutcome> => {
  const steps: Step[] = [];
  const keys = new Map<string, DocumentKey>();
  let failure: EventFailure | null = null;
  for (const event of events) {
    if (!compiled.handles.has(event.type)) {
      steps.push({ event, declared: null });
      continue;
    }
    try {
      const declared = declaredKeys(compiled, event);
      for (const key of declared) keys.set(documentKeyString(key), key);
      steps.push({ event, declared });
    } catch (error) {
      failure = { event, error };
      break;
    }
  }

  const session = createBatchSession(keys.size === 0 ? new Map() : await load([...keys.values()]));
  let checkpoint: Position | null = null;
  for (const { event, declared } of steps) {
    if (declared !== null) {
      const undo = session.save(declared);
      try {
        compiled.projection.apply(event, session.fencedFor(compiled.projectionId, event, declared));
      } catch (error) {
        session.restore(undo);
        failure = { event, error };
        break;
      }
    }
    checkpoint = event.position;
  }
  return { writes: session.writes(), checkpoint, failure };
};
