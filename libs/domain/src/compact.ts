/**
 * Drops keys whose value is undefined, so optional fields that were not given are absent from an event
 * instead of present as `undefined` (which JSON would drop anyway, but equality checks and hashes would not).
 */
export const compact = <T extends object>(data: T): T =>
  Object.fromEntries(Object.entries(data).filter(([, value]) => value !== undefined)) as T;
