import type { Database } from 'better-sqlite3';

/**
 * Migrations in order; the database records how many it has applied in schema_version. Append new ones at the
 * end, never edit a shipped one.
 */
const MIGRATIONS: readonly string[] = [
  `
  -- position is the rowid: a new row gets max(position) + 1, so a rolled-back insert burns no number and positions
  -- stay gap-free (no AUTOINCREMENT, which would make them merely increasing).
  CREATE TABLE events (
    position      INTEGER PRIMARY KEY,
    stream        TEXT    NOT NULL,
    revision      INTEGER NOT NULL CHECK (revision >= 0),
    type          TEXT    NOT NULL,
    data          TEXT    NOT NULL,
    metadata      TEXT    NOT NULL,
    hash          TEXT    NOT NULL,
    previous_hash TEXT,
    command_id    TEXT    NOT NULL,
    UNIQUE (stream, revision)
  ) STRICT;
  CREATE INDEX events_by_command_id ON events (command_id);
  -- History is append-only. The hash chain detects tampering; these refuse accidents. Deleting the last row would
  -- also let its position be reused.
  CREATE TRIGGER events_are_immutable BEFORE UPDATE ON events
    BEGIN SELECT RAISE(ABORT, 'events are append-only: UPDATE is not allowed'); END;
  CREATE TRIGGER events_are_permanent BEFORE DELETE ON events
    BEGIN SELECT RAISE(ABORT, 'events are append-only: DELETE is not allowed'); END;
  `,
  `
  -- The two metadata fields projections read with every event, kept beside the metadata when an event is inserted:
  -- taking them out of its JSON text on every read cost each projector thread about a twentieth of a rebuild. Rows
  -- from before this migration hold NULL; readers fall back to the metadata. Neither is hashed: both are copies.
  ALTER TABLE events ADD COLUMN event_schema_version INTEGER;
  ALTER TABLE events ADD COLUMN recorded_at TEXT;
  `,
];

export const SCHEMA_VERSION = MIGRATIONS.length;

/**
 * Brings the schema up to `toVersion` (SCHEMA_VERSION unless a test builds a file as an earlier version left it).
 * Runs under the write lock, so processes opening the same new file at once do not both migrate it.
 * @throws Error when the file was written by a newer version of this code (its schema cannot be read safely).
 */
export const migrateSchema = (db: Database, toVersion = SCHEMA_VERSION): void => {
  db.transaction(() => {
    db.exec('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL, applied_at TEXT NOT NULL) STRICT');
    const row = db.prepare<[], { version: number | null }>('SELECT max(version) AS version FROM schema_version').get();
    const current = row?.version ?? 0;
    if (current > SCHEMA_VERSION) {
      throw new Error(
        `Event store schema version ${current} is newer than this code supports (${SCHEMA_VERSION}); upgrade the code.`,
      );
    }
    const record = db.prepare<[number, string]>('INSERT INTO schema_version (version, applied_at) VALUES (?, ?)');
    MIGRATIONS.slice(current, toVersion).forEach((migration, index) => {
      db.exec(migration);
      record.run(current + index + 1, new Date().toISOString());
    });
  }).immediate();
};
