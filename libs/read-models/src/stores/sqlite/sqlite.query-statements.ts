import type { Database, Statement } from 'better-sqlite3';
import type { CountQuery, SqlQuery, SqlValue } from './sqlite.queries.js';

/** Prepared query statements of one connection, cached by SQL text (one per filter shape). */
export type QueryStatements = Readonly<{
  /** The `doc` column of every row the query selects. */
  docs(query: SqlQuery): string[];
  /** The rows of a count query as arrays: the grouped values, then the count. */
  counts(query: CountQuery): SqlValue[][];
  /** Forgets every statement (a table was dropped: statements on it cannot run again). */
  clear(): void;
}>;

const sortsGroups = (plan: readonly { detail: string }[]): boolean =>
  plan.some((step) => step.detail.includes('TEMP B-TREE FOR GROUP BY'));

const readsIndexOnly = (plan: readonly { detail: string }[]): boolean =>
  plan.some((step) => step.detail.includes('COVERING INDEX'));

export const createQueryStatements = (db: Database): QueryStatements => {
  const docStatements = new Map<string, Statement<SqlValue[], { doc: string }>>();
  const countStatements = new Map<string, Statement<SqlValue[], SqlValue[]>>();

  const explain = ({ sql, params }: SqlQuery): { detail: string }[] =>
    db.prepare<SqlValue[], { detail: string }>(`EXPLAIN QUERY PLAN ${sql}`).all(...params);

  /**
   * Chosen once per shape from SQLite's own plan: grouping while scanning an index is fastest; when the groups
   * must be sorted, copying index-covered fields out first beats letting the sorter parse every document.
   */
  const countStatement = (query: CountQuery): Statement<SqlValue[], SqlValue[]> => {
    const cached = countStatements.get(query.grouped.sql);
    if (cached !== undefined) return cached;
    const materialize = sortsGroups(explain(query.grouped)) && readsIndexOnly(explain(query.materialized));
    const chosen = materialize ? query.materialized : query.grouped;
    const statement = db.prepare<SqlValue[], SqlValue[]>(chosen.sql).raw(true);
    countStatements.set(query.grouped.sql, statement);
    return statement;
  };

  return {
    docs: ({ sql, params }) => {
      let statement = docStatements.get(sql);
      if (statement === undefined) {
        statement = db.prepare<SqlValue[], { doc: string }>(sql);
        docStatements.set(sql, statement);
      }
      return statement.all(...params).map((row) => row.doc);
    },
    counts: (query) => countStatement(query).all(...query.grouped.params),
    clear: () => {
      docStatements.clear();
      countStatements.clear();
    },
  };
};
