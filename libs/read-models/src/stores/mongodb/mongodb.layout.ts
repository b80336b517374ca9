import type { Document } from 'mongodb';
import type { CollectionDefinition, IndexDefinition } from '../../projection.js';
import { ReadModelNameClash } from '../../runtime/read-model-store.errors.js';
import { versionedCollectionName } from './mongodb.naming.js';

/** One read-model collection of one projection version, as it lives in MongoDB. */
export type CollectionLayout = Readonly<{
  /** The read model's name for it (`churn_inputs`): what the port's callers say. */
  name: string;
  /** The MongoDB collection (`churn_risk_v1__churn_inputs`). */
  collection: string;
  indexes: readonly IndexDefinition[];
  dateFields: ReadonlySet<string>;
}>;

/** A projection version's collections by their read-model names. */
export type VersionLayout = Readonly<{ projectionId: string; collections: ReadonlyMap<string, CollectionLayout> }>;

export const layoutOf = (projectionId: string, definitions: readonly CollectionDefinition[]): VersionLayout => {
  const collections = new Map<string, CollectionLayout>();
  for (const { name, indexes, dateFields = [] } of definitions) {
    const collection = versionedCollectionName(projectionId, name);
    if ([...collections.values()].some((other) => other.collection === collection)) {
      throw new ReadModelNameClash(projectionId, name, collection);
    }
    collections.set(name, { name, collection, indexes, dateFields: new Set(dateFields) });
  }
  return { projectionId, collections };
};

/**
 * The keys of an index as created: the declared fields ascending, then `_id` unless it is unique, so that entries
 * are in a total order and a keyset page continues from its last (value, `_id`) within the index.
 */
export const indexKeysOf = (index: IndexDefinition): readonly string[] =>
  index.unique === true ? index.fields : [...index.fields, '_id'];

/**
 * MongoDB's default index name (`status_1_dueAt_1__id_1`), so an analyst's own `createIndex` of the same keys is
 * recognised as the same index rather than refused as a conflict.
 */
export const indexNameOf = (index: IndexDefinition): string => indexKeysOf(index).map((key) => `${key}_1`).join('_');

/** What the projection record keeps, so another process (the API) can read the version without its definitions. */
export const layoutToRecord = (layout: VersionLayout): Document[] =>
  [...layout.collections.values()].map(({ name, collection, indexes, dateFields }) => ({
    name,
    collection,
    indexes: indexes.map(({ fields, unique }) => ({ fields: [...fields], unique: unique ?? false })),
    dateFields: [...dateFields],
  }));

type StoredCollection = Readonly<{
  name: string;
  collection: string;
  indexes: readonly IndexDefinition[];
  dateFields: readonly string[];
}>;

export const layoutFromRecord = (projectionId: string, stored: readonly Document[]): VersionLayout => {
  const collections = new Map<string, CollectionLayout>();
  for (const entry of stored as readonly StoredCollection[]) {
    const { name, collection, indexes, dateFields } = entry;
    collections.set(name, { name, collection, indexes, dateFields: new Set(dateFields) });
  }
  return { projectionId, collections };
};

/** Two versions sharing a MongoDB collection (`a-b` and `a_b` slug alike) would overwrite each other's documents. */
export const assertNoSharedCollections = (layout: VersionLayout, others: readonly VersionLayout[]): void => {
  for (const other of others) {
    if (other.projectionId === layout.projectionId) continue;
    for (const { collection } of other.collections.values()) {
      const own = [...layout.collections.values()].find((candidate) => candidate.collection === collection);
      if (own !== undefined) throw new ReadModelNameClash(layout.projectionId, own.name, collection);
    }
  }
};
