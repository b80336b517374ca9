import type { Decider } from '@concord/domain';
import type { StoredEvent } from '@concord/event-store';

/** The decider's state after a stream's stored events. */
export type FoldedStates<State> = Readonly<{ after(history: readonly StoredEvent[]): State }>;

/**
 * Folds only what a stream gained since the last command on it. The event store's stream cache hands out the same
 * frozen event objects on every read, and what precedes a stored event never changes, so the state after an event
 * object can be kept beside it (a WeakMap: it goes when the cache drops the event). A command then folds the events
 * appended since, not the customer's whole history, which grows for years. Only the latest state of each stream is
 * kept. States are shared, which is safe because deciders never mutate a state. Reads that bypass the cache bring
 * new objects: those fold in full, as they would without this.
 */
export const createFoldedStates = <Command, Event, State>(
  decider: Decider<Command, Event, State>,
  decode: (stored: StoredEvent) => Event,
): FoldedStates<State> => {
  const stateAfter = new WeakMap<StoredEvent, State>();
  return {
    after: (history) => {
      let from = history.length;
      while (from > 0 && !stateAfter.has(history[from - 1] as StoredEvent)) from -= 1;
      const known = from > 0 ? (history[from - 1] as StoredEvent) : undefined;
      let state = known === undefined ? decider.initialState() : (stateAfter.get(known) as State);
      for (let index = from; index < history.length; index += 1) {
        state = decider.evolve(state, decode(history[index] as StoredEvent));
      }
      const last = history.at(-1);
      if (last !== undefined && last !== known) {
        stateAfter.set(last, state);
        if (known !== undefined) stateAfter.delete(known);
      }
      return state;
    },
  };
};
