/**
 * A decider: pure functions that turn a command and the current state into new events,
 * and fold events into state. No clock, no ids, no I/O.
 */
export type Decider<Command, Event, State> = Readonly<{
  initialState: () => State;
  /** Throws a DomainError when the command is rejected; returns the events to append otherwise. */
  decide: (command: Command, state: State) => readonly Event[];
  evolve: (state: State, event: Event) => State;
}>;

/** Generic in the command type too: `Decider<unknown, …>` would accept no decider whose commands are typed. */
export const fold = <Command, Event, State>(
  decider: Decider<Command, Event, State>,
  events: Iterable<Event>,
): State => {
  let state = decider.initialState();
  for (const event of events) state = decider.evolve(state, event);
  return state;
};

export const assertNever = (value: never): never => {
  throw new Error(`Unhandled case: ${JSON.stringify(value)}`);
};
