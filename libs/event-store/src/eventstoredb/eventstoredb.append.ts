import { WrongExpectedVersionError } from '@eventstore/db-client';
import type { AppendRequest } from '../append-request.js';
import { StreamRevisionConflict } from '../event-store.errors.js';
import type { AppendResult, StoredEvent } from '../event-store.port.js';
import { assertExpectedRevision } from '../expected-revision.js';
import { hashCanonicalEvent } from '../integrity/event-hash.js';
import { backoffDelay, type BackoffOptions } from './backoff.js';
import { withDeadline } from './eventstoredb.calls.js';
import type { EventStoreDbClient } from './eventstoredb.client.js';
import { toEventData, type PreparedEvent } from './eventstoredb.codec.js';
import { eventIdOf } from './eventstoredb.event-id.js';
import { fromCurrentRevision, toEventStoreDbRevision, toStreamRevisionConflict } from './eventstoredb.revision.js';

export type AppendDependencies = Readonly<{
  client: EventStoreDbClient;
  deadlineMs: number;
  /** The whole stream, forward; empty when it does not exist. */
  readStream: (stream: string) => Promise<StoredEvent[]>;
  /** `count` events of the stream from `fromRevision` on. */
  readRevisions: (stream: string, fromRevision: number, count: number) => Promise<StoredEvent[]>;
  /** Attempts of an `any` append that keeps meeting another process's appends, before it reports a conflict. */
  maxAttempts: number;
  backoff: BackoffOptions;
  sleep: (ms: number) => Promise<void>;
  random: () => number;
}>;

const resultOf = (events: readonly StoredEvent[], duplicate: boolean): AppendResult => {
  const last = events.at(-1);
  if (last === undefined) throw new Error('an append result needs at least one event');
  return { revision: last.revision, position: last.position, duplicate, events };
};

/** The request's events, hashed onto the chain that ends at `head` (the stream's last event, if any). */
const prepare = ({ stream, commandId, events }: AppendRequest, head: StoredEvent | undefined): PreparedEvent[] => {
  const firstRevision = head === undefined ? 0 : head.revision + 1;
  let previousHash = head === undefined ? null : head.hash;
  return events.map(({ type, dataJson, metadataJson }, index) => {
    const revision = firstRevision + index;
    const hash = hashCanonicalEvent({ stream, revision, type, dataJson, metadataJson, previousHash });
    const prepared = { id: eventIdOf(stream, commandId, index), type, dataJson, metadataJson, hash, previousHash };
    previousHash = hash;
    return prepared;
  });
};

/**
 * Appends with the SQLite adapter's semantics, on a server that knows nothing of commands or hash chains:
 *
 * 1. Read the stream. If the command is in it already, answer with its events as first stored (duplicate), whatever
 *    the expected revision: a retry gets the first answer.
 * 2. Check the caller's expectation against the head read, then hash the events onto that head's chain, exactly as
 *    the SQLite adapter does, so verifyChain holds on either store.
 * 3. Append at exactly the revision read (never `any`): the hashes name their revisions, so the events must land
 *    there or not at all. Their ids derive from the command, so if an earlier attempt already stored them at that
 *    revision the server answers success without writing.
 * 4. Read the events back: the answer holds the events as stored, with the positions only a read reports. Hashes
 *    that differ from ours show an earlier attempt's events (the server's no-op), reported as a duplicate.
 *
 * When another process appended between 1 and 3, the server refuses; with `any` this starts again after a jittered
 * wait (at most `maxAttempts` in all), otherwise the command is looked for once more (another process may have
 * stored this very command) before StreamRevisionConflict is thrown.
 */
export const appendToEventStoreDb = async (deps: AppendDependencies, request: AppendRequest): Promise<AppendResult> => {
  const { stream, commandId } = request;
  const ofCommand = (history: readonly StoredEvent[]): StoredEvent[] =>
    history.filter((event) => event.metadata.commandId === commandId);
  for (let attempt = 1; ; attempt += 1) {
    const history = await deps.readStream(stream);
    const earlier = ofCommand(history);
    if (earlier.length > 0) return resultOf(earlier, true);
    const head = history.at(-1);
    assertExpectedRevision(stream, request.expected, head?.revision);
    const prepared = prepare(request, head);
    try {
      const outcome = await withDeadline(`append to ${stream}`, deps.deadlineMs, () =>
        deps.client.appendToStream(stream, prepared.map(toEventData), {
          expectedRevision: toEventStoreDbRevision(head === undefined ? 'no_stream' : { exact: head.revision }),
          deadline: deps.deadlineMs,
        }),
      );
      // Only with throwOnAppendFailure=false, whose failure reports this client version gets wrong.
      if (!outcome.success) {
        throw new Error('EVENTSTORE_URL sets throwOnAppendFailure=false: remove it, Concord handles failed appends.');
      }
    } catch (error) {
      if (!(error instanceof WrongExpectedVersionError)) throw error;
      // The next attempt reads the stream again, and finds the command if another process stored it.
      if (request.expected === 'any' && attempt < deps.maxAttempts) {
        await deps.sleep(backoffDelay(deps.backoff, attempt - 1, deps.random));
        continue;
      }
      const stored = ofCommand(await deps.readStream(stream));
      if (stored.length > 0) return resultOf(stored, true);
      throw request.expected === 'any'
        ? new StreamRevisionConflict(stream, 'any', fromCurrentRevision(error.actualVersion))
        : toStreamRevisionConflict(error);
    }
    const firstRevision = head === undefined ? 0 : head.revision + 1;
    const stored = await deps.readRevisions(stream, firstRevision, prepared.length);
    if (stored.length !== prepared.length || ofCommand(stored).length !== prepared.length) {
      throw new Error(
        `EventStoreDB accepted the append to ${stream} at revision ${firstRevision}, but the events read back there ` +
          `are not command ${commandId}'s`,
      );
    }
    return resultOf(stored, stored.some((event, index) => event.hash !== prepared[index]!.hash));
  }
};
