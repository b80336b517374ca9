import type { AppendResult, StoredEvent } from './event-store.port.js';
import type { AppendRequest } from './append-request.js';
import { deepFreeze } from './deep-freeze.js';
import { toStoredEvent, type EventRow } from './sqlite.statements.js';

/**
 * What the write transaction reports for one successful append: only what the requester does not know already, so
 * that little crosses between threads. The requester rebuilds the stored events from its request (`toAppendResult`).
 */
export type AppendOutcome =
  | Readonly<{
      duplicate: false;
      firstRevision: number;
      /** The hash the first event chains to (the stream's previous head), null for a new stream. */
      firstPreviousHash: string | null;
      /** One per event, in order. */
      positions: readonly number[];
      hashes: readonly string[];
    }>
  /** The command was stored already: its events as first stored. */
  | Readonly<{ duplicate: true; rows: readonly EventRow[] }>;

/** A stored event, frozen so that it can be shared with the stream cache. */
export const frozenStoredEvent = (row: EventRow): StoredEvent => deepFreeze(toStoredEvent(row));

/**
 * The result of an append, from the request and the outcome of its transaction. The events' data and metadata are
 * parsed back from the canonical JSON that was stored, so they equal what a read returns, and are frozen.
 * @throws Error when the outcome does not match the request (a writer bug, never a caller error).
 */
export const toAppendResult = (request: AppendRequest, outcome: AppendOutcome): AppendResult => {
  const events = outcome.duplicate ? outcome.rows.map(frozenStoredEvent) : storedEventsOf(request, outcome);
  const last = events[events.length - 1];
  if (last === undefined) throw new Error(`append to ${request.stream}: the writer reported no events`);
  return { revision: last.revision, position: last.position, duplicate: outcome.duplicate, events };
};

const storedEventsOf = (
  { stream, events }: AppendRequest,
  { firstRevision, firstPreviousHash, positions, hashes }: Extract<AppendOutcome, { duplicate: false }>,
): StoredEvent[] => {
  if (positions.length !== events.length || hashes.length !== events.length) {
    throw new Error(`append to ${stream}: the writer reported ${positions.length} positions for ${events.length} events`);
  }
  return events.map(({ type, dataJson, metadataJson }, index) =>
    deepFreeze<StoredEvent>({
      stream,
      revision: firstRevision + index,
      position: positions[index]!,
      type,
      data: JSON.parse(dataJson) as StoredEvent['data'],
      metadata: JSON.parse(metadataJson) as StoredEvent['metadata'],
      hash: hashes[index]!,
      previousHash: index === 0 ? firstPreviousHash : hashes[index - 1]!,
    }),
  );
};
