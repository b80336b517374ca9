import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { migrateSchema } from './sqlite.schema.js';

export type SqliteConnectionOptions = Readonly<{
  file: string;
  busyTimeoutMs: number;
  /** Refuse writes on this connection once the schema is up to date: the reader beside a writer thread. */
  queryOnly?: boolean;
  /** For the connection that writes: WAL frames after which a commit also checkpoints (wal_autocheckpoint). */
  walAutocheckpointPages?: number;
}>;

export const isInMemory = (file: string): boolean => file === ':memory:' || file === '';

/** Opens (creating if needed) the database file with durable settings and an up-to-date schema. */
export const openSqliteDatabase = ({
  file,
  busyTimeoutMs,
  queryOnly = false,
  walAutocheckpointPages,
}: SqliteConnectionOptions): Database.Database => {
  if (!isInMemory(file)) mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file, { timeout: busyTimeoutMs });
  try {
    // WAL lets reads run beside the writer (another thread or process); FULL syncs the WAL on every commit, so an
    // acknowledged append survives power loss (NORMAL would only survive a process crash).
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    migrateSchema(db);
    if (walAutocheckpointPages !== undefined) db.pragma(`wal_autocheckpoint = ${walAutocheckpointPages}`);
    if (queryOnly) db.pragma('query_only = ON');
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
};
