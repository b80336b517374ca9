import { InvalidQueryParameter } from './invalid-query-parameter.error.js';

/**
 * Parses a `groupBy` comma list against the dimensions a dashboard offers. Blank means no grouping (one row for
 * everything). Unknown or repeated dimensions throw InvalidQueryParameter, which the API answers with 400.
 */
export const parseGroupBy = <Dimension extends string>(
  raw: string | undefined,
  allowed: readonly Dimension[],
): Dimension[] => {
  if (raw === undefined || raw.trim() === '') return [];
  const names = raw.split(',').map((name) => name.trim());
  const dimensions: Dimension[] = [];
  for (const name of names) {
    const dimension = allowed.find((candidate) => candidate === name);
    if (dimension === undefined) {
      throw new InvalidQueryParameter('groupBy', `unknown dimension "${name}"; expected any of ${allowed.join(', ')}`);
    }
    if (dimensions.includes(dimension)) throw new InvalidQueryParameter('groupBy', `"${name}" is given twice`);
    dimensions.push(dimension);
  }
  return dimensions;
};

/** The value of each requested dimension for one group: a dimension not requested is absent, unknown is null. */
export type GroupKey<Dimension extends string> = Readonly<Partial<Record<Dimension, string | null>>>;

export type Group<Item, Dimension extends string> = Readonly<{ key: GroupKey<Dimension>; items: readonly Item[] }>;

const compareValues = (a: string | null, b: string | null): number => {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
};

/**
 * Groups items by the requested dimensions. Only groups with at least one item exist, so empty groups are omitted
 * by construction. Groups come sorted by their dimension values in the requested order, nulls last.
 */
export const groupItems = <Item, Dimension extends string>(
  items: readonly Item[],
  dimensions: readonly Dimension[],
  valueOf: (item: Item, dimension: Dimension) => string | null,
): Group<Item, Dimension>[] => {
  const groups = new Map<string, { values: (string | null)[]; items: Item[] }>();
  for (const item of items) {
    const values = dimensions.map((dimension) => valueOf(item, dimension));
    const id = JSON.stringify(values);
    const group = groups.get(id) ?? { values, items: [] };
    group.items.push(item);
    groups.set(id, group);
  }
  const compare = (a: (string | null)[], b: (string | null)[]): number =>
    a.reduce((order, value, index) => (order !== 0 ? order : compareValues(value, b[index] ?? null)), 0);
  return [...groups.values()]
    .sort((a, b) => compare(a.values, b.values))
    .map(({ values, items: members }) => ({
      // fromEntries types its result by string keys; the entries are exactly the requested dimensions.
      key: Object.fromEntries(
        dimensions.map((dimension, index) => [dimension, values[index] ?? null]),
      ) as GroupKey<Dimension>,
      items: members,
    }));
};
