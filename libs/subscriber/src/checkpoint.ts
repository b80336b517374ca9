import type { Position } from './published-event.js';

/**
 * Where a subscriber records how far it has got. `save` is called after `onEvent` has resolved for the event at
 * that position (or for a position the server reports as scanned past); `load` gives the position to resume after.
 */
export interface Checkpoint {
  /** The last position saved; undefined when nothing has been saved yet. */
  load(): Promise<Position | undefined>;
  /** Resolves once the position is durable: a restart then resumes after it. */
  save(position: Position): Promise<void>;
}

/** A checkpoint in memory, lost when the process ends: for tests, and for consumers that rebuild from the start. */
export const memoryCheckpoint = (initial?: Position): Checkpoint & { readonly position: Position | undefined } => {
  let position = initial;
  return {
    get position() {
      return position;
    },
    load: async () => position,
    save: async (next) => {
      position = next;
    },
  };
};
