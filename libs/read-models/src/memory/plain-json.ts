import type { DocumentKey } from '../projection.js';
import { NotPlainJson } from '../shared/read-model.errors.js';

const describe = (value: unknown): string | null => {
  if (value === undefined) return 'undefined';
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  if (typeof value === 'function' || typeof value === 'symbol' || typeof value === 'bigint') return typeof value;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null ? null : `a ${value.constructor.name}`;
};

/**
 * Throws NotPlainJson naming the first member JSON would drop or change. Checked on every write of the memory store,
 * so a projection that would lose data in SQLite or MongoDB fails its unit specs instead.
 */
export const assertPlainJson = (key: DocumentKey, value: unknown, path = '$'): void => {
  const found = describe(value);
  if (found !== null) throw new NotPlainJson(key, path, found);
  if (Array.isArray(value)) {
    value.forEach((item, index) => assertPlainJson(key, item, `${path}[${index}]`));
  } else if (typeof value === 'object' && value !== null) {
    for (const [member, item] of Object.entries(value)) assertPlainJson(key, item, `${path}.${member}`);
  }
};
