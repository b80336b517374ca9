import type { ConcordConfig } from '@concord/config';
import type { EventStoreLocation } from '@concord/event-store';
import type { CatchUpOptions } from '../projection-runner.js';
import type { ProjectorPriority } from './background-priority.js';

/** What the projector thread is started with (structured-cloned into it). */
export type ProjectorThreadSettings = Readonly<{
  eventStore: EventStoreLocation;
  /** Selects and opens the read store; the JWT secret is never sent (the thread has no use for it). */
  config: Omit<ConcordConfig, 'jwtSecret'>;
  /** Projection names to run; all when absent. */
  projections?: readonly string[];
  /** Events per batch (ProjectorOptions.batchSize). */
  batchSize?: number;
  catchUp?: CatchUpOptions;
  /** How far the thread lowers its CPU priority; default `background`. */
  priority?: ProjectorPriority;
}>;

/** The configuration a projector thread is given: all but the JWT secret, which it has no use for. */
export const projectorThreadConfig = ({ jwtSecret: _secret, ...config }: ConcordConfig): ProjectorThreadSettings['config'] =>
  config;

export type ToProjectorThread = Readonly<{ type: 'stop' }>;

export type FromProjectorThread =
  | Readonly<{ type: 'log'; level: 'log' | 'warn' | 'error'; message: string }>
  /** The projections run (they may still be catching up). */
  | Readonly<{ type: 'started' }>
  /** They could not start (a store does not open, an unknown name); the thread has closed what it opened. */
  | Readonly<{ type: 'failed'; message: string }>
  /** stop() finished: the batches in hand are committed and the stores closed. */
  | Readonly<{ type: 'stopped' }>;
