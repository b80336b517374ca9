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
  const text = serialise(value, '', []);
  if (text === undefined) throw new TypeError(`canonicalJson: a top-level ${typeof value} has no JSON form`);
  return text;
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

const serialiseArray = (items: readonly unknown[], ancestors: object[]): string =>
  `[${items.map((item, index) => serialise(item, String(index), ancestors) ?? 'null').join(',')}]`;

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
