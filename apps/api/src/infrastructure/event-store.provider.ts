import { Inject, Injectable, Logger, type OnApplicationShutdown, type Provider } from '@nestjs/common';
import { openEventStore, type EventStore } from '@concord/event-store';
import { eventStoreLocation, type ConcordConfig } from '@concord/config';
import { CONCORD_CONFIG } from '../config/nest-config.js';
import type { ConcordMetrics } from '../metrics/concord-metrics.js';
import { measuredEventStore } from '../metrics/measured-event-store.js';
import { METRICS } from '../metrics/metrics.provider.js';

/** DI token of the EventStore port. */
export const EVENT_STORE = Symbol('EVENT_STORE');

/**
 * The store CONCORD_EVENT_STORE names: SQLite in the data folder, or EventStoreDB at EVENTSTORE_URL; its appends
 * timed for /metrics.
 */
export const eventStoreProvider: Provider = {
  provide: EVENT_STORE,
  inject: [CONCORD_CONFIG, METRICS],
  useFactory: (config: ConcordConfig, metrics: ConcordMetrics): EventStore => {
    const logger = new Logger('EventStore');
    const store = openEventStore(eventStoreLocation(config), { warn: (message) => logger.warn(message) });
    return measuredEventStore(store, metrics);
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
