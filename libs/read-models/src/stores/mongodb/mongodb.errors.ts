import type { DocumentKey } from '../../projection.js';

/**
 * The MongoDB server did not answer in time (absent, refusing, or hanging). The message names MONGODB_URL, the
 * setting to check, and shows the address without credentials.
 */
export class MongoReadStoreUnavailable extends Error {
  readonly code = 'READ_STORE.UNAVAILABLE';

  constructor(address: string, operation: string, cause: Error) {
    super(
      `MongoDB read store at ${address} (MONGODB_URL) did not answer while trying to ${operation}: ` +
        `${cause.message}. Check that the server is running and that MONGODB_URL points at it.`,
      { cause },
    );
    this.name = 'MongoReadStoreUnavailable';
  }
}

/**
 * A document MongoDB (or FerretDB, which CI runs) would reject or silently change: a key with `.` or a leading `$`,
 * a nested array, a non-finite number, a NUL character, a reserved field, or a date field that is not a canonical
 * ISO instant. Refused before anything of the batch is written.
 */
export class DocumentNotStorable extends Error {
  readonly code = 'READ_MODEL.NOT_STORABLE';

  constructor(key: DocumentKey, path: string, problem: string) {
    super(`${key.collection}/${key.id}: ${path} ${problem}, which the MongoDB read store cannot store as is`);
    this.name = 'DocumentNotStorable';
  }
}

/**
 * Guarded writes kept losing races: documents changed under the commit between its reads and its writes (a second
 * projector writing the same projection version), or a unique index refused a document (then `cause` says which).
 */
export class ReadModelWriteConflict extends Error {
  readonly code = 'READ_MODEL.WRITE_CONFLICT';

  constructor(collection: string, pending: number, cause: unknown) {
    super(
      `${pending} write(s) to ${collection} could not be settled: the documents kept changing under the commit ` +
        '(is a second projector writing this version?) or a unique index refused them',
      { cause },
    );
    this.name = 'ReadModelWriteConflict';
  }
}

/** The store was closed by its owner; a retry on this instance cannot succeed. */
export class MongoReadStoreClosed extends Error {
  readonly code = 'READ_STORE.CLOSED';

  constructor(operation: string) {
    super(`Cannot ${operation}: the MongoDB read store is closed.`);
    this.name = 'MongoReadStoreClosed';
  }
}
