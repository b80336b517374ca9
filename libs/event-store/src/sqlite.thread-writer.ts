import { Worker } from 'node:worker_threads';
import type { AppendRequest } from './append-request.js';
import { EventStoreClosed } from './event-store-closed.error.js';
import { EventStoreWriterFailed } from './event-store-writer-failed.error.js';
import type { AppendOutcome } from './sqlite.append-outcome.js';
import type { CommitListener, SqliteWriter } from './sqlite.writer.js';
import { decodeOutcomes, encodeRequests } from './sqlite-writer.codec.js';
import { rebuildError } from './sqlite-writer.errors.js';
import {
  WRITER_PROTOCOL_VERSION,
  type FromWriter,
  type ToWriter,
  type WriterSettings,
} from './sqlite-writer.protocol.js';

export type ThreadWriterOptions = WriterSettings &
  Readonly<{
    /** The compiled worker (see sqliteWriterWorkerUrl); tests substitute workers that crash. */
    workerUrl: URL;
    onCommit: CommitListener;
  }>;

type Waiter = Readonly<{ resolve: (outcome: AppendOutcome) => void; reject: (error: unknown) => void }>;

/**
 * Most appends per message to the worker. A burst of appends goes out in slices, so the worker starts committing
 * the first while this thread is still producing the rest; the rest then share its next transaction.
 */
const APPENDS_PER_MESSAGE = 16;

/**
 * The writer on its own thread: a Worker owns the write connection and group-commits, so transactions (B-tree
 * writes, the fsync, checkpoints) no longer block this thread's event loop. If the worker dies, every pending and
 * later append rejects with EventStoreWriterFailed instead of hanging.
 */
export const startThreadWriter = ({ workerUrl, onCommit, ...settings }: ThreadWriterOptions): SqliteWriter => {
  const worker = new Worker(workerUrl, { workerData: settings satisfies WriterSettings });
  let outbox: AppendRequest[] = [];
  let outboxWaiters: Waiter[] = [];
  /** Sent to the worker, answered in this order. */
  let awaiting: Waiter[] = [];
  let postScheduled = false;
  let failure: EventStoreWriterFailed | undefined;
  let closing = false;
  let closedCleanly = false;
  let held = false;
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));

  // An idle store must not keep the process alive (nor Jest), but an append in flight must be finished.
  const updateHold = (): void => {
    const busy = closing || awaiting.length > 0 || outbox.length > 0;
    if (busy === held) return;
    held = busy;
    if (busy) worker.ref();
    else worker.unref();
  };
  worker.unref();

  const send = (message: ToWriter): void => worker.postMessage(message);

  const post = (): void => {
    postScheduled = false;
    if (outbox.length === 0 || failure !== undefined) return;
    const requests = encodeRequests(outbox);
    awaiting = awaiting.length === 0 ? outboxWaiters : awaiting.concat(outboxWaiters);
    outbox = [];
    outboxWaiters = [];
    send({ kind: 'append', requests });
  };

  // Appends made in one go (same tick) travel together. With nothing in flight they leave at the end of the tick;
  // otherwise at the end of this turn of the event loop, when the writers released by the last commit have all
  // appended again — the worker is busy meanwhile, so waiting costs nothing.
  const schedulePost = (): void => {
    if (outbox.length >= APPENDS_PER_MESSAGE) return post();
    if (postScheduled) return;
    postScheduled = true;
    if (awaiting.length === 0) queueMicrotask(post);
    else setImmediate(post);
  };

  const fail = (reason: string, cause?: unknown): void => {
    if (failure !== undefined || closedCleanly) return;
    failure = new EventStoreWriterFailed(reason, cause === undefined ? undefined : { cause });
    const waiters = [...awaiting, ...outboxWaiters];
    awaiting = [];
    outbox = [];
    outboxWaiters = [];
    for (const waiter of waiters) waiter.reject(failure);
    updateHold();
    void worker.terminate();
  };

  const settle = ({ outcomes, committed }: Extract<FromWriter, { kind: 'batch' }>): void => {
    const decoded = decodeOutcomes(outcomes);
    if (decoded.length > awaiting.length) {
      fail(`it answered ${decoded.length} appends when ${awaiting.length} were waiting`);
      return;
    }
    const waiters = awaiting.splice(0, decoded.length);
    if (committed !== null) onCommit(committed);
    decoded.forEach((outcome, index) => {
      const waiter = waiters[index]!;
      if (outcome.ok) waiter.resolve(outcome.value);
      else waiter.reject(rebuildError(outcome.error));
    });
    updateHold();
  };

  worker.on('message', (message: FromWriter) => {
    switch (message.kind) {
      case 'ready':
        if (message.protocolVersion !== WRITER_PROTOCOL_VERSION) {
          fail(
            `its build speaks protocol ${message.protocolVersion}, this code ${WRITER_PROTOCOL_VERSION}: ` +
              'rebuild libs/event-store (`npm run build`)',
          );
        }
        return;
      case 'batch':
        settle(message);
        return;
      case 'closed':
        closedCleanly = true;
        // It exits by itself once its port is closed; terminating makes sure no handle outlives close().
        void worker.terminate();
        return;
    }
  });
  worker.on('error', (error) => fail(`its thread threw: ${error.message}`, error));
  worker.on('messageerror', (error) => fail(`a message from it could not be read: ${error.message}`, error));
  worker.on('exit', (code) => fail(`its thread exited with code ${code}`));

  return {
    append: (request) =>
      new Promise<AppendOutcome>((resolve, reject) => {
        if (failure !== undefined) return reject(failure);
        if (closing) return reject(new EventStoreClosed(`append to ${request.stream}`));
        outbox.push(request);
        outboxWaiters.push({ resolve, reject });
        updateHold();
        schedulePost();
      }),
    close: async () => {
      if (!closing) {
        closing = true;
        updateHold();
        post();
        if (failure === undefined) send({ kind: 'close' });
      }
      await exited;
    },
  };
};
