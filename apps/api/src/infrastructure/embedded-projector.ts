import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { eventStoreLocation, type ConcordConfig } from '@concord/config';
import { startProjectorThread, type ProjectorThread } from '@concord/read-models';
import { CONCORD_CONFIG } from '../config/nest-config.js';

/**
 * With CONCORD_PROJECTOR=embedded (the default) the API process runs every projection itself, so `npm start` alone
 * serves read models that follow the writes. They run on a worker thread with stores of their own: folding events
 * and committing read models then leaves the main thread's event loop to requests. The thread starts once the app
 * is bootstrapped and stops in onModuleDestroy, committing the batch in hand before the HTTP server closes.
 */
@Injectable()
export class EmbeddedProjector implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Projector');
  private thread: ProjectorThread | undefined;

  constructor(@Inject(CONCORD_CONFIG) private readonly config: ConcordConfig) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.projector === 'external') {
      this.logger.log('CONCORD_PROJECTOR=external: projections run in apps/projector, not in this process.');
      return;
    }
    // The thread has no use for the JWT secret, so it is not copied there.
    const { jwtSecret: _secret, ...config } = this.config;
    this.thread = await startProjectorThread({ eventStore: eventStoreLocation(this.config), config }, this.logger);
    this.logger.log('Running the projections on a worker thread of this process (CONCORD_PROJECTOR=embedded).');
  }

  async onModuleDestroy(): Promise<void> {
    const thread = this.thread;
    this.thread = undefined;
    await thread?.stop();
  }
}
