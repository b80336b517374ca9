import type { Document } from 'mongodb';
import type { DocumentFilter, FieldValue } from '../../shared/document-filter.js';
import type { CollectionLayout } from './mongodb.layout.js';

/**
 * A value as stored: a date field's instant is a BSON date, so its equalities and bounds are dates too; numbers
 * and booleans compare as themselves.
 */
export const storedValue = (collection: CollectionLayout, field: string, value: FieldValue): FieldValue | Date =>
  typeof value === 'string' && collection.dateFields.has(field) ? toDate(field, value) : value;

/**
 * The MongoDB query for a DocumentFilter: equalities first, in the order the query module lists them (the order of
 * the collection's compound indexes), then the half-open ranges. A field constrained twice goes into `$and`.
 */
export const toMongoFilter = (collection: CollectionLayout, { equals, ranges }: DocumentFilter): Document => {
  const query: Document = {};
  const also: Document[] = [];
  const constrain = (field: string, condition: unknown): void => {
    if (field in query) also.push({ [field]: condition });
    else query[field] = condition;
  };
  for (const [field, value] of Object.entries(equals)) {
    assertField(field);
    constrain(field, storedValue(collection, field, value));
  }
  for (const { field, from, to } of ranges) {
    assertField(field);
    const bounds: Document = {};
    if (from !== null) bounds['$gte'] = storedValue(collection, field, from);
    if (to !== null) bounds['$lt'] = storedValue(collection, field, to);
    if (Object.keys(bounds).length > 0) constrain(field, bounds);
  }
  return also.length === 0 ? query : { ...query, $and: also };
};

/** Field names come from query modules, never from a request; a `$` would turn a field into an operator. */
export const assertField = (field: string): void => {
  if (field.split('.').some((part) => part === '' || part.startsWith('$'))) {
    throw new RangeError(`"${field}" is not a field a DocumentFilter can name`);
  }
};

const toDate = (field: string, value: string): Date => {
  const epochMs = Date.parse(value);
  if (Number.isNaN(epochMs)) throw new RangeError(`DocumentFilter: ${field} = "${value}" is not an ISO instant`);
  return new Date(epochMs);
};
