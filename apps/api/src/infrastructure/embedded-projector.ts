import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import type { ConcordConfig } from '@concord/config';
import type { EventStore } from '@concord/event-store';
import { ALL_PROJECTIONS, createProjector, type Projector, type ReadModelStore } from '@concord/read-models';
import { CONCORD_CONFIG } from '../config/nest-config.js';
import { Clock } from './clock.js';
import { EVENT_STORE } from './event-store.provider.js';
import { READ_MODEL_STORE } from './read-model-store.provider.js';

/**
 * With CONCORD_PROJECTOR=embedded (the default) the API process runs every projection itself, so `npm start` alone
 * serves read models that follow the writes. It starts once the app is bootstrapped (the stores are open) and stops
 * in onModuleDestroy, before Nest closes the HTTP server and then the stores, so no batch loses its connection.
 */
@Injectable()
export class EmbeddedProjector implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Projector');
  private projector: Projector | undefined;

  constructor(
    @Inject(CONCORD_CONFIG) private readonly config: ConcordConfig,
    @Inject(EVENT_STORE) private readonly events: EventStore,
    @Inject(READ_MODEL_STORE) private readonly store: ReadModelStore,
    private readonly clock: Clock,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.projector === 'external') {
      this.logger.log('CONCORD_PROJECTOR=external: projections run in apps/projector, not in this process.');
      return;
    }
    this.projector = createProjector({
      events: this.events,
      store: this.store,
      projections: ALL_PROJECTIONS,
      now: () => this.clock.now(),
      log: this.logger,
    });
    await this.projector.start();
    this.logger.log(`Running ${ALL_PROJECTIONS.length} projections in this process (CONCORD_PROJECTOR=embedded).`);
  }

  async onModuleDestroy(): Promise<void> {
    const projector = this.projector;
    this.projector = undefined;
    await projector?.stop();
  }
}
