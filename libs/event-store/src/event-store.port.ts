import type { EventMetadata } from '@concord/contracts';

/**
 * A global position in the store's total order of events.
 * SQLite: a gap-free sequence starting at 1. EventStoreDB: the event's `$all` commit position, a byte offset in its
 * transaction log (so neither gap-free nor starting at 1; see docs/event-stores.md).
 * Opaque to callers except for ordering; `0` means "before the first event". Where a position is passed back to the
 * store (`after`), pass START or a position the store returned: an event's, or headPosition()'s. EventStoreDB
 * cannot start reading at an arbitrary number, which may fall inside a record.
 */
export type Position = number;

export const START: Position = 0;

/** Stream revisions count from 0, as in EventStoreDB. */
export type StreamRevision = number;

/** What the writer believes the stream's last revision to be. */
export type ExpectedRevision = 'any' | 'no_stream' | { readonly exact: StreamRevision };

/** An event to append: the store adds stream, revision, position and the integrity fields. */
export type NewEvent = Readonly<{
  type: string;
  data: Readonly<Record<string, unknown>>;
  metadata: EventMetadata;
}>;

export type StoredEvent = Readonly<{
  stream: string;
  revision: StreamRevision;
  position: Position;
  type: string;
  data: Readonly<Record<string, unknown>>;
  metadata: EventMetadata;
  /** SHA-256 (hex) over the canonical form of stream, revision, type, data, metadata and previousHash. */
  hash: string;
  /** The hash of the previous event in the same stream; null for revision 0. */
  previousHash: string | null;
}>;

/**
 * A stored event as a consumer that folds events needs it: no integrity fields, and of the metadata only the schema
 * version (to upcast) and the time it was recorded. Reading and parsing less per event makes a projection's rebuild
 * markedly faster than over full StoredEvents; audits and downstream services use those.
 */
export type LeanEvent = Pick<StoredEvent, 'stream' | 'revision' | 'position' | 'type' | 'data'> &
  Readonly<{ schemaVersion: number; recordedAt: string }>;

export type AppendResult = Readonly<{
  /** The stream's revision after the append: the last appended event's revision. */
  revision: StreamRevision;
  /** The global position of the last appended event. */
  position: Position;
  /** True when the command had already been appended: nothing was written, the first result is returned. */
  duplicate: boolean;
  /** The events as stored (for a duplicate, the ones stored the first time). */
  events: readonly StoredEvent[];
}>;

export type ReadStreamOptions = Readonly<{
  direction?: 'forward' | 'backward';
  /** First revision to read (inclusive); defaults to the start (forward) or the end (backward). */
  fromRevision?: StreamRevision;
  maxCount?: number;
  /**
   * Read every event from storage, bypassing any in-process cache. For audits that must check what is stored: a cache
   * trusts that history is append-only, so it would not show a rewrite that bypassed the store's safeguards.
   */
  bypassCache?: boolean;
}>;

export interface Subscription {
  /** Stops delivery; resolves once the batch in flight (if any) has been handled. */
  stop(): Promise<void>;
  /** Settles when the subscription ends: resolves after stop(), rejects with the handler's error. */
  readonly done: Promise<void>;
}

export type SubscribeOptions = Readonly<{
  /** Deliver events after this position. */
  after: Position;
  /** Largest batch handed to the handler. */
  batchSize?: number;
}>;

/** The port to an append-only, ordered store of per-stream event histories. */
export interface EventStore {
  /**
   * Appends atomically: all events or none. Throws StreamRevisionConflict when `expected` is stale.
   * Idempotent per commandId (taken from the events' metadata): when that command is already stored,
   * appends nothing and returns the first result with `duplicate: true`. SQLite finds the command in any stream;
   * EventStoreDB, which has no index by command, in the stream appended to.
   * Resolves only once the events are durable.
   */
  append(stream: string, events: readonly NewEvent[], expected: ExpectedRevision): Promise<AppendResult>;

  /**
   * Events of one stream in revision order (or reverse); an unknown stream reads as empty. The array is the
   * caller's; the events may be shared with a cache and frozen, so copy one (spread) to change it.
   */
  readStream(stream: string, options?: ReadStreamOptions): Promise<StoredEvent[]>;

  /** Up to `limit` events with position greater than `after`, in global order. */
  readAll(after: Position, limit: number): Promise<StoredEvent[]>;
  /** The same events, lean (see LeanEvent): for projections. */
  readAllLean(after: Position, limit: number): Promise<LeanEvent[]>;

  /**
   * Catches up from `after`, then delivers new events as they are appended, in global order.
   * The next batch is read only after the handler's promise resolves (back-pressure).
   * At-least-once across restarts: a consumer stores its checkpoint after handling a batch.
   */
  subscribe(options: SubscribeOptions, onEvents: (batch: readonly StoredEvent[]) => Promise<void>): Subscription;
  /** The same subscription, delivering the events lean (see LeanEvent): for projections. */
  subscribeLean(options: SubscribeOptions, onEvents: (batch: readonly LeanEvent[]) => Promise<void>): Subscription;

  /** Position of the last stored event, START when empty. */
  headPosition(): Promise<Position>;

  /**
   * How many events follow `after`, counting no further than `cap`: exact below `cap`, `cap` when there are at least
   * that many. Positions need not be gap-free (EventStoreDB's are byte offsets), so a lag in events cannot be
   * computed by subtracting positions; the cap bounds what a store that must read to count reads.
   */
  countEventsAfter(after: Position, cap: number): Promise<number>;

  /** Flushes pending appends and releases resources. */
  close(): Promise<void>;
}
