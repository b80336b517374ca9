import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Inject, Injectable, Logger, type OnApplicationShutdown, type Provider } from '@nestjs/common';
import { createSqliteEventStore, type EventStore } from '@concord/event-store';
import { EVENT_STORE_FILE, type ConcordConfig } from '@concord/config';
import { CONCORD_CONFIG } from '../config/nest-config.js';

/** DI token of the EventStore port. */
export const EVENT_STORE = Symbol('EVENT_STORE');

export const eventStoreFile = (config: ConcordConfig): string => join(config.dataDir, EVENT_STORE_FILE);

export const eventStoreProvider: Provider = {
  provide: EVENT_STORE,
  inject: [CONCORD_CONFIG],
  useFactory: async (config: ConcordConfig): Promise<EventStore> => {
    switch (config.eventStore) {
      case 'sqlite':
        await mkdir(config.dataDir, { recursive: true });
        return createSqliteEventStore({ file: eventStoreFile(config) });
    }
  },
};

/**
 * Closes the store once the HTTP server has stopped taking requests (Nest runs `onApplicationShutdown` after it
 * disposes of the server), so no append in flight loses its connection.
 */
@Injectable()
export class EventStoreLifecycle implements OnApplicationShutdown {
  private readonly logger = new Logger('EventStore');

  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
    this.logger.log('Event store closed.');
  }
}
