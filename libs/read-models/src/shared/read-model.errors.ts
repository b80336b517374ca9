import type { DocumentKey } from '../projection.js';

/**
 * A projection needed a document its history should have created (the customer's registration, the complaint's
 * filing). The projector stops on it rather than guess: the log and the read model no longer agree.
 */
export class DocumentMissing extends Error {
  readonly code = 'READ_MODEL.DOCUMENT_MISSING';

  /** `what` names the missing piece: `collection/id`, or an entry within a document. */
  constructor(projection: string, eventType: string, what: string) {
    super(`${projection}: ${eventType} needs ${what}, which does not exist`);
    this.name = 'DocumentMissing';
  }
}

/**
 * `apply` touched a document `documentsFor` did not name. The runner preloads only the named documents, and in
 * MongoDB guards only their writes, so such a projection would silently lose writes there.
 */
export class UndeclaredDocumentAccess extends Error {
  readonly code = 'READ_MODEL.UNDECLARED_DOCUMENT';

  constructor(projection: string, eventType: string, position: number, key: DocumentKey) {
    super(
      `${projection}: applying ${eventType} at position ${position} touched ${key.collection}/${key.id}, ` +
        'which documentsFor did not declare',
    );
    this.name = 'UndeclaredDocumentAccess';
  }
}

/** A document key names a collection the projection does not define, so no adapter would create or index it. */
export class UnknownCollection extends Error {
  readonly code = 'READ_MODEL.UNKNOWN_COLLECTION';

  constructor(projection: string, collection: string) {
    super(`${projection}: collection ${collection} is not among its collections`);
    this.name = 'UnknownCollection';
  }
}

/** Documents are stored as JSON in every adapter; a Map, a Date or an undefined member would not survive. */
export class NotPlainJson extends Error {
  readonly code = 'READ_MODEL.NOT_PLAIN_JSON';

  constructor(key: DocumentKey, path: string, found: string) {
    super(`${key.collection}/${key.id}: ${path} is ${found}, not plain JSON`);
    this.name = 'NotPlainJson';
  }
}
