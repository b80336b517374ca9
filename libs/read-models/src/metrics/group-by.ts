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

/** One dashboard row: its dimension values, and the store's counts within it keyed by the further fields alone. */
export type CountedRow<Dimension extends string> = Readonly<{
  /** Identifies the row across several counts grouped by the same dimensions. */
  id: string;
  key: GroupKey<Dimension>;
  groups: readonly GroupCount[];
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

/** The counts keyed by the fields after the first `dimensionCount`: a row's own view, or the totals' over all rows. */
export const withoutDimensions = (dimensionCount: number, groups: readonly GroupCount[]): GroupCount[] =>
  groups.map(({ key, count }) => ({ key: key.slice(dimensionCount), count }));

/**
 * Splits counts grouped by a dashboard's dimensions, then by further fields, into the dashboard's rows: one per
 * combination of dimension values that was counted (so empty groups are never produced), sorted by those values in
 * the requested order, nulls last.
 */
export const countedRows = <Dimension extends string>(
  dimensions: readonly Dimension[],
  groups: readonly GroupCount[],
): CountedRow<Dimension>[] => {
  const rows = new Map<string, { values: (string | null)[]; groups: GroupCount[] }>();
  for (const group of groups) {
    const values = dimensions.map((_, index) => dimensionValue(group.key[index]));
    const id = JSON.stringify(values);
    const row = rows.get(id) ?? { values, groups: [] };
    row.groups.push(...withoutDimensions(dimensions.length, [group]));
    rows.set(id, row);
  }
  return [...rows.entries()]
    .sort(([, a], [, b]) => compareRows(a.values, b.values))
    .map(([id, row]) => ({
      id,
      // fromEntries types its result by string keys; the entries are exactly the requested dimensions.
      key: Object.fromEntries(
        dimensions.map((dimension, index) => [dimension, row.values[index] ?? null]),
      ) as GroupKey<Dimension>,
      groups: row.groups,
    }));
};
