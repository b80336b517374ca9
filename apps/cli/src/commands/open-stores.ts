import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { EVENT_STORE_FILE, loadConfig, type ConcordConfig } from '@concord/config';
import { createSqliteEventStore, type EventStore } from '@concord/event-store';
import { createReadModelStore, type ReadModelStore } from '@concord/read-models';
import type { CliVariables } from '../cli-environment.js';
import { CommandFailed } from '../cli-output.js';

export type Stores = Readonly<{
  config: ConcordConfig;
  events: EventStore;
  store: ReadModelStore;
  close: () => Promise<void>;
}>;

/**
 * Opens the event store and the read-model store the API uses, from the same variables (loadConfig). A missing
 * event store file is refused rather than created: rebuilding from an empty log in the wrong folder would only
 * produce empty read models.
 */
export const openStores = async (variables: CliVariables): Promise<Stores> => {
  const config = loadConfig(variables);
  const file = join(config.dataDir, EVENT_STORE_FILE);
  if (!existsSync(file)) {
    throw new CommandFailed(
      `No event store at ${file}. Set CONCORD_DATA_DIR to the data folder the API uses (default ./.data, relative ` +
        'to the folder you run the command in).',
    );
  }
  const events = createSqliteEventStore({ file });
  let store: ReadModelStore;
  try {
    store = await createReadModelStore(config);
  } catch (error) {
    await events.close();
    throw error;
  }
  return {
    config,
    events,
    store,
    close: async () => {
      await store.close();
      await events.close();
    },
  };
};
