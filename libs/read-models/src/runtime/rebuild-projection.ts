import type { EventStore, Position } from '@concord/event-store';
import { projectionId, type Projection } from '../projection.js';
import { dropOlderVersions } from './drop-older-versions.js';
import type { Instant } from './instant.js';
import { estimateLogLength } from './log-length.estimate.js';
import { toProjectedEvent } from './projected-event.js';
import { ProjectionFailed } from './projection-failed.error.js';
import { createProjectionRunner, type CatchUpOptions } from './projection-runner.js';
import { silentProjectorLog, type ProjectorLog } from './projector-log.js';
import type { ReadModelStore } from './read-model-store.port.js';

/** What a rebuild reports after every batch. */
export type RebuildProgress = Readonly<{
  /** Events read and applied so far. */
  applied: number;
  /**
   * Events in the store: estimated from how far through the log the rebuild is (estimateLogLength), exact on
   * SQLite; at least `applied`.
   */
  total: number;
  eventsPerSecond: number;
  /** Null while the rate is unknown (nothing applied yet). */
  etaSeconds: number | null;
}>;

export type RebuildProjectionOptions = Readonly<{
  events: EventStore;
  store: ReadModelStore;
  projection: Projection;
  /** Events per batch (one load and one commit each). Default 1000. */
  batchSize?: number;
  onProgress?: (progress: RebuildProgress) => void;
  /** Clock for a failure's time. Default: the system clock. */
  now?: () => Instant;
  /** Default: silent (a failure is thrown as ProjectionFailed instead). */
  log?: ProjectorLog;
  /** Memory and commit pacing (see ProjectorOptions.catchUp). */
  catchUp?: CatchUpOptions;
}>;

const nextTick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Drops this version of the projection and builds it again from position 0 up to the head, then makes it live and
 * drops older versions. Queries have no live version of it meanwhile, unless an older one is live. Nothing else
 * may write this version while it runs: stop the projectors that run it first.
 * @throws ProjectionFailed when an event cannot be applied (the version is left `failed` there).
 */
export const rebuildProjection = async (options: RebuildProjectionOptions): Promise<void> => {
  const { events, store, projection } = options;
  const id = projectionId(projection);
  const batchSize = options.batchSize ?? 1000;
  const log = options.log ?? silentProjectorLog();
  await store.drop(id);
  await store.prepare(projection);
  const runner = createProjectionRunner({
    projection,
    projectionId: id,
    store,
    checkpoint: 0,
    status: 'rebuilding',
    now: options.now ?? (() => new Date()),
    log,
    catchUp: options.catchUp,
  });

  const head = await events.headPosition();
  let first: Position | undefined;
  let applied = 0;
  const started = performance.now();
  for (;;) {
    const stored = await events.readAllLean(runner.checkpoint(), batchSize);
    if (stored.length === 0) break;
    first ??= stored[0]!.position;
    await runner.handle(stored.map(toProjectedEvent), stored.length < batchSize);
    if (runner.status() === 'failed') {
      const failure = (await store.records()).find((record) => record.projectionId === id)?.failure;
      if (failure !== null && failure !== undefined) throw new ProjectionFailed(id, failure);
      throw new Error(`${id} failed during its rebuild; see the projector log`);
    }
    applied += stored.length;
    const total = estimateLogLength({ applied, first, last: stored.at(-1)!.position, head });
    const seconds = (performance.now() - started) / 1000;
    const eventsPerSecond = seconds > 0 ? applied / seconds : 0;
    const etaSeconds = eventsPerSecond > 0 ? (total - applied) / eventsPerSecond : null;
    options.onProgress?.({ applied, total, eventsPerSecond, etaSeconds });
    // Lets signals, timers and the caller's progress bar run between batches.
    await nextTick();
  }
  await runner.flush();
  await runner.markLive();
  await dropOlderVersions(store, projection, async () => undefined, log);
};
