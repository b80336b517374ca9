import { join } from 'node:path';
import { ConfigError, READ_STORE_FILE, type ConcordConfig } from '@concord/config';
import { assertNever } from '@concord/domain';
import type { ReadModelStore } from '../runtime/read-model-store.port.js';
import { createSqliteReadModelStore } from './sqlite/sqlite.read-model-store.js';
import { createMongoReadModelStore } from './mongodb/mongodb.read-model-store.js';

/**
 * The read-model store the configuration names: SQLite in the data folder (`READ_STORE_FILE`, beside the event
 * store's file) or MongoDB. The caller owns it and closes it.
 */
export const createReadModelStore = async (config: ConcordConfig): Promise<ReadModelStore> => {
  switch (config.readStore) {
    case 'sqlite':
      return createSqliteReadModelStore({ file: join(config.dataDir, READ_STORE_FILE) });
    case 'mongodb':
      // loadConfig already insists on MONGODB_URL for mongodb; a hand-built config gets the same message.
      if (config.mongodbUrl === undefined) {
        throw new ConfigError(['CONCORD_READ_STORE is mongodb: set MONGODB_URL, e.g. mongodb://localhost:27017/.']);
      }
      return createMongoReadModelStore({ url: config.mongodbUrl, database: config.mongodbDatabase });
    default:
      return assertNever(config.readStore);
  }
};
