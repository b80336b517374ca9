import type { EventStore } from '@concord/event-store';
import {
  ALL_PROJECTIONS,
  projectionId,
  silentProjectorLog,
  startProjectorThreads,
  type ProjectorThreadSettings,
  type ReadModelStore,
} from '../src/index.js';

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export type RebuildResult = Readonly<{ eventsPerSecond: number; peakRssMiB: number }>;

/** Where a rebuild writes: what the projector threads open, and the same store opened here to watch them. */
export type RebuildTarget = Readonly<{ settings: ProjectorThreadSettings; store: ReadModelStore }>;

/**
 * Rebuild of every projection from position 0 into an empty store, the way a deploy of new versions runs it: the
 * projector threads the API or apps/projector start (`threads` of them), timed from their start until every
 * projection is live at the head. Also samples the process's resident memory (threads included), which the
 * catch-up cache trades for speed.
 */
export const rebuildRate = async (events: EventStore, target: RebuildTarget, threads: number): Promise<RebuildResult> => {
  const head = await events.headPosition();
  const ids = new Set(ALL_PROJECTIONS.map(projectionId));
  let peak = process.memoryUsage().rss;
  const started = performance.now();
  const running = await startProjectorThreads(target.settings, silentProjectorLog(), { threads });
  let seconds: number;
  try {
    for (;;) {
      peak = Math.max(peak, process.memoryUsage().rss);
      const records = await target.store.records();
      const live = records.filter((r) => ids.has(r.projectionId) && r.status === 'live' && r.checkpoint >= head);
      if (live.length === ids.size) {
        seconds = (performance.now() - started) / 1000;
        break;
      }
      const failed = records.find((record) => record.status === 'failed');
      if (failed !== undefined) throw new Error(`${failed.projectionId} failed: ${JSON.stringify(failed.failure)}`);
      await sleep(20);
    }
  } finally {
    await running.stop();
  }
  return { eventsPerSecond: head / seconds, peakRssMiB: peak / 2 ** 20 };
};
