import { existsSync } from 'node:fs';
import { eventStoreLocation, loadConfig, type ConcordConfig } from '@concord/config';
import { openEventStore, type EventStore } from '@concord/event-store';
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
 * SQLite file is refused rather than created: rebuilding from an empty log in the wrong folder would only produce
 * empty read models. (An EventStoreDB node is reached on the first read; an unreachable one fails it, saying what
 * to check.)
 */
export const openStores = async (variables: CliVariables): Promise<Stores> => {
  const config = loadConfig(variables);
  const location = eventStoreLocation(config);
  if (location.kind === 'sqlite' && !existsSync(location.file)) {
    throw new CommandFailed(
      `No event store at ${location.file}. Set CONCORD_DATA_DIR to the data folder the API uses (default ./.data, ` +
        'relative to the folder you run the command in), or CONCORD_EVENT_STORE and EVENTSTORE_URL as the API has them.',
    );
  }
  // The commands read, never subscribe: nothing for the store to warn about.
  const events = openEventStore(location);
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
