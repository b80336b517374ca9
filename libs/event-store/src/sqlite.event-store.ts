import type { AppendResult, EventStore, Subscription } from './event-store.port.js';
import { toAppendRequest, type AppendRequest } from './append-request.js';
import { EventStoreClosed } from './event-store-closed.error.js';
import { createGroupCommit } from './group-commit.js';
import { startPollingSubscription } from './polling.subscription.js';
import { createAppendTransaction } from './sqlite.append-transaction.js';
import { openSqliteDatabase } from './sqlite.connection.js';
import { createSqliteReads } from './sqlite.reads.js';
import { prepareStatements } from './sqlite.statements.js';
import { createWakeSignal } from './wake-signal.js';

/** What one group-commit transaction did; for metrics and tests, not for control flow. */
export type FlushReport = Readonly<{
  /** Appends in the transaction, including those that failed alone (conflicts) or were duplicates. */
  appends: number;
  /** Appends that failed alone, e.g. with StreamRevisionConflict. */
  rejected: number;
  /** Events written. */
  events: number;
  /** Time spent in the transaction, commit (fsync) included. */
  durationMs: number;
}>;

export type SqliteEventStoreOptions = Readonly<{
  /** Path of the database file (its directory is created if missing), or ':memory:' for a private store in tests. */
  file: string;
  /** How long a write waits for another process's write lock before failing with SQLITE_BUSY. Default 5000 ms. */
  busyTimeoutMs?: number;
  /** Most appends committed in one transaction, to bound the latency of a flush. Default 1000. */
  maxBatchSize?: number;
  /** How often a caught-up subscription polls for appends by other processes. Default 100 ms. */
  pollIntervalMs?: number;
  /** Subscription batch size when SubscribeOptions.batchSize is absent. Default 500. */
  defaultSubscriptionBatchSize?: number;
  /** Called after each committed transaction. It must not throw; if it does, a process warning is emitted. */
  onFlush?: (report: FlushReport) => void;
}>;

/**
 * The EventStore on one SQLite file (better-sqlite3, WAL, synchronous=FULL). Appends are group-committed: those
 * arriving in the same turn of the event loop share one transaction and one fsync, each in its own savepoint.
 * Several processes may open the same file: writes serialise on SQLite's lock, and subscriptions poll for each
 * other's appends. better-sqlite3 is synchronous, so a flush (and a wait for another process's lock) holds this
 * process's event loop for its duration.
 *
 * `append` rejects an empty events array with an Error (a command that decided nothing should not append), and
 * events that do not share one metadata.commandId.
 */
export const createSqliteEventStore = (options: SqliteEventStoreOptions): EventStore => {
  const db = openSqliteDatabase({ file: options.file, busyTimeoutMs: options.busyTimeoutMs ?? 5000 });
  const statements = prepareStatements(db);
  const reads = createSqliteReads(statements);
  const appendTransaction = createAppendTransaction(db, statements);
  const appended = createWakeSignal();
  const subscriptions = new Set<Subscription>();
  let closing: Promise<void> | undefined;
  let closed = false;

  const report = (flush: FlushReport): void => {
    try {
      options.onFlush?.(flush);
    } catch (error) {
      process.emitWarning(`SqliteEventStore onFlush hook threw: ${String(error)}`);
    }
  };

  const groupCommit = createGroupCommit<AppendRequest, AppendResult>({
    maxBatchSize: options.maxBatchSize ?? 1000,
    commit: (requests) => {
      const started = performance.now();
      const outcomes = appendTransaction(requests);
      const durationMs = performance.now() - started;
      appended.notify();
      let events = 0;
      for (const outcome of outcomes) if (outcome.ok && !outcome.value.duplicate) events += outcome.value.events.length;
      const rejected = outcomes.filter((outcome) => !outcome.ok).length;
      report({ appends: requests.length, rejected, events, durationMs });
      return outcomes;
    },
  });

  // Checked when the read runs, not when it was requested: close() may have finished in between.
  const whileOpen = <T>(operation: string, run: () => T): Promise<T> =>
    Promise.resolve().then(() => {
      if (closed) throw new EventStoreClosed(operation);
      return run();
    });

  return {
    append: async (stream, events, expected) => {
      if (closing !== undefined) throw new EventStoreClosed(`append to ${stream}`);
      return groupCommit.submit(toAppendRequest(stream, events, expected));
    },
    readStream: (stream, readOptions = {}) => whileOpen('read a stream', () => reads.readStream(stream, readOptions)),
    readAll: (after, limit) => whileOpen('read all', () => reads.readAll(after, limit)),
    headPosition: () => whileOpen('read the head position', () => reads.headPosition()),
    subscribe: (subscribeOptions, onEvents) => {
      if (closing !== undefined) throw new EventStoreClosed('subscribe');
      const subscription = startPollingSubscription(
        {
          after: subscribeOptions.after,
          batchSize: subscribeOptions.batchSize ?? options.defaultSubscriptionBatchSize ?? 500,
          pollIntervalMs: options.pollIntervalMs ?? 100,
          readAll: async (after, limit) => reads.readAll(after, limit),
          appended,
        },
        onEvents,
      );
      subscriptions.add(subscription);
      const forget = (): void => void subscriptions.delete(subscription);
      subscription.done.then(forget, forget);
      return subscription;
    },
    close: () =>
      (closing ??= (async () => {
        groupCommit.drain();
        await Promise.all([...subscriptions].map((subscription) => subscription.stop()));
        closed = true;
        db.close();
      })()),
  };
};
