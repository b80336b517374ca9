import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import type { EventStore } from '@concord/event-store';
import type { ReadModelStore } from '@concord/read-models';
import { Clock } from '../infrastructure/clock.js';
import { EVENT_STORE } from '../infrastructure/event-store.provider.js';
import { READ_MODEL_STORE } from '../infrastructure/read-model-store.provider.js';
import type { ConcordMetrics } from './concord-metrics.js';
import { METRICS } from './metrics.provider.js';
import { registerStoreGauges } from './store-gauges.js';

/** Adds the gauges read from the stores once both stores are open. */
@Injectable()
export class StoreGauges implements OnModuleInit {
  constructor(
    @Inject(METRICS) private readonly metrics: ConcordMetrics,
    @Inject(EVENT_STORE) private readonly events: EventStore,
    @Inject(READ_MODEL_STORE) private readonly readModels: ReadModelStore,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    registerStoreGauges(this.metrics, this.events, this.readModels, () => this.clock.now());
  }
}
