import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { projectionId as idOf } from '../../projection.js';
import { ReadModelNameClash, ReadModelNotPrepared } from '../../runtime/read-model-store.errors.js';
import {
  documentKeyString,
  type DocumentWrite,
  type ReadModelStore,
} from '../../runtime/read-model-store.port.js';
import type { DocumentFilter, GroupCount, PageQuery } from '../../shared/document-filter.js';
import { createCollectionRegistry, type CollectionTable } from './sqlite.collection-registry.js';
import { countQuery, findQuery, pageQuery } from './sqlite.queries.js';
import { createQueryStatements } from './sqlite.query-statements.js';
import { createCatalogue, createCollectionTable } from './sqlite.read-model.schema.js';
import { prepareRecordStatements, toProjectionRecord } from './sqlite.records.js';
import { quoted } from './sqlite.table-names.js';

export type SqliteReadModelStoreOptions = Readonly<{
  /** Path of the database file (its folder is created if missing), or ':memory:' for a private store in tests. */
  file: string;
  /**
   * How long a write waits for another process's write lock (projectors of different projections may share the
   * file, and a catching-up commit can hold the lock for a second or more). Default 15000 ms.
   */
  busyTimeoutMs?: number;
  /** Clock for the records' updatedAt. Default: the system clock. */
  now?: () => Date;
}>;

type PrepareInput = Parameters<ReadModelStore['prepare']>[0];

/**
 * By shape, not `instanceof`: the native addon throws the SqliteError class of whichever copy of better-sqlite3
 * registered last, which in a host that loads the package more than once (Jest, one realm per spec file) is
 * neither this module's class nor built on this realm's Error.
 */
const parseDoc = <Doc>(text: string): Doc => JSON.parse(text) as Doc;

const isMissingTable = (error: unknown): boolean =>
  typeof error === 'object' &&
  error !== null &&
  (error as { code?: unknown }).code === 'SQLITE_ERROR' &&
  String((error as { message?: unknown }).message).startsWith('no such table');

export const createSqliteReadModelStore = (options: SqliteReadModelStoreOptions): ReadModelStore => {
  if (options.file !== ':memory:') mkdirSync(dirname(options.file), { recursive: true });
  const db = new Database(options.file, { timeout: options.busyTimeoutMs ?? 15_000 });
  // Documents are ~0.2–2 KB: 16 KiB pages hold several each, which made a rebuild's commits a sixth faster than
  // 4 KiB pages. Only a new file takes it (before WAL is on); an existing one keeps its size.
  db.pragma('page_size = 16384');
  db.pragma('journal_mode = WAL');
  // NORMAL still commits atomically; a power cut may lose the last commits, documents and checkpoint together, and
  // the projector redoes them from the event store. FULL would fsync every batch of data that can be rebuilt.
  db.pragma('synchronous = NORMAL');
  // 64 MiB of page cache (the default is 2 MiB): a rebuild's commit touches pages all over each table.
  db.pragma('cache_size = -65536');
  createCatalogue(db);
  const records = prepareRecordStatements(db);
  const registry = createCollectionRegistry(db, records);
  const queries = createQueryStatements(db);
  const now = options.now ?? (() => new Date());

  const requireCollection = (projectionId: string, collection: string): CollectionTable => {
    const found = registry.find(projectionId, collection);
    if (found === undefined) throw new ReadModelNotPrepared(projectionId, collection);
    return found;
  };

  /** Reads of a version another process dropped meanwhile answer as for any dropped version: nothing. */
  const unlessDropped = <T>(projectionId: string, read: () => T, empty: T): T => {
    try {
      return read();
    } catch (error) {
      if (!isMissingTable(error)) throw error;
      registry.forget(projectionId);
      queries.clear();
      return empty;
    }
  };

  const prepare = db.transaction(({ name, version, collections }: PrepareInput) => {
    const projectionId = idOf({ name, version });
    for (const definition of collections) {
      const table = createCollectionTable(db, projectionId, definition);
      const owner = records.tableOwner.get(table);
      if (owner !== undefined && (owner.projection_id !== projectionId || owner.collection !== definition.name)) {
        throw new ReadModelNameClash(projectionId, definition.name, table);
      }
      records.register.run(projectionId, definition.name, table);
    }
    records.insert.run(projectionId, name, version, now().toISOString());
  });

  const commit = db.transaction((projectionId: string, writes: readonly DocumentWrite[], checkpoint: number) => {
    for (const write of writes) {
      const { statements } = requireCollection(projectionId, write.collection);
      if (write.kind === 'put') statements.upsert.run(write.id, JSON.stringify(write.doc), write.position);
      else statements.remove.run(write.id, write.position);
    }
    if (records.advance.run(checkpoint, now().toISOString(), projectionId).changes === 0) {
      throw new ReadModelNotPrepared(projectionId, null);
    }
  });

  const drop = db.transaction((projectionId: string) => {
    for (const { table_name: table } of records.tablesOf.all(projectionId)) db.exec(`DROP TABLE IF EXISTS ${quoted(table)}`);
    records.unregister.run(projectionId);
    records.remove.run(projectionId);
  });

  /** A query of a collection's table, answered as for a dropped version when it was never prepared or is gone. */
  const read = <T>(projectionId: string, collection: string, query: (table: string) => T, empty: T): T =>
    unlessDropped(
      projectionId,
      () => {
        const found = registry.find(projectionId, collection);
        return found === undefined ? empty : query(found.table);
      },
      empty,
    );

  return {
    prepare: async (projection) => {
      // IMMEDIATE takes the write lock up front: a deferred transaction that reads first could fail with SQLITE_BUSY
      // instead of waiting when the other process writes meanwhile.
      prepare.immediate(projection);
    },
    load: async (projectionId, keys) => {
      const idsByCollection = new Map<string, string[]>();
      for (const { collection, id } of keys) {
        const ids = idsByCollection.get(collection);
        if (ids === undefined) idsByCollection.set(collection, [id]);
        else ids.push(id);
      }
      const loaded = new Map<string, unknown>();
      for (const [collection, ids] of idsByCollection) {
        const { statements } = requireCollection(projectionId, collection);
        for (const row of statements.loadMany.all(JSON.stringify(ids))) {
          loaded.set(documentKeyString({ collection, id: row.id }), JSON.parse(row.doc));
        }
      }
      return loaded;
    },
    commit: async (projectionId, writes, checkpoint) => {
      commit.immediate(projectionId, writes, checkpoint);
    },
    records: async () => records.all.all().map(toProjectionRecord),
    setStatus: async (projectionId, status, failure) => {
      const failureJson = failure === null ? null : JSON.stringify(failure);
      if (records.setStatus.run(status, failureJson, now().toISOString(), projectionId).changes === 0) {
        throw new ReadModelNotPrepared(projectionId, null);
      }
    },
    drop: async (projectionId) => {
      registry.forget(projectionId);
      queries.clear();
      drop.immediate(projectionId);
    },
    get: async <Doc>(projectionId: string, collection: string, id: string): Promise<Doc | undefined> =>
      unlessDropped(
        projectionId,
        () => {
          const row = registry.find(projectionId, collection)?.statements.get.get(id);
          return row === undefined ? undefined : (JSON.parse(row.doc) as Doc);
        },
        undefined,
      ),
    find: async <Doc>(projectionId: string, collection: string, filter: DocumentFilter): Promise<Doc[]> =>
      read(projectionId, collection, (table) => queries.docs(findQuery(table, filter)).map(parseDoc<Doc>), []),
    page: async <Doc>(projectionId: string, collection: string, filter: DocumentFilter, page: PageQuery) =>
      read(projectionId, collection, (table) => queries.docs(pageQuery(table, filter, page)).map(parseDoc<Doc>), []),
    count: async (projectionId, collection, filter, groupBy): Promise<GroupCount[]> =>
      read(
        projectionId,
        collection,
        (table) =>
          queries
            .counts(countQuery(table, filter, groupBy))
            .map((row) => ({ key: row.slice(0, -1), count: Number(row[row.length - 1]) }))
            .filter((group) => group.count > 0),
        [],
      ),
    close: async () => {
      db.close();
    },
  };
};
