// The worker thread that owns the write connection. It commits as soon as appends arrive; appends that arrive while
// it commits wait in its port and all go into the next transaction (group commit), while the main thread goes on
// serving requests.
import { once } from 'node:events';
import { parentPort, receiveMessageOnPort, Worker, workerData } from 'node:worker_threads';
import type { AppendRequest } from './append-request.js';
import { createAppendTransaction } from './sqlite.append-transaction.js';
import { openSqliteDatabase } from './sqlite.connection.js';
import { prepareWriteStatements } from './sqlite.statements.js';
import { reportOf } from './sqlite.writer.js';
import { decodeRequests, encodeOutcomes, type WireOutcome } from './sqlite-writer.codec.js';
import { serialiseError } from './sqlite-writer.errors.js';
import {
  WRITER_PROTOCOL_VERSION,
  type CheckpointerSettings,
  type FromWriter,
  type ToWriter,
  type WriterSettings,
} from './sqlite-writer.protocol.js';

const port = parentPort;
if (port === null) throw new Error('sqlite-writer.worker.js runs only as a worker thread of the SQLite event store');
const { file, busyTimeoutMs, maxBatchSize, walAutocheckpointPages } = workerData as WriterSettings;
const db = openSqliteDatabase({ file, busyTimeoutMs, walAutocheckpointPages });
const appendTransaction = createAppendTransaction(db, prepareWriteStatements(db));
/**
 * Pause between the checkpointer's checkpoints. A checkpoint's writes and fsync of the database file delay the
 * fsync of a commit made meanwhile, so each should copy little: under 7,000 commands/s over HTTP, checkpoints every
 * 100 ms made about 16 commits in 10 s take over 10 ms (the longest 33 to 47 ms), each holding up to 64 commands:
 * p99 27 to 32 ms. Every 20 ms, a few commits took over 10 ms and p99 fell to 17 to 20 ms, with no loss of
 * commands/s (every 10 ms cost the command path a tenth of its rate). A checkpoint with nothing to copy costs next
 * to nothing, and the writer's own checkpoint, at walAutocheckpointPages, then finds little left.
 */
const CHECKPOINT_INTERVAL_MS = 20;

const checkpointer = new Worker(new URL('./sqlite-checkpointer.worker.js', import.meta.url), {
  workerData: { file, busyTimeoutMs, intervalMs: CHECKPOINT_INTERVAL_MS } satisfies CheckpointerSettings,
});
// Appends do not depend on it (the writer's own checkpoint remains): a checkpointer that cannot start is reported.
checkpointer.on('error', (error) => process.emitWarning(`The SQLite checkpointer thread stopped: ${error.message}`));
const checkpointerExited = once(checkpointer, 'exit');
const queue: AppendRequest[] = [];
let closeRequested = false;

const send = (message: FromWriter): void => port.postMessage(message);

const accept = (message: ToWriter): void => {
  if (message.kind === 'append') queue.push(...decodeRequests(message.requests));
  else closeRequested = true;
};

const commitOneBatch = (): void => {
  const batch = queue.splice(0, maxBatchSize);
  const started = performance.now();
  try {
    const outcomes = appendTransaction(batch).map(
      (outcome): WireOutcome => (outcome.ok ? outcome : { ok: false, error: serialiseError(outcome.error) }),
    );
    const committed = reportOf(outcomes, performance.now() - started);
    send({ kind: 'batch', outcomes: encodeOutcomes(outcomes), committed });
  } catch (error) {
    const failed: WireOutcome = { ok: false, error: serialiseError(error) };
    send({ kind: 'batch', outcomes: encodeOutcomes(batch.map(() => failed)), committed: null });
  }
};

port.on('message', (first: ToWriter) => {
  accept(first);
  // Everything already waiting joins this transaction; whatever arrives during a commit joins the next.
  for (let waiting = receiveMessageOnPort(port); ; waiting = receiveMessageOnPort(port)) {
    if (waiting !== undefined) {
      accept(waiting.message as ToWriter);
      continue;
    }
    if (queue.length === 0) break;
    commitOneBatch();
  }
  if (closeRequested) {
    checkpointer.postMessage('close');
    void checkpointerExited.then(() => {
      db.close();
      send({ kind: 'closed' });
      port.close();
    });
  }
});

send({ kind: 'ready', protocolVersion: WRITER_PROTOCOL_VERSION });
