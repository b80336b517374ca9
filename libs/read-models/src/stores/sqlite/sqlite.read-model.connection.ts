import Database from 'better-sqlite3';

export type ReadModelConnectionOptions = Readonly<{
  busyTimeoutMs: number;
  /** Refuse to create the file: a reader must not resurrect a version another process just dropped. */
  mustExist: boolean;
  /** Page cache in KiB: a rebuild's commit touches pages all over each table. */
  cacheKiB: number;
}>;

/** Opens a file of the read-model store (the catalogue or a version's documents) with the store's settings. */
export const openReadModelDatabase = (file: string, options: ReadModelConnectionOptions): Database.Database => {
  const db = new Database(file, { timeout: options.busyTimeoutMs, fileMustExist: options.mustExist });
  try {
    // Documents are ~0.2–2 KB: 16 KiB pages hold several each, which made a rebuild's commits a sixth faster than
    // 4 KiB pages. Only a new file takes it (before WAL is on); an existing one keeps its size.
    db.pragma('page_size = 16384');
    db.pragma('journal_mode = WAL');
    // NORMAL still commits atomically; a power cut may lose the last commits, documents and checkpoint together, and
    // the projector redoes them from the event store. FULL would fsync every batch of data that can be rebuilt.
    db.pragma('synchronous = NORMAL');
    db.pragma(`cache_size = -${options.cacheKiB}`);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
};

/**
 * By shape, not `instanceof`: the native addon throws the SqliteError class of whichever copy of better-sqlite3
 * registered last, which in a host that loads the package more than once (Jest, one realm per spec file) is
 * neither this module's class nor built on this realm's Error.
 */
const sqliteErrorOf = (error: unknown): { code: string; message: string } | undefined =>
  typeof error === 'object' && error !== null && typeof (error as { code?: unknown }).code === 'string'
    ? { code: (error as { code: string }).code, message: String((error as { message?: unknown }).message) }
    : undefined;

/** A table that is not there (yet, or any more): another process is preparing or dropping its version. */
export const isMissingTable = (error: unknown): boolean => {
  const sqlite = sqliteErrorOf(error);
  return sqlite?.code === 'SQLITE_ERROR' && sqlite.message.startsWith('no such table');
};

/** A file that is not there (yet, or any more). */
export const isMissingFile = (error: unknown): boolean => sqliteErrorOf(error)?.code === 'SQLITE_CANTOPEN';
