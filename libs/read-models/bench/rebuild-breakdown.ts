import { join } from 'node:path';
import type { EventStore } from '@concord/event-store';
import {
  ALL_PROJECTIONS,
  createSqliteReadModelStore,
  projectionId,
  silentProjectorLog,
  toProjectedEvent,
  type Projection,
  type ReadModelStore,
} from '../src/index.js';
import { createProjectionRunner } from '../src/runtime/projection-runner.js';
import { median, progress } from './stats.js';

/** The projector's batch size. */
const BATCH_SIZE = 1000;

/** Nothing committed before the end of the log: the fold and the commit are timed apart. */
const ONE_COMMIT = { cachedDocuments: Number.MAX_SAFE_INTEGER, commitIntervalMs: Number.MAX_SAFE_INTEGER };

export type ProjectionCost = Readonly<{
  projection: string;
  documents: number;
  /** Its batches applied in memory (documents loaded from the empty store, GC included). */
  foldSeconds: number;
  /** Its documents committed in one transaction (derived fields, JSON text, upserts), with its indexes. */
  commitSeconds: number;
  /** The same commit into tables without secondary indexes: what the dashboards' indexes cost. */
  commitWithoutIndexesSeconds: number;
}>;

export type RebuildBreakdown = Readonly<{
  events: number;
  /** readAllLean + upcast of the whole log: what every projector thread pays before folding. */
  readSeconds: number;
  projections: readonly ProjectionCost[];
}>;

type Pass = Readonly<{ readSeconds: number; foldSeconds: number; commitSeconds: number; documents: number }>;

const withoutIndexes = (projection: Projection): Projection => ({
  ...projection,
  collections: projection.collections.map((collection) => ({ ...collection, indexes: [] })),
});

/** One projection over the whole log on this thread, as a projector thread runs it, into a fresh store at `file`. */
const measurePass = async (events: EventStore, projection: Projection, file: string): Promise<Pass> => {
  const store = createSqliteReadModelStore({ file });
  try {
    await store.prepare(projection);
    let documents = 0;
    const counting: ReadModelStore = {
      ...store,
      commit: (id, writes, checkpoint) => {
        documents += writes.length;
        return store.commit(id, writes, checkpoint);
      },
    };
    const runner = createProjectionRunner({
      projection,
      projectionId: projectionId(projection),
      store: counting,
      checkpoint: 0,
      status: 'rebuilding',
      now: () => new Date(),
      log: silentProjectorLog(),
      catchUp: ONE_COMMIT,
    });
    let [readMs, foldMs] = [0, 0];
    for (let after = 0; ; ) {
      const readStarted = performance.now();
      const batch = (await events.readAllLean(after, BATCH_SIZE)).map(toProjectedEvent);
      const foldStarted = performance.now();
      readMs += foldStarted - readStarted;
      const last = batch.at(-1);
      if (last === undefined) break;
      await runner.handle(batch, false);
      foldMs += performance.now() - foldStarted;
      after = last.position;
    }
    const commitStarted = performance.now();
    await runner.flush();
    const commitMs = performance.now() - commitStarted;
    if (runner.status() === 'failed') throw new Error(`${projection.name} failed while measuring its rebuild`);
    return { readSeconds: readMs / 1000, foldSeconds: foldMs / 1000, commitSeconds: commitMs / 1000, documents };
  } finally {
    await store.close();
  }
};

/**
 * Where the CPU time of a rebuild goes: each projection alone on this thread, folded over the whole log and then
 * committed in one transaction, once with its indexes and once without. Serial, so each figure is one core's time;
 * threads running at once share caches and memory bandwidth, so a real rebuild does no better than their sum.
 */
export const measureRebuildBreakdown = async (events: EventStore, dir: string): Promise<RebuildBreakdown> => {
  const reads: number[] = [];
  const projections: ProjectionCost[] = [];
  for (const projection of ALL_PROJECTIONS) {
    progress(`  ${projection.name}: fold and commit, with its indexes and without…`);
    const indexed = await measurePass(events, projection, join(dir, `${projection.name}-indexed`, 'read-models.sqlite'));
    const bare = await measurePass(events, withoutIndexes(projection), join(dir, `${projection.name}-bare`, 'read-models.sqlite'));
    reads.push(indexed.readSeconds, bare.readSeconds);
    projections.push({
      projection: projection.name,
      documents: indexed.documents,
      foldSeconds: median([indexed.foldSeconds, bare.foldSeconds]),
      commitSeconds: indexed.commitSeconds,
      commitWithoutIndexesSeconds: bare.commitSeconds,
    });
  }
  return { events: await events.headPosition(), readSeconds: median(reads), projections };
};
