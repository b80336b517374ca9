/**
 * Freezes a parsed JSON value and everything in it, so that events shared between a cache and its callers cannot be
 * changed through one of them. Meant for fresh JSON.parse output: no cycles, no accessors.
 */
export const deepFreeze = <T>(value: T): T => {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  Object.freeze(value);
  if (Array.isArray(value)) {
    for (const item of value) deepFreeze(item);
  } else {
    const record = value as Record<string, unknown>;
    for (const key in record) deepFreeze(record[key]);
  }
  return value;
};
