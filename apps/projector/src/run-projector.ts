import { eventStoreLocation, loadConfig } from '@concord/config';
import { describeEventStoreLocation, openEventStore } from '@concord/event-store';
import { createProjector, createReadModelStore, projectionId, type ProjectorLog } from '@concord/read-models';
import { projectorLogAt } from './projector.log.js';
import { loadProjectorSettings } from './projector.settings.js';

type Env = Readonly<Record<string, string | undefined>>;

export type RunningProjector = Readonly<{
  /** Stops reading, commits what is applied, closes both stores. Idempotent. */
  stop(): Promise<void>;
}>;

/**
 * Opens the event store and the read-model store named by the shared configuration and runs the selected
 * projections until stop(). The caller owns the process (signals, exit code).
 * @throws ConfigError naming every variable to fix.
 */
export const runProjector = async (env: Env, logOverride?: ProjectorLog): Promise<RunningProjector> => {
  const config = loadConfig(env);
  const settings = loadProjectorSettings(env);
  const log = logOverride ?? projectorLogAt(config.logLevel);
  const location = eventStoreLocation(config);
  const events = openEventStore(location, { warn: (message) => log.warn(message) });
  const store = await createReadModelStore(config).catch(async (error: unknown) => {
    await events.close();
    throw error;
  });
  const projector = createProjector({
    events,
    store,
    projections: settings.projections,
    batchSize: settings.batchSize,
    catchUp: settings.catchUp,
    log,
  });
  try {
    await projector.start();
  } catch (error) {
    await Promise.allSettled([store.close(), events.close()]);
    throw error;
  }
  log.log(
    `Projector running ${settings.projections.map(projectionId).join(', ')} from ` +
      `${describeEventStoreLocation(location)} (read store: ${config.readStore}, batch ${settings.batchSize}, ` +
      `commit every ${settings.catchUp.commitIntervalMs} ms or ${settings.catchUp.cachedDocuments} documents while catching up).`,
  );
  let stopping: Promise<void> | undefined;
  return {
    stop: () =>
      (stopping ??= (async () => {
        await projector.stop();
        await Promise.all([store.close(), events.close()]);
        log.log('Projector stopped: every applied event is committed.');
      })()),
  };
};
