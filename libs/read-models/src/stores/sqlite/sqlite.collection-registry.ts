import type { Database } from 'better-sqlite3';
import { prepareCollectionStatements, type CollectionStatements } from './sqlite.collection-statements.js';
import type { RecordStatements } from './sqlite.records.js';

export type CollectionTable = Readonly<{ table: string; statements: CollectionStatements }>;

/** This connection's view of the catalogue: collection tables with their prepared statements. */
export type CollectionRegistry = Readonly<{
  /** The table of a collection, or undefined when the version was never prepared (or was dropped). */
  find(projectionId: string, collection: string): CollectionTable | undefined;
  /** Forgets a version's tables and statements (dropped here, or found dropped by another process). */
  forget(projectionId: string): void;
}>;

export const createCollectionRegistry = (db: Database, records: RecordStatements): CollectionRegistry => {
  const byProjection = new Map<string, Map<string, CollectionTable>>();
  return {
    find: (projectionId, collection) => {
      const cached = byProjection.get(projectionId)?.get(collection);
      if (cached !== undefined) return cached;
      // Not cached: another process (the projector, beside the API) may have prepared it since.
      const row = records.tableOf.get(projectionId, collection);
      if (row === undefined) return undefined;
      const found = { table: row.table_name, statements: prepareCollectionStatements(db, row.table_name) };
      const tables = byProjection.get(projectionId) ?? new Map<string, CollectionTable>();
      tables.set(collection, found);
      byProjection.set(projectionId, tables);
      return found;
    },
    forget: (projectionId) => {
      byProjection.delete(projectionId);
    },
  };
};
