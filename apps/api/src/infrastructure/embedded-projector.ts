import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { eventStoreLocation, type ConcordConfig } from '@concord/config';
import { projectorThreadConfig, startProjectorThreads, type ProjectorThread } from '@concord/read-models';
import { CONCORD_CONFIG } from '../config/nest-config.js';

/**
 * With CONCORD_PROJECTOR=embedded (the default) the API process runs every projection itself, so `npm start` alone
 * serves read models that follow the writes. They run on worker threads (CONCORD_PROJECTOR_THREADS) with stores of
 * their own: folding events and committing read models then leaves the main thread's event loop to requests, and at
 * idle priority (on Linux) leaves it the cores too. The threads start once the app is bootstrapped and stop in
 * onModuleDestroy, committing the batch in hand before the HTTP server closes.
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
    const threads = this.config.projectorThreads;
    this.thread = await startProjectorThreads(
      { eventStore: eventStoreLocation(this.config), config: projectorThreadConfig(this.config), priority: 'idle' },
      this.logger,
      { threads },
    );
    const where = threads === 1 ? 'a worker thread' : `${threads} worker threads`;
    this.logger.log(`Running the projections on ${where} of this process (CONCORD_PROJECTOR=embedded).`);
  }

  async onModuleDestroy(): Promise<void> {
    const thread = this.thread;
    this.thread = undefined;
    await thread?.stop();
  }
}
