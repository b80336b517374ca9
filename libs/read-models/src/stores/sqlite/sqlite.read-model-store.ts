import { randomUUID } from 'node:crypto';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { projectionId as idOf } from '../../projection.js';
import { ReadModelNameClash, ReadModelNotPrepared } from '../../runtime/read-model-store.errors.js';
import { documentKeyString, type ReadModelStore } from '../../runtime/read-model-store.port.js';
import type { DocumentFilter, GroupCount, PageQuery } from '../../shared/document-filter.js';
import { countQuery, findQuery, pageQuery } from './sqlite.queries.js';
import {
  isMissingFile,
  isMissingTable,
  openReadModelDatabase,
  type ReadModelConnectionOptions,
} from './sqlite.read-model.connection.js';
import { createCatalogue } from './sqlite.read-model.schema.js';
import { prepareCatalogueStatements, toProjectionRecord } from './sqlite.records.js';
import { collectionTableName, slug } from './sqlite.table-names.js';
import { createVersionFile, openVersionFile, type CollectionTable, type VersionFile } from './sqlite.version-file.js';

export type SqliteReadModelStoreOptions = Readonly<{
  /**
   * Path of the catalogue file (its folder is created if missing); each projection version's documents go to a
   * file of their own beside it, named after it. ':memory:' keeps everything private to this store, for tests.
   */
  file: string;
  /**
   * How long a write waits for another process's write lock (the API and apps/projector may both write a
   * version's file, and a catching-up commit can hold the lock for a second or more). Default 15000 ms.
   */
  busyTimeoutMs?: number;
  /** Clock for the records' updatedAt. Default: the system clock. */
  now?: () => Date;
}>;

type PrepareInput = Parameters<ReadModelStore['prepare']>[0];

const parseDoc = <Doc>(text: string): Doc => JSON.parse(text) as Doc;

/** Page cache of each version's connection (the catalogue's keeps SQLite's default). */
const VERSION_CACHE_KIB = 65_536;

/**
 * The read-model store on SQLite files: a catalogue of projection versions (`file`), and one file per version
 * holding its documents and checkpoint, committed together in one transaction. With a file each, versions
 * committing at once (projector threads, or processes) do not queue on one write lock, which made a rebuild of
 * every projection on two threads a fifth faster than with one shared file.
 */
export const createSqliteReadModelStore = (options: SqliteReadModelStoreOptions): ReadModelStore => {
  const inMemory = options.file === ':memory:';
  if (!inMemory) mkdirSync(dirname(options.file), { recursive: true });
  const busyTimeoutMs = options.busyTimeoutMs ?? 15_000;
  const connection: ReadModelConnectionOptions = { busyTimeoutMs, mustExist: false, cacheKiB: VERSION_CACHE_KIB };
  const db = openReadModelDatabase(options.file, { busyTimeoutMs, mustExist: false, cacheKiB: 2_000 });
  const filePrefix = `${basename(options.file).replace(/\.sqlite$/, '')}.`;
  const pathOf = (name: string): string => (inMemory ? ':memory:' : join(dirname(options.file), name));
  createCatalogue(db);
  const catalogue = prepareCatalogueStatements(db);
  if (!inMemory) removeOrphanFiles(options.file, filePrefix, () => catalogue.all.all().map((row) => row.file));
  const now = options.now ?? (() => new Date());
  /** Version files this store has open; a catalogue lookup on each use tells whether another process dropped one. */
  const opened = new Map<string, VersionFile>();

  const forget = (projectionId: string): void => {
    opened.get(projectionId)?.close();
    opened.delete(projectionId);
  };

  /** The version's file as catalogued now; undefined while it is not (or no longer) there. */
  const versionOf = (projectionId: string): VersionFile | undefined => {
    const name = catalogue.fileOf.get(projectionId);
    const open = opened.get(projectionId);
    if (open !== undefined && open.name === name) return open;
    forget(projectionId);
    if (name === undefined || inMemory) return undefined;
    try {
      const found = openVersionFile(
        { projectionId, name, path: pathOf(name), connection },
        catalogue.tablesOf.all(projectionId),
      );
      opened.set(projectionId, found);
      return found;
    } catch (error) {
      if (isMissingFile(error) || isMissingTable(error)) return undefined;
      throw error;
    }
  };

  /** Catalogues the version (once) with a new file name, refusing tables another version or collection owns. */
  const catalogueVersion = db.transaction(({ name, version, collections }: PrepareInput): string => {
    const projectionId = idOf({ name, version });
    const existing = catalogue.fileOf.get(projectionId);
    if (existing !== undefined) return existing;
    for (const collection of collections) {
      const table = collectionTableName(projectionId, collection.name);
      const owner = catalogue.tableOwner.get(table);
      if (owner !== undefined && (owner.projection_id !== projectionId || owner.collection !== collection.name)) {
        throw new ReadModelNameClash(projectionId, collection.name, table);
      }
      catalogue.register.run(projectionId, collection.name, table);
    }
    const file = `${filePrefix}${slug(projectionId)}.${randomUUID().slice(0, 8)}.sqlite`;
    catalogue.insert.run(projectionId, name, version, file, now().toISOString());
    return file;
  });

  const uncatalogue = db.transaction((projectionId: string) => {
    catalogue.unregister.run(projectionId);
    catalogue.remove.run(projectionId);
  });

  /** A query of a collection's table, answered as for a dropped version when it is not (or no longer) there. */
  const read = <T>(
    projectionId: string,
    collection: string,
    query: (version: VersionFile, found: CollectionTable) => T,
    empty: T,
  ): T => {
    const version = versionOf(projectionId);
    const found = version?.tables.get(collection);
    if (version === undefined || found === undefined) return empty;
    try {
      return query(version, found);
    } catch (error) {
      if (!isMissingTable(error)) throw error;
      forget(projectionId);
      return empty;
    }
  };

  const requireVersion = (projectionId: string): VersionFile => {
    const version = versionOf(projectionId);
    if (version === undefined) throw new ReadModelNotPrepared(projectionId, null);
    return version;
  };

  return {
    prepare: async (projection) => {
      // IMMEDIATE takes the write lock up front: a deferred transaction that reads first could fail with SQLITE_BUSY
      // instead of waiting when the other process writes meanwhile. Catalogued before the file exists, so that
      // removeOrphanFiles never takes a file being prepared for one.
      const name = catalogueVersion.immediate(projection);
      const projectionId = idOf(projection);
      if (opened.get(projectionId)?.name === name) return;
      forget(projectionId);
      const created = createVersionFile({ projectionId, name, path: pathOf(name), connection }, projection.collections);
      opened.set(projectionId, created);
    },
    load: async (projectionId, keys) => {
      const version = requireVersion(projectionId);
      const idsByCollection = new Map<string, string[]>();
      for (const { collection, id } of keys) {
        const ids = idsByCollection.get(collection);
        if (ids === undefined) idsByCollection.set(collection, [id]);
        else ids.push(id);
      }
      const loaded = new Map<string, unknown>();
      for (const [collection, ids] of idsByCollection) {
        const found = version.tables.get(collection);
        if (found === undefined) throw new ReadModelNotPrepared(projectionId, collection);
        for (const row of found.statements.loadMany.all(JSON.stringify(ids))) {
          loaded.set(documentKeyString({ collection, id: row.id }), JSON.parse(row.doc));
        }
      }
      return loaded;
    },
    commit: async (projectionId, writes, checkpoint) => {
      requireVersion(projectionId).commit(writes, checkpoint, now().toISOString());
    },
    records: async () =>
      catalogue.all
        .all()
        .map((row) => toProjectionRecord(row, versionOf(row.projection_id)?.committed() ?? { checkpoint: 0, updatedAt: '' })),
    setStatus: async (projectionId, status, failure) => {
      const failureJson = failure === null ? null : JSON.stringify(failure);
      if (catalogue.setStatus.run(status, failureJson, now().toISOString(), projectionId).changes === 0) {
        throw new ReadModelNotPrepared(projectionId, null);
      }
    },
    drop: async (projectionId) => {
      const name = catalogue.fileOf.get(projectionId);
      uncatalogue.immediate(projectionId);
      forget(projectionId);
      if (name !== undefined && !inMemory) removeFile(pathOf(name));
    },
    get: async <Doc>(projectionId: string, collection: string, id: string): Promise<Doc | undefined> =>
      read(
        projectionId,
        collection,
        (_version, found) => {
          const row = found.statements.get.get(id);
          return row === undefined ? undefined : parseDoc<Doc>(row.doc);
        },
        undefined,
      ),
    find: async <Doc>(projectionId: string, collection: string, filter: DocumentFilter): Promise<Doc[]> =>
      read(projectionId, collection, (version, { table }) => version.queries.docs(findQuery(table, filter)).map(parseDoc<Doc>), []),
    page: async <Doc>(projectionId: string, collection: string, filter: DocumentFilter, page: PageQuery) =>
      read(
        projectionId,
        collection,
        (version, { table }) => version.queries.docs(pageQuery(table, filter, page)).map(parseDoc<Doc>),
        [],
      ),
    count: async (projectionId, collection, filter, groupBy): Promise<GroupCount[]> =>
      read(
        projectionId,
        collection,
        (version, { table }) =>
          version.queries
            .counts(countQuery(table, filter, groupBy))
            .map((row) => ({ key: row.slice(0, -1), count: Number(row[row.length - 1]) }))
            .filter((group) => group.count > 0),
        [],
      ),
    close: async () => {
      for (const projectionId of [...opened.keys()]) forget(projectionId);
      db.close();
    },
  };
};

/** A version's file with its WAL and shared-memory files. */
const removeFile = (path: string): void => {
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
};

/**
 * Removes version files the catalogue does not name: left by a crash between a drop's catalogue change and its
 * file removal. The folder is listed before the catalogue is read, and prepare catalogues a file before creating
 * it, so a version being prepared meanwhile is never taken for an orphan.
 */
const removeOrphanFiles = (catalogueFile: string, prefix: string, cataloguedFiles: () => string[]): void => {
  const folder = dirname(catalogueFile);
  const named = new RegExp(`^${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[A-Za-z0-9_]+\\.[0-9a-f]{8}\\.sqlite$`);
  const versionFiles = readdirSync(folder).filter((name) => named.test(name));
  if (versionFiles.length === 0) return;
  const catalogued = new Set(cataloguedFiles());
  for (const name of versionFiles) if (!catalogued.has(name)) removeFile(join(folder, name));
};
