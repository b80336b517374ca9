import type { DocumentFilter, FieldValue, PageQuery } from '../../shared/document-filter.js';
import { fieldExpression, quoted } from './sqlite.table-names.js';

export type SqlValue = string | number;

export type SqlQuery = Readonly<{ sql: string; params: readonly SqlValue[] }>;

/** Bounds as stored: documents hold instants as canonical ISO strings, which sort as text in time order. */
const canonical = (instant: string): string => {
  const ms = Date.parse(instant);
  if (Number.isNaN(ms)) throw new Error(`read-model bound "${instant}" is not an ISO-8601 instant`);
  return new Date(ms).toISOString();
};

/** json_extract reads JSON true and false as 1 and 0. */
const bindValue = (value: FieldValue): SqlValue => (typeof value === 'boolean' ? (value ? 1 : 0) : value);

const bindBound = (bound: string | number): SqlValue => (typeof bound === 'number' ? bound : canonical(bound));

const byName = ([a]: [string, unknown], [b]: [string, unknown]): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The WHERE clause of a filter. The same filter shape always gives the same SQL text (values are parameters), so
 * prepared statements are cached per shape, and the expressions match the expression indexes of the table.
 */
const whereOf = ({ equals, ranges }: DocumentFilter): { conditions: string[]; params: SqlValue[] } => {
  const conditions: string[] = [];
  const params: SqlValue[] = [];
  for (const [field, value] of Object.entries(equals).sort(byName)) {
    conditions.push(`${fieldExpression(field)} = ?`);
    params.push(bindValue(value));
  }
  for (const { field, from, to } of ranges) {
    if (from !== null) {
      conditions.push(`${fieldExpression(field)} >= ?`);
      params.push(bindBound(from));
    }
    if (to !== null) {
      conditions.push(`${fieldExpression(field)} < ?`);
      params.push(bindBound(to));
    }
  }
  return { conditions, params };
};

const whereSql = (conditions: readonly string[]): string =>
  conditions.length === 0 ? '' : ` WHERE ${conditions.join(' AND ')}`;

export const findQuery = (table: string, filter: DocumentFilter): SqlQuery => {
  const { conditions, params } = whereOf(filter);
  return { sql: `SELECT doc FROM ${quoted(table)}${whereSql(conditions)}`, params };
};

/**
 * A keyset page, continuing after the previous page's last (value, id). Spelt as `field >= value` plus a check of
 * the id among equal values rather than as the row value `(field, id) > (value, id)`: SQLite combines the former
 * with the filter's own bounds on the field into one index range, while it would use either the row value or those
 * bounds. With an index ending in (field, id) the page is then one range scan that stops after `limit` rows.
 */
export const pageQuery = (table: string, filter: DocumentFilter, { orderBy, after, limit }: PageQuery): SqlQuery => {
  const { conditions, params } = whereOf(filter);
  const field = fieldExpression(orderBy);
  conditions.push(`${field} IS NOT NULL`);
  if (after !== null) {
    conditions.push(`${field} >= ?`, `(${field} > ? OR id > ?)`);
    params.push(bindBound(after.value), bindBound(after.value), after.id);
  }
  const sql = `SELECT doc FROM ${quoted(table)}${whereSql(conditions)} ORDER BY ${field}, id LIMIT ?`;
  return { sql, params: [...params, limit] };
};

/** Two spellings of the same count: SQLite answers either exactly; which one is faster depends on the plan. */
export type CountQuery = Readonly<{ grouped: SqlQuery; materialized: SqlQuery }>;

/**
 * `grouped` groups straight off the scan: streaming, and reading only the index, when an index lists the filter's
 * equalities then the grouped fields. When the groups must be sorted first, SQLite evaluates the grouped fields
 * from the documents instead of the index; `materialized` first copies the (index-covered) fields out, then groups
 * the copy, which skips parsing the documents.
 */
export const countQuery = (table: string, filter: DocumentFilter, groupBy: readonly string[]): CountQuery => {
  const { conditions, params } = whereOf(filter);
  const from = `FROM ${quoted(table)}${whereSql(conditions)}`;
  const expressions = groupBy.map(fieldExpression);
  const aliases = groupBy.map((_, index) => `g${index}`);
  if (groupBy.length === 0) {
    const total = { sql: `SELECT count(*) AS n ${from}`, params };
    return { grouped: total, materialized: total };
  }
  const selected = expressions.map((expression, index) => `${expression} AS ${aliases[index]}`).join(', ');
  const grouped = `SELECT ${selected}, count(*) AS n ${from} GROUP BY ${expressions.join(', ')}`;
  const materialized =
    `WITH matching AS MATERIALIZED (SELECT ${selected} ${from}) ` +
    `SELECT ${aliases.join(', ')}, count(*) AS n FROM matching GROUP BY ${aliases.join(', ')}`;
  return { grouped: { sql: grouped, params }, materialized: { sql: materialized, params } };
};
