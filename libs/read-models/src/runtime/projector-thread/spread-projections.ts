/**
 * Splits projections (by name) into at most `threads` groups of about equal cost, one group per projector thread:
 * the costliest first, each onto the group with the least cost so far. Every group reads the whole log, so more
 * groups than projections would only read it again for nothing; no group is empty.
 * @throws RangeError when `threads` is not a positive whole number.
 */
export const spreadProjections = (
  names: readonly string[],
  threads: number,
  costOf: (name: string) => number,
): string[][] => {
  if (!Number.isSafeInteger(threads) || threads < 1) {
    throw new RangeError(`threads must be a positive whole number, not ${threads}`);
  }
  const count = Math.max(1, Math.min(threads, names.length));
  const groups = Array.from({ length: count }, () => ({ names: [] as string[], cost: 0 }));
  const costliestFirst = [...names].sort((a, b) => costOf(b) - costOf(a));
  for (const name of costliestFirst) {
    const cheapest = groups.reduce((least, group) => (group.cost < least.cost ? group : least));
    cheapest.names.push(name);
    cheapest.cost += costOf(name);
  }
  return groups.map((group) => group.names).filter((group) => group.length > 0);
};
