import type { Position } from '@concord/event-store';
import type { ProjectedEvent, Projection } from '../projection.js';
import { createDocumentCache } from './document-cache.js';
import { toIso, type Instant } from './instant.js';
import { compileProjection, projectBatch, type CompiledProjection } from './project-batch.js';
import type { ProjectorLog } from './projector-log.js';
import type { ProjectionFailure, ProjectionStatus, ReadModelStore } from './read-model-store.port.js';

/** How much a projection keeps in memory between commits while it catches up. */
export type CatchUpOptions = Readonly<{
  /**
   * Documents kept in memory per projection version (least recently used out), which is also the most changed
   * documents held before a commit. Default 300,000.
   */
  cachedDocuments?: number;
  /**
   * Longest time between two commits while catching up: bounds what a crash makes it redo, and how stale the
   * checkpoint in the store may look. Default 60,000 ms.
   */
  commitIntervalMs?: number;
}>;

/**
 * Each commit writes every document changed since the previous one, and over a large log nearly every document
 * changes within seconds: commits, not folds, then bound a rebuild. Over a million events (100,000 customers), a
 * minute and room for the largest projection's documents (about 290,000) rebuild much faster than 10 s and 100,000
 * for little more memory (docs/benchmarks.md compares the two). A crash redoes at most a minute.
 */
export const DEFAULT_CATCH_UP: Required<CatchUpOptions> = { cachedDocuments: 300_000, commitIntervalMs: 60_000 };

export type ProjectionRunnerOptions = Readonly<{
  projection: Projection;
  projectionId: string;
  store: ReadModelStore;
  checkpoint: Position;
  status: ProjectionStatus;
  now: () => Instant;
  log: ProjectorLog;
  catchUp?: CatchUpOptions;
}>;

/**
 * One projection version inside a projector: applies the batches its lane hands it, from its own checkpoint, to
 * documents it keeps in memory, and commits them with the checkpoint: after every batch once caught up, and while
 * catching up only when enough documents changed or enough time passed (one write per document per commit, not
 * per event). After a failure it takes nothing more; its checkpoint stays just before the event that failed.
 */
export type ProjectionRunner = Readonly<{
  compiled: CompiledProjection;
  /** Position of the last event applied in memory. */
  checkpoint(): Position;
  /** Position of the last event committed to the store. */
  committed(): Position;
  status(): ProjectionStatus;
  /** Whether it still takes batches: not failed, not retired. */
  active(): boolean;
  /** `caughtUp`: the batch ends at the head of the log, so its effects are committed at once. */
  handle(batch: readonly ProjectedEvent[], caughtUp: boolean): Promise<void>;
  /** Commits what is applied but not yet committed. */
  flush(): Promise<void>;
  markLive(): Promise<void>;
  /** Stops it on an error outside its events (the event store could not be read): failed at its checkpoint. */
  halt(error: unknown): Promise<void>;
  /** Takes no more batches; resolves once the batch in hand (if any) is done, so the version can be dropped. */
  retire(): Promise<void>;
}>;

/** Documents a caught-up projection keeps between batches. */
const LIVE_CACHED_DOCUMENTS = 10_000;

/**
 * Shortest time between two commits of a caught-up projection. Under a steady stream of writes every batch holds a
 * few events, and committing each one (a transaction, or a round trip per document on MongoDB) cost more than
 * folding them: gathering 50 ms of batches into one commit frees that work for the writes, while read-your-writes
 * (which waits up to 2 s, polling every 20 ms) barely notices. A batch followed by silence is committed when the
 * 50 ms are up, by a timer.
 */
const LIVE_COMMIT_INTERVAL_MS = 50;

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** The events of the batch after `checkpoint` (a lane starts at the lowest checkpoint of its projections). */
const after = (batch: readonly ProjectedEvent[], checkpoint: Position): readonly ProjectedEvent[] => {
  let first = 0;
  while (first < batch.length && (batch[first] as ProjectedEvent).position <= checkpoint) first += 1;
  return first === 0 ? batch : batch.slice(first);
};

export const createProjectionRunner = (options: ProjectionRunnerOptions): ProjectionRunner => {
  const { store, projectionId, log } = options;
  const cachedDocuments = options.catchUp?.cachedDocuments ?? DEFAULT_CATCH_UP.cachedDocuments;
  const commitIntervalMs = options.catchUp?.commitIntervalMs ?? DEFAULT_CATCH_UP.commitIntervalMs;
  const compiled = compileProjection(options.projection, projectionId);
  const cache = createDocumentCache(cachedDocuments);
  let applied = options.checkpoint;
  let committed = options.checkpoint;
  let lastCommitAt = performance.now();
  let pendingCommit: NodeJS.Timeout | undefined;
  let status = options.status;
  let retired = false;
  // Batches, flushes and the switch run one after another, in the order asked.
  let queue: Promise<void> = Promise.resolve();
  const serially = (task: () => Promise<void>): Promise<void> => {
    queue = queue.then(task);
    return queue;
  };

  const fail = async (event: Readonly<{ position: Position; type: string }>, error: unknown, prefix: string): Promise<void> => {
    status = 'failed';
    const failure: ProjectionFailure = {
      position: event.position,
      eventType: event.type,
      message: `${prefix}${messageOf(error)}`,
      failedAt: toIso(options.now()),
    };
    log.error(
      `${projectionId} failed at position ${failure.position} (${failure.eventType}): ${failure.message}. ` +
        `It stays stopped at checkpoint ${committed} until the projector is restarted.`,
    );
    try {
      await store.setStatus(projectionId, 'failed', failure);
    } catch (statusError) {
      log.error(`${projectionId}: could not record its failure in the read-model store: ${messageOf(statusError)}`);
    }
  };

  /**
   * Caught up, a batch touches a few documents spread over the whole read model, which one indexed load fetches
   * anyway: keeping a rebuild's worth of documents in memory would only cost the process (the API's, embedded).
   */
  const commit = async (caughtUp: boolean): Promise<void> => {
    clearTimeout(pendingCommit);
    pendingCommit = undefined;
    if (applied === committed) return;
    await store.commit(projectionId, compiled.stored(cache.takeWrites()), applied);
    committed = applied;
    lastCommitAt = performance.now();
    cache.trim(caughtUp ? LIVE_CACHED_DOCUMENTS : cachedDocuments);
  };

  const apply = async (events: readonly ProjectedEvent[], caughtUp: boolean): Promise<void> => {
    const first = events[0] as ProjectedEvent;
    try {
      const outcome = await projectBatch(compiled, events, cache, (keys) => store.load(projectionId, keys));
      if (outcome.checkpoint !== null) applied = outcome.checkpoint;
      const sinceCommit = performance.now() - lastCommitAt;
      const due =
        (caughtUp && sinceCommit >= LIVE_COMMIT_INTERVAL_MS) ||
        outcome.failure !== null ||
        cache.dirtyCount() >= cachedDocuments ||
        sinceCommit >= commitIntervalMs;
      if (due) await commit(caughtUp);
      else if (caughtUp) commitLater(LIVE_COMMIT_INTERVAL_MS - sinceCommit);
      if (outcome.failure !== null) await fail(outcome.failure.event, outcome.failure.error, '');
    } catch (error) {
      // Not the event's fault, but nothing after this batch may be applied before it is: stop here all the same.
      await fail(first, error, 'the read-model store failed on the batch starting here: ');
    }
  };

  const active = (): boolean => !retired && status !== 'failed';

  const flush = (): Promise<void> =>
    serially(async () => {
      if (!active()) return;
      try {
        await commit(true);
      } catch (error) {
        await fail({ position: committed, type: '(none)' }, error, 'the read-model store failed to commit: ');
      }
    });

  /** Commits what a caught-up batch left pending once the interval is up, unless a commit comes first. */
  const commitLater = (delayMs: number): void => {
    if (pendingCommit !== undefined) return;
    pendingCommit = setTimeout(() => {
      pendingCommit = undefined;
      void flush();
    }, delayMs);
  };

  return {
    compiled,
    checkpoint: () => applied,
    committed: () => committed,
    status: () => status,
    active,
    handle: (batch, caughtUp) =>
      serially(async () => {
        if (!active()) return;
        const events = after(batch, applied);
        if (events.length > 0) await apply(events, caughtUp);
      }),
    flush,
    markLive: () =>
      serially(async () => {
        await store.setStatus(projectionId, 'live', null);
        status = 'live';
      }),
    halt: (error) => serially(() => fail({ position: committed, type: '(none)' }, error, 'stopped outside any event: ')),
    retire: () => {
      retired = true;
      return queue;
    },
  };
};
