import { join } from 'node:path';
import { READ_STORE_FILE, type ConcordConfig } from '@concord/config';
import { assertNever } from '@concord/domain';
import type { ReadModelStore } from '../runtime/read-model-store.port.js';
import { createSqliteReadModelStore } from './sqlite/sqlite.read-model-store.js';

/**
 * The read-model store the configuration names: SQLite in the data folder (`READ_STORE_FILE`, beside the event
 * store's file) or MongoDB. The caller owns it and closes it.
 */
export const createReadModelStore = async (config: ConcordConfig): Promise<ReadModelStore> => {
  switch (config.readStore) {
    case 'sqlite':
      return createSqliteReadModelStore({ file: join(config.dataDir, READ_STORE_FILE) });
    case 'mongodb':
      throw new Error('CONCORD_READ_STORE=mongodb: the MongoDB read-model store is not built yet; use sqlite for now.');
    default:
      return assertNever(config.readStore);
  }
};
