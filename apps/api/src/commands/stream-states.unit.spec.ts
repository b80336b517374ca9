import { fold, type Decider } from '@concord/domain';
import { createSqliteEventStore, type EventStore, type NewEvent, type StoredEvent } from '@concord/event-store';
import { createStreamStates } from './stream-states.js';

/** A decider whose state lists the revisions folded, and that counts its folds, so a test sees what was read again. */
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

const event = (commandId: string): NewEvent => ({
  type: 'Noted',
  data: {},
  metadata: {
    eventId: `${commandId}-event`,
    commandId,
    correlationId: commandId,
    causationId: commandId,
    actor: { id: 'rm-1', role: 'relationship_manager' },
    occurredAt: '2026-01-05T09:00:00.000Z',
    recordedAt: '2026-01-05T09:00:00.000Z',
    schemaVersion: 1,
  },
});

const identity = (stored: StoredEvent): StoredEvent => stored;

describe('createStreamStates', () => {
  let store: EventStore;
  const append = (stream: string, ...commandIds: string[]) =>
    Promise.all(commandIds.map((commandId) => store.append(stream, [event(commandId)], 'any')));

  beforeEach(() => {
    store = createSqliteEventStore({ file: ':memory:' });
  });

  afterEach(() => store.close());

  it('given a stream with no events, then the initial state and no revision', async () => {
    const { decider } = countingDecider();

    const current = await createStreamStates(store, decider, identity, 10).read('s-empty');

    expect(current).toEqual({ state: [], revision: null });
  });

  it('given events appended since the last call, then only those are folded, and the state is the full fold', async () => {
    const { decider, evolvedSoFar } = countingDecider();
    const states = createStreamStates(store, decider, identity, 10);
    await append('s-1', 'c-0', 'c-1', 'c-2');
    await states.read('s-1');

    await append('s-1', 'c-3', 'c-4');
    const current = await states.read('s-1');

    const whole = await store.readStream('s-1');
    expect(current.state).toEqual(fold(decider, whole));
    expect(current.revision).toBe(4);
    // 3 at the first call, 2 at the second, then 5 by the reference fold above.
    expect(evolvedSoFar()).toBe(3 + 2 + 5);
  });

  it('given nothing appended since the last call, then nothing is folded again', async () => {
    const { decider, evolvedSoFar } = countingDecider();
    const states = createStreamStates(store, decider, identity, 10);
    await append('s-1', 'c-0', 'c-1');
    const first = await states.read('s-1');

    const again = await states.read('s-1');

    expect(again).toBe(first);
    expect(evolvedSoFar()).toBe(2);
  });

  it('given events this process appended, then they are folded in without reading them back', async () => {
    const { decider, evolvedSoFar } = countingDecider();
    const states = createStreamStates(store, decider, identity, 10);
    await append('s-1', 'c-0');
    const before = await states.read('s-1');

    const [appended] = await append('s-1', 'c-1');
    const after = states.appended('s-1', before, appended!.events);

    expect(states.remembered('s-1')).toBe(after);
    expect(after).toEqual({ state: [0, 1], revision: 1 });
    expect(evolvedSoFar()).toBe(2);
    expect(await states.read('s-1')).toBe(after);
  });

  it('given a stream never read, then nothing is remembered of it', () => {
    const { decider } = countingDecider();

    expect(createStreamStates(store, decider, identity, 10).remembered('s-1')).toBeUndefined();
  });

  it('given more streams than it keeps, then the least recently used is read in full again', async () => {
    const { decider, evolvedSoFar } = countingDecider();
    const states = createStreamStates(store, decider, identity, 2);
    await append('s-a', 'a-0', 'a-1');
    await append('s-b', 'b-0');
    await append('s-c', 'c-0');
    await states.read('s-a');
    await states.read('s-b');
    await states.read('s-a');
    const beforeEviction = evolvedSoFar();

    await states.read('s-c');
    await states.read('s-a');
    await states.read('s-b');

    // s-c (1) and s-b again in full (1); s-a was used more recently than s-b and is still kept.
    expect(evolvedSoFar() - beforeEviction).toBe(2);
  });

  it('given it keeps no streams, then every call folds the whole stream', async () => {
    const { decider, evolvedSoFar } = countingDecider();
    const states = createStreamStates(store, decider, identity, 0);
    await append('s-1', 'c-0', 'c-1');

    await states.read('s-1');
    await states.read('s-1');

    expect(evolvedSoFar()).toBe(4);
  });
});
