import { mkdir } from 'node:fs/promises';
import { Inject, Injectable, Logger, type OnApplicationShutdown, type Provider } from '@nestjs/common';
import type { ConcordConfig } from '@concord/config';
import { createReadModelStore, type ReadModelStore } from '@concord/read-models';
import { CONCORD_CONFIG } from '../config/nest-config.js';

/** DI token of the ReadModelStore port (SQLite in the data folder, or MongoDB). */
export const READ_MODEL_STORE = Symbol('READ_MODEL_STORE');

export const readModelStoreProvider: Provider = {
  provide: READ_MODEL_STORE,
  inject: [CONCORD_CONFIG],
  useFactory: async (config: ConcordConfig): Promise<ReadModelStore> => {
    // The SQLite read store lives beside the event store; the folder may not exist yet on a first start.
    if (config.readStore === 'sqlite') await mkdir(config.dataDir, { recursive: true });
    return createReadModelStore(config);
  },
};

/**
 * Closes the read store after the HTTP server has stopped taking requests, and after the embedded projector has
 * stopped (it stops in onModuleDestroy, which Nest runs before onApplicationShutdown).
 */
@Injectable()
export class ReadModelStoreLifecycle implements OnApplicationShutdown {
  private readonly logger = new Logger('ReadModelStore');

  constructor(@Inject(READ_MODEL_STORE) private readonly store: ReadModelStore) {}

  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
    this.logger.log('Read model store closed.');
  }
}
