import type { Database, Statement } from 'better-sqlite3';
import {
  PROJECTION_STATUSES,
  type ProjectionFailure,
  type ProjectionRecord,
  type ProjectionStatus,
} from '../../runtime/read-model-store.port.js';

type RecordRow = Readonly<{
  projection_id: string;
  name: string;
  version: number;
  checkpoint: number;
  status: string;
  failure: string | null;
  updated_at: string;
}>;

/** Statements on rm_projections and rm_collections, prepared once per connection. */
export type RecordStatements = Readonly<{
  all: Statement<[], RecordRow>;
  insert: Statement<[projectionId: string, name: string, version: number, updatedAt: string]>;
  /** Moves the checkpoint forward only: re-committing an older batch leaves it where it is. */
  advance: Statement<[checkpoint: number, updatedAt: string, projectionId: string]>;
  setStatus: Statement<[status: string, failure: string | null, updatedAt: string, projectionId: string]>;
  remove: Statement<[projectionId: string]>;
  register: Statement<[projectionId: string, collection: string, table: string]>;
  tablesOf: Statement<[projectionId: string], { collection: string; table_name: string }>;
  tableOf: Statement<[projectionId: string, collection: string], { table_name: string }>;
  tableOwner: Statement<[table: string], { projection_id: string; collection: string }>;
  unregister: Statement<[projectionId: string]>;
}>;

export const prepareRecordStatements = (db: Database): RecordStatements => ({
  all: db.prepare('SELECT * FROM rm_projections ORDER BY name, version'),
  insert: db.prepare(
    'INSERT INTO rm_projections (projection_id, name, version, checkpoint, status, failure, updated_at) ' +
      "VALUES (?, ?, ?, 0, 'rebuilding', NULL, ?) ON CONFLICT (projection_id) DO NOTHING",
  ),
  advance: db.prepare(
    'UPDATE rm_projections SET checkpoint = max(checkpoint, ?), updated_at = ? WHERE projection_id = ?',
  ),
  setStatus: db.prepare('UPDATE rm_projections SET status = ?, failure = ?, updated_at = ? WHERE projection_id = ?'),
  remove: db.prepare('DELETE FROM rm_projections WHERE projection_id = ?'),
  register: db.prepare(
    'INSERT INTO rm_collections (projection_id, collection, table_name) VALUES (?, ?, ?) ' +
      'ON CONFLICT (projection_id, collection) DO NOTHING',
  ),
  tablesOf: db.prepare('SELECT collection, table_name FROM rm_collections WHERE projection_id = ?'),
  tableOf: db.prepare('SELECT table_name FROM rm_collections WHERE projection_id = ? AND collection = ?'),
  tableOwner: db.prepare('SELECT projection_id, collection FROM rm_collections WHERE table_name = ?'),
  unregister: db.prepare('DELETE FROM rm_collections WHERE projection_id = ?'),
});

const isStatus = (status: string): status is ProjectionStatus =>
  (PROJECTION_STATUSES as readonly string[]).includes(status);

export const toProjectionRecord = (row: RecordRow): ProjectionRecord => {
  if (!isStatus(row.status)) throw new Error(`read-model store: ${row.projection_id} has unknown status ${row.status}`);
  return {
    projectionId: row.projection_id,
    name: row.name,
    version: row.version,
    checkpoint: row.checkpoint,
    status: row.status,
    failure: row.failure === null ? null : (JSON.parse(row.failure) as ProjectionFailure),
    updatedAt: row.updated_at,
  };
};
