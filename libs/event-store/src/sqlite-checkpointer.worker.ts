// The thread that copies the write-ahead log back into the database file, beside the writer. Left to the writer,
// that copy (thousands of pages and an fsync when the log is long) stalls every append waiting on the commit that
// triggers it; here it runs between commits, and the writer's own checkpoint only copies what is left.
import { parentPort, workerData } from 'node:worker_threads';
import { openSqliteDatabase } from './sqlite.connection.js';
import type { CheckpointerSettings } from './sqlite-writer.protocol.js';

const port = parentPort;
if (port === null) throw new Error('sqlite-checkpointer.worker.js runs only as a worker thread of the SQLite writer');
const { file, busyTimeoutMs, intervalMs } = workerData as CheckpointerSettings;
const db = openSqliteDatabase({ file, busyTimeoutMs });

// PASSIVE never waits for the writer or readers: it copies what no reader still needs and returns. A failure (a disk
// error, say) is reported and the next checkpoint tries again; meanwhile the writer's own checkpoint still runs.
const checkpoint = (): void => {
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
  } catch (error) {
    process.emitWarning(`SQLite checkpoint of ${file} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  timer = setTimeout(checkpoint, intervalMs);
};
let timer = setTimeout(checkpoint, intervalMs);

port.once('message', () => {
  clearTimeout(timer);
  db.close();
  port.close();
});
