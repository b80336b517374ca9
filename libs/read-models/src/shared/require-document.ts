import type { DocumentKey, ProjectedEvent } from '../projection.js';
import { DocumentMissing } from './read-model.errors.js';

/** The document an event updates; throws DocumentMissing when the history that creates it was never applied. */
export const requireDocument = <Doc>(
  doc: Doc | undefined,
  projection: string,
  event: ProjectedEvent,
  key: DocumentKey,
): Doc => {
  if (doc === undefined) throw new DocumentMissing(projection, event.type, `${key.collection}/${key.id}`);
  return doc;
};
