import type { EventStore, Position, Subscription } from '@concord/event-store';
import { toProjectedEvent } from './projected-event.js';
import type { ProjectionRunner } from './projection-runner.js';

export type LaneOptions = Readonly<{
  events: EventStore;
  runners: readonly ProjectionRunner[];
  batchSize: number;
  /** Called after every batch, once each runner has committed its part. */
  afterBatch: (runners: readonly ProjectionRunner[], lastPosition: Position) => Promise<void>;
  /** Called when the lane ended on an error outside any one projection (reading the event store, a switch). */
  onLaneFailure: (runners: readonly ProjectionRunner[], error: unknown) => Promise<void>;
}>;

export type Lane = Readonly<{ stop(): Promise<void> }>;

/**
 * Projections that read the log together: one subscription, from the lowest of their checkpoints, and each event
 * read and parsed once for all of them (reading is a third of the cost of a rebuild). Each runner skips what it has
 * applied already and fails alone. The lane ends when none of its runners takes batches any more.
 */
export const startLane = ({ events, runners, batchSize, afterBatch, onLaneFailure }: LaneOptions): Lane => {
  const from = Math.min(...runners.map((runner) => runner.checkpoint()));
  let subscription: Subscription | undefined;
  let ended = false;
  subscription = events.subscribeLean({ after: from, batchSize }, async (lean) => {
    const batch = lean.map(toProjectedEvent);
    const last = (batch.at(-1) as { position: Position }).position;
    // At the head, effects are committed at once (read-your-writes waits on them); behind it, they may wait.
    const caughtUp = batch.length < batchSize || last >= (await events.headPosition());
    const taking = runners.filter((runner) => runner.active());
    await Promise.all(taking.map((runner) => runner.handle(batch, caughtUp)));
    await afterBatch(taking, last);
    if (!runners.some((runner) => runner.active())) {
      ended = true;
      // Not awaited: stop() waits for this very handler to return.
      void subscription?.stop();
    }
  });
  subscription.done.catch(async (error: unknown) => {
    if (!ended) await onLaneFailure(runners.filter((runner) => runner.active()), error);
  });
  return {
    stop: async () => {
      ended = true;
      await subscription?.stop();
    },
  };
};
