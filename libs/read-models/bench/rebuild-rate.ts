import type { EventStore } from '@concord/event-store';
import {
  createProjector,
  projectionId,
  silentProjectorLog,
  type CatchUpOptions,
  type Projection,
  type ReadModelStore,
} from '../src/index.js';

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export type RebuildResult = Readonly<{ eventsPerSecond: number; peakRssMiB: number }>;

/**
 * Rebuild of every projection from position 0 into an empty store, the way a deploy of new versions runs it: one
 * projector, timed from start() until every projection is live at the head. Also samples the process's resident
 * memory, which the catch-up cache trades for speed.
 */
export const rebuildRate = async (
  events: EventStore,
  store: ReadModelStore,
  projections: readonly Projection[],
  catchUp?: CatchUpOptions,
): Promise<RebuildResult> => {
  const head = await events.headPosition();
  const ids = new Set(projections.map(projectionId));
  const projector = createProjector({ events, store, projections, log: silentProjectorLog(), catchUp });
  let peak = process.memoryUsage().rss;
  const started = performance.now();
  await projector.start();
  for (;;) {
    peak = Math.max(peak, process.memoryUsage().rss);
    const records = await store.records();
    if (records.filter((r) => ids.has(r.projectionId) && r.status === 'live' && r.checkpoint >= head).length === ids.size) break;
    const failed = records.find((record) => record.status === 'failed');
    if (failed !== undefined) throw new Error(`${failed.projectionId} failed: ${JSON.stringify(failed.failure)}`);
    await sleep(20);
  }
  const seconds = (performance.now() - started) / 1000;
  await projector.stop();
  return { eventsPerSecond: head / seconds, peakRssMiB: peak / 2 ** 20 };
};
