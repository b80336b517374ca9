import type { EventStore, Position, SubscribeOptions, Subscription } from './event-store.port.js';
import { toAppendRequest } from './append-request.js';
import { EventStoreClosed } from './event-store-closed.error.js';
import { createOpenSubscriptions } from './open-subscriptions.js';
import { startPollingSubscription } from './polling.subscription.js';
import { toAppendResult } from './sqlite.append-outcome.js';
import { isInMemory, openSqliteDatabase } from './sqlite.connection.js';
import { createInThreadWriter } from './sqlite.in-thread-writer.js';
import { createSqliteReads } from './sqlite.reads.js';
import { prepareReadStatements } from './sqlite.statements.js';
import { startThreadWriter } from './sqlite.thread-writer.js';
import type { FlushReport, SqliteWriter } from './sqlite.writer.js';
import { sqliteWriterWorkerUrl } from './sqlite-writer.location.js';
import { createStreamCache, type StreamCacheLimits } from './stream-cache.js';
import { openThreadWakeChannel } from './thread-wake.channel.js';
import { createWakeSignal } from './wake-signal.js';

export type { FlushReport } from './sqlite.writer.js';

export type SqliteEventStoreOptions = Readonly<{
  /** Path of the database file (its directory is created if missing), or ':memory:' for a private store in tests. */
  file: string;
  /** How long a write waits for another process's write lock before failing with SQLITE_BUSY. Default 5000 ms. */
  busyTimeoutMs?: number;
  /** Most appends committed in one transaction, to bound the latency of a flush. Default 1000. */
  maxBatchSize?: number;
  /**
   * Where transactions run. 'worker' (the default for a file): a worker thread, started by the first append, owns
   * the write connection, so commits and fsyncs do not block this thread. 'in-thread': on this thread's connection, holding its event loop
   * for each flush (no thread to start; what ':memory:' always uses, since no other connection can see it).
   */
  writer?: 'worker' | 'in-thread';
  /**
   * Limits of the cache of parsed streams behind readStream, or false for none. It holds streams read whole, then
   * extended by later reads and this process's appends; reads of part of a stream not held go to storage. Each read
   * checks the cached stream against storage first (one index probe), so other processes' appends are always seen.
   * Default { maxStreams: 10_000, maxBytes: 256 MiB } (bytes estimated from the stored JSON).
   */
  streamCache?: Partial<StreamCacheLimits> | false;
  /**
   * WAL frames (pages) after which a commit also copies the WAL back into the database file (SQLite's
   * wal_autocheckpoint), letting the next commit start the WAL over. With the writer on its thread, a checkpointer
   * thread copies the WAL every 100 ms between commits, so that commit only copies what is left instead of
   * stalling every waiting append for the whole copy. Larger means a hot page is written once for more commits and
   * a longer WAL on disk (about 4 KiB a page). Durability does not depend on it: every commit syncs the WAL.
   * Default 10,000 (SQLite's own is 1,000).
   */
  walAutocheckpointPages?: number;
  /**
   * Whether commits wake the subscriptions of other stores on the same file in this process (worker threads) at
   * once, rather than at their next poll. Default true; other processes always poll.
   */
  wakeOtherThreads?: boolean;
  /** How often a caught-up subscription polls for appends by other processes. Default 100 ms. */
  pollIntervalMs?: number;
  /** Subscription batch size when SubscribeOptions.batchSize is absent. Default 500. */
  defaultSubscriptionBatchSize?: number;
  /**
   * Called on this thread after each committed transaction (timed by the writer, in its thread). It must not throw;
   * if it does, a process warning is emitted.
   */
  onFlush?: (report: FlushReport) => void;
}>;

const DEFAULT_CACHE_LIMITS: StreamCacheLimits = { maxStreams: 10_000, maxBytes: 256 * 1024 * 1024 };

/**
 * The EventStore on one SQLite file (better-sqlite3, WAL, synchronous=FULL). A worker thread owns the write
 * connection and group-commits: appends that arrive while it commits share its next transaction and fsync, each in
 * its own savepoint. This thread keeps a read connection (WAL lets it read beside the writer) and a validated cache
 * of parsed streams. Several processes may open the same file: writes serialise on SQLite's lock, and
 * subscriptions poll for each other's appends.
 *
 * `append` rejects an empty events array with an Error (a command that decided nothing should not append), and
 * events that do not share one metadata.commandId; EventStoreWriterFailed if the writer thread has died.
 * @throws Error when the worker's build is missing or the file's schema is newer than this code.
 */
export const createSqliteEventStore = (options: SqliteEventStoreOptions): EventStore =>
  createSqliteEventStoreWith(options, sqliteWriterWorkerUrl);

/**
 * createSqliteEventStore with the writer worker found by `locateWorker`: tests substitute workers that crash.
 * Not exported from the package.
 */
export const createSqliteEventStoreWith = (
  options: SqliteEventStoreOptions,
  locateWorker: () => URL,
): EventStore => {
  const busyTimeoutMs = options.busyTimeoutMs ?? 5000;
  const maxBatchSize = options.maxBatchSize ?? 1000;
  const walAutocheckpointPages = options.walAutocheckpointPages ?? 10_000;
  const onThread = !isInMemory(options.file) && (options.writer ?? 'worker') === 'worker';
  // Located before anything is opened, so a missing build fails cleanly.
  const workerUrl = onThread ? locateWorker() : undefined;
  const db = openSqliteDatabase({
    file: options.file,
    busyTimeoutMs,
    ...(onThread ? { queryOnly: true } : { walAutocheckpointPages }),
  });
  const cache =
    options.streamCache === false ? undefined : createStreamCache({ ...DEFAULT_CACHE_LIMITS, ...options.streamCache });
  const reads = createSqliteReads(prepareReadStatements(db), cache);
  const appended = createWakeSignal();
  const otherThreads =
    isInMemory(options.file) || options.wakeOtherThreads === false
      ? undefined
      : openThreadWakeChannel(options.file, () => appended.notify());
  const subscriptions = createOpenSubscriptions();
  let closing: Promise<void> | undefined;
  let closed = false;

  const onCommit = (report: FlushReport): void => {
    appended.notify();
    otherThreads?.notifyOthers();
    try {
      options.onFlush?.(report);
    } catch (error) {
      process.emitWarning(`SqliteEventStore onFlush hook threw: ${String(error)}`);
    }
  };

  // Started by the first append: a store that only reads (a projector thread, the CLI) needs no writer thread.
  let writer: SqliteWriter | undefined;
  const writerOf = (): SqliteWriter =>
    (writer ??=
      workerUrl === undefined
        ? createInThreadWriter(db, { maxBatchSize, onCommit })
        : startThreadWriter({ workerUrl, file: options.file, busyTimeoutMs, maxBatchSize, walAutocheckpointPages, onCommit }));

  // Checked when the read runs, not when it was requested: close() may have finished in between.
  const whileOpen = <T>(operation: string, run: () => T): Promise<T> =>
    Promise.resolve().then(() => {
      if (closed) throw new EventStoreClosed(operation);
      return run();
    });

  const subscribeOver = <Event extends { position: Position }>(
    subscribeOptions: SubscribeOptions,
    readAll: (after: Position, limit: number) => Promise<readonly Event[]>,
    onEvents: (batch: readonly Event[]) => Promise<void>,
  ): Subscription => {
    if (closing !== undefined) throw new EventStoreClosed('subscribe');
    const subscription = startPollingSubscription(
      {
        after: subscribeOptions.after,
        batchSize: subscribeOptions.batchSize ?? options.defaultSubscriptionBatchSize ?? 500,
        pollIntervalMs: options.pollIntervalMs ?? 100,
        readAll,
        appended,
      },
      onEvents,
    );
    return subscriptions.track(subscription);
  };

  return {
    append: async (stream, events, expected) => {
      if (closing !== undefined) throw new EventStoreClosed(`append to ${stream}`);
      const request = toAppendRequest(stream, events, expected);
      const result = toAppendResult(request, await writerOf().append(request));
      reads.appended(request, result);
      return result;
    },
    readStream: (stream, readOptions = {}) => whileOpen('read a stream', () => reads.readStream(stream, readOptions)),
    readAll: (after, limit) => whileOpen('read all', () => reads.readAll(after, limit)),
    readAllLean: (after, limit) => whileOpen('read all', () => reads.readAllLean(after, limit)),
    headPosition: () => whileOpen('read the head position', () => reads.headPosition()),
    countEventsAfter: (after, cap) => whileOpen('count events', () => reads.countEventsAfter(after, cap)),
    subscribe: (subscribeOptions, onEvents) =>
      subscribeOver(subscribeOptions, async (after, limit) => reads.readAll(after, limit), onEvents),
    subscribeLean: (subscribeOptions, onEvents) =>
      subscribeOver(subscribeOptions, async (after, limit) => reads.readAllLean(after, limit), onEvents),
    close: () =>
      (closing ??= (async () => {
        await writer?.close();
        await subscriptions.stopAll();
        closed = true;
        otherThreads?.close();
        db.close();
      })()),
  };
};
