import type { Database, Statement } from 'better-sqlite3';
import type { StoredEvent } from './event-store.port.js';

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

type InsertParams = [
  stream: string,
  revision: number,
  type: string,
  data: string,
  metadata: string,
  hash: string,
  previousHash: string | null,
  commandId: string,
];

/** Every statement the adapter runs, prepared once per connection. */
export type SqliteStatements = Readonly<{
  streamHead: Statement<[stream: string], Pick<EventRow, 'revision' | 'hash'>>;
  eventsOfCommand: Statement<[commandId: string], EventRow>;
  insert: Statement<InsertParams>;
  readForward: Statement<[stream: string, fromRevision: number, limit: number], EventRow>;
  readBackward: Statement<[stream: string, fromRevision: number, limit: number], EventRow>;
  readAll: Statement<[after: number, limit: number], EventRow>;
  headPosition: Statement<[], { position: number }>;
}>;

const COLUMNS = 'position, stream, revision, type, data, metadata, hash, previous_hash, command_id';

export const prepareStatements = (db: Database): SqliteStatements => ({
  // Served by the UNIQUE (stream, revision) index: one probe gives both the revision and the hash to chain to.
  streamHead: db.prepare('SELECT revision, hash FROM events WHERE stream = ? ORDER BY revision DESC LIMIT 1'),
  eventsOfCommand: db.prepare(`SELECT ${COLUMNS} FROM events WHERE command_id = ? ORDER BY position`),
  insert: db.prepare(
    'INSERT INTO events (stream, revision, type, data, metadata, hash, previous_hash, command_id) ' +
      'VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  ),
  readForward: db.prepare(
    `SELECT ${COLUMNS} FROM events WHERE stream = ? AND revision >= ? ORDER BY revision ASC LIMIT ?`,
  ),
  readBackward: db.prepare(
    `SELECT ${COLUMNS} FROM events WHERE stream = ? AND revision <= ? ORDER BY revision DESC LIMIT ?`,
  ),
  readAll: db.prepare(`SELECT ${COLUMNS} FROM events WHERE position > ? ORDER BY position ASC LIMIT ?`),
  headPosition: db.prepare('SELECT coalesce(max(position), 0) AS position FROM events'),
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
