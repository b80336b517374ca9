import type { Database, Statement } from 'better-sqlite3';
import { quoted } from './sqlite.table-names.js';

export type DocumentRow = Readonly<{ id: string; doc: string }>;

/** The statements of one collection table, prepared once and reused for every batch. */
export type CollectionStatements = Readonly<{
  /** The documents among a JSON array of ids: one statement per collection and batch, not one per document. */
  loadMany: Statement<[idsJson: string], DocumentRow>;
  get: Statement<[id: string], { doc: string }>;
  /** Replaces the document unless it already holds a write at this position or later (a replayed batch). */
  upsert: Statement<[id: string, doc: string, position: number]>;
  /** Deletes unless the document was last written at this position or later. */
  remove: Statement<[id: string, position: number]>;
}>;

export const prepareCollectionStatements = (db: Database, table: string): CollectionStatements => {
  const t = quoted(table);
  return {
    loadMany: db.prepare(`SELECT id, doc FROM ${t} WHERE id IN (SELECT value FROM json_each(?))`),
    get: db.prepare(`SELECT doc FROM ${t} WHERE id = ?`),
    upsert: db.prepare(
      `INSERT INTO ${t} (id, doc, position) VALUES (?, ?, ?) ` +
        'ON CONFLICT (id) DO UPDATE SET doc = excluded.doc, position = excluded.position ' +
        `WHERE excluded.position > ${t}.position`,
    ),
    remove: db.prepare(`DELETE FROM ${t} WHERE id = ? AND position < ?`),
  };
};
