/**
 * Drops keys whose value is undefined, so optional fields that were not given are absent from an event
 * instead of present as `undefined` (which JSON would drop anyway, but equality checks and hashes would not).
 */
export const compact = <T extends object>(data: T): T => {
  // A loop rather than Object.entries and fromEntries: this runs for every command, and builds no arrays.
  const kept: Record<string, unknown> = {};
  for (const key of Object.keys(data)) {
    const value = (data as Record<string, unknown>)[key];
    if (value === undefined) continue;
    // An assignment to '__proto__' would set the prototype; the member must stay a member, as JSON has it.
    if (key === '__proto__') Object.defineProperty(kept, key, { value, enumerable: true, writable: true, configurable: true });
    else kept[key] = value;
  }
  return kept as T;
};
