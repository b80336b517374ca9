/** A batch was committed to (or loaded from) a projection version whose collections were never prepared. */
export class ReadModelNotPrepared extends Error {
  readonly code = 'READ_MODEL.NOT_PREPARED';

  constructor(projectionId: string, collection: string | null) {
    super(
      collection === null
        ? `${projectionId} has no record in the read-model store: prepare it first`
        : `${projectionId} has no collection ${collection} in the read-model store: prepare it first`,
    );
    this.name = 'ReadModelNotPrepared';
  }
}

/** Two projection versions or collections would share one table or collection of the store. */
export class ReadModelNameClash extends Error {
  readonly code = 'READ_MODEL.NAME_CLASH';

  constructor(projectionId: string, collection: string, storedAs: string) {
    super(`${projectionId}/${collection} would be stored as ${storedAs}, which another collection already uses`);
    this.name = 'ReadModelNameClash';
  }
}
