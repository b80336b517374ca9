import type { Database, Statement } from 'better-sqlite3';
import {
  PROJECTION_STATUSES,
  type ProjectionFailure,
  type ProjectionRecord,
  type ProjectionStatus,
} from '../../runtime/read-model-store.port.js';

export type VersionRow = Readonly<{
  projection_id: string;
  name: string;
  version: number;
  file: string;
  status: string;
  failure: string | null;
  updated_at: string;
}>;

/** Statements on the catalogue (rm_versions and rm_collections), prepared once per connection to the main file. */
export type CatalogueStatements = Readonly<{
  all: Statement<[], VersionRow>;
  /** The file of a version's documents, by the name rm_versions holds. */
  fileOf: Statement<[projectionId: string], string>;
  insert: Statement<[projectionId: string, name: string, version: number, file: string, updatedAt: string]>;
  setStatus: Statement<[status: string, failure: string | null, updatedAt: string, projectionId: string]>;
  remove: Statement<[projectionId: string]>;
  register: Statement<[projectionId: string, collection: string, table: string]>;
  tablesOf: Statement<[projectionId: string], { collection: string; table_name: string }>;
  tableOwner: Statement<[table: string], { projection_id: string; collection: string }>;
  unregister: Statement<[projectionId: string]>;
}>;

export const prepareCatalogueStatements = (db: Database): CatalogueStatements => ({
  all: db.prepare('SELECT * FROM rm_versions ORDER BY name, version'),
  fileOf: db.prepare<[string], string>('SELECT file FROM rm_versions WHERE projection_id = ?').pluck(),
  insert: db.prepare(
    'INSERT INTO rm_versions (projection_id, name, version, file, status, failure, updated_at) ' +
      "VALUES (?, ?, ?, ?, 'rebuilding', NULL, ?) ON CONFLICT (projection_id) DO NOTHING",
  ),
  setStatus: db.prepare('UPDATE rm_versions SET status = ?, failure = ?, updated_at = ? WHERE projection_id = ?'),
  remove: db.prepare('DELETE FROM rm_versions WHERE projection_id = ?'),
  register: db.prepare(
    'INSERT INTO rm_collections (projection_id, collection, table_name) VALUES (?, ?, ?) ' +
      'ON CONFLICT (projection_id, collection) DO NOTHING',
  ),
  tablesOf: db.prepare('SELECT collection, table_name FROM rm_collections WHERE projection_id = ?'),
  tableOwner: db.prepare('SELECT projection_id, collection FROM rm_collections WHERE table_name = ?'),
  unregister: db.prepare('DELETE FROM rm_collections WHERE projection_id = ?'),
});

const isStatus = (status: string): status is ProjectionStatus =>
  (PROJECTION_STATUSES as readonly string[]).includes(status);

/** A version's record: its catalogue row and the checkpoint committed in its file (`updatedAt` the later of both). */
export const toProjectionRecord = (
  row: VersionRow,
  committed: Readonly<{ checkpoint: number; updatedAt: string }>,
): ProjectionRecord => {
  if (!isStatus(row.status)) throw new Error(`read-model store: ${row.projection_id} has unknown status ${row.status}`);
  return {
    projectionId: row.projection_id,
    name: row.name,
    version: row.version,
    checkpoint: committed.checkpoint,
    status: row.status,
    failure: row.failure === null ? null : (JSON.parse(row.failure) as ProjectionFailure),
    updatedAt: committed.updatedAt > row.updated_at ? committed.updatedAt : row.updated_at,
  };
};
