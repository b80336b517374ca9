import type { Document } from 'mongodb';
import type { DocumentKey } from '../../projection.js';
import { DocumentNotStorable } from './mongodb.errors.js';
import { POSITION_FIELD, RESERVED_FIELDS } from './mongodb.naming.js';

/** A read-model document as MongoDB holds it: keyed by the document id. */
export type StoredDocument = Document & { _id: string };

/**
 * Converts one document to what MongoDB stores: the same fields, its `dateFields` as BSON dates, plus the guard's
 * position. Checks in the same single pass what FerretDB and MongoDB would reject or alter, so a bad document fails
 * the commit with its path named instead of failing half a batch (or, on MongoDB, being stored differently).
 */
export const encodeDocument = (
  key: DocumentKey,
  doc: unknown,
  dateFields: ReadonlySet<string>,
  position: number,
): Document => {
  if (!isPlainObject(doc)) throw new DocumentNotStorable(key, '$', `is ${describe(doc)}, not an object`);
  const fields = Object.entries(doc).map(([field, value]): [string, unknown] => {
    if (RESERVED_FIELDS.has(field)) throw new DocumentNotStorable(key, `$.${field}`, 'is a field the store reserves');
    checkKey(key, '$', field);
    return [field, encodeValue(key, value, `$.${field}`, field, dateFields)];
  });
  // fromEntries, not assignment: a member named `__proto__` stays a member, as in the JSON the other stores keep.
  return Object.fromEntries([...fields, [POSITION_FIELD, position]]);
};

/** Back to the port's plain JSON: BSON dates become ISO strings (milliseconds, `Z`), store fields are dropped. */
export const decodeDocument = (stored: Document): unknown => {
  const fields = Object.entries(stored).filter(([field]) => !RESERVED_FIELDS.has(field));
  return Object.fromEntries(fields.map(([field, value]) => [field, decodeValue(value)]));
};

const decodeValue = (value: unknown): unknown => {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(decodeValue);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([field, item]) => [field, decodeValue(item)]));
  }
  return value;
};

/**
 * `path` is for messages (`$.complaints[2].dueAt`); `fieldPath` is the dotted path without indexes
 * (`complaints.dueAt`), which is how `dateFields` name fields through arrays.
 */
const encodeValue = (
  key: DocumentKey,
  value: unknown,
  path: string,
  fieldPath: string,
  dateFields: ReadonlySet<string>,
): unknown => {
  // Arrays first: a path through an array names that field of every element, dates included.
  if (Array.isArray(value)) {
    return value.map((item: unknown, index) => {
      if (Array.isArray(item)) {
        throw new DocumentNotStorable(key, `${path}[${index}]`, 'is an array in an array (FerretDB has no nested arrays)');
      }
      return encodeValue(key, item, `${path}[${index}]`, fieldPath, dateFields);
    });
  }
  if (dateFields.has(fieldPath)) return encodeDate(key, value, path);
  if (typeof value === 'string') {
    if (value.includes('\0')) throw new DocumentNotStorable(key, path, 'contains a NUL character');
    return value;
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new DocumentNotStorable(key, path, `is ${value}`);
    return value;
  }
  if (typeof value === 'boolean' || value === null) return value;
  if (isPlainObject(value)) {
    return Object.fromEntries(
      Object.entries(value).map(([field, item]) => {
        checkKey(key, path, field);
        return [field, encodeValue(key, item, `${path}.${field}`, `${fieldPath}.${field}`, dateFields)];
      }),
    );
  }
  throw new DocumentNotStorable(key, path, `is ${describe(value)}, not plain JSON`);
};

/** Only the canonical form round-trips unchanged through a BSON date, and it is the form every event carries. */
const encodeDate = (key: DocumentKey, value: unknown, path: string): Date | null => {
  if (value === null) return null;
  if (typeof value === 'string') {
    const epochMs = Date.parse(value);
    if (!Number.isNaN(epochMs) && new Date(epochMs).toISOString() === value) return new Date(epochMs);
  }
  throw new DocumentNotStorable(
    key,
    path,
    `is ${JSON.stringify(value) ?? describe(value)}, not an ISO instant in UTC with milliseconds (2026-01-31T09:00:00.000Z) or null`,
  );
};

const checkKey = (key: DocumentKey, path: string, field: string): void => {
  if (field.includes('.')) throw new DocumentNotStorable(key, `${path}["${field}"]`, 'is a key containing "."');
  if (field.startsWith('$')) throw new DocumentNotStorable(key, `${path}["${field}"]`, 'is a key starting with "$"');
  if (field.includes('\0')) throw new DocumentNotStorable(key, path, 'has a key containing a NUL character');
};

const isPlainObject = (value: unknown): value is Record<string, unknown> => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
};

const describe = (value: unknown): string => {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return `a ${value.constructor?.name ?? 'object'}`;
  return typeof value;
};
