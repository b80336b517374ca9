import { createMemoryDocuments } from '../memory/memory.documents.js';
import { createMemoryReads } from '../memory/memory.reads.js';
import type { ReadModelReads } from '../runtime/read-model-store.port.js';

/** The projection id the query specs read under. */
export const SPEC_PROJECTION_ID = 'spec.v1';

/** The queries of the port over one collection holding `docs` under their ids, as the stores answer them. */
export const readsOver = (
  collection: string,
  docs: readonly (readonly [id: string, doc: unknown])[],
): ReadModelReads => {
  const documents = createMemoryDocuments();
  for (const [id, doc] of docs) documents.put(collection, id, doc);
  return createMemoryReads(new Map([[SPEC_PROJECTION_ID, documents]]));
};
