import type { Document } from 'mongodb';
import type { DocumentFilter } from '../../shared/document-filter.js';
import type { CollectionLayout } from './mongodb.layout.js';

/**
 * The MongoDB query for a DocumentFilter: equalities first, in the order the query module lists them (the order of
 * the collection's compound indexes), then the half-open range. Date fields compare as BSON dates, as stored.
 */
export const toMongoFilter = (collection: CollectionLayout, { equals, range }: DocumentFilter): Document => {
  const query: Document = {};
  const valueOf = (field: string, value: string): string | Date =>
    collection.dateFields.has(field) ? toDate(field, value) : value;
  for (const [field, value] of Object.entries(equals)) {
    assertField(field);
    query[field] = valueOf(field, value);
  }
  if (range !== null) {
    assertField(range.field);
    const bounds: Document = {};
    if (range.from !== null) bounds['$gte'] = valueOf(range.field, range.from);
    if (range.to !== null) bounds['$lt'] = valueOf(range.field, range.to);
    if (Object.keys(bounds).length > 0) {
      const equal: unknown = query[range.field];
      query[range.field] = equal === undefined ? bounds : { $eq: equal, ...bounds };
    }
  }
  return query;
};

/** Field names come from query modules, never from a request; a `$` would turn a field into an operator. */
const assertField = (field: string): void => {
  if (field.split('.').some((part) => part === '' || part.startsWith('$'))) {
    throw new RangeError(`"${field}" is not a field a DocumentFilter can name`);
  }
};

const toDate = (field: string, value: string): Date => {
  const epochMs = Date.parse(value);
  if (Number.isNaN(epochMs)) throw new RangeError(`DocumentFilter: ${field} = "${value}" is not an ISO instant`);
  return new Date(epochMs);
};
