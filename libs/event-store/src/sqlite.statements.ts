import type { Database, Statement } from 'better-sqlite3';
import type { LeanEvent, StoredEvent } from './event-store.port.js';

export type EventRow = Readonly<{
  position: number;
  stream: string;
  revision: number;
  type: string;
  data: string;
  metadata: string;
  hash: string;
  previous_hash: string | null;
  command_id: string;
}>;

/** A row of readAllLean, as an array: better-sqlite3 builds arrays faster than objects with named keys. */
export type LeanEventRow = readonly [
  position: number,
  stream: string,
  revision: number,
  type: string,
  data: string,
  schemaVersion: number,
  recordedAt: string,
];

/** A new row, by column; its position is the next rowid. */
type InsertParams = [Omit<EventRow, 'position'>];

/** The statements of the write transaction, prepared once on the writer's connection. */
export type SqliteWriteStatements = Readonly<{
  streamHead: Statement<[stream: string], Pick<EventRow, 'revision' | 'hash'>>;
  eventsOfCommand: Statement<[commandId: string], EventRow>;
  insert: Statement<InsertParams>;
}>;

/** The statements of the read side, prepared once on the reader's connection. */
export type SqliteReadStatements = Readonly<{
  streamHead: Statement<[stream: string], number>;
  schemaVersion: Statement<[], number>;
  readForward: Statement<[stream: string, fromRevision: number, limit: number], EventRow>;
  readForwardToEnd: Statement<[stream: string, fromRevision: number], EventRow>;
  readBackward: Statement<[stream: string, fromRevision: number, limit: number], EventRow>;
  readAll: Statement<[after: number, limit: number], EventRow>;
  readAllLean: Statement<[after: number, limit: number], LeanEventRow>;
  headPosition: Statement<[], { position: number }>;
  countAfter: Statement<[after: number, cap: number], number>;
}>;

const COLUMNS = 'position, stream, revision, type, data, metadata, hash, previous_hash, command_id';

export const prepareWriteStatements = (db: Database): SqliteWriteStatements => ({
  // Served by the UNIQUE (stream, revision) index: one probe gives both the revision and the hash to chain to.
  streamHead: db.prepare('SELECT revision, hash FROM events WHERE stream = ? ORDER BY revision DESC LIMIT 1'),
  eventsOfCommand: db.prepare(`SELECT ${COLUMNS} FROM events WHERE command_id = ? ORDER BY position`),
  // Named parameters: the metadata is bound once and read three times.
  insert: db.prepare(
    'INSERT INTO events ' +
      '(stream, revision, type, data, metadata, hash, previous_hash, command_id, event_schema_version, recorded_at) ' +
      'VALUES (@stream, @revision, @type, @data, @metadata, @hash, @previous_hash, @command_id, ' +
      "@metadata ->> '$.schemaVersion', @metadata ->> '$.recordedAt')",
  ),
});

export const prepareReadStatements = (db: Database): SqliteReadStatements => ({
  // Both are the cache's validation probe. The head comes from the covering (stream, revision) index. The schema
  // cookie changes with any schema change, such as dropping the append-only triggers: the one way SQL can rewrite
  // stored history, which a cache must not hide.
  streamHead: db.prepare<[string], number>('SELECT revision FROM events WHERE stream = ? ORDER BY revision DESC LIMIT 1').pluck(),
  schemaVersion: db.prepare<[], number>('PRAGMA schema_version').pluck(),
  readForward: db.prepare(
    `SELECT ${COLUMNS} FROM events WHERE stream = ? AND revision >= ? ORDER BY revision ASC LIMIT ?`,
  ),
  // The same without a LIMIT: a bound `LIMIT -1` made this read (usually of nothing new) three times as slow.
  readForwardToEnd: db.prepare(`SELECT ${COLUMNS} FROM events WHERE stream = ? AND revision >= ? ORDER BY revision ASC`),
  readBackward: db.prepare(
    `SELECT ${COLUMNS} FROM events WHERE stream = ? AND revision <= ? ORDER BY revision DESC LIMIT ?`,
  ),
  readAll: db.prepare(`SELECT ${COLUMNS} FROM events WHERE position > ? ORDER BY position ASC LIMIT ?`),
  // Parsing the whole metadata in JavaScript, and building the integrity fields' strings, cost close to a third of
  // reading the log (docs/benchmarks.md has both rates). The two fields needed come from their columns, or for rows
  // older than those columns out of the metadata's JSON text, in SQL (coalesce evaluates its fallback only if used).
  readAllLean: db
    .prepare<[number, number], LeanEventRow>(
      'SELECT position, stream, revision, type, data, ' +
        "coalesce(event_schema_version, metadata ->> '$.schemaVersion'), " +
        "coalesce(recorded_at, metadata ->> '$.recordedAt') " +
        'FROM events WHERE position > ? ORDER BY position ASC LIMIT ?',
    )
    .raw(),
  headPosition: db.prepare('SELECT coalesce(max(position), 0) AS position FROM events'),
  // A range of the rowid, cut at the cap: cheap however long the log.
  countAfter: db
    .prepare<[number, number], number>('SELECT count(*) FROM (SELECT 1 FROM events WHERE position > ? LIMIT ?)')
    .pluck(),
});

export const toStoredEvent = (row: EventRow): StoredEvent => ({
  stream: row.stream,
  revision: row.revision,
  position: row.position,
  type: row.type,
  data: JSON.parse(row.data) as StoredEvent['data'],
  metadata: JSON.parse(row.metadata) as StoredEvent['metadata'],
  hash: row.hash,
  previousHash: row.previous_hash,
});

export const toLeanEvent = (row: LeanEventRow): LeanEvent => ({
  position: row[0],
  stream: row[1],
  revision: row[2],
  type: row[3],
  data: JSON.parse(row[4]) as LeanEvent['data'],
  schemaVersion: row[5],
  recordedAt: row[6],
});
