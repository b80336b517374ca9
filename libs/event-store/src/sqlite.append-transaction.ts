import type { Database } from 'better-sqlite3';
import type { AppendRequest } from './append-request.js';
import type { JobOutcome } from './group-commit.js';
import { assertExpectedRevision } from './expected-revision.js';
import { hashCanonicalEvent } from './integrity/event-hash.js';
import type { AppendOutcome } from './sqlite.append-outcome.js';
import type { SqliteWriteStatements } from './sqlite.statements.js';

/** Commits a batch of appends in one transaction; each append succeeds or fails alone. */
export type AppendTransaction = (requests: readonly AppendRequest[]) => JobOutcome<AppendOutcome>[];

export const createAppendTransaction = (db: Database, statements: SqliteWriteStatements): AppendTransaction => {
  const { streamHead, eventsOfCommand, insert } = statements;

  // Nested inside the batch transaction, better-sqlite3 runs this in a SAVEPOINT: if it throws, only this append's
  // rows are rolled back, and since positions are max(rowid) + 1, no position is burnt.
  const appendOne = db.transaction(({ stream, expected, commandId, events }: AppendRequest): AppendOutcome => {
    const earlier = eventsOfCommand.all(commandId);
    // A retry gets the first answer, even if the stream has moved on since.
    if (earlier.length > 0) return { duplicate: true, rows: earlier };
    const head = streamHead.get(stream);
    assertExpectedRevision(stream, expected, head?.revision);
    const firstRevision = head === undefined ? 0 : head.revision + 1;
    const firstPreviousHash = head === undefined ? null : head.hash;
    let previousHash = firstPreviousHash;
    const positions: number[] = [];
    const hashes: string[] = [];
    events.forEach(({ type, dataJson, metadataJson }, index) => {
      const revision = firstRevision + index;
      const hash = hashCanonicalEvent({ stream, revision, type, dataJson, metadataJson, previousHash });
      const { lastInsertRowid } = insert.run({
        stream,
        revision,
        type,
        data: dataJson,
        metadata: metadataJson,
        hash,
        previous_hash: previousHash,
        command_id: commandId,
      });
      positions.push(Number(lastInsertRowid));
      hashes.push(hash);
      previousHash = hash;
    });
    return { duplicate: false, firstRevision, firstPreviousHash, positions, hashes };
  });

  const appendBatch = db.transaction((requests: readonly AppendRequest[]) =>
    requests.map((request): JobOutcome<AppendOutcome> => {
      try {
        return { ok: true, value: appendOne(request) };
      } catch (error) {
        // Some SQLite errors (I/O, disk full) roll back the whole transaction; carrying on would then run the
        // remaining appends outside any transaction. Fail the batch instead.
        if (!db.inTransaction) throw error;
        return { ok: false, error };
      }
    }),
  );

  // IMMEDIATE takes the write lock up front, so reading the stream heads and writing cannot interleave with
  // another process's writer.
  return (requests) => appendBatch.immediate(requests);
};
