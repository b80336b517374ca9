import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { migrateSchema } from './sqlite.schema.js';

export type SqliteConnectionOptions = Readonly<{ file: string; busyTimeoutMs: number }>;

const isInMemory = (file: string): boolean => file === ':memory:' || file === '';

/** Opens (creating if needed) the database file with durable settings and an up-to-date schema. */
export const openSqliteDatabase = ({ file, busyTimeoutMs }: SqliteConnectionOptions): Database.Database => {
  if (!isInMemory(file)) mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file, { timeout: busyTimeoutMs });
  try {
    // WAL lets the projector's reads run beside the writer; FULL syncs the WAL on every commit, so an acknowledged
    // append survives power loss (NORMAL would only survive a process crash).
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    migrateSchema(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
};
