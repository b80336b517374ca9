import type { AppendRequest } from './append-request.js';
import type { AppendOutcome } from './sqlite.append-outcome.js';

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

/**
 * The write side of the SQLite adapter: group-commits appends on the connection it owns. Both implementations (a
 * worker thread, or the caller's thread for `:memory:`) give the same guarantees: each append is atomic and fails
 * alone, and its promise settles only after its transaction has committed (or failed).
 */
export type SqliteWriter = Readonly<{
  append(request: AppendRequest): Promise<AppendOutcome>;
  /** Commits every append accepted so far, then releases the write connection. Appends after this reject. */
  close(): Promise<void>;
}>;

/** Called after each committed transaction, before its appends' promises settle. */
export type CommitListener = (report: FlushReport) => void;

export const reportOf = (
  outcomes: readonly ({ ok: true; value: AppendOutcome } | { ok: false })[],
  durationMs: number,
): FlushReport => {
  let rejected = 0;
  let events = 0;
  for (const outcome of outcomes) {
    if (!outcome.ok) rejected += 1;
    else if (!outcome.value.duplicate) events += outcome.value.positions.length;
  }
  return { appends: outcomes.length, rejected, events, durationMs };
};
