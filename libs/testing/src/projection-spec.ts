import type { CustomerEvent } from '@concord/contracts';
import {
  applyEvents,
  createMemoryDocuments,
  type MemoryDocuments,
  type ProjectedEvent,
  type Projection,
} from '@concord/read-models';
import { toProjectedEvents } from './projected-events.js';

export type ProjectionExpectation = Readonly<{
  /** Passes when the document exists and equals `expected` (compared with `toEqual`). */
  then: (collection: string, id: string, expected: unknown) => void;
  /** Passes when no document has this id. */
  thenMissing: (collection: string, id: string) => void;
  /** Passes when the collection holds exactly these documents, by id. */
  thenCollection: (collection: string, expected: Readonly<Record<string, unknown>>) => void;
  /** Passes when applying the same events a second time leaves every document as the first pass left it. */
  thenReplayChangesNothing: () => void;
}>;

const isProjected = (event: CustomerEvent): event is ProjectedEvent => 'position' in event;

/** ProjectedEvents are taken as they are; plain events get streams, revisions and positions in the order given. */
const asProjected = (events: readonly CustomerEvent[]): readonly ProjectedEvent[] => {
  const projected = events.filter(isProjected);
  if (projected.length === events.length) return projected;
  if (projected.length > 0) throw new TypeError('given() expects either only ProjectedEvents or only plain events');
  return toProjectedEvents(events);
};

// Awaiting an expectation by mistake calls then(resolve, reject): fail loudly instead of asserting nothing.
const requireArguments = (collection: unknown, id: unknown): void => {
  if (typeof collection !== 'string' || typeof id !== 'string') {
    throw new TypeError('then() expects (collection, id, document): a projection expectation is not a promise');
  }
};

/**
 * Given/then for a projection: `projectionSpec(p).given(events).then(collection, id, doc)`. Events are applied
 * through the in-memory runner, so a projection touching a document its documentsFor did not declare, or writing
 * something that is not plain JSON, fails the spec as it would fail in production.
 */
export const projectionSpec = (projection: Projection) => ({
  given: (events: readonly CustomerEvent[]): ProjectionExpectation => {
    const projected = asProjected(events);
    const run = (passes: number): MemoryDocuments => {
      const documents = createMemoryDocuments();
      for (let pass = 0; pass < passes; pass += 1) applyEvents(projection, projected, documents);
      return documents;
    };
    return {
      then: (collection, id, expected) => {
        requireArguments(collection, id);
        const actual = run(1).get(collection, id);
        if (actual === undefined) {
          throw new Error(`Expected ${collection}/${id} to exist, but there is no such document`);
        }
        expect(actual).toEqual(expected);
      },
      thenMissing: (collection, id) => {
        expect(run(1).get(collection, id)).toBeUndefined();
      },
      thenCollection: (collection, expected) => {
        expect(run(1).snapshot()[collection] ?? {}).toEqual(expected);
      },
      thenReplayChangesNothing: () => {
        const once = run(1).snapshot();
        if (Object.keys(once).length === 0) {
          throw new Error('The events wrote no document: replaying them proves nothing');
        }
        expect(run(2).snapshot()).toEqual(once);
      },
    };
  },
});
