import { eventStoreLocation, loadConfig } from '@concord/config';
import { describeEventStoreLocation } from '@concord/event-store';
import { projectionId, projectorThreadConfig, startProjectorThreads, type ProjectorLog } from '@concord/read-models';
import { projectorLogAt } from './projector.log.js';
import { loadProjectorSettings } from './projector.settings.js';

type Env = Readonly<Record<string, string | undefined>>;

export type RunningProjector = Readonly<{
  /** Stops reading, commits what is applied, closes both stores. Idempotent. */
  stop(): Promise<void>;
}>;

/**
 * Runs the selected projections on worker threads (CONCORD_PROJECTOR_THREADS), each opening the event store and
 * the read-model store named by the shared configuration, until stop(). The caller owns the process (signals, exit
 * code).
 * @throws ConfigError naming every variable to fix.
 */
export const runProjector = async (env: Env, logOverride?: ProjectorLog): Promise<RunningProjector> => {
  const config = loadConfig(env);
  const settings = loadProjectorSettings(env);
  const log = logOverride ?? projectorLogAt(config.logLevel);
  const location = eventStoreLocation(config);
  const threads = await startProjectorThreads(
    {
      eventStore: location,
      config: projectorThreadConfig(config),
      projections: settings.projections.map((projection) => projection.name),
      batchSize: settings.batchSize,
      catchUp: settings.catchUp,
    },
    log,
    { threads: config.projectorThreads, keepsProcessAlive: true },
  );
  log.log(
    `Projector running ${settings.projections.map(projectionId).join(', ')} over up to ${config.projectorThreads} threads ` +
      `from ${describeEventStoreLocation(location)} (read store: ${config.readStore}, batch ${settings.batchSize}, ` +
      `commit every ${settings.catchUp.commitIntervalMs} ms or ${settings.catchUp.cachedDocuments} documents while catching up).`,
  );
  let stopping: Promise<void> | undefined;
  return {
    stop: () =>
      (stopping ??= (async () => {
        await threads.stop();
        log.log('Projector stopped: every applied event is committed.');
      })()),
  };
};
