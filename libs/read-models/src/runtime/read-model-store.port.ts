import type { Position } from '@concord/event-store';
import type { CollectionDefinition, DocumentKey } from '../projection.js';
import type { DocumentFilter, GroupCount, PageQuery } from '../shared/document-filter.js';

/**
 * One document change the runner commits for a batch. A put replaces the whole document (documents are written
 * whole, never patched). `position` is the global position of the last event of the batch that touched the
 * document: MongoDB guards each write with it, so re-committing after a crash is a no-op.
 */
export type DocumentWrite =
  | Readonly<{ kind: 'put'; collection: string; id: string; doc: unknown; position: Position }>
  | Readonly<{ kind: 'delete'; collection: string; id: string; position: Position }>;

export const PROJECTION_STATUSES = ['rebuilding', 'live', 'failed', 'stopped'] as const;
/**
 * `rebuilding`: catching up from position 0 (a new version); queries keep using the previous live version.
 * `live`: caught up once; queries use the highest live version. `failed`: stopped at an event it could not apply.
 */
export type ProjectionStatus = (typeof PROJECTION_STATUSES)[number];

export type ProjectionFailure = Readonly<{
  position: Position;
  eventType: string;
  message: string;
  failedAt: string;
}>;

/** What the store keeps about each projection version besides its documents. */
export type ProjectionRecord = Readonly<{
  /** `<name>.v<version>` */
  projectionId: string;
  name: string;
  version: number;
  /** Position of the last event applied (START when none). */
  checkpoint: Position;
  status: ProjectionStatus;
  failure: ProjectionFailure | null;
  updatedAt: string;
}>;

/** Identifies one stored document across collections: `${collection}/${id}`. */
export const documentKeyString = ({ collection, id }: DocumentKey): string => `${collection}/${id}`;

/**
 * The port to where read models live (SQLite embedded, MongoDB in production). Documents are plain JSON on this
 * side of the port; an adapter may store them differently (MongoDB stores the collection's `dateFields` as BSON
 * dates and converts them back to ISO strings on read).
 */
export interface ReadModelStore {
  /** Creates the projection version's collections, indexes and record (status `rebuilding`) if absent. Idempotent. */
  prepare(projection: Readonly<{ name: string; version: number; collections: readonly CollectionDefinition[] }>): Promise<void>;

  /** The stored documents among `keys`, keyed by `documentKeyString`; absent documents are absent from the map. */
  load(projectionId: string, keys: readonly DocumentKey[]): Promise<ReadonlyMap<string, unknown>>;

  /**
   * Applies the writes, then sets the checkpoint: exactly once in effect. SQLite: one transaction. MongoDB: each
   * write applies only if the document's last applied position is lower than the write's, then the checkpoint
   * advances; a crash between the two is repaired by re-running the batch.
   */
  commit(projectionId: string, writes: readonly DocumentWrite[], checkpoint: Position): Promise<void>;

  /** Every projection version known to the store. */
  records(): Promise<readonly ProjectionRecord[]>;

  /** Changes a version's status (and failure); the checkpoint moves only through `commit`. */
  setStatus(projectionId: string, status: ProjectionStatus, failure: ProjectionFailure | null): Promise<void>;

  /** Drops a version's documents and record (an old version, once a newer one is live). */
  drop(projectionId: string): Promise<void>;

  /** One document of a projection version. */
  get<Doc>(projectionId: string, collection: string, id: string): Promise<Doc | undefined>;

  /** The documents matching the filter, in no particular order, using the collection's indexes. */
  find<Doc>(projectionId: string, collection: string, filter: DocumentFilter): Promise<Doc[]>;

  /**
   * Up to `page.limit` documents matching the filter, ascending by `page.orderBy` and then by document id, strictly
   * after `page.after`: one page of a keyset-paged list, an index range scan when an index holds the filter's
   * equalities followed by the order field. Documents whose order field is null or missing are never listed.
   */
  page<Doc>(projectionId: string, collection: string, filter: DocumentFilter, page: PageQuery): Promise<Doc[]>;

  /**
   * How many documents match the filter, per distinct combination of the values of the `groupBy` fields (strings or
   * numbers; null or missing count as null), without reading the documents out: only combinations with at least one
   * document, in no particular order. No `groupBy` fields: one combination (or none when nothing matches).
   */
  count(
    projectionId: string,
    collection: string,
    filter: DocumentFilter,
    groupBy: readonly string[],
  ): Promise<GroupCount[]>;

  close(): Promise<void>;
}

/** What queries read through: a version that was never prepared (or was dropped) reads as empty. */
export type ReadModelReads = Pick<ReadModelStore, 'get' | 'find' | 'page' | 'count'>;
