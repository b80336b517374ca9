import type { CustomerEvent, CustomerEventType } from '@concord/contracts';

/** An event as projections see it: typed data plus its place in the global order. */
export type ProjectedEvent = CustomerEvent &
  Readonly<{
    stream: string;
    revision: number;
    /** Global position; read models record the last position applied to each document. */
    position: number;
    /** System time the event was stored (metadata.recordedAt). */
    recordedAt: string;
  }>;

/** One type of projected event, narrowed by its tag. */
export type ProjectedEventOf<Type extends CustomerEventType> = Extract<ProjectedEvent, { type: Type }>;

/** Address of one read-model document. */
export type DocumentKey = Readonly<{ collection: string; id: string }>;

/**
 * The documents a projection works on while the runner applies a batch.
 * Reads see earlier writes of the same batch. Only documents named by `documentsFor` may be touched,
 * so the runner can load them all before applying (one query per collection, not one per event).
 */
export interface DocumentSession {
  get<Doc>(collection: string, id: string): Doc | undefined;
  put<Doc>(collection: string, id: string, doc: Doc): void;
  delete(collection: string, id: string): void;
}

/** A field analysts filter or sort on; every adapter indexes it. */
export type IndexDefinition = Readonly<{ fields: readonly string[]; unique?: boolean }>;

export type CollectionDefinition = Readonly<{
  /** Collection (MongoDB) or table suffix (SQLite); stable across versions of the projection. */
  name: string;
  indexes: readonly IndexDefinition[];
  /**
   * Fields documents hold as ISO-8601 strings that the MongoDB adapter stores as dates, so analysts can query them
   * with date operators. Dotted paths; a path through an array names that field of every element.
   */
  dateFields?: readonly string[];
  /**
   * Fields computed from the rest of a document, once when it is stored rather than after every event that changes
   * it: a rebuild changes a document many times between two commits. A pure function of the document; `apply`
   * may read a document without them, or with them as last stored.
   */
  derive?: (doc: unknown) => unknown;
}>;

/**
 * A projection is data plus a pure fold. The runner owns I/O, batching and checkpoints.
 * `apply` must be deterministic and depend only on the event and the declared documents:
 * an incremental run and a rebuild from position 0 must produce identical documents.
 */
export interface Projection {
  readonly name: string;
  /** Bumping the version rebuilds the read model from position 0 beside the old one. */
  readonly version: number;
  readonly collections: readonly CollectionDefinition[];
  /** Event types the runner feeds to this projection; others advance its checkpoint only. */
  readonly handles: readonly CustomerEventType[];
  /** Every document `apply` may read or write for this event, derived from the event alone. */
  documentsFor(event: ProjectedEvent): readonly DocumentKey[];
  apply(event: ProjectedEvent, session: DocumentSession): void;
}

/** `<name>.v<version>`: the id under which a projection's checkpoint and documents are kept. */
export const projectionId = (projection: Pick<Projection, 'name' | 'version'>): string =>
  `${projection.name}.v${projection.version}`;
