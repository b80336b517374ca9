import type { WireValue } from './sqlite-writer.codec.js';
import type { FlushReport } from './sqlite.writer.js';

/**
 * Bumped whenever a message changes shape. Under Jest the adapter runs from src/ while the worker runs from dist/, so
 * a stale build would otherwise fail in confusing ways; the worker announces its version and a mismatch is refused.
 */
export const WRITER_PROTOCOL_VERSION = 2;

/** The worker's workerData. */
export type WriterSettings = Readonly<{
  file: string;
  busyTimeoutMs: number;
  maxBatchSize: number;
  walAutocheckpointPages: number;
}>;

/** The checkpointer thread's workerData (started by the writer worker). */
export type CheckpointerSettings = Readonly<{
  file: string;
  busyTimeoutMs: number;
  /** Pause between two checkpoints. */
  intervalMs: number;
}>;

/**
 * To the worker: appends (encodeRequests), answered strictly in the order sent, so they carry no ids. A message holds
 * several appends: each message has a fixed cost that matters at these rates.
 */
export type ToWriter = Readonly<{ kind: 'append'; requests: readonly WireValue[] }> | Readonly<{ kind: 'close' }>;

/**
 * From the worker: one `batch` per transaction, answering (encodeOutcomes) the next appends in order; `committed` is
 * null when the transaction failed as a whole (every outcome is then that failure).
 */
export type FromWriter =
  | Readonly<{ kind: 'ready'; protocolVersion: number }>
  | Readonly<{ kind: 'batch'; outcomes: readonly WireValue[]; committed: FlushReport | null }>
  | Readonly<{ kind: 'closed' }>;
