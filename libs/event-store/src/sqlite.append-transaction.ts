import type { Database } from 'better-sqlite3';
import type { AppendResult, StoredEvent } from './event-store.port.js';
import type { AppendRequest } from './append-request.js';
import type { JobOutcome } from './group-commit.js';
import { assertExpectedRevision } from './expected-revision.js';
import { hashCanonicalEvent } from './integrity/event-hash.js';
import { toStoredEvent, type SqliteStatements } from './sqlite.statements.js';

/** Commits a batch of appends in one transaction; each append succeeds or fails alone. */
export type AppendTransaction = (requests: readonly AppendRequest[]) => JobOutcome<AppendResult>[];

const duplicateResult = (stored: readonly StoredEvent[]): AppendResult => {
  const last = stored[stored.length - 1]!;
  return { revision: last.revision, position: last.position, duplicate: true, events: stored };
};

export const createAppendTransaction = (db: Database, statements: SqliteStatements): AppendTransaction => {
  const { streamHead, eventsOfCommand, insert } = statements;

  // Nested inside the batch transaction, better-sqlite3 runs this in a SAVEPOINT: if it throws, only this append's
  // rows are rolled back, and since positions are max(rowid) + 1, no position is burnt.
  const appendOne = db.transaction(({ stream, expected, commandId, events }: AppendRequest): AppendResult => {
    const earlier = eventsOfCommand.all(commandId);
    // A retry gets the first answer, even if the stream has moved on since.
    if (earlier.length > 0) return duplicateResult(earlier.map(toStoredEvent));
    const head = streamHead.get(stream);
    assertExpectedRevision(stream, expected, head?.revision);
    let revision = head === undefined ? -1 : head.revision;
    let previousHash = head === undefined ? null : head.hash;
    const stored = events.map(({ type, dataJson, metadataJson }): StoredEvent => {
      revision += 1;
      const hash = hashCanonicalEvent({ stream, revision, type, dataJson, metadataJson, previousHash });
      const row = [stream, revision, type, dataJson, metadataJson, hash, previousHash, commandId] as const;
      const { lastInsertRowid } = insert.run(...row);
      const event: StoredEvent = {
        stream,
        revision,
        position: Number(lastInsertRowid),
        type,
        data: JSON.parse(dataJson) as StoredEvent['data'],
        metadata: JSON.parse(metadataJson) as StoredEvent['metadata'],
        hash,
        previousHash,
      };
      previousHash = hash;
      return event;
    });
    const last = stored[stored.length - 1]!;
    return { revision: last.revision, position: last.position, duplicate: false, events: stored };
  });

  const appendBatch = db.transaction((requests: readonly AppendRequest[]) =>
    requests.map((request): JobOutcome<AppendResult> => {
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
