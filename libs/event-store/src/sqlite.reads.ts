import type { Position, ReadStreamOptions, StoredEvent } from './event-store.port.js';
import { toStoredEvent, type SqliteStatements } from './sqlite.statements.js';

export type SqliteReads = Readonly<{
  readStream(stream: string, options: ReadStreamOptions): StoredEvent[];
  readAll(after: Position, limit: number): StoredEvent[];
  headPosition(): Position;
}>;

/** SQLite's "no limit". */
const UNLIMITED = -1;

const assertCount = (name: string, value: number): void => {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${name} must be a non-negative integer`);
};

/** The synchronous read side of the adapter; reads see only committed appends (WAL snapshot). */
export const createSqliteReads = (statements: SqliteStatements): SqliteReads => ({
  readStream: (stream, { direction = 'forward', fromRevision, maxCount }) => {
    if (fromRevision !== undefined) assertCount('fromRevision', fromRevision);
    if (maxCount !== undefined) assertCount('maxCount', maxCount);
    const limit = maxCount ?? UNLIMITED;
    const rows =
      direction === 'forward'
        ? statements.readForward.all(stream, fromRevision ?? 0, limit)
        : statements.readBackward.all(stream, fromRevision ?? Number.MAX_SAFE_INTEGER, limit);
    return rows.map(toStoredEvent);
  },
  readAll: (after, limit) => {
    assertCount('limit', limit);
    return statements.readAll.all(after, limit).map(toStoredEvent);
  },
  headPosition: () => statements.headPosition.get()?.position ?? 0,
});
