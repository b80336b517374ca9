import type { EventStore, Position } from '@concord/event-store';
import { projectionId, type Projection } from '../projection.js';
import type { Instant } from './instant.js';
import { createProjectionRunner, type CatchUpOptions, type ProjectionRunner } from './projection-runner.js';
import { startLane, type Lane } from './projector-lane.js';
import { dropOlderVersions } from './drop-older-versions.js';
import { consoleProjectorLog, type ProjectorLog } from './projector-log.js';
import { assertDistinctIds, planProjector } from './projector-plan.js';
import type { ReadModelStore } from './read-model-store.port.js';

export type ProjectorOptions = Readonly<{
  events: EventStore;
  store: ReadModelStore;
  /** The versions to run. Listing an old version beside its successor keeps it current until the successor is live. */
  projections: readonly Projection[];
  /** Most events per batch: one load and one commit each. Default 1000. */
  batchSize?: number;
  /** Clock for failure times (a Date or an ISO string). Default: the system clock. */
  now?: () => Instant;
  /** Default: the console. */
  log?: ProjectorLog;
  /** How often progress is logged while catching up. Default 5000 ms. */
  progressIntervalMs?: number;
  /** Memory and commit pacing while catching up (a rebuild); caught-up projections commit every batch. */
  catchUp?: CatchUpOptions;
}>;

export interface Projector {
  /**
   * Prepares every version, then subscribes: resolves once the projections are running (not caught up). A version
   * that failed in an earlier run is retried from its checkpoint.
   */
  start(): Promise<void>;
  /** Stops reading; resolves once the batches in hand are committed. The stores stay open (the caller owns them). */
  stop(): Promise<void>;
}

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * Runs projections against the event store. Each batch commits its documents and checkpoint together (exactly once
 * in effect); a failing event stops only its projection; a new version builds from 0 beside the live one and
 * replaces it once caught up with the head seen at start, when the older versions are dropped.
 */
export const createProjector = (options: ProjectorOptions): Projector => {
  const { events, store } = options;
  const batchSize = options.batchSize ?? 1000;
  const now = options.now ?? (() => new Date());
  const log = options.log ?? consoleProjectorLog();
  const progressIntervalMs = options.progressIntervalMs ?? 5000;
  let runners: ProjectionRunner[] = [];
  let lanes: Lane[] = [];
  let state: 'new' | 'starting' | 'running' | 'stopped' = 'new';

  const idOf = (runner: ProjectionRunner): string => runner.compiled.projectionId;

  /** The switch: queries move to this version, then the older versions of its name go. */
  const goLive = async (runner: ProjectionRunner): Promise<void> => {
    await runner.flush();
    if (!runner.active()) return;
    await runner.markLive();
    log.log(`${idOf(runner)} is live at position ${runner.checkpoint()}.`);
    await dropOlderVersions(store, runner.compiled.projection, async (id) => {
      await runners.find((other) => idOf(other) === id)?.retire();
    }, log);
  };

  const progress = (head: Position) => {
    const last = new Map<string, { at: number; checkpoint: Position }>();
    return (taking: readonly ProjectionRunner[]): void => {
      const at = performance.now();
      for (const runner of taking) {
        const previous = last.get(idOf(runner));
        if (previous === undefined) {
          last.set(idOf(runner), { at, checkpoint: runner.checkpoint() });
          continue;
        }
        if (at - previous.at < progressIntervalMs) continue;
        const rate = Math.round(((runner.checkpoint() - previous.checkpoint) * 1000) / (at - previous.at));
        log.log(`${idOf(runner)} ${runner.status()}: position ${runner.checkpoint()} of ${head} at start, ${rate} events/s.`);
        last.set(idOf(runner), { at, checkpoint: runner.checkpoint() });
      }
    };
  };

  const startRunners = async (head: Position): Promise<ProjectionRunner[]> => {
    const plan = planProjector(options.projections, await store.records());
    for (const warning of plan.warnings) log.warn(warning);
    for (const id of plan.drop) {
      await store.drop(id);
      log.log(`${id} dropped: a newer version is live.`);
    }
    for (const projection of plan.run) await store.prepare(projection);
    const records = await store.records();
    const started: ProjectionRunner[] = [];
    for (const projection of plan.run) {
      const id = projectionId(projection);
      const record = records.find((candidate) => candidate.projectionId === id);
      const checkpoint = record?.checkpoint ?? 0;
      // A failed version is retried from its checkpoint; like any version not live, it goes live once caught up.
      if (record !== undefined && record.status !== 'live' && record.status !== 'rebuilding') {
        await store.setStatus(id, 'rebuilding', null);
      }
      const status = record?.status === 'live' ? 'live' : 'rebuilding';
      log.log(`${id} ${status}: starting after position ${checkpoint} (head ${head}).`);
      const catchUp = options.catchUp;
      started.push(createProjectionRunner({ projection, projectionId: id, store, checkpoint, status, now, log, catchUp }));
    }
    return started;
  };

  return {
    start: async () => {
      if (state !== 'new') throw new Error('A projector starts once; create another to start again.');
      state = 'starting';
      assertDistinctIds(options.projections);
      const head = await events.headPosition();
      runners = await startRunners(head);
      const caughtUp = async (taking: readonly ProjectionRunner[]): Promise<void> => {
        for (const runner of taking) {
          if (runner.active() && runner.status() === 'rebuilding' && runner.checkpoint() >= head) await goLive(runner);
        }
      };
      await caughtUp(runners);
      const report = progress(head);
      const laneOf = (taking: readonly ProjectionRunner[]): Lane =>
        startLane({
          events,
          runners: taking,
          batchSize,
          afterBatch: async (batchRunners) => {
            report(batchRunners);
            await caughtUp(batchRunners);
          },
          onLaneFailure: async (failed, error) => {
            log.error(`Projections ${failed.map(idOf).join(', ')} stopped: ${messageOf(error)}`);
            for (const runner of failed) await runner.halt(error);
          },
        });
      // Caught-up versions follow the head together; versions catching up read the log apart, so a rebuild from 0
      // never holds back the ones queries read.
      const live = runners.filter((runner) => runner.status() === 'live');
      const behind = runners.filter((runner) => runner.status() !== 'live');
      lanes = [live, behind].filter((group) => group.length > 0).map(laneOf);
      state = 'running';
    },
    stop: async () => {
      if (state === 'stopped') return;
      state = 'stopped';
      await Promise.all(lanes.map((lane) => lane.stop()));
      // What was applied but not yet committed (catching up) is committed, so a restart does not redo it.
      await Promise.all(runners.map((runner) => runner.flush()));
    },
  };
};
