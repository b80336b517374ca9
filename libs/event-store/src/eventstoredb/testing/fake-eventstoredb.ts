import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import {
  ANY,
  BACKWARDS,
  END,
  NO_STREAM,
  START,
  StreamNotFoundError,
  UnavailableError,
  WrongExpectedVersionError,
  type AllStreamRecordedEvent,
  type AllStreamResolvedEvent,
  type AllStreamSubscription,
  type AppendResult,
  type EventData,
  type Filter,
  type Position as LogPosition,
  type ReadPosition,
  type StreamingRead,
} from '@eventstore/db-client';
import type { EventStoreDbClient } from '../eventstoredb.client.js';
import { compareLogPositions } from '../eventstoredb.position.js';

/** The client methods a test can make hang: called, they never answer. */
export type FakeMethod = 'appendToStream' | 'readStream' | 'readAll' | 'subscribeToAll';

/** A record to add: stream and type at least; the rest defaults like an empty JSON event at the next position. */
export type RecordInput = Partial<AllStreamRecordedEvent> & Pick<AllStreamRecordedEvent, 'streamId' | 'type'>;

export type FakeEventStoreDb = Readonly<{
  /** What the adapter is given. */
  client: EventStoreDbClient;
  /** Every record of `$all`, in order: the adapter's events and the ones `record` added. */
  all: () => readonly AllStreamRecordedEvent[];
  /** Adds a record as another writer would: EventStoreDB's own (`$stats-…`), another application's, or an odd one. */
  record: (event: RecordInput) => AllStreamRecordedEvent;
  /** From now on, calls of `method` never answer (a node that accepts connections and then says nothing). */
  hang: (method: FakeMethod) => void;
  /** The next subscriptions each fail with "unavailable" after sending this many events (one entry each). */
  dropSubscriptionsAfter: (...counts: number[]) => void;
  /** How many subscriptions were made, and from where. */
  subscriptions: () => readonly ReadPosition[];
  /** How many records reads of `$all` have sent. */
  recordsReadFromAll: () => number;
  appendCalls: () => number;
  disposed: () => boolean;
}>;

type Resolved = AllStreamResolvedEvent;
const resolved = (event: AllStreamRecordedEvent): Resolved => ({ event, commitPosition: event.position.commit });

const FIRST_POSITION = 4096n;

/**
 * An in-memory EventStoreDB behind the client's interface, with the server semantics the adapter relies on: every
 * event its own commit position (a growing byte offset, commit = prepare), optimistic concurrency by exact revision
 * with the server's idempotency for resent event ids, `$all` read forward from a position inclusively and backward
 * exclusively, stream reads that report positions, and catch-up subscriptions honouring a stream-prefix filter,
 * with back-pressure (a Readable that produces only when read).
 */
export const createFakeEventStoreDb = (): FakeEventStoreDb => {
  const log: AllStreamRecordedEvent[] = [];
  const streams = new Map<string, AllStreamRecordedEvent[]>();
  const hanging = new Set<FakeMethod>();
  const drops: number[] = [];
  const subscriptionStarts: ReadPosition[] = [];
  const live = new Set<() => void>();
  let nextPosition = FIRST_POSITION;
  let recordsReadFromAll = 0;
  let appendCalls = 0;
  let disposed = false;

  const write = (event: RecordInput): AllStreamRecordedEvent => {
    const events = streams.get(event.streamId) ?? [];
    const size = BigInt(200 + JSON.stringify(event.data ?? {}).length);
    const position = event.position ?? { commit: nextPosition, prepare: nextPosition };
    nextPosition = (position.commit > nextPosition ? position.commit : nextPosition) + size;
    const recorded = {
      id: randomUUID(),
      revision: BigInt(events.length),
      data: {},
      metadata: undefined,
      isJson: true,
      created: new Date(0),
      ...event,
      position,
    } as AllStreamRecordedEvent;
    events.push(recorded);
    streams.set(event.streamId, events);
    log.push(recorded);
    return recorded;
  };

  /** A read that sends `items` (or nothing, when hanging) and can be cancelled like the client's. */
  const streamingRead = <E>(items: () => E[], method: FakeMethod): StreamingRead<E> => {
    const stream = new Readable({ objectMode: true, read: () => undefined });
    if (!hanging.has(method)) {
      queueMicrotask(() => {
        try {
          for (const item of items()) stream.push(item);
          stream.push(null);
        } catch (error) {
          stream.destroy(error as Error);
        }
      });
    }
    return Object.assign(stream, { cancel: async () => void stream.destroy() }) as unknown as StreamingRead<E>;
  };

  const matches = (filter: Filter | undefined, event: AllStreamRecordedEvent): boolean =>
    filter === undefined || !('prefixes' in filter) || filter.prefixes.some((prefix) => event.streamId.startsWith(prefix));

  const after = (from: ReadPosition) => (event: AllStreamRecordedEvent): boolean =>
    from === START || (from !== END && compareLogPositions(event.position, from) > 0);

  const client = {
    appendToStream: async (
      streamName: string,
      eventData: EventData | EventData[],
      options: { expectedRevision?: unknown } = {},
    ): Promise<AppendResult> => {
      appendCalls += 1;
      if (hanging.has('appendToStream')) return new Promise<AppendResult>(() => undefined);
      const events = Array.isArray(eventData) ? eventData : [eventData];
      const existing = streams.get(streamName) ?? [];
      const current = BigInt(existing.length) - 1n;
      const expected = options.expectedRevision ?? ANY;
      const conflict = () =>
        new WrongExpectedVersionError(undefined, {
          streamName,
          current: current < 0n ? NO_STREAM : current,
          expected: expected as bigint,
        });
      if (expected !== ANY) {
        const expectedRevision = expected === NO_STREAM ? -1n : (expected as bigint);
        if (expectedRevision < current) {
          // The server's idempotency: the very events, resent at the revision they were written at.
          const already = events.every((event, index) => existing[Number(expectedRevision) + 1 + index]?.id === event.id);
          if (!already) throw conflict();
          const last = existing[Number(expectedRevision) + events.length]!;
          return { success: true, nextExpectedRevision: last.revision, position: last.position };
        }
        if (expectedRevision !== current) throw conflict();
      }
      let last: AllStreamRecordedEvent | undefined;
      for (const event of events) {
        last = write({
          streamId: streamName,
          id: event.id,
          type: event.type,
          // What goes over the wire is JSON.
          data: JSON.parse(JSON.stringify(event.data)) as AllStreamRecordedEvent['data'],
          metadata: event.metadata === undefined ? undefined : JSON.parse(JSON.stringify(event.metadata)),
          isJson: event.contentType === 'application/json',
        } as AllStreamRecordedEvent);
      }
      for (const wake of live) wake();
      return { success: true, nextExpectedRevision: last!.revision, position: last!.position };
    },

    readStream: (
      streamName: string,
      options: { direction?: string; fromRevision?: unknown; maxCount?: number | bigint } = {},
    ) =>
      streamingRead<Resolved>(() => {
        const events = streams.get(streamName);
        if (events === undefined) throw new StreamNotFoundError(undefined, streamName);
        const backward = options.direction === BACKWARDS;
        const from = options.fromRevision;
        const start = from === undefined || from === START ? 0 : from === END ? events.length - 1 : Number(from);
        const ordered = backward ? events.slice(0, Math.min(start, events.length - 1) + 1).reverse() : events.slice(start);
        return ordered.slice(0, Number(options.maxCount ?? Number.MAX_SAFE_INTEGER)).map(resolved);
      }, 'readStream'),

    readAll: (options: { direction?: string; fromPosition?: ReadPosition; maxCount?: number | bigint } = {}) =>
      streamingRead<Resolved>(() => {
        const from = options.fromPosition ?? START;
        const backward = options.direction === BACKWARDS;
        const ordered = backward
          ? log.filter((event) => from === END || (from !== START && compareLogPositions(event.position, from) < 0)).reverse()
          : log.filter((event) => from === START || (from !== END && compareLogPositions(event.position, from) >= 0));
        const page = ordered.slice(0, Number(options.maxCount ?? Number.MAX_SAFE_INTEGER));
        recordsReadFromAll += page.length;
        return page.map(resolved);
      }, 'readAll'),

    subscribeToAll: (options: { fromPosition?: ReadPosition; filter?: Filter } = {}) => {
      const from = options.fromPosition ?? START;
      subscriptionStarts.push(from);
      const dropAfter = drops.shift();
      let cursor = log.findIndex((event) => after(from)(event));
      if (cursor === -1) cursor = log.length;
      let sent = 0;
      let waiting = false;
      const silent = hanging.has('subscribeToAll');
      // Pushes what follows the cursor until the consumer's buffer is full or the log is exhausted; resumes when the
      // consumer reads again (back-pressure) or when something is written (live).
      const produce = (): void => {
        waiting = false;
        for (;;) {
          if (silent || subscription.destroyed) return;
          if (dropAfter !== undefined && sent >= dropAfter) {
            subscription.destroy(new UnavailableError(undefined, '14 UNAVAILABLE: the fake node went away'));
            return;
          }
          const event = log[cursor];
          if (event === undefined) {
            waiting = true;
            return;
          }
          cursor += 1;
          if (!matches(options.filter, event)) continue;
          sent += 1;
          if (!subscription.push(resolved(event))) return;
        }
      };
      const subscription = new Readable({ objectMode: true, highWaterMark: 4, read: produce });
      const wake = (): void => {
        if (waiting) produce();
      };
      live.add(wake);
      subscription.on('close', () => live.delete(wake));
      if (!silent) queueMicrotask(() => subscription.emit('confirmation'));
      return Object.assign(subscription, {
        unsubscribe: async () => void subscription.destroy(),
      }) as unknown as AllStreamSubscription;
    },

    dispose: async () => {
      disposed = true;
    },
  };

  return {
    client: client as unknown as EventStoreDbClient,
    all: () => log,
    record: (event) => {
      const recorded = write(event);
      for (const wake of live) wake();
      return recorded;
    },
    hang: (method) => void hanging.add(method),
    dropSubscriptionsAfter: (...counts) => void drops.push(...counts),
    subscriptions: () => subscriptionStarts,
    recordsReadFromAll: () => recordsReadFromAll,
    appendCalls: () => appendCalls,
    disposed: () => disposed,
  };
};
