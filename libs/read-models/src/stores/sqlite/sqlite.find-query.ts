import type { DocumentFilter } from '../../shared/document-filter.js';
import { fieldExpression, quoted } from './sqlite.table-names.js';

export type FindQuery = Readonly<{ sql: string; params: readonly string[] }>;

/** Bounds as stored: documents hold instants as canonical ISO strings, which sort as text in time order. */
const canonical = (instant: string): string => {
  const ms = Date.parse(instant);
  if (Number.isNaN(ms)) throw new Error(`read-model range bound "${instant}" is not an ISO-8601 instant`);
  return new Date(ms).toISOString();
};

/**
 * The SQL for a DocumentFilter. The same filter shape always gives the same SQL text (values are parameters), so
 * the prepared statement is cached per shape, and the expressions match the expression indexes of the table.
 */
export const findQuery = (table: string, filter: DocumentFilter): FindQuery => {
  const conditions: string[] = [];
  const params: string[] = [];
  for (const [field, value] of Object.entries(filter.equals).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    conditions.push(`${fieldExpression(field)} = ?`);
    params.push(value);
  }
  const { range } = filter;
  if (range !== null && range.from !== null) {
    conditions.push(`${fieldExpression(range.field)} >= ?`);
    params.push(canonical(range.from));
  }
  if (range !== null && range.to !== null) {
    conditions.push(`${fieldExpression(range.field)} < ?`);
    params.push(canonical(range.to));
  }
  const where = conditions.length === 0 ? '' : ` WHERE ${conditions.join(' AND ')}`;
  return { sql: `SELECT doc FROM ${quoted(table)}${where}`, params };
};
