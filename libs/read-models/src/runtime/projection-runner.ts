import type { Position } from '@concord/event-store';
import type { ProjectedEvent, Projection } from '../projection.js';
import { toIso, type Instant } from './instant.js';
import { compileProjection, projectBatch, type CompiledProjection } from './project-batch.js';
import type { ProjectorLog } from './projector-log.js';
import type { ProjectionFailure, ProjectionStatus, ReadModelStore } from './read-model-store.port.js';

export type ProjectionRunnerOptions = Readonly<{
  projection: Projection;
  projectionId: string;
  store: ReadModelStore;
  checkpoint: Position;
  status: ProjectionStatus;
  now: () => Instant;
  log: ProjectorLog;
}>;

/**
 * One projection version inside a projector: applies the batches its lane hands it, from its own checkpoint, and
 * commits each (documents and checkpoint together). After a failure it takes nothing more, so its checkpoint stays
 * just before the event that failed.
 */
export type ProjectionRunner = Readonly<{
  compiled: CompiledProjection;
  checkpoint(): Position;
  status(): ProjectionStatus;
  /** Whether it still takes batches: not failed, not retired. */
  active(): boolean;
  handle(batch: readonly ProjectedEvent[]): Promise<void>;
  markLive(): Promise<void>;
  /** Stops it on an error outside its events (the event store could not be read): failed at its checkpoint. */
  halt(error: unknown): Promise<void>;
  /** Takes no more batches; resolves once the batch in hand (if any) is committed, so the version can be dropped. */
  retire(): Promise<void>;
}>;

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** The events of the batch after `checkpoint` (a lane starts at the lowest checkpoint of its projections). */
const after = (batch: readonly ProjectedEvent[], checkpoint: Position): readonly ProjectedEvent[] => {
  let first = 0;
  while (first < batch.length && (batch[first] as ProjectedEvent).position <= checkpoint) first += 1;
  return first === 0 ? batch : batch.slice(first);
};

export const createProjectionRunner = (options: ProjectionRunnerOptions): ProjectionRunner => {
  const { store, projectionId, log } = options;
  const compiled = compileProjection(options.projection, projectionId);
  let checkpoint = options.checkpoint;
  let status = options.status;
  let retired = false;
  let inHand: Promise<void> = Promise.resolve();

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
        `It stays stopped at checkpoint ${checkpoint} until the projector is restarted.`,
    );
    try {
      await store.setStatus(projectionId, 'failed', failure);
    } catch (statusError) {
      log.error(`${projectionId}: could not record its failure in the read-model store: ${messageOf(statusError)}`);
    }
  };

  const apply = async (events: readonly ProjectedEvent[]): Promise<void> => {
    const first = events[0] as ProjectedEvent;
    let outcome;
    try {
      outcome = await projectBatch(compiled, events, (keys) => store.load(projectionId, keys));
      if (outcome.checkpoint !== null) await store.commit(projectionId, outcome.writes, outcome.checkpoint);
    } catch (error) {
      // Not the event's fault, but nothing after this batch may be applied before it is: stop here all the same.
      await fail(first, error, 'the read-model store failed on the batch starting here: ');
      return;
    }
    if (outcome.checkpoint !== null) checkpoint = outcome.checkpoint;
    if (outcome.failure !== null) await fail(outcome.failure.event, outcome.failure.error, '');
  };

  const active = (): boolean => !retired && status !== 'failed';

  return {
    compiled,
    checkpoint: () => checkpoint,
    status: () => status,
    active,
    handle: (batch) => {
      if (!active()) return Promise.resolve();
      const events = after(batch, checkpoint);
      if (events.length === 0) return Promise.resolve();
      inHand = apply(events);
      return inHand;
    },
    markLive: async () => {
      await store.setStatus(projectionId, 'live', null);
      status = 'live';
    },
    halt: (error) => fail({ position: checkpoint, type: '(none)' }, error, 'stopped outside any event: '),
    retire: () => {
      retired = true;
      return inHand;
    },
  };
};
