import type { Document } from 'mongodb';
import type { DocumentFilter, GroupCount, GroupValue, PageQuery } from '../../shared/document-filter.js';
import { assertField, storedValue, toMongoFilter } from './mongodb.filter.js';
import type { CollectionLayout } from './mongodb.layout.js';

/**
 * A keyset page: after the previous page's last (value, id), ascending by the order field then `_id`. Every index
 * the store creates ends with `_id`, so on MongoDB this is one index range scan that stops after `limit` entries.
 */
export const pageQuery = (
  collection: CollectionLayout,
  filter: DocumentFilter,
  { orderBy, after }: PageQuery,
): Readonly<{ query: Document; sort: Document }> => {
  assertField(orderBy);
  const conditions: Document[] = [toMongoFilter(collection, filter), { [orderBy]: { $ne: null } }];
  if (after !== null) {
    const value = storedValue(collection, orderBy, after.value);
    conditions.push({ $or: [{ [orderBy]: { $gt: value } }, { [orderBy]: value, _id: { $gt: after.id } }] });
  }
  return { query: { $and: conditions }, sort: { [orderBy]: 1, _id: 1 } };
};

/** `$match` then `$group` with `$sum: 1`: the only accumulator FerretDB 1.24 has, and all a count needs. */
export const countPipeline = (
  collection: CollectionLayout,
  filter: DocumentFilter,
  groupBy: readonly string[],
): Document[] => {
  groupBy.forEach(assertField);
  // Positional keys: a grouped field's dotted path cannot be a key of `_id`.
  const key =
    groupBy.length === 0 ? null : Object.fromEntries(groupBy.map((field, index) => [`g${index}`, `$${field}`]));
  return [{ $match: toMongoFilter(collection, filter) }, { $group: { _id: key, n: { $sum: 1 } } }];
};

/** A missing field is absent from `_id`; a date comes back as a Date. Both read as the other stores give them. */
const groupValue = (value: unknown, field: string): GroupValue => {
  if (value === undefined || value === null) return null;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'string' || typeof value === 'number') return value;
  throw new RangeError(`count: ${field} holds ${typeof value}; documents are grouped by text or numbers only`);
};

export const toGroupCount = (row: Document, groupBy: readonly string[]): GroupCount => {
  const key = (row['_id'] ?? {}) as Record<string, unknown>;
  return { key: groupBy.map((field, index) => groupValue(key[`g${index}`], field)), count: Number(row['n']) };
};
