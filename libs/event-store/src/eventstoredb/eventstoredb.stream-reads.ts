import { BACKWARDS, END, FORWARDS, START, StreamNotFoundError } from '@eventstore/db-client';
import type { ReadStreamOptions, StoredEvent } from '../event-store.port.js';
import { collect } from './eventstoredb.calls.js';
import type { EventStoreDbClient } from './eventstoredb.client.js';
import { recordedEventOf, toStoredEvent } from './eventstoredb.codec.js';

const assertCount = (name: string, value: number | undefined): void => {
  if (value !== undefined && (!Number.isSafeInteger(value) || value < 0)) {
    throw new RangeError(`${name} must be a non-negative integer`);
  }
};

/**
 * One stream's events, as the port's readStream reads them; a stream that does not exist reads as empty. There is
 * no cache, so `bypassCache` changes nothing: every read comes from the server.
 */
export const readStreamEvents = async (
  client: EventStoreDbClient,
  deadlineMs: number,
  stream: string,
  { direction = 'forward', fromRevision, maxCount }: ReadStreamOptions = {},
): Promise<StoredEvent[]> => {
  assertCount('fromRevision', fromRevision);
  assertCount('maxCount', maxCount);
  // Nothing to ask the server for.
  if (maxCount === 0) return [];
  const forward = direction === 'forward';
  try {
    const read = await collect(`read ${stream}`, deadlineMs, () =>
      client.readStream(stream, {
        direction: forward ? FORWARDS : BACKWARDS,
        fromRevision: fromRevision === undefined ? (forward ? START : END) : BigInt(fromRevision),
        ...(maxCount === undefined ? {} : { maxCount }),
        resolveLinkTos: false,
        deadline: deadlineMs,
      }),
    );
    return read.map(({ event }) => toStoredEvent(recordedEventOf(event, stream)));
  } catch (error) {
    if (error instanceof StreamNotFoundError) return [];
    throw error;
  }
};
