import type { GroupCount, GroupValue } from '../shared/document-filter.js';
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

/** One dashboard row: its dimension values, and each count's groups within it, keyed by the further fields alone. */
export type CountedRow<Dimension extends string> = Readonly<{
  key: GroupKey<Dimension>;
  /** In the order the counts were given. */
  counts: readonly (readonly GroupCount[])[];
}>;

const compareValues = (a: string | null, b: string | null): number => {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
};

const compareRows = (a: readonly (string | null)[], b: readonly (string | null)[]): number =>
  a.reduce((order, value, index) => (order !== 0 ? order : compareValues(value, b[index] ?? null)), 0);

/** Dimensions hold text; a number is shown as its digits rather than lost. */
const dimensionValue = (value: GroupValue | undefined): string | null =>
  value === null || value === undefined ? null : String(value);

/** Identifies a row by its values without ambiguity (each value length-prefixed, null apart): cheaper than JSON. */
const rowId = (key: readonly GroupValue[], dimensionCount: number): string => {
  let id = '';
  for (let index = 0; index < dimensionCount; index += 1) {
    const value = dimensionValue(key[index]);
    id += value === null ? '-' : `${value.length}:${value}`;
  }
  return id;
};

/**
 * The rows of a dashboard from several counts grouped by its dimensions, then by further fields of their own: one
 * row per combination of dimension values that any count has (so empty groups are never produced), sorted by those
 * values in the requested order, nulls last. Counts can be large (one group per distinct duration), so each group is
 * visited once.
 */
export const countedRows = <Dimension extends string>(
  dimensions: readonly Dimension[],
  counts: readonly (readonly GroupCount[])[],
): CountedRow<Dimension>[] => {
  const rows = new Map<string, { values: (string | null)[]; counts: GroupCount[][] }>();
  counts.forEach((groups, which) => {
    for (const { key, count } of groups) {
      const id = rowId(key, dimensions.length);
      let row = rows.get(id);
      if (row === undefined) {
        row = { values: dimensions.map((_, index) => dimensionValue(key[index])), counts: counts.map(() => []) };
        rows.set(id, row);
      }
      row.counts[which]?.push({ key: key.slice(dimensions.length), count });
    }
  });
  return [...rows.values()]
    .sort((a, b) => compareRows(a.values, b.values))
    .map((row) => ({
      // fromEntries types its result by string keys; the entries are exactly the requested dimensions.
      key: Object.fromEntries(
        dimensions.map((dimension, index) => [dimension, row.values[index] ?? null]),
      ) as GroupKey<Dimension>,
      counts: row.counts,
    }));
};

/** Each count's groups over every row: what the totals are computed from. */
export const acrossRows = (rows: readonly CountedRow<string>[], countCount: number): GroupCount[][] =>
  Array.from({ length: countCount }, (_, which) => rows.flatMap((row) => row.counts[which] ?? []));
