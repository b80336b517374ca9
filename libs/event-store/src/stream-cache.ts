import type { StoredEvent } from './event-store.port.js';

export type StreamCacheLimits = Readonly<{
  /** Most streams held; the least recently used goes first. */
  maxStreams: number;
  /** Most estimated bytes held (see estimateEventBytes); a stream larger than this is never cached. */
  maxBytes: number;
}>;

/**
 * Whole streams, in revision order (so an event's index is its revision), evicted least recently used first (the
 * "second chance" approximation: a hit only sets a flag, so reads do not reorder the map). It validates nothing by
 * itself: the reader checks each entry against storage before trusting it.
 */
export type StreamCache = Readonly<{
  /** The cached events of the stream, marking it most recently used. Do not mutate the array. */
  get(stream: string): readonly StoredEvent[] | undefined;
  /** Caches a whole stream (revisions 0..n-1), replacing any entry; anything else is not cached. */
  put(stream: string, events: readonly StoredEvent[], bytes: number): void;
  /**
   * Adds events that directly follow the cached ones (the next revisions). Events already cached are ignored; events
   * that would leave a gap drop the entry, so that the next read goes to storage.
   */
  extend(stream: string, events: readonly StoredEvent[], bytes: number): void;
  delete(stream: string): void;
  clear(): void;
  readonly size: number;
  readonly bytes: number;
}>;

type Entry = { events: StoredEvent[]; bytes: number; usedSinceQueued: boolean };

/**
 * What an event costs the cache, estimated from its stored JSON: V8 keeps ASCII and Latin-1 text at a byte a
 * character (other text at two), and the objects, hashes and map entry add about 700 bytes (measured with Node 20 on
 * event-sized payloads: 1.3 KB of heap for 620 characters of JSON). An estimate, not an accounting.
 */
export const estimateEventBytes = (dataJson: string, metadataJson: string): number =>
  dataJson.length + metadataJson.length + 700;

const isWholeStream = (events: readonly StoredEvent[]): boolean =>
  events.every((event, index) => event.revision === index);

export const createStreamCache = ({ maxStreams, maxBytes }: StreamCacheLimits): StreamCache => {
  // A Map iterates in insertion order: the queue of candidates for eviction, oldest first.
  const entries = new Map<string, Entry>();
  let totalBytes = 0;

  const remove = (stream: string): void => {
    const entry = entries.get(stream);
    if (entry === undefined) return;
    entries.delete(stream);
    totalBytes -= entry.bytes;
  };

  const evictBeyondLimits = (): void => {
    // An entry used since it was queued goes to the back once instead of out; each is seen at most twice.
    for (const [stream, entry] of entries) {
      if (entries.size <= maxStreams && totalBytes <= maxBytes) return;
      if (entry.usedSinceQueued) {
        entry.usedSinceQueued = false;
        entries.delete(stream);
        entries.set(stream, entry);
      } else remove(stream);
    }
  };

  return {
    get: (stream) => {
      const entry = entries.get(stream);
      if (entry === undefined) return undefined;
      entry.usedSinceQueued = true;
      return entry.events;
    },
    put: (stream, events, bytes) => {
      remove(stream);
      if (events.length === 0 || bytes > maxBytes || maxStreams < 1 || !isWholeStream(events)) return;
      entries.set(stream, { events: [...events], bytes, usedSinceQueued: false });
      totalBytes += bytes;
      evictBeyondLimits();
    },
    extend: (stream, events, bytes) => {
      const entry = entries.get(stream);
      const first = events[0];
      if (entry === undefined || first === undefined) return;
      const cached = entry.events.length;
      if (first.revision + events.length <= cached) return;
      if (first.revision !== cached || !events.every((event, index) => event.revision === cached + index)) {
        remove(stream);
        return;
      }
      entry.events.push(...events);
      entry.bytes += bytes;
      entry.usedSinceQueued = true;
      totalBytes += bytes;
      if (entry.bytes > maxBytes) remove(stream);
      evictBeyondLimits();
    },
    delete: remove,
    clear: () => {
      entries.clear();
      totalBytes = 0;
    },
    get size() {
      return entries.size;
    },
    get bytes() {
      return totalBytes;
    },
  };
};
