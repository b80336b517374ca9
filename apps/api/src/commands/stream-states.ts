import type { Decider } from '@concord/domain';
import type { EventStore, StoredEvent, StreamRevision } from '@concord/event-store';

/** What a command needs of its stream. */
export type StreamState<State> = Readonly<{
  /** The decider's state after every event of the stream up to `revision`. */
  state: State;
  /** The stream's last revision folded into `state`; null while it has no events. */
  revision: StreamRevision | null;
}>;

export type StreamStates<State> = Readonly<{
  /**
   * The state last seen in this process, without reading the store: stale when another process appended since,
   * which an append at its revision reveals as a conflict.
   */
  remembered(stream: string): StreamState<State> | undefined;
  /** The stream as stored now, reading and folding only what was appended since the remembered state. */
  read(stream: string): Promise<StreamState<State>>;
  /** Folds events this process just appended after `before`, so the next command need not read them back. */
  appended(stream: string, before: StreamState<State>, events: readonly StoredEvent[]): StreamState<State>;
}>;

/**
 * Keeps each recent stream's state and revision rather than its events, so that a command on a
 * known customer reads nothing before it decides, whatever the length of the customer's history; reading only
 * what is new otherwise. Holding states instead of whole histories keeps the heap small, which under load matters:
 * with every event of thousands of streams in memory, garbage collection slowed commands down as the histories
 * grew. Reads pass `fromRevision`, so the event store does not cache the streams either.
 * Correct across processes, since stored events never change and other writers only append. At most `maxStreams`
 * states are kept, the least recently used going first; 0 keeps none (every command reads its whole stream).
 */
export const createStreamStates = <Command, Event, State>(
  store: EventStore,
  decider: Decider<Command, Event, State>,
  decode: (stored: StoredEvent) => Event,
  maxStreams: number,
): StreamStates<State> => {
  const states = new Map<string, StreamState<State>>();
  const remember = (stream: string, current: StreamState<State>): StreamState<State> => {
    states.delete(stream);
    if (maxStreams < 1) return current;
    states.set(stream, current);
    if (states.size > maxStreams) states.delete(states.keys().next().value as string);
    return current;
  };
  const fold = (stream: string, before: StreamState<State> | undefined, events: readonly StoredEvent[]) => {
    if (before !== undefined && events.length === 0) return remember(stream, before);
    let state = before?.state ?? decider.initialState();
    for (const event of events) state = decider.evolve(state, decode(event));
    return remember(stream, { state, revision: events.at(-1)?.revision ?? before?.revision ?? null });
  };

  return {
    remembered: (stream) => states.get(stream),
    read: async (stream) => {
      const known = states.get(stream);
      const fromRevision = known === undefined || known.revision === null ? 0 : known.revision + 1;
      return fold(stream, known, await store.readStream(stream, { fromRevision }));
    },
    appended: (stream, before, events) => fold(stream, before, events),
  };
};
