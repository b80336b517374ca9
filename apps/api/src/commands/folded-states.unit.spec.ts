import { fold, type Decider } from '@concord/domain';
import type { StoredEvent } from '@concord/event-store';
import { createFoldedStates } from './folded-states.js';

/** A decider that counts the events it folds, so a test sees what was folded again. */
const countingDecider = () => {
  let evolved = 0;
  const decider: Decider<never, StoredEvent, readonly number[]> = {
    initialState: () => [],
    decide: () => [],
    evolve: (state, event) => {
      evolved += 1;
      return [...state, event.revision];
    },
  };
  return { decider, evolvedSoFar: () => evolved };
};

const stored = (revision: number): StoredEvent =>
  Object.freeze({ revision } as unknown as StoredEvent);

describe('createFoldedStates', () => {
  it('given a stream read again with new events, then only the new events are folded, and the state is the full fold', () => {
    const { decider, evolvedSoFar } = countingDecider();
    const states = createFoldedStates(decider, (event) => event);
    const history = [stored(0), stored(1), stored(2)];

    expect(states.after(history)).toEqual([0, 1, 2]);
    const grown = [...history, stored(3), stored(4)];
    expect(states.after(grown)).toEqual(fold(decider, grown));

    // 3 for the first read, 2 for the second, then 5 by the reference fold above.
    expect(evolvedSoFar()).toBe(3 + 2 + 5);
  });

  it('given the same objects read again, then nothing is folded again', () => {
    const { decider, evolvedSoFar } = countingDecider();
    const states = createFoldedStates(decider, (event) => event);
    const history = [stored(0), stored(1)];

    states.after(history);
    expect(states.after(history)).toEqual([0, 1]);
    expect(evolvedSoFar()).toBe(2);
  });

  it('given copies of the events (a read that bypassed the cache), then it folds them in full and agrees', () => {
    const { decider } = countingDecider();
    const states = createFoldedStates(decider, (event) => event);
    states.after([stored(0), stored(1)]);

    expect(states.after([stored(0), stored(1), stored(2)])).toEqual([0, 1, 2]);
  });

  it('given an empty stream, then the initial state', () => {
    const { decider } = countingDecider();
    expect(createFoldedStates(decider, (event) => event).after([])).toEqual([]);
  });
});
