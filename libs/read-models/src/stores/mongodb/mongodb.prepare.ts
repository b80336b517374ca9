import { MongoServerError, type Db, type IndexDescription } from 'mongodb';
import type { CollectionDefinition, IndexDefinition } from '../../projection.js';
import {
  assertNoSharedCollections,
  indexKeysOf,
  indexNameOf,
  layoutFromRecord,
  layoutToRecord,
  type VersionLayout,
} from './mongodb.layout.js';
import { PROJECTIONS_COLLECTION } from './mongodb.naming.js';
import type { StoredProjectionRecord } from './mongodb.projection-records.js';

const NAMESPACE_EXISTS = 48;
const DUPLICATE_KEY = 11000;

/**
 * Creates the version's collections and indexes, then its record (status `rebuilding`, checkpoint 0) if absent.
 * Every step is idempotent, and the record comes last, so a record always means its collections exist.
 * The guard needs no index of its own: it filters by `_id`, which MongoDB always indexes.
 */
export const prepareVersion = async (
  db: Db,
  projection: Readonly<{ name: string; version: number; collections: readonly CollectionDefinition[] }>,
  layout: VersionLayout,
  now: Date,
): Promise<void> => {
  const records = db.collection<StoredProjectionRecord>(PROJECTIONS_COLLECTION);
  const others = await records.find({}, { projection: { collections: 1 } }).toArray();
  assertNoSharedCollections(layout, others.map((other) => layoutFromRecord(other._id, other.collections)));

  const existing = new Set((await db.listCollections({}, { nameOnly: true }).toArray()).map(({ name }) => name));
  for (const collection of layout.collections.values()) {
    // Created even without secondary indexes, so analysts see every collection of a version from the start.
    if (!existing.has(collection.collection)) await createCollection(db, collection.collection);
    await createMissingIndexes(db, collection.collection, collection.indexes);
  }

  // Insert, not an upsert with $setOnInsert: FerretDB 1.24 leaves out the nulls $setOnInsert sets (`failure`).
  const record: StoredProjectionRecord = {
    _id: layout.projectionId,
    name: projection.name,
    version: projection.version,
    checkpoint: 0,
    status: 'rebuilding',
    failure: null,
    updatedAt: now,
    collections: layoutToRecord(layout),
  };
  try {
    await records.insertOne(record);
  } catch (error) {
    if (!(error instanceof MongoServerError && error.code === DUPLICATE_KEY)) throw error;
    // Kept current: a new index in the definitions was created above and is listed here.
    await records.updateOne({ _id: layout.projectionId }, { $set: { collections: record.collections } });
  }
};

const toIndexDescription = (index: IndexDefinition): IndexDescription => ({
  key: Object.fromEntries(indexKeysOf(index).map((key) => [key, 1])),
  name: indexNameOf(index),
  // Only when set: `unique: false` would differ from an analyst's identical index created without the option.
  ...(index.unique === true ? { unique: true } : {}),
});

/**
 * Only the missing ones: FerretDB 1.24 drops the connection when asked to create two or more indexes that all exist
 * already, and asking for none is pointless anyway. An index of the same name has the same fields (see indexNameOf).
 */
const createMissingIndexes = async (db: Db, name: string, indexes: readonly IndexDefinition[]): Promise<void> => {
  if (indexes.length === 0) return;
  const collection = db.collection(name);
  const existing = new Set((await collection.listIndexes().toArray()).map((index) => String(index['name'])));
  const missing = indexes.filter((index) => !existing.has(indexNameOf(index)));
  if (missing.length > 0) await collection.createIndexes(missing.map(toIndexDescription));
};

const createCollection = async (db: Db, name: string): Promise<void> => {
  try {
    await db.createCollection(name);
  } catch (error) {
    // Another process preparing the same version got there first.
    if (!(error instanceof MongoServerError && error.code === NAMESPACE_EXISTS)) throw error;
  }
};
