import type { Decider } from '@concord/domain';
import type { EventStore, StoredEvent, StreamRevision } from '@concord/event-store';

/** What a command needs of its stream. */
export type StreamState<State> = Readonly<{
  /** The decider's state after every stored event of the stream. */
  state: State;
  /** The stream's last revision; null while it has no events. */
  revision: StreamRevision | null;
  /** The commands whose events the stream holds, to answer a repeated command without deciding it again. */
  commandIds: ReadonlySet<string>;
}>;

export type StreamStates<State> = Readonly<{
  /** The stream as stored now, reading and folding only what was appended since it was last asked for. */
  current(stream: string): Promise<StreamState<State>>;
}>;

/**
 * Keeps each recent stream's state, revision and command ids rather than its events: a command then reads only the
 * events appended since the last command on its stream (usually none: one indexed probe) and folds those, whatever
 * the length of the customer's history. Holding states instead of whole histories keeps the heap small, which
 * under load matters: with every event of thousands of streams in memory, garbage collection slowed commands down
 * as the histories grew. Reads pass `fromRevision`, so the event store does not cache the streams either.
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
  const remember = (stream: string, current: StreamState<State>): void => {
    states.delete(stream);
    if (maxStreams < 1) return;
    states.set(stream, current);
    if (states.size > maxStreams) states.delete(states.keys().next().value as string);
  };

  return {
    current: async (stream) => {
      const known = states.get(stream);
      const fromRevision = known === undefined || known.revision === null ? 0 : known.revision + 1;
      const newer = await store.readStream(stream, { fromRevision });
      if (known !== undefined && newer.length === 0) {
        remember(stream, known);
        return known;
      }
      let state = known?.state ?? decider.initialState();
      const commandIds = new Set(known?.commandIds);
      for (const event of newer) {
        state = decider.evolve(state, decode(event));
        commandIds.add(event.metadata.commandId);
      }
      const current = { state, revision: newer.at(-1)?.revision ?? known?.revision ?? null, commandIds };
      remember(stream, current);
      return current;
    },
  };
};
