import type { AppendResult, LeanEvent, Position, ReadStreamOptions, StoredEvent } from './event-store.port.js';
import type { AppendRequest } from './append-request.js';
import { frozenStoredEvent } from './sqlite.append-outcome.js';
import { toLeanEvent, toStoredEvent, type EventRow, type SqliteReadStatements } from './sqlite.statements.js';
import { estimateEventBytes, type StreamCache } from './stream-cache.js';

export type SqliteReads = Readonly<{
  readStream(stream: string, options: ReadStreamOptions): StoredEvent[];
  readAll(after: Position, limit: number): StoredEvent[];
  readAllLean(after: Position, limit: number): LeanEvent[];
  headPosition(): Position;
  countEventsAfter(after: Position, cap: number): number;
  /** Lets this process's own committed append extend a cached stream, sparing the next read a query. */
  appended(request: AppendRequest, result: AppendResult): void;
}>;

/** SQLite's "no limit". */
const UNLIMITED = -1;

const assertCount = (name: string, value: number): void => {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${name} must be a non-negative integer`);
};

const wantsWholeStream = ({ fromRevision, maxCount }: ReadStreamOptions): boolean =>
  fromRevision === undefined && maxCount === undefined;

/** The requested part of a whole stream held in revision order (index = revision). */
const sliceOf = (
  events: readonly StoredEvent[],
  { direction = 'forward', fromRevision, maxCount }: ReadStreamOptions,
): StoredEvent[] => {
  if (direction === 'forward') {
    const start = fromRevision ?? 0;
    return events.slice(start, maxCount === undefined ? undefined : start + maxCount);
  }
  const start = Math.min(fromRevision ?? events.length - 1, events.length - 1);
  const end = maxCount === undefined ? -1 : Math.max(start - maxCount, -1);
  const backward: StoredEvent[] = [];
  for (let revision = start; revision > end; revision -= 1) backward.push(events[revision]!);
  return backward;
};

const loaded = (rows: readonly EventRow[]): { events: StoredEvent[]; bytes: number } => {
  let bytes = 0;
  const events = rows.map((row) => {
    bytes += estimateEventBytes(row.data, row.metadata);
    return frozenStoredEvent(row);
  });
  return { events, bytes };
};

/**
 * The read side of the adapter; reads see only committed appends (WAL snapshot). With a cache, readStream keeps
 * whole streams and checks each against storage with an index probe before trusting it: unchanged, it is served
 * from memory; grown (by this or another process), only the new events are read. The cache trusts that stored
 * events never change, which the append-only triggers enforce; dropping them (as UPDATE or DELETE of an event
 * requires) changes the schema cookie, which every read checks, and then the whole cache is forgotten. A rewrite
 * that bypasses SQL's triggers (INSERT OR REPLACE, editing the file's bytes) shows only in reads with bypassCache.
 * Events returned by readStream are frozen, since the cache shares them.
 */
export const createSqliteReads = (statements: SqliteReadStatements, cache: StreamCache | undefined): SqliteReads => {
  let schema = statements.schemaVersion.get();

  const fromStorage = (stream: string, { direction = 'forward', fromRevision, maxCount }: ReadStreamOptions) => {
    const rows =
      direction === 'backward'
        ? statements.readBackward.all(stream, fromRevision ?? Number.MAX_SAFE_INTEGER, maxCount ?? UNLIMITED)
        : maxCount === undefined
          ? statements.readForwardToEnd.all(stream, fromRevision ?? 0)
          : statements.readForward.all(stream, fromRevision ?? 0, maxCount);
    return rows.map(frozenStoredEvent);
  };

  const readFrom = (stream: string, fromRevision: number) =>
    loaded(statements.readForwardToEnd.all(stream, fromRevision));

  const validatedStream = (cache: StreamCache, stream: string, head: number): readonly StoredEvent[] | undefined => {
    const cached = cache.get(stream);
    if (cached === undefined || cached.length - 1 === head) return cached;
    if (cached.length - 1 > head) {
      // Shorter than cached: impossible with append-only history, so trust nothing.
      cache.delete(stream);
      return undefined;
    }
    const newer = readFrom(stream, cached.length);
    cache.extend(stream, newer.events, newer.bytes);
    return cache.get(stream);
  };

  return {
    readStream: (stream, options) => {
      if (options.fromRevision !== undefined) assertCount('fromRevision', options.fromRevision);
      if (options.maxCount !== undefined) assertCount('maxCount', options.maxCount);
      if (cache === undefined || options.bypassCache === true) return fromStorage(stream, options);
      // A part of a stream not in memory is read, not cached: validating the cache first would only add queries.
      if (!wantsWholeStream(options) && cache.get(stream) === undefined) return fromStorage(stream, options);
      const currentSchema = statements.schemaVersion.get();
      if (currentSchema !== schema) {
        cache.clear();
        schema = currentSchema;
      }
      const head = statements.streamHead.get(stream);
      if (head === undefined) {
        cache.delete(stream);
        return [];
      }
      const cached = validatedStream(cache, stream, head);
      if (cached !== undefined) return sliceOf(cached, options);
      if (!wantsWholeStream(options)) return fromStorage(stream, options);
      const whole = readFrom(stream, 0);
      cache.put(stream, whole.events, whole.bytes);
      return sliceOf(whole.events, options);
    },
    readAll: (after, limit) => {
      assertCount('limit', limit);
      return statements.readAll.all(after, limit).map(toStoredEvent);
    },
    readAllLean: (after, limit) => {
      assertCount('limit', limit);
      return statements.readAllLean.all(after, limit).map(toLeanEvent);
    },
    headPosition: () => statements.headPosition.get()?.position ?? 0,
    countEventsAfter: (after, cap) => {
      assertCount('cap', cap);
      return statements.countAfter.get(after, cap) ?? 0;
    },
    appended: (request, { duplicate, events }) => {
      if (cache === undefined || duplicate) return;
      let bytes = 0;
      for (const event of request.events) bytes += estimateEventBytes(event.dataJson, event.metadataJson);
      // Only streams already read whole: caching every new stream would hold this process's whole log in memory,
      // while commands need their stream's state only (apps/api keeps those) and read just what is new.
      if (cache.get(request.stream) !== undefined) cache.extend(request.stream, events, bytes);
    },
  };
};
