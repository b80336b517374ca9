import type { Database } from 'better-sqlite3';
import type { CollectionDefinition } from '../../projection.js';
import { collectionTableName, fieldExpression, quoted } from './sqlite.table-names.js';

/**
 * The catalogue, in the main file: each projection version's record and the file that holds its documents, and its
 * collections' tables (two versions or collections never share one). Each version has a file of its own, so
 * projections committing at once on different threads or processes do not queue on one write lock.
 */
export const createCatalogue = (db: Database): void => {
  db.transaction(() => {
    dropSingleFileLayout(db);
    db.exec(`
      CREATE TABLE IF NOT EXISTS rm_versions (
        projection_id TEXT    PRIMARY KEY,
        name          TEXT    NOT NULL,
        version       INTEGER NOT NULL,
        file          TEXT    NOT NULL UNIQUE,
        status        TEXT    NOT NULL,
        failure       TEXT,
        updated_at    TEXT    NOT NULL
      ) STRICT;
      CREATE TABLE IF NOT EXISTS rm_collections (
        projection_id TEXT NOT NULL,
        collection    TEXT NOT NULL,
        table_name    TEXT NOT NULL UNIQUE,
        PRIMARY KEY (projection_id, collection)
      ) STRICT;
    `);
  }).immediate();
};

/**
 * Stores written before versions had files of their own kept every table in this file, with the checkpoints in
 * rm_projections. Read models are derived data: those tables are dropped, and the projector rebuilds every version
 * from the event store into the new layout.
 */
const dropSingleFileLayout = (db: Database): void => {
  const old = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'rm_projections'").get();
  if (old === undefined) return;
  const tables = db.prepare<[], string>('SELECT table_name FROM rm_collections').pluck().all();
  for (const table of [...tables, 'rm_collections', 'rm_projections']) db.exec(`DROP TABLE IF EXISTS ${quoted(table)}`);
};

/** The version's checkpoint, in its own file: committed in the same transaction as the documents it covers. */
export const createCheckpointTable = (db: Database): void => {
  db.exec(`
    CREATE TABLE IF NOT EXISTS rm_checkpoint (
      id         INTEGER PRIMARY KEY CHECK (id = 1),
      checkpoint INTEGER NOT NULL,
      updated_at TEXT    NOT NULL
    ) STRICT;
    INSERT INTO rm_checkpoint (id, checkpoint, updated_at) VALUES (1, 0, '') ON CONFLICT (id) DO NOTHING;
  `);
};

/**
 * One table per collection, in its version's file: the document as JSON text and the position of the last event
 * applied to it. Indexes are on the same json_extract expressions queries filter by, and each but a unique one ends
 * with the document id: entries are then in a total order, so a keyset page continues from its last (value, id)
 * within the index.
 */
export const createCollectionTable = (db: Database, projectionId: string, collection: CollectionDefinition): string => {
  const table = collectionTableName(projectionId, collection.name);
  db.exec(`CREATE TABLE IF NOT EXISTS ${quoted(table)} (
    id       TEXT    PRIMARY KEY,
    doc      TEXT    NOT NULL,
    position INTEGER NOT NULL
  ) STRICT`);
  for (const index of collection.indexes) {
    const unique = index.unique === true;
    const columns = [...index.fields.map(fieldExpression), ...(unique ? [] : ['id'])];
    const named = [...index.fields, ...(unique ? [] : ['id'])].join('_').replace(/[^A-Za-z0-9_]/g, '_');
    const name = `${table}__by_${named}`;
    const create = `CREATE ${unique ? 'UNIQUE ' : ''}INDEX IF NOT EXISTS ${quoted(name)}`;
    db.exec(`${create} ON ${quoted(table)} (${columns.join(', ')})`);
  }
  return table;
};
