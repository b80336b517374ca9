import type { DocumentKey, DocumentSession, ProjectedEvent, Projection } from '../projection.js';
import { projectionId } from '../projection.js';
import { UndeclaredDocumentAccess, UnknownCollection } from '../shared/read-model.errors.js';

const keyOf = (collection: string, id: string): string => JSON.stringify([collection, id]);

/**
 * The session one event's `apply` sees: the store, fenced to the documents `documentsFor` named for that event.
 * Puts store each collection's derived fields, as the runner's commits do.
 */
const fencedSession = (projection: Projection, event: ProjectedEvent, documents: DocumentSession): DocumentSession => {
  const name = projectionId(projection);
  const collections = new Set(projection.collections.map((collection) => collection.name));
  const declared = projection.documentsFor(event);
  for (const key of declared) {
    if (!collections.has(key.collection)) throw new UnknownCollection(name, key.collection);
  }
  const allowed = new Set(declared.map((key) => keyOf(key.collection, key.id)));
  const check = (key: DocumentKey): void => {
    if (!allowed.has(keyOf(key.collection, key.id))) {
      throw new UndeclaredDocumentAccess(name, event.type, event.position, key);
    }
  };
  return {
    get: <Doc>(collection: string, id: string): Doc | undefined => {
      check({ collection, id });
      return documents.get<Doc>(collection, id);
    },
    put: <Doc>(collection: string, id: string, doc: Doc): void => {
      check({ collection, id });
      const derive = projection.collections.find((definition) => definition.name === collection)?.derive;
      documents.put(collection, id, derive === undefined ? doc : derive(doc));
    },
    delete: (collection: string, id: string): void => {
      check({ collection, id });
      documents.delete(collection, id);
    },
  };
};

/**
 * The runner's contract without its I/O: events the projection does not handle are skipped (they only advance the
 * checkpoint), and each handled event may touch only the documents `documentsFor` declared for it — touching any
 * other throws UndeclaredDocumentAccess, which is how specs catch a projection that would break on MongoDB.
 */
export const applyEvents = (
  projection: Projection,
  events: readonly ProjectedEvent[],
  documents: DocumentSession,
): void => {
  const handled = new Set<string>(projection.handles);
  for (const event of events) {
    if (handled.has(event.type)) projection.apply(event, fencedSession(projection, event, documents));
  }
};
