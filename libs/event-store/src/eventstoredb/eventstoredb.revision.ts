import {
  ANY,
  NO_STREAM,
  type AppendExpectedRevision,
  type CurrentRevision,
  type ExpectedRevision as EventStoreDbExpectedRevision,
  type WrongExpectedVersionError,
} from '@eventstore/db-client';
import { StreamRevisionConflict } from '../event-store.errors.js';
import type { ExpectedRevision, StreamRevision } from '../event-store.port.js';

/** Our expectation as the client takes it: the same three cases, with revisions as bigint. */
export const toEventStoreDbRevision = (expected: ExpectedRevision): EventStoreDbExpectedRevision => {
  if (expected === 'any') return ANY;
  if (expected === 'no_stream') return NO_STREAM;
  return BigInt(expected.exact);
};

/**
 * The client's expectation as ours. Errors built from a server's status metadata (older servers) carry the
 * expectation as .NET's numeric codes: -1 no stream, -2 any. `stream_exists` (-4) has no counterpart: Concord never
 * sends it, so meeting it means the error did not come from this adapter's append.
 */
export const fromEventStoreDbRevision = (expected: AppendExpectedRevision): ExpectedRevision => {
  if (expected === ANY || expected === -2n) return 'any';
  if (expected === NO_STREAM || expected === -1n) return 'no_stream';
  if (typeof expected === 'bigint' && expected >= 0n) return { exact: toStreamRevision(expected) };
  throw new Error(`Expected revision "${String(expected)}" has no counterpart in Concord's port`);
};

/** A stream revision from the client, checked to fit a JavaScript number exactly. */
export const toStreamRevision = (revision: bigint): StreamRevision => {
  if (revision < 0n || revision > BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new RangeError(`Stream revision ${String(revision)} is not a revision Concord can hold`);
  }
  return Number(revision);
};

/** The revision a stream is at, as the client reports it in a conflict (-1 from older servers: no stream). */
export const fromCurrentRevision = (current: CurrentRevision): StreamRevision | 'no_stream' =>
  current === NO_STREAM || current === -1n ? 'no_stream' : toStreamRevision(current);

/** EventStoreDB's wrong-expected-version error as our StreamRevisionConflict, with the revision the stream is at. */
export const toStreamRevisionConflict = (error: WrongExpectedVersionError): StreamRevisionConflict =>
  new StreamRevisionConflict(
    error.streamName,
    fromEventStoreDbRevision(error.expectedVersion),
    fromCurrentRevision(error.actualVersion),
  );
