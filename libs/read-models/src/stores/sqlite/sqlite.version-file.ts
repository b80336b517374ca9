import type { Database } from 'better-sqlite3';
import type { CollectionDefinition } from '../../projection.js';
import { ReadModelNotPrepared } from '../../runtime/read-model-store.errors.js';
import type { DocumentWrite } from '../../runtime/read-model-store.port.js';
import { prepareCollectionStatements, type CollectionStatements } from './sqlite.collection-statements.js';
import { createQueryStatements, type QueryStatements } from './sqlite.query-statements.js';
import { openReadModelDatabase, type ReadModelConnectionOptions } from './sqlite.read-model.connection.js';
import { createCheckpointTable, createCollectionTable } from './sqlite.read-model.schema.js';

export type CollectionTable = Readonly<{ table: string; statements: CollectionStatements }>;

export type CommittedCheckpoint = Readonly<{ checkpoint: number; updatedAt: string }>;

/** One projection version's file as this connection sees it: its collections' tables and its checkpoint. */
export type VersionFile = Readonly<{
  /** The file's name in the catalogue: a dropped and prepared-again version gets a new one. */
  name: string;
  tables: ReadonlyMap<string, CollectionTable>;
  queries: QueryStatements;
  committed(): CommittedCheckpoint;
  /** The writes and the checkpoint in one transaction of this file alone. */
  commit(writes: readonly DocumentWrite[], checkpoint: number, updatedAt: string): void;
  close(): void;
}>;

type Opening = Readonly<{
  projectionId: string;
  name: string;
  path: string;
  connection: ReadModelConnectionOptions;
}>;

/** Creates (or completes) a version's file: its checkpoint and collection tables with their indexes. */
export const createVersionFile = (
  opening: Opening,
  collections: readonly CollectionDefinition[],
): VersionFile => {
  const db = openReadModelDatabase(opening.path, { ...opening.connection, mustExist: false });
  try {
    const tables = db
      .transaction(() => {
        createCheckpointTable(db);
        return collections.map((collection) => ({
          collection: collection.name,
          table_name: createCollectionTable(db, opening.projectionId, collection),
        }));
      })
      .immediate();
    return versionFileOn(db, opening, tables);
  } catch (error) {
    db.close();
    throw error;
  }
};

/**
 * Opens a version's existing file with its catalogued tables.
 * @throws the SQLite error when the file or a table is missing (another process prepares or drops the version).
 */
export const openVersionFile = (
  opening: Opening,
  tables: readonly Readonly<{ collection: string; table_name: string }>[],
): VersionFile => {
  const db = openReadModelDatabase(opening.path, { ...opening.connection, mustExist: true });
  try {
    return versionFileOn(db, opening, tables);
  } catch (error) {
    db.close();
    throw error;
  }
};

const versionFileOn = (
  db: Database,
  { projectionId, name }: Opening,
  catalogued: readonly Readonly<{ collection: string; table_name: string }>[],
): VersionFile => {
  const tables = new Map(
    catalogued.map(({ collection, table_name: table }) => [
      collection,
      { table, statements: prepareCollectionStatements(db, table) },
    ]),
  );
  const readCheckpoint = db.prepare<[], CommittedCheckpoint>(
    'SELECT checkpoint, updated_at AS updatedAt FROM rm_checkpoint WHERE id = 1',
  );
  // Moves the checkpoint forward only: re-committing an older batch leaves it where it is.
  const advance = db.prepare('UPDATE rm_checkpoint SET checkpoint = max(checkpoint, ?), updated_at = ? WHERE id = 1');
  const commit = db.transaction((writes: readonly DocumentWrite[], checkpoint: number, updatedAt: string) => {
    for (const write of writes) {
      const found = tables.get(write.collection);
      if (found === undefined) throw new ReadModelNotPrepared(projectionId, write.collection);
      if (write.kind === 'put') found.statements.upsert.run(write.id, JSON.stringify(write.doc), write.position);
      else found.statements.remove.run(write.id, write.position);
    }
    advance.run(checkpoint, updatedAt);
  });
  return {
    name,
    tables,
    queries: createQueryStatements(db),
    committed: () => readCheckpoint.get() ?? { checkpoint: 0, updatedAt: '' },
    // IMMEDIATE takes the write lock up front: a deferred transaction that reads first could fail with SQLITE_BUSY
    // instead of waiting when another process writes meanwhile.
    commit: (writes, checkpoint, updatedAt) => commit.immediate(writes, checkpoint, updatedAt),
    close: () => db.close(),
  };
};
