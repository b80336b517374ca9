import type { Database } from 'better-sqlite3';
import type { CollectionDefinition } from '../../projection.js';
import { collectionTableName, fieldExpression, quoted } from './sqlite.table-names.js';

/**
 * Records of projection versions, and the catalogue of their collections' tables (so `drop` finds every table, and
 * two versions or collections never share one).
 */
export const createCatalogue = (db: Database): void => {
  db.exec(`
    CREATE TABLE IF NOT EXISTS rm_projections (
      projection_id TEXT    PRIMARY KEY,
      name          TEXT    NOT NULL,
      version       INTEGER NOT NULL,
      checkpoint    INTEGER NOT NULL,
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
};

/**
 * One table per projection version and collection: the document as JSON text and the position of the last event
 * applied to it. A rebuild writes into its own fresh tables, and dropping an old version is a DROP TABLE instead of
 * a delete over a shared table. Indexes are on the same json_extract expressions queries filter by, and each but a
 * unique one ends with the document id: entries are then in a total order, so a keyset page continues from its last
 * (value, id) within the index.
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
