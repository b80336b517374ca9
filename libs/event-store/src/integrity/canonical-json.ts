/**
 * The serialisation integrity hashes are computed over, and the form in which adapters store data and metadata.
 *
 * Same value model as JSON.stringify (toJSON is honoured, undefined/function/symbol members are omitted and become
 * null in arrays, non-finite numbers become null), plus: object keys sorted by UTF-16 code units at every depth, no
 * whitespace. For the values JSON can produce this is RFC 8785 (JCS). Numbers and strings are formatted by
 * JSON.stringify, which ECMAScript specifies exactly, so the output is the same on every Node version and for every
 * adapter, and `canonicalJson(JSON.parse(canonicalJson(x))) === canonicalJson(x)`: what is stored re-hashes to what
 * was hashed.
 *
 * @throws TypeError for a cyclic structure, a BigInt, or a top-level value JSON cannot represent (e.g. undefined).
 */
export const canonicalJson = (value: unknown): string => {
  const copy = sortedPlainCopy(value, 0);
  // JSON.stringify writes string keys in insertion order, so a copy built in sorted order comes out canonical, at
  // the speed of V8's native serialiser.
  const text = copy === NOT_PLAIN ? undefined : JSON.stringify(copy);
  return text ?? carefulCanonicalJson(value);
};

/**
 * The reference serialiser, member by member; canonicalJson takes it for anything but plain JSON data (toJSON,
 * boxed primitives, class instances, BigInt, cycles) and must give the same text as it for plain data.
 */
export const carefulCanonicalJson = (value: unknown): string => {
  const text = serialise(value, '', []);
  if (text === undefined) throw new TypeError(`canonicalJson: a top-level ${typeof value} has no JSON form`);
  return text;
};

/** Deeper than any event: the careful path then decides (and reports a cycle, if that is what it is). */
const MAX_PLAIN_DEPTH = 64;

const NOT_PLAIN: unique symbol = Symbol('not plain JSON data');

/**
 * A copy of plain JSON data with every object's keys inserted in sorted order, or NOT_PLAIN. Plain: objects whose
 * prototype is Object.prototype or null, without toJSON; arrays; primitives other than BigInt. Keys starting with a
 * digit are refused, since V8 enumerates integer-like keys first whatever their insertion order, and so is
 * '__proto__', which an assignment would take for the prototype.
 */
const sortedPlainCopy = (value: unknown, depth: number): unknown => {
  if (typeof value !== 'object' || value === null) return typeof value === 'bigint' ? NOT_PLAIN : value;
  if (depth > MAX_PLAIN_DEPTH || hasToJson(value)) return NOT_PLAIN;
  if (Array.isArray(value)) {
    const items: unknown[] = [];
    for (let index = 0; index < value.length; index += 1) {
      const item = sortedPlainCopy(value[index], depth + 1);
      if (item === NOT_PLAIN) return NOT_PLAIN;
      items.push(item);
    }
    return items;
  }
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return NOT_PLAIN;
  const record = value as Record<string, unknown>;
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(record).sort()) {
    const first = key.charCodeAt(0);
    if ((first >= 48 && first <= 57) || key === '__proto__') return NOT_PLAIN;
    const member = sortedPlainCopy(record[key], depth + 1);
    if (member === NOT_PLAIN) return NOT_PLAIN;
    copy[key] = member;
  }
  return copy;
};

type ToJson = { toJSON(key: string): unknown };

const hasToJson = (value: object): value is ToJson => typeof (value as Partial<ToJson>).toJSON === 'function';

/** Unwraps what JSON.stringify unwraps before serialising: toJSON results and boxed primitives. */
const jsonValueOf = (value: unknown, key: string): unknown => {
  const resolved = value !== null && typeof value === 'object' && hasToJson(value) ? value.toJSON(key) : value;
  if (resolved instanceof Number || resolved instanceof String || resolved instanceof Boolean) {
    return resolved.valueOf();
  }
  return resolved;
};

const serialise = (raw: unknown, key: string, ancestors: object[]): string | undefined => {
  const value = jsonValueOf(raw, key);
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'number':
      return Number.isFinite(value) ? JSON.stringify(value) : 'null';
    case 'boolean':
      return value ? 'true' : 'false';
    case 'bigint':
      throw new TypeError('canonicalJson: BigInt has no JSON form; store it as a string');
    case 'undefined':
    case 'function':
    case 'symbol':
      return undefined;
    case 'object':
      return value === null ? 'null' : serialiseContainer(value, ancestors);
  }
};

const serialiseContainer = (value: object, ancestors: object[]): string => {
  if (ancestors.includes(value)) throw new TypeError('canonicalJson: cyclic structure');
  ancestors.push(value);
  const text = Array.isArray(value) ? serialiseArray(value, ancestors) : serialiseObject(value, ancestors);
  ancestors.pop();
  return text;
};

// Array.from visits holes too (as undefined, so null), as JSON.stringify does; map would skip them.
const serialiseArray = (items: readonly unknown[], ancestors: object[]): string =>
  `[${Array.from(items, (item, index) => serialise(item, String(index), ancestors) ?? 'null').join(',')}]`;

const serialiseObject = (object: object, ancestors: object[]): string => {
  const record = object as Record<string, unknown>;
  const members: string[] = [];
  // Default sort compares UTF-16 code units, as RFC 8785 requires.
  for (const key of Object.keys(record).sort()) {
    const member = serialise(record[key], key, ancestors);
    if (member !== undefined) members.push(`${JSON.stringify(key)}:${member}`);
  }
  return `{${members.join(',')}}`;
};
