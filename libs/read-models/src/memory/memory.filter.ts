import type { DocumentFilter, FieldRange, GroupValue } from '../shared/document-filter.js';

/** The value at a dotted path of a document; undefined when a step is missing or not a sub-document. */
export const fieldAt = (doc: unknown, path: string): unknown => {
  let value: unknown = doc;
  for (const step of path.split('.')) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
    value = (value as Record<string, unknown>)[step];
  }
  return value;
};

/** Where a value lies relative to a bound: instants compare as times, numbers as numbers; other values never do. */
const sideOf = (value: unknown, bound: string | number): number | null => {
  if (typeof bound === 'number') return typeof value === 'number' ? value - bound : null;
  return typeof value === 'string' ? Date.parse(value) - Date.parse(bound) : null;
};

/** A range open on both sides is no condition at all; otherwise a null or missing field is outside it. */
const inRange = (doc: unknown, { field, from, to }: FieldRange): boolean => {
  const value = fieldAt(doc, field);
  const fromSide = from === null ? 0 : sideOf(value, from);
  const toSide = to === null ? -1 : sideOf(value, to);
  return fromSide !== null && toSide !== null && fromSide >= 0 && toSide < 0;
};

/** The port's filter semantics, as every store must implement them (the store contract checks the stores). */
export const matchesFilter = (doc: unknown, { equals, ranges }: DocumentFilter): boolean =>
  Object.entries(equals).every(([field, value]) => fieldAt(doc, field) === value) &&
  ranges.every((range) => inRange(doc, range));

/** Order of two values of an order field: instants as times, numbers as numbers. */
export const compareOrderValues = (a: string | number, b: string | number): number =>
  (typeof a === 'number' && typeof b === 'number' ? a - b : Date.parse(String(a)) - Date.parse(String(b)));

/** A grouped field's value as the stores report it: null for null or missing. */
export const groupValueAt = (doc: unknown, path: string): GroupValue => {
  const value = fieldAt(doc, path);
  return typeof value === 'string' || typeof value === 'number' ? value : null;
};
