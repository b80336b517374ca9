import type { EventStore } from '@concord/event-store';
import { createProjector, projectionId, silentProjectorLog, type Projection, type ReadModelStore } from '../src/index.js';

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Rebuild of every projection from position 0 into an empty store, the way a deploy of new versions runs it: one
 * projector, default settings, timed from start() until every projection is live at the head. Events/s.
 */
export const rebuildRate = async (events: EventStore, store: ReadModelStore, projections: readonly Projection[]): Promise<number> => {
  const head = await events.headPosition();
  const ids = new Set(projections.map(projectionId));
  const projector = createProjector({ events, store, projections, log: silentProjectorLog() });
  const started = performance.now();
  await projector.start();
  for (;;) {
    const live = (await store.records()).filter((r) => ids.has(r.projectionId) && r.status === 'live' && r.checkpoint >= head);
    if (live.length === ids.size) break;
    const failed = (await store.records()).find((record) => record.status === 'failed');
    if (failed !== undefined) throw new Error(`${failed.projectionId} failed: ${JSON.stringify(failed.failure)}`);
    await sleep(20);
  }
  const seconds = (performance.now() - started) / 1000;
  await projector.stop();
  return head / seconds;
};
