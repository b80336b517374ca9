import type { Database } from 'better-sqlite3';
import type { AppendRequest } from './append-request.js';
import { EventStoreClosed } from './event-store-closed.error.js';
import { createGroupCommit } from './group-commit.js';
import type { AppendOutcome } from './sqlite.append-outcome.js';
import { createAppendTransaction } from './sqlite.append-transaction.js';
import { prepareWriteStatements } from './sqlite.statements.js';
import { reportOf, type CommitListener, type SqliteWriter } from './sqlite.writer.js';

export type InThreadWriterOptions = Readonly<{ maxBatchSize: number; onCommit: CommitListener }>;

/**
 * Group commit on the caller's own connection and thread, for a `:memory:` database, which only the connection
 * that created it can see. A flush holds the event loop for its duration.
 */
export const createInThreadWriter = (db: Database, { maxBatchSize, onCommit }: InThreadWriterOptions): SqliteWriter => {
  const appendTransaction = createAppendTransaction(db, prepareWriteStatements(db));
  let closed = false;
  const groupCommit = createGroupCommit<AppendRequest, AppendOutcome>({
    maxBatchSize,
    commit: (requests) => {
      const started = performance.now();
      const outcomes = appendTransaction(requests);
      onCommit(reportOf(outcomes, performance.now() - started));
      return outcomes;
    },
  });
  return {
    append: async (request) => {
      if (closed) throw new EventStoreClosed(`append to ${request.stream}`);
      return groupCommit.submit(request);
    },
    close: async () => {
      closed = true;
      groupCommit.drain();
    },
  };
};
