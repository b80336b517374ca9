import type { Collection, Db } from 'mongodb';
import { projectionId as projectionIdOf } from '../../projection.js';
import { ReadModelNotPrepared } from '../../runtime/read-model-store.errors.js';
import { documentKeyString, type ReadModelStore } from '../../runtime/read-model-store.port.js';
import type { DocumentFilter, PageQuery } from '../../shared/document-filter.js';
import { openMongoConnection } from './mongodb.connection.js';
import { decodeDocument, encodeDocument, type StoredDocument } from './mongodb.document-codec.js';
import { toMongoFilter } from './mongodb.filter.js';
import { countPipeline, pageQuery, toGroupCount } from './mongodb.queries.js';
import { applyGuardedWrites, STATEMENTS_PER_COMMAND, type GuardedWrite } from './mongodb.guarded-writes.js';
import { layoutFromRecord, layoutOf, type CollectionLayout, type VersionLayout } from './mongodb.layout.js';
import { PROJECTIONS_COLLECTION } from './mongodb.naming.js';
import { prepareVersion } from './mongodb.prepare.js';
import { decodeRecord, encodeFailure, type StoredProjectionRecord } from './mongodb.projection-records.js';

export type MongoReadModelStoreOptions = Readonly<{
  /** MONGODB_URL: `mongodb://` or `mongodb+srv://`, with credentials if the server needs them (never logged). */
  url: string;
  /** MONGODB_DATABASE: the database holding the read-model collections and the `projections` records. */
  database: string;
  /**
   * How long an operation waits for a reachable server before it fails naming MONGODB_URL. Default 10 000 ms;
   * tests use about 2 000 so that an absent server fails fast.
   */
  serverSelectionTimeoutMS?: number;
  /** How long one request waits for its reply: bounds a server that accepts and never answers. Default 60 000 ms. */
  socketTimeoutMS?: number;
  /** Clock for the records' `updatedAt`. Default: the system clock. */
  now?: () => Date;
}>;

/**
 * Read models in MongoDB, shaped for analysts (docs/read-models.md): one collection per projection version and
 * read-model collection, the documents' own fields at top level with their date fields as BSON dates, and a
 * `projections` collection of records. Uses neither transactions nor change streams, so FerretDB serves it too.
 */
export const createMongoReadModelStore = (options: MongoReadModelStoreOptions): ReadModelStore => {
  const connection = openMongoConnection({
    url: options.url,
    database: options.database,
    serverSelectionTimeoutMS: options.serverSelectionTimeoutMS ?? 10_000,
    socketTimeoutMS: options.socketTimeoutMS ?? 60_000,
  });
  const now = options.now ?? (() => new Date());
  // Per store, not per module. Names derive from the projection id, so a layout stays right even when another
  // process drops and prepares the version again; a version another process prepared is read from its record.
  const layouts = new Map<string, VersionLayout>();

  // Asked once, at the first commit: FerretDB needs smaller write commands than MongoDB (see STATEMENTS_PER_COMMAND).
  let statementsPerCommand: number | undefined;
  const writeCommandSize = async (db: Db): Promise<number> => {
    if (statementsPerCommand === undefined) {
      const info = await db.command({ buildInfo: 1 });
      statementsPerCommand = 'ferretdbVersion' in info ? STATEMENTS_PER_COMMAND.ferretdb : STATEMENTS_PER_COMMAND.mongodb;
    }
    return statementsPerCommand;
  };

  const records = (db: Db): Collection<StoredProjectionRecord> =>
    db.collection<StoredProjectionRecord>(PROJECTIONS_COLLECTION);
  const documents = (db: Db, collection: CollectionLayout): Collection<StoredDocument> =>
    db.collection<StoredDocument>(collection.collection);

  const storedLayout = async (db: Db, projectionId: string): Promise<VersionLayout | undefined> => {
    const record = await records(db).findOne({ _id: projectionId }, { projection: { collections: 1 } });
    if (record === null) return undefined;
    const layout = layoutFromRecord(projectionId, record.collections);
    layouts.set(projectionId, layout);
    return layout;
  };
  const knownLayout = async (db: Db, projectionId: string): Promise<VersionLayout | undefined> =>
    layouts.get(projectionId) ?? storedLayout(db, projectionId);

  const requireCollection = (layout: VersionLayout | undefined, projectionId: string, name: string): CollectionLayout => {
    const collection = layout?.collections.get(name);
    if (collection === undefined) throw new ReadModelNotPrepared(projectionId, name);
    return collection;
  };

  return {
    async prepare(projection) {
      const projectionId = projectionIdOf(projection);
      const layout = layoutOf(projectionId, projection.collections);
      await connection.run(`prepare ${projectionId}`, (db) => prepareVersion(db, projection, layout, now()));
      layouts.set(projectionId, layout);
    },

    load(projectionId, keys) {
      return connection.run(`load documents of ${projectionId}`, async (db) => {
        const loaded = new Map<string, unknown>();
        if (keys.length === 0) return loaded;
        const layout = await knownLayout(db, projectionId);
        const idsByCollection = new Map<CollectionLayout, Set<string>>();
        for (const { collection, id } of keys) {
          const target = requireCollection(layout, projectionId, collection);
          idsByCollection.set(target, (idsByCollection.get(target) ?? new Set<string>()).add(id));
        }
        await Promise.all(
          [...idsByCollection].map(async ([target, ids]) => {
            for (const stored of await documents(db, target).find({ _id: { $in: [...ids] } }).toArray()) {
              loaded.set(documentKeyString({ collection: target.name, id: stored._id }), decodeDocument(stored));
            }
          }),
        );
        return loaded;
      });
    },

    commit(projectionId, writes, checkpoint) {
      return connection.run(`commit ${projectionId} up to position ${checkpoint}`, async (db) => {
        // Read afresh: committing into a version another process dropped would recreate orphan collections.
        const layout = await storedLayout(db, projectionId);
        if (layout === undefined) throw new ReadModelNotPrepared(projectionId, null);
        // Every document is checked before anything is written, so a bad one leaves the store untouched.
        const writesByCollection = new Map<CollectionLayout, GuardedWrite[]>();
        for (const write of writes) {
          const target = requireCollection(layout, projectionId, write.collection);
          const guarded: GuardedWrite =
            write.kind === 'put'
              ? { ...write, doc: encodeDocument(write, write.doc, target.dateFields, write.position) }
              : write;
          const group = writesByCollection.get(target);
          if (group === undefined) writesByCollection.set(target, [guarded]);
          else group.push(guarded);
        }
        const commandSize = await writeCommandSize(db);
        for (const [target, guarded] of writesByCollection) {
          await applyGuardedWrites(documents(db, target), guarded, commandSize);
        }
        // Only after the documents: a crash in between leaves the old checkpoint, and the re-run batch is a no-op.
        const advanced = await records(db).updateOne(
          { _id: projectionId, checkpoint: { $lt: checkpoint } },
          { $set: { checkpoint, updatedAt: now() } },
        );
        if (advanced.matchedCount === 0 && (await records(db).countDocuments({ _id: projectionId })) === 0) {
          throw new ReadModelNotPrepared(projectionId, null);
        }
      });
    },

    records() {
      return connection.run('read the projection records', async (db) => {
        const stored = await records(db).find({}).sort({ _id: 1 }).toArray();
        return stored.map(decodeRecord);
      });
    },

    setStatus(projectionId, status, failure) {
      return connection.run(`set the status of ${projectionId} to ${status}`, async (db) => {
        const updated = await records(db).updateOne(
          { _id: projectionId },
          { $set: { status, failure: encodeFailure(failure), updatedAt: now() } },
        );
        if (updated.matchedCount === 0) throw new ReadModelNotPrepared(projectionId, null);
      });
    },

    drop(projectionId) {
      return connection.run(`drop ${projectionId}`, async (db) => {
        const layout = layouts.get(projectionId) ?? (await storedLayout(db, projectionId));
        // Collections first, record last: a drop interrupted in between is finished by running it again.
        for (const target of layout?.collections.values() ?? []) await documents(db, target).drop();
        await records(db).deleteOne({ _id: projectionId });
        layouts.delete(projectionId);
      });
    },

    get<Doc>(projectionId: string, collection: string, id: string) {
      return connection.run(`read ${collection}/${id} of ${projectionId}`, async (db) => {
        const target = (await knownLayout(db, projectionId))?.collections.get(collection);
        const stored = target === undefined ? null : await documents(db, target).findOne({ _id: id });
        return stored === null ? undefined : (decodeDocument(stored) as Doc);
      });
    },

    find<Doc>(projectionId: string, collection: string, filter: DocumentFilter) {
      return connection.run(`query ${collection} of ${projectionId}`, async (db) => {
        const target = (await knownLayout(db, projectionId))?.collections.get(collection);
        if (target === undefined) return [];
        const found = await documents(db, target).find(toMongoFilter(target, filter)).toArray();
        return found.map((stored) => decodeDocument(stored) as Doc);
      });
    },

    page<Doc>(projectionId: string, collection: string, filter: DocumentFilter, page: PageQuery) {
      return connection.run(`page through ${collection} of ${projectionId}`, async (db) => {
        const target = (await knownLayout(db, projectionId))?.collections.get(collection);
        if (target === undefined) return [];
        const { query, sort } = pageQuery(target, filter, page);
        const found = await documents(db, target).find(query).sort(sort).limit(page.limit).toArray();
        return found.map((stored) => decodeDocument(stored) as Doc);
      });
    },

    count(projectionId, collection, filter, groupBy) {
      return connection.run(`count ${collection} of ${projectionId}`, async (db) => {
        const target = (await knownLayout(db, projectionId))?.collections.get(collection);
        if (target === undefined) return [];
        const rows = await documents(db, target).aggregate(countPipeline(target, filter, groupBy)).toArray();
        return rows.map((row) => toGroupCount(row, groupBy));
      });
    },

    async close() {
      layouts.clear();
      await connection.close();
    },
  };
};
